package ccgvet.rules["icb-conflicts-of-interest"].criterion_test

import data.ccgvet.evidence["icb-conflicts-of-interest"] as evidence
import data.ccgvet.rules["icb-conflicts-of-interest"] as criterion
import data.ccgvet.rules["icb-conflicts-of-interest"].fixtures_test as fixtures

test_applicable if {
	criterion.applicable with input as fixtures.complete
	not criterion.applicable with input as object.union(fixtures.complete, {"family": "ccg", "icb": null})
}

test_location if {
	evidence.location == {"line": 128, "section": "6 Conflicts of Interest"} with input as fixtures.complete
	evidence.location == {"line": 300, "section": "Appendix 2 Standing Orders"} with input as fixtures.elsewhere_without("register")
	evidence.location == {"line": 1, "section": ""} with input as fixtures.nothing
}
