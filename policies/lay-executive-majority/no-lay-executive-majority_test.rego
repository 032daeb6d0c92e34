package ccgvet.rules["lay-executive-majority"]["no-lay-executive-majority_test"]

import data.ccgvet.rules["lay-executive-majority"].fixtures_test as fixtures
import data.ccgvet.rules["lay-executive-majority"]["no-lay-executive-majority"] as rule

# 5 of 8: a majority.
test_majority_met if {
	count(rule.findings) == 0 with input as fixtures.northbrook
}

test_lay_and_executive_minority if {
	# Two more GPs for the north locality (5 clinical seats), and the Head
	# of Primary Care stops voting: 4 of 9.
	doc := fixtures.committee([
		{"op": "replace", "path": "/committees/1/seats/5/count", "value": 3},
		{"op": "replace", "path": "/committees/1/seats/4/voting", "value": false},
	])
	fs := rule.findings with input as doc
	count(fs) == 1
	some f in fs
	f.rule == "lay-executive-majority/no-lay-executive-majority"
	f.severity == "error"
	f.line == 190
	f.section == "6.4.4 Primary Care Joint Committee"
	f.message == "Primary Care Joint Committee: lay and executive members hold 4 of 9 voting seats; a majority needs 5"
}

test_half_is_not_a_majority if {
	doc := fixtures.committee([{"op": "replace", "path": "/committees/1/seats/5/count", "value": 3}])
	fs := rule.findings with input as doc
	{f.message | some f in fs} == {"Primary Care Joint Committee: lay and executive members hold 5 of 10 voting seats; a majority needs 6"}
}

test_unclassified_seats_count_as_neither if {
	doc := fixtures.committee([
		{"op": "add", "path": "/committees/1/seats/-", "value": {"role": "Locality link", "count": 2, "voting": true, "category": "unclassified", "line": 211}},
	])
	fs := rule.findings with input as doc
	{f.message | some f in fs} == {"Primary Care Joint Committee: lay and executive members hold 5 of 10 voting seats; a majority needs 6 (2 voting seats could not be classified)"}
}

test_membership_not_stated_is_left_to_no_membership if {
	doc := fixtures.committee([
		{"op": "replace", "path": "/committees/1/seats", "value": []},
		{"op": "replace", "path": "/committees/1/membership_stated", "value": false},
	])
	count(rule.findings) == 0 with input as doc
}

test_committee_not_checked if {
	count(rule.findings) == 0 with input as fixtures.committee([{"op": "replace", "path": "/committees/1/seats/5/count", "value": 3}])
		with data.ccgvet.config.lay_executive_majority.committee_kinds as []
}
