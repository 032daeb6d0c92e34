package ccgvet.rules["icb-appointments"]["no-appointment-procedure_test"]

import data.ccgvet.rules["icb-appointments"].fixtures_test as fixtures
import data.ccgvet.rules["icb-appointments"]["no-appointment-procedure"] as rule

test_every_role_appointed if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_non_executives_not_appointed if {
	fs := rule.findings with input as fixtures.with_appointments("non-executive", [])
	count(fs) == 1
	some f in fs
	f.rule == "icb-appointments/no-appointment-procedure"
	f.severity == "warning"
	f.line == 45
	f.message == "no sentence says who appoints the non-executive member (\"two Non-executive Members\" at line 45)"
}

# The chair and the chief executive are not ordinary members: their
# appointments have rules of their own.
test_chair_is_not_an_ordinary_member if {
	count(rule.findings) == 0 with input as fixtures.with_appointments("chair", [])
}

test_a_sentence_naming_no_one_is_no_procedure if {
	s := fixtures.appointment("partner-trusts", 70, "The Partner Member is appointed as set out below.", [], [])
	fs := rule.findings with input as fixtures.with_appointments("partner-trusts", [s])
	count(fs) == 1
}
