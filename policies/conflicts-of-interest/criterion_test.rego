package ccgvet.rules["conflicts-of-interest"].criterion_test

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.rules["conflicts-of-interest"] as criterion
import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures

test_always_applicable if {
	criterion.applicable with input as {}
}

test_has if {
	evidence.has("guardian") with input as fixtures.complete
	not evidence.has("guardian") with input as fixtures.without("guardian")
}

test_location if {
	evidence.location == {"line": 200, "section": "8. Managing Conflicts of Interest"} with input as fixtures.complete
	evidence.location == {"line": 0, "section": ""} with input as {}
}
