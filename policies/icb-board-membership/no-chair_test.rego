package ccgvet.rules["icb-board-membership"]["no-chair_test"]

import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures
import data.ccgvet.rules["icb-board-membership"]["no-chair"] as rule

test_chair_named if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_no_chair if {
	fs := rule.findings with input as fixtures.only({"chief-executive", "non-executive"})
	count(fs) == 1
	some f in fs
	f.rule == "icb-board-membership/no-chair"
	f.severity == "error"
	f.line == 40
	f.message == "no chair is named in the board's members and the sentences on appointing and nominating them (members read: \"a Chief Executive\", \"at least two Non-executive Members\")"
}

test_chair_appointed_elsewhere if {
	doc := object.union(fixtures.without("chair"), {"icb": {"facts": {"appointments": [{"role": "chair", "line": 60, "appointed_by": ["nhs-england"], "approval_by": ["secretary-of-state"]}]}}})
	count(rule.findings) == 0 with input as doc
}

test_no_board_is_no_board_not_this if {
	count(rule.findings) == 0 with input as fixtures.no_board
}
