package ccgvet.rules["icb-deputy-chair"].criterion_test

import data.ccgvet.evidence["icb-deputy-chair"] as evidence
import data.ccgvet.rules["icb-deputy-chair"] as criterion
import data.ccgvet.rules["icb-deputy-chair"].fixtures_test as fixtures

test_applicable if {
	criterion.applicable with input as fixtures.complete
	not criterion.applicable with input as {"family": "ccg"}
}

test_location if {
	evidence.location == {"line": 51, "section": "2.4 Deputy Chair"} with input as fixtures.complete
	evidence.location == {"line": 40, "section": "2 Composition of the Board"} with input as fixtures.doc([])
}
