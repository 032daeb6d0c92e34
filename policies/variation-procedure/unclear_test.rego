package ccgvet.rules["variation-procedure"].unclear_test

import data.ccgvet.rules["variation-procedure"].fixtures_test as fixtures
import data.ccgvet.rules["variation-procedure"].unclear as rule

test_unclear_quotes_the_sentence if {
	fs := rule.findings with input as fixtures.unclear
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.rule == "variation-procedure/unclear"
	contains(f.message, "clause 1.4.1 (line 49): \"Changes to this constitution follow the procedure in the standing orders.\"")
}

test_understood_gives_none if {
	count(rule.findings) == 0 with input as fixtures.example_vale
	count(rule.findings) == 0 with input as fixtures.conditional_grant
}
