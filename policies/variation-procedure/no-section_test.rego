package ccgvet.rules["variation-procedure"]["no-section_test"]

import data.ccgvet.rules["variation-procedure"].fixtures_test as fixtures
import data.ccgvet.rules["variation-procedure"]["no-section"] as rule

test_no_variation_clause if {
	fs := rule.findings with input as fixtures.none
	count(fs) == 1
	some f in fs
	f.rule == "variation-procedure/no-section"
	f.severity == "error"
	f.line == 1
	f.message == "no clause says how the constitution is varied"
}

test_variation_section if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_clause_outside_a_variation_section if {
	fs := rule.findings with input as fixtures.clause_elsewhere
	count(fs) == 0
}
