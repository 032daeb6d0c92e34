package ccgvet.rules["icb-board-membership"]["missing-executive_test"]

import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures
import data.ccgvet.rules["icb-board-membership"]["missing-executive"] as rule

test_all_three if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_nursing_missing if {
	fs := rule.findings with input as fixtures.without("executive-nursing")
	count(fs) == 1
	some f in fs
	f.rule == "icb-board-membership/missing-executive"
	f.severity == "error"
	f.line == 40
	f.message == "no director of nursing is named in the board's members and the sentences on appointing and nominating them"
}

test_one_finding_per_missing_executive if {
	count(rule.findings) == 3 with input as fixtures.only({"chair", "chief-executive"})
}

test_no_board if {
	count(rule.findings) == 0 with input as fixtures.no_board
}

# A role set to null in policy data is not required.
test_role_left_out_by_data if {
	count(rule.findings) == 0 with input as fixtures.without("executive-nursing") with data.ccgvet.config.icb.executives as {
		"executive-finance": {"name": "director of finance"},
		"executive-medical": {"name": "medical director"},
		"executive-nursing": null,
	}
}
