package ccgvet.rules["icb-appointments"]["chair-removal_test"]

import data.ccgvet.rules["icb-appointments"]["chair-removal"] as rule
import data.ccgvet.rules["icb-appointments"].fixtures_test as fixtures

test_as_the_act_says if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_no_sentence if {
	fs := rule.findings with input as fixtures.with_appointments("chair", [fixtures.chair])
	count(fs) == 1
	some f in fs
	f.rule == "icb-appointments/chair-removal"
	f.severity == "warning"
	f.line == 61
	f.message == "no sentence says that the chair may be removed only by NHS England with the Secretary of State's approval (read every sentence on appointing and removing members of the board)"
}

test_removed_by_the_board if {
	s := object.union(fixtures.appointment("chair", 62, "The Board may remove the Chair by a two-thirds majority.", [], []), {"removed_by": ["board"]})
	fs := rule.findings with input as fixtures.with_appointments("chair", [fixtures.chair, fixtures.chair_removal, s])
	count(fs) == 1
	some f in fs
	f.line == 62
	f.message == "clause 3.2 lets the board remove the chair, a power the Act keeps to NHS England: clause 3.2 (line 62): \"The Board may remove the Chair by a two-thirds majority.\""
}

test_without_the_secretary_of_state if {
	s := object.union(fixtures.appointment("chair", 62, "NHS England may remove the Chair.", [], []), {"removed_by": ["nhs-england"]})
	fs := rule.findings with input as fixtures.with_appointments("chair", [fixtures.chair, s])
	count(fs) == 1
	some f in fs
	startswith(f.message, "clause 3.2 lets NHS England remove the chair without saying that the Secretary of State must approve")
}
