package ccgvet.rules["icb-board-membership"]["too-few-ordinary-members_test"]

import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures
import data.ccgvet.rules["icb-board-membership"]["too-few-ordinary-members"] as rule

test_enough if {
	count(rule.findings) == 0 with input as fixtures.complete
}

# "at least two Non-executive Members" and a director of finance: three.
test_a_group_counts_its_seats if {
	count(rule.findings) == 0 with input as fixtures.only({"chair", "chief-executive", "executive-finance", "non-executive"})
}

test_too_few if {
	fs := rule.findings with input as fixtures.only({"chair", "chief-executive", "non-executive"})
	count(fs) == 1
	some f in fs
	f.rule == "icb-board-membership/too-few-ordinary-members"
	f.severity == "error"
	f.line == 40
	f.message == "the board has 2 ordinary members besides the chair and the chief executive (\"at least two Non-executive Members\"); at least 3 are required"
}

test_none if {
	fs := rule.findings with input as fixtures.only({"chair", "chief-executive"})
	some f in fs
	f.message == "the board has 0 ordinary members besides the chair and the chief executive; at least 3 are required"
}

test_threshold_from_data if {
	count(rule.findings) == 1 with input as fixtures.complete with data.ccgvet.config.icb.minimum_ordinary_members as 9
}

test_no_board if {
	count(rule.findings) == 0 with input as fixtures.no_board
}
