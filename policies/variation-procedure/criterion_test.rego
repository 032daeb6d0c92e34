package ccgvet.rules["variation-procedure"].criterion_test

import data.ccgvet.evidence["variation-procedure"] as evidence
import data.ccgvet.rules["variation-procedure"] as criterion
import data.ccgvet.rules["variation-procedure"].fixtures_test as fixtures

test_always_applicable if {
	criterion.applicable with input as {}
}

test_section if {
	evidence.present with input as fixtures.example_vale
	evidence.location == {"line": 48, "section": "1.4 Amendment and Variation of this Constitution"} with input as fixtures.example_vale
	evidence.requires_member_approval with input as fixtures.example_vale
	evidence.nhs_england_approves with input as fixtures.example_vale
}

test_clause_elsewhere if {
	evidence.present with input as fixtures.clause_elsewhere
	evidence.location == {"line": 310, "section": "9. GENERAL"} with input as fixtures.clause_elsewhere
}

test_reserved_elsewhere_is_member_approval if {
	evidence.requires_member_approval with input as fixtures.reserved_elsewhere
	not evidence.requires_member_approval with input as fixtures.nhs_england_only
}

test_nothing if {
	not evidence.present with input as fixtures.none
	evidence.location == {"line": 1, "section": ""} with input as fixtures.none
}
