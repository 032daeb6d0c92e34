package ccgvet.rules["variation-procedure"]["no-section_test"]

import data.ccgvet.rules["variation-procedure"].fixtures_test as fixtures
import data.ccgvet.rules["variation-procedure"]["no-section"] as rule

test_present if {
	count(rule.findings) == 0 with input as fixtures.example_vale
	count(rule.findings) == 0 with input as fixtures.clause_elsewhere
}

test_absent if {
	fs := rule.findings with input as fixtures.none
	count(fs) == 1
	some f in fs
	f.line == 1
	f.severity == "error"
}
