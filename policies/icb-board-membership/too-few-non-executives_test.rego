package ccgvet.rules["icb-board-membership"]["too-few-non-executives_test"]

import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures
import data.ccgvet.rules["icb-board-membership"]["too-few-non-executives"] as rule

test_two if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_one if {
	doc := fixtures.doc(array.concat(
		[m | some m in fixtures.members; m.role != "non-executive"],
		[fixtures.member("non-executive", "a Non-executive Member", 49, 1)],
	))
	fs := rule.findings with input as doc
	count(fs) == 1
	some f in fs
	f.rule == "icb-board-membership/too-few-non-executives"
	f.severity == "error"
	f.line == 40 # the heading of the board's membership, as for none
	f.message == "the board has 1 non-executive member (\"a Non-executive Member\"); at least 2 are required besides the chair"
}

test_none if {
	fs := rule.findings with input as fixtures.without("non-executive")
	some f in fs
	f.line == 40
	f.message == "the board has 0 non-executive members; at least 2 are required besides the chair"
}

test_no_board if {
	count(rule.findings) == 0 with input as fixtures.no_board
}
