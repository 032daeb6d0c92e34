package ccgvet.rules["icb-committees"]["no-remuneration-committee_test"]

import data.ccgvet.rules["icb-committees"].fixtures_test as fixtures
import data.ccgvet.rules["icb-committees"]["no-remuneration-committee"] as rule

test_established if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	fs := rule.findings with input as fixtures.doc(fixtures.audit)
	count(fs) == 1
	some f in fs
	f.rule == "icb-committees/no-remuneration-committee"
	f.severity == "error"
	f.line == 40
	f.message == "no sentence establishes a remuneration committee (read 2 sentences on the board's committees)"
}

test_nothing_at_all if {
	fs := rule.findings with input as {"family": "icb", "icb": {"board": {"line": 0}, "facts": {}}}
	some f in fs
	f.line == 1
	f.message == "no sentence establishes a remuneration committee (read 0 sentences on the board's committees)"
}
