package ccgvet.rules["model-change-support"]["inconsistent-vote_test"]

import data.ccgvet.rules["model-change-support"].fixtures_test as fixtures
import data.ccgvet.rules["model-change-support"]["inconsistent-vote"] as rule

test_consistent_sentence if {
	fs := rule.findings with input as fixtures.eastmere
	count(fs) == 0
}

test_consistent_table if {
	fs := rule.findings with input as fixtures.kelderbrook
	count(fs) == 0
}

test_more_votes_than_eligible if {
	more := json.patch(fixtures.eastmere, [{"op": "replace", "path": "/votes/0/against", "value": 20}])
	fs := rule.findings with input as more
	count(fs) == 1
	some f in fs
	f.rule == "model-change-support/inconsistent-vote"
	f.severity == "error"
	f.line == 225
	f.message == "the vote accounts for 51 practices (22 for, 20 against, 5 abstaining, 4 not voting) but only 47 were eligible"
}

test_eligible_differs_from_member_list if {
	fewer := json.patch(fixtures.eastmere, [{"op": "replace", "path": "/membership/practices", "value": fixtures.practices(45)}])
	fs := rule.findings with input as fewer
	some f in fs
	f.message == "47 practices were eligible to vote but the constitution lists 45 member practices"
}

test_practice_voting_twice if {
	twice := json.patch(fixtures.kelderbrook, [{"op": "add", "path": "/votes/0/practices/-", "value": {"practice": "Fernley Medical Practice", "code": "K85036", "vote": "for", "member": true, "line": 251, "voted_at": 235}}])
	fs := rule.findings with input as twice
	count(fs) == 1
	some f in fs
	f.line == 251
	f.message == "Fernley Medical Practice (K85036) voted more than once (first at line 235)"
}

test_voter_not_a_member if {
	outsider := json.patch(fixtures.kelderbrook, [{"op": "replace", "path": "/votes/0/practices/3/member", "value": false}])
	fs := rule.findings with input as outsider
	count(fs) == 1
	some f in fs
	f.line == 238
	f.message == "Stanmoor Medical Practice (K85297) voted but is not a member practice"
}

test_no_change if {
	more := json.patch(fixtures.eastmere, [
		{"op": "replace", "path": "/votes/0/against", "value": 20},
		{"op": "replace", "path": "/commissioning/previous", "value": "delegated"},
	])
	fs := rule.findings with input as more
	count(fs) == 0
}
