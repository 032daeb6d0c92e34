package ccgvet.rules["icb-appointments"]["chair-appointment_test"]

import data.ccgvet.rules["icb-appointments"]["chair-appointment"] as rule
import data.ccgvet.rules["icb-appointments"].fixtures_test as fixtures

test_as_the_act_says if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_no_sentence if {
	fs := rule.findings with input as fixtures.with_appointments("chair", [])
	count(fs) == 1
	some f in fs
	f.rule == "icb-appointments/chair-appointment"
	f.severity == "error"
	f.line == 40
	f.message == "no sentence says who appoints the chair (read every sentence on appointing members of the board)"
}

test_without_the_secretary_of_state if {
	s := fixtures.appointment("chair", 61, "The Chair is appointed by NHS England.", ["nhs-england"], [])
	fs := rule.findings with input as fixtures.with_appointments("chair", [s])
	count(fs) == 1
	some f in fs
	f.line == 61
	f.message == "no sentence says the chair is appointed by NHS England with the Secretary of State's approval; clause 3.1 (line 61): \"The Chair is appointed by NHS England.\" says the appointment is by NHS England with the approval of no one"
}

test_appointed_by_the_board if {
	s := fixtures.appointment("chair", 61, "The Board will appoint the Chair.", ["board"], [])
	fs := rule.findings with input as fixtures.with_appointments("chair", [fixtures.chair, s])
	count(fs) == 1
	some f in fs
	f.line == 61
	f.message == "clause 3.1 has the chair appointed by the board, not by NHS England with the Secretary of State's approval: clause 3.1 (line 61): \"The Board will appoint the Chair.\""
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg"}
}
