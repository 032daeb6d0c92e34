package ccgvet.rules["icb-variation"].unclear_test

import data.ccgvet.rules["icb-variation"].fixtures_test as fixtures
import data.ccgvet.rules["icb-variation"].unclear as rule

test_quotes_the_sentence if {
	fs := rule.findings with input as fixtures.doc([fixtures.unclear])
	count(fs) == 1
	some f in fs
	f.rule == "icb-variation/unclear"
	f.severity == "warning"
	f.line == 24
	f.message == "ccgvet could not tell whether the constitution is varied on the ICB's application to NHS England; read clause 1.6.4 (line 24): \"Changes to this constitution follow the ICB's governance handbook.\""
}

test_understood if {
	count(rule.findings) == 0 with input as fixtures.complete
	count(rule.findings) == 0 with input as fixtures.doc([fixtures.on_application, fixtures.unclear])
}
