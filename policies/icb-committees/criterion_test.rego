package ccgvet.rules["icb-committees"].criterion_test

import data.ccgvet.evidence["icb-committees"] as evidence
import data.ccgvet.rules["icb-committees"] as criterion
import data.ccgvet.rules["icb-committees"].fixtures_test as fixtures

test_applicable if {
	criterion.applicable with input as fixtures.complete
	not criterion.applicable with input as {"family": "ccg", "committees": []}
}

test_committees_by_name if {
	keys := {key | some key, _ in evidence.committees} with input as fixtures.complete
	keys == {"audit", "remuneration"}
}

test_unnamed_committee if {
	doc := fixtures.doc([fixtures.statement("audit", "", 101, "An audit committee is established.", "", false)])
	keys := {key | some key, _ in evidence.committees} with input as doc
	keys == {"audit"}
}

# Sentences that call one committee by other names are on one committee.
test_other_committees_by_name if {
	doc := fixtures.doc([
		fixtures.statement("other", "Quality Committee", 110, "The Board has established the Quality Committee.", "", false),
		fixtures.statement("other", "The Quality Committee", 111, "The Quality Committee exercises the functions in its terms of reference.", "", true),
		fixtures.statement("audit", "Audit and Risk Committee", 112, "The Audit and Risk Committee is chaired by a Non-executive Member.", "non-executive", false),
	])
	keys := {key | some key, _ in evidence.committees} with input as doc
	keys == {"quality committee", "audit"}
	evidence.display("quality committee", evidence.committees["quality committee"]) == "Quality Committee" with input as doc
	evidence.display("other", []) == "other committee"
}
