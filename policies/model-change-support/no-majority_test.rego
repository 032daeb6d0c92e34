package ccgvet.rules["model-change-support"]["no-majority_test"]

import data.ccgvet.rules["model-change-support"].fixtures_test as fixtures
import data.ccgvet.rules["model-change-support"]["no-majority"] as rule

test_minority_of_all_member_practices if {
	fs := rule.findings with input as fixtures.eastmere
	count(fs) == 1
	some f in fs
	f.rule == "model-change-support/no-majority"
	f.severity == "error"
	f.line == 225
	f.section == "6.5 Primary Care Co-commissioning"
	f.message == "22 of 47 member practices (47%) voted in favour; a majority needs 24"
}

test_majority_of_all_member_practices if {
	fs := rule.findings with input as fixtures.kelderbrook
	count(fs) == 0
}

test_exactly_half_is_not_a_majority if {
	half := json.patch(fixtures.kelderbrook, [{"op": "replace", "path": "/votes/0/for", "value": 8}])
	fs := rule.findings with input as half
	some f in fs
	f.message == "8 of 16 member practices (50%) voted in favour; a majority needs 9"
}

test_votes_cast_basis if {
	# 22 of the 43 practices that voted: a majority of the votes cast.
	fs := rule.findings with input as fixtures.eastmere
		with data.ccgvet.config.model_change.basis as "votes-cast"
	count(fs) == 0
}

test_votes_cast_basis_without_a_majority if {
	fewer := json.patch(fixtures.eastmere, [{"op": "replace", "path": "/votes/0/for", "value": 20}])
	fs := rule.findings with input as fewer
		with data.ccgvet.config.model_change.basis as "votes-cast"
	some f in fs
	f.message == "20 of 41 votes cast (49%) were in favour; a majority needs 21"
}

test_votes_cast_basis_needs_the_votes_against if {
	unknown := json.patch(fixtures.eastmere, [{"op": "replace", "path": "/votes/0/against", "value": null}])
	fs := rule.findings with input as unknown
		with data.ccgvet.config.model_change.basis as "votes-cast"
	some f in fs
	f.message == "22 of 47 member practices (47%) voted in favour; a majority needs 24"
}

test_threshold_from_data if {
	fs := rule.findings with input as fixtures.kelderbrook
		with data.ccgvet.config.model_change.threshold as 0.66
	some f in fs
	f.message == "10 of 16 member practices (63%) voted in favour; more than 66% needs 11"
}

test_eligible_practices_without_a_member_list if {
	no_list := json.patch(fixtures.eastmere, [{"op": "replace", "path": "/membership/practices", "value": null}])
	fs := rule.findings with input as no_list
	some f in fs
	f.message == "22 of 47 member practices (47%) voted in favour; a majority needs 24"
}

test_one_supported_vote_is_enough if {
	two := json.patch(fixtures.eastmere, [{"op": "add", "path": "/votes/-", "value": {"for": 30, "against": 10, "abstain": 0, "text": "a second ballot on delegated commissioning", "line": 230}}])
	fs := rule.findings with input as two
	count(fs) == 0
}

test_no_change if {
	fs := rule.findings with input as json.patch(fixtures.eastmere, [{"op": "replace", "path": "/commissioning/previous", "value": "delegated"}])
	count(fs) == 0
}
