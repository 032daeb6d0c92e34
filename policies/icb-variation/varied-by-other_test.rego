package ccgvet.rules["icb-variation"]["varied-by-other_test"]

import data.ccgvet.rules["icb-variation"].fixtures_test as fixtures
import data.ccgvet.rules["icb-variation"]["varied-by-other"] as rule

test_none if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_the_board if {
	fs := rule.findings with input as fixtures.doc([fixtures.on_application, fixtures.by_the_board])
	count(fs) == 1
	some f in fs
	f.rule == "icb-variation/varied-by-other"
	f.severity == "error"
	f.line == 23
	f.message == "clause 1.6.3 lets the board vary the constitution without NHS England's approval: clause 1.6.3 (line 23): \"The Board may make minor amendments to this constitution.\""
}

test_nhs_england_own_motion_is_not_a_grant if {
	s := fixtures.statement(25, "NHS England may vary this constitution of its own motion.", false, [], ["nhs-england"])
	count(rule.findings) == 0 with input as fixtures.doc([fixtures.on_application, s])
}
