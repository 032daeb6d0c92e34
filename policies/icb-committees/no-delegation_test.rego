package ccgvet.rules["icb-committees"]["no-delegation_test"]

import data.ccgvet.rules["icb-committees"].fixtures_test as fixtures
import data.ccgvet.rules["icb-committees"]["no-delegation"] as rule

test_each_delegated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_one_committee_without if {
	other := fixtures.statement("other", "Quality Committee", 110, "The Board has established a Quality Committee chaired by a Non-executive Member.", "non-executive", false)
	fs := rule.findings with input as fixtures.doc(array.concat(fixtures.audit, [other]))
	count(fs) == 1
	some f in fs
	f.rule == "icb-committees/no-delegation"
	f.severity == "warning"
	f.line == 110
	f.message == "\"Quality Committee\": no sentence says what the board delegates to it (its functions or terms of reference); read 1 sentence on it, e.g. clause 4.4.10 (line 110): \"The Board has established a Quality Committee chaired by a Non-executive Member.\""
}

test_one_finding_per_committee if {
	statements := [
		fixtures.statement("audit", "Audit Committee", 101, "The Board has an Audit Committee.", "non-executive", false),
		fixtures.statement("audit", "Audit Committee", 102, "The Audit Committee meets quarterly.", "", false),
		fixtures.statement("remuneration", "Remuneration Committee", 105, "The Board has a Remuneration Committee.", "non-executive", false),
	]
	fs := rule.findings with input as fixtures.doc(statements)
	count(fs) == 2
	some f in fs
	f.line == 101
	contains(f.message, "read 2 sentences on it")
}
