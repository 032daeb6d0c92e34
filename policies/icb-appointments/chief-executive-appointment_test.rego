package ccgvet.rules["icb-appointments"]["chief-executive-appointment_test"]

import data.ccgvet.rules["icb-appointments"]["chief-executive-appointment"] as rule
import data.ccgvet.rules["icb-appointments"].fixtures_test as fixtures

test_as_the_act_says if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_no_sentence if {
	fs := rule.findings with input as fixtures.with_appointments("chief-executive", [])
	count(fs) == 1
	some f in fs
	f.rule == "icb-appointments/chief-executive-appointment"
	f.severity == "error"
	f.line == 40
	f.message == "no sentence says who appoints the chief executive (read every sentence on appointing members of the board)"
}

test_without_nhs_england if {
	s := fixtures.appointment("chief-executive", 63, "The Chair appoints the Chief Executive.", ["chair"], [])
	fs := rule.findings with input as fixtures.with_appointments("chief-executive", [s])
	count(fs) == 1
	some f in fs
	f.line == 63
	f.message == "no sentence says the chief executive is appointed by the chair with NHS England's approval; clause 3.3 (line 63): \"The Chair appoints the Chief Executive.\" says the appointment is by the chair with the approval of no one"
}

test_appointed_by_the_board if {
	s := fixtures.appointment("chief-executive", 63, "The Board appoints the Chief Executive with the approval of NHS England.", ["board"], ["nhs-england"])
	fs := rule.findings with input as fixtures.with_appointments("chief-executive", [s])
	count(fs) == 1
	some f in fs
	startswith(f.message, "clause 3.3 has the chief executive appointed by the board, not by the chair with NHS England's approval")
}
