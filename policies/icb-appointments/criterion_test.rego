package ccgvet.rules["icb-appointments"].criterion_test

import data.ccgvet.evidence["icb-appointments"] as evidence
import data.ccgvet.rules["icb-appointments"] as criterion
import data.ccgvet.rules["icb-appointments"].fixtures_test as fixtures

test_applicable_to_an_icb if {
	criterion.applicable with input as fixtures.complete
}

test_not_applicable_to_a_ccg if {
	not criterion.applicable with input as {"family": "ccg"}
}

test_partner_roles if {
	evidence.partner_roles == {"partner-trusts", "partner-primary-medical-services", "partner-local-authorities", "partner-other"}
}

test_location if {
	evidence.location([fixtures.chair]) == {"line": 61, "section": "3 Appointments Process for the Board"} with input as fixtures.complete
	evidence.location([]) == {"line": 40, "section": "2 Composition of the Board"} with input as fixtures.complete
}
