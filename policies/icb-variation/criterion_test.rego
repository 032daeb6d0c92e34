package ccgvet.rules["icb-variation"].criterion_test

import data.ccgvet.evidence["icb-variation"] as evidence
import data.ccgvet.rules["icb-variation"] as criterion
import data.ccgvet.rules["icb-variation"].fixtures_test as fixtures

test_applicable if {
	criterion.applicable with input as fixtures.complete
	not criterion.applicable with input as {"family": "ccg", "variation": {"sections": []}}
}

test_location if {
	evidence.location == {"line": 20, "section": "1.6 Variation of this Constitution"} with input as fixtures.complete
	evidence.location == {"line": 23, "section": "1.6 Variation of this Constitution"} with input as object.union(fixtures.nothing, {"icb": fixtures.icb([fixtures.by_the_board])})
	evidence.location == {"line": 1, "section": ""} with input as fixtures.nothing
}

test_a_step_before_applying_is_understood if {
	count(evidence.unclear) == 0 with input as fixtures.complete
}
