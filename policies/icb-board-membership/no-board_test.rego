package ccgvet.rules["icb-board-membership"]["no-board_test"]

import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures
import data.ccgvet.rules["icb-board-membership"]["no-board"] as rule

test_board_stated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_no_board if {
	fs := rule.findings with input as fixtures.no_board
	count(fs) == 1
	some f in fs
	f.rule == "icb-board-membership/no-board"
	f.severity == "error"
	f.line == 1
	f.message == "no section or sentence states the members of the board (looked for a section on the board's composition or membership)"
}

test_section_without_members if {
	fs := rule.findings with input as fixtures.doc([])
	some f in fs
	f.line == 40
	f.section == "2 Composition of the Board"
	f.message == "the section on the board (2 Composition of the Board) names none of its members"
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg"}
	count(rule.findings) == 0 with input as {}
}
