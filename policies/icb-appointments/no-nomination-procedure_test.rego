package ccgvet.rules["icb-appointments"]["no-nomination-procedure_test"]

import data.ccgvet.rules["icb-appointments"].fixtures_test as fixtures
import data.ccgvet.rules["icb-appointments"]["no-nomination-procedure"] as rule

test_each_kind_nominated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_trusts_not_nominated if {
	fs := rule.findings with input as fixtures.doc(fixtures.appointments, [fixtures.primary_care])
	count(fs) == 1
	some f in fs
	f.rule == "icb-appointments/no-nomination-procedure"
	f.severity == "error"
	f.line == 43
	f.message == "no sentence says who nominates the partner member nominated by the NHS trusts and foundation trusts (\"a Partner Member (NHS trusts and foundation trusts)\") or how"
}

# The board lists no local authority partner member: that is
# missing-partner-member's finding.
test_kinds_not_listed_are_not_reported if {
	count(rule.findings) == 2 with input as fixtures.doc(fixtures.appointments, [])
}
