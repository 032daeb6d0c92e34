package ccgvet.rules["icb-appointments"]["chief-executive-employee_test"]

import data.ccgvet.rules["icb-appointments"]["chief-executive-employee"] as rule
import data.ccgvet.rules["icb-appointments"].fixtures_test as fixtures

test_stated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_not_stated if {
	s := fixtures.appointment("chief-executive", 63, "The Chair appoints the Chief Executive with the approval of NHS England.", ["chair"], ["nhs-england"])
	fs := rule.findings with input as fixtures.with_appointments("chief-executive", [s])
	count(fs) == 1
	some f in fs
	f.rule == "icb-appointments/chief-executive-employee"
	f.severity == "warning"
	f.line == 63
	f.message == "no sentence says that the chief executive must be an employee of the ICB (read 1 sentence on the chief executive's appointment)"
}

test_nothing_on_the_chief_executive if {
	fs := rule.findings with input as fixtures.with_appointments("chief-executive", [])
	some f in fs
	f.line == 40
	f.message == "no sentence says that the chief executive must be an employee of the ICB (read 0 sentences on the chief executive's appointment)"
}
