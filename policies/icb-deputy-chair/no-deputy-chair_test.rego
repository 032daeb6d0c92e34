package ccgvet.rules["icb-deputy-chair"]["no-deputy-chair_test"]

import data.ccgvet.rules["icb-deputy-chair"].fixtures_test as fixtures
import data.ccgvet.rules["icb-deputy-chair"]["no-deputy-chair"] as rule

test_stated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	fs := rule.findings with input as fixtures.doc([])
	count(fs) == 1
	some f in fs
	f.rule == "icb-deputy-chair/no-deputy-chair"
	f.severity == "warning"
	f.line == 40
	f.message == "no sentence in the board's section (2 Composition of the Board) or anywhere else in the constitution provides for a deputy chair of the board"
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg"}
}
