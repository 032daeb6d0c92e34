package ccgvet.rules["icb-committees"]["remuneration-chair_test"]

import data.ccgvet.rules["icb-committees"].fixtures_test as fixtures
import data.ccgvet.rules["icb-committees"]["remuneration-chair"] as rule

test_non_executive if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_chaired_by_an_executive if {
	s := fixtures.statement("remuneration", "Remuneration Committee", 105, "The Remuneration Committee is chaired by the Director of People.", "executive", true)
	fs := rule.findings with input as fixtures.doc(array.concat(fixtures.audit, [s]))
	count(fs) == 1
	some f in fs
	f.rule == "icb-committees/remuneration-chair"
	f.severity == "error"
	f.line == 105
	startswith(f.message, "clause 4.4.5 has the remuneration committee chaired by an executive member, not a non-executive member")
}

test_chair_not_said if {
	s := fixtures.statement("remuneration", "Remuneration Committee", 105, "The Board has a Remuneration Committee.", "", true)
	fs := rule.findings with input as fixtures.doc([s])
	count(fs) == 1
	some f in fs
	startswith(f.message, "no sentence says that a non-executive member chairs the remuneration committee")
}

test_no_committee_is_another_rules if {
	count(rule.findings) == 0 with input as fixtures.doc(fixtures.audit)
}
