package ccgvet.rules["icb-committees"].criterion_test

import data.ccgvet.evidence["icb-committees"] as evidence
import data.ccgvet.rules["icb-committees"] as criterion
import data.ccgvet.rules["icb-committees"].fixtures_test as fixtures

test_applicable if {
	criterion.applicable with input as fixtures.complete
	not criterion.applicable with input as {"family": "ccg", "committees": []}
}

test_committees_by_name if {
	names := {name | some name, _ in evidence.committees} with input as fixtures.complete
	names == {"Audit Committee", "Remuneration Committee"}
}

test_unnamed_committee if {
	doc := fixtures.doc([fixtures.statement("audit", "", 101, "An audit committee is established.", "", false)])
	names := {name | some name, _ in evidence.committees} with input as doc
	names == {"audit committee"}
}
