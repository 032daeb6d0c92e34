package ccgvet.rules["icb-board-membership"]["no-mental-health-member_test"]

import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures
import data.ccgvet.rules["icb-board-membership"]["no-mental-health-member"] as rule

test_provided if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	doc := json.patch(fixtures.complete, [{"op": "replace", "path": "/icb/facts/mental_health", "value": []}])
	fs := rule.findings with input as doc
	count(fs) == 1
	some f in fs
	f.rule == "icb-board-membership/no-mental-health-member"
	f.severity == "error"
	f.line == 40
	f.message == "no sentence in the board's section (2 Composition of the Board) or anywhere else in the constitution provides for a member with knowledge and experience of mental health services"
}

test_missing_with_no_board if {
	fs := rule.findings with input as fixtures.no_board
	some f in fs
	f.line == 1
	f.message == "no sentence in the constitution provides for a member with knowledge and experience of mental health services"
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg"}
}
