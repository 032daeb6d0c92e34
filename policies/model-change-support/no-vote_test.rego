package ccgvet.rules["model-change-support"]["no-vote_test"]

import data.ccgvet.rules["model-change-support"].fixtures_test as fixtures
import data.ccgvet.rules["model-change-support"]["no-vote"] as rule

test_change_without_a_vote_at_the_front_matter_key if {
	fs := rule.findings with input as json.patch(fixtures.eastmere, [{"op": "replace", "path": "/votes", "value": null}])
	count(fs) == 1
	some f in fs
	f.rule == "model-change-support/no-vote"
	f.severity == "error"
	f.line == 7
	f.message == "the commissioning model changes from joint to delegated but no vote of the member practices is recorded"
}

test_change_without_a_vote_at_the_section_heading if {
	no_key := json.patch(fixtures.eastmere, [
		{"op": "replace", "path": "/votes", "value": []},
		{"op": "remove", "path": "/commissioning/model_line"},
	])
	fs := rule.findings with input as no_key
	some f in fs
	f.line == 216
	f.section == "6.5 Primary Care Co-commissioning"
}

test_vote_recorded if {
	fs := rule.findings with input as fixtures.eastmere
	count(fs) == 0
}

test_no_change if {
	fs := rule.findings with input as fixtures.northbrook
	count(fs) == 0
}
