package ccgvet.rules["icb-committees"]["no-audit-committee_test"]

import data.ccgvet.rules["icb-committees"].fixtures_test as fixtures
import data.ccgvet.rules["icb-committees"]["no-audit-committee"] as rule

test_established if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	fs := rule.findings with input as fixtures.doc(fixtures.remuneration)
	count(fs) == 1
	some f in fs
	f.rule == "icb-committees/no-audit-committee"
	f.severity == "error"
	f.line == 40
	f.message == "no sentence establishes an audit committee (read 1 sentence on the board's committees)"
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg"}
}
