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

# A role stated only in the section's sentences counts as one a seat
# names.
test_role_from_a_sentence if {
	doc := json.patch(fixtures.example_vale, [{"op": "add", "path": "/facts/roles/-", "value": fixtures.fact(
		"registered-nurse",
		"A registered nurse is appointed by the Governing Body.",
		230, false,
	)}])
	evidence.has_role("registered-nurse") with input as doc
	not evidence.has_role("registered-nurse") with input as fixtures.without_roles({"registered-nurse"})
}

test_no_facts if {
	not evidence.has_role("accountable-officer") with input as {"governing_body": fixtures.example_vale.governing_body}
	not evidence.has_role("accountable-officer") with input as {"facts": {"roles": null}}
	not evidence.has_role("accountable-officer") with input as {"facts": null}
}

test_chair_and_deputy_found if {
	evidence.has_chair with input as fixtures.example_vale
	evidence.has_deputy_chair with input as fixtures.example_vale
}

# The extractor reads "Deputy Chair" as the deputy chair alone.
test_deputy_chair_is_not_the_chair if {
	gb := fixtures.with_members([fixtures.member(fixtures.seat("Lay member (Deputy Chair)", 1, 10), ["lay-member", "deputy-chair"])])
	not evidence.has_chair with input as gb
	evidence.has_deputy_chair with input as gb
}

test_chair_named if {
	evidence.has_chair with input as {"governing_body": {"chair": "Dr A. Smith", "seats": []}}
	not evidence.has_chair with input as {"governing_body": {"chair": "", "seats": []}}
}

test_roles_of_a_seat if {
	evidence.roles_of(fixtures.seat("the lay member with a lead role in audit and governance", 1, 213)) == {"lay-member", "audit-lay-member"} with input as fixtures.example_vale

	# Another seat's line, or another seat's words on the same line.
	evidence.roles_of(fixtures.seat("the lay member with a lead role in audit and governance", 1, 212)) == set() with input as fixtures.example_vale
	evidence.roles_of(fixtures.seat("the Chair", 1, 211)) == set() with input as fixtures.example_vale
}

# The extractor quotes a seat with its member's name: "Lay member (Ms J. Ray)".
test_roles_of_a_named_seat if {
	doc := {"facts": {"roles": [fixtures.fact("lay-member", "Lay member (Ms J. Ray)", 12, true)]}}
	evidence.roles_of({"role": "Lay member", "name": "Ms J. Ray", "line": 12}) == {"lay-member"} with input as doc
}

# Roles read from the section's sentences are no seat's.
test_sentence_roles_are_no_seats if {
	doc := {"facts": {"roles": [fixtures.fact("lay-member", "Lay member", 12, false)]}}
	evidence.roles_of({"role": "Lay member", "line": 12}) == set() with input as doc
}

test_location if {
	evidence.location == {"line": 199, "section": "6.6 The Governing Body"} with input as fixtures.example_vale
	evidence.location == {"line": 0, "section": ""} with input as {"governing_body": null}
}
