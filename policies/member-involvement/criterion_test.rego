package ccgvet.rules["member-involvement"].criterion_test

import data.ccgvet.evidence["member-involvement"] as evidence
import data.ccgvet.rules["member-involvement"] as criterion
import data.ccgvet.rules["member-involvement"].fixtures_test as fixtures

test_always_applicable if {
	criterion.applicable with input as {}
}

test_example_vale if {
	evidence.participates with input as fixtures.example_vale
	evidence.reserves_variation with input as fixtures.example_vale
}

test_no_members if {
	not evidence.participates with input as fixtures.no_members
	not evidence.reserves_variation with input as fixtures.no_members
}

test_membership_location if {
	evidence.membership_location == {"line": 75, "section": "3. MEMBERSHIP"} with input as fixtures.example_vale
	evidence.membership_location == {"line": 1, "section": ""} with input as {}
}
