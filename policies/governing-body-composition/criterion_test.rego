package ccgvet.rules["governing-body-composition"].criterion_test

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.rules["governing-body-composition"] as criterion
import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures

test_always_applicable if {
	criterion.applicable with input as {}
}

test_members_counted if {
	evidence.members == 10 with input as fixtures.example_vale
}

test_every_role_found if {
	every role, _ in data.ccgvet.config.governing_body.roles {
		evidence.has_role(role) with input as fixtures.example_vale
	}
}

test_chair_and_deputy_found if {
	evidence.has_chair with input as fixtures.example_vale
	evidence.has_deputy_chair with input as fixtures.example_vale
}

test_deputy_chair_is_not_the_chair if {
	gb := fixtures.with_seats([fixtures.seat("Lay member (Deputy Chair)", 1, 10)])
	not evidence.has_chair with input as gb
	evidence.has_deputy_chair with input as gb
}

test_chair_of_a_committee_is_not_the_chair if {
	not evidence.has_chair with input as fixtures.with_seats([fixtures.seat("Lay member for audit, who chairs the Audit Committee", 1, 10)])
	not evidence.has_chair with input as fixtures.with_seats([fixtures.seat("GP member, who is not the Chair", 1, 10)])
}

test_chair_named if {
	evidence.has_chair with input as {"governing_body": {"chair": "Dr A. Smith", "seats": []}}
}

test_location if {
	evidence.location == {"line": 199, "section": "6.6 The Governing Body"} with input as fixtures.example_vale
	evidence.location == {"line": 0, "section": ""} with input as {"governing_body": null}
}
