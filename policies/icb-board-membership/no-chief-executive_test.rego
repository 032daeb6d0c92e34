package ccgvet.rules["icb-board-membership"]["no-chief-executive_test"]

import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures
import data.ccgvet.rules["icb-board-membership"]["no-chief-executive"] as rule

test_named if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	fs := rule.findings with input as fixtures.without("chief-executive")
	count(fs) == 1
	some f in fs
	f.rule == "icb-board-membership/no-chief-executive"
	f.severity == "error"
	f.line == 40
	startswith(f.message, "no chief executive is named in the board's members")
	contains(f.message, "\"a Chair\"")
}

test_no_board if {
	count(rule.findings) == 0 with input as fixtures.no_board
}
