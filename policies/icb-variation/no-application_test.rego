package ccgvet.rules["icb-variation"]["no-application_test"]

import data.ccgvet.rules["icb-variation"].fixtures_test as fixtures
import data.ccgvet.rules["icb-variation"]["no-application"] as rule

test_on_application if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_only_a_grant if {
	fs := rule.findings with input as fixtures.doc([fixtures.by_the_board])
	count(fs) == 1
	some f in fs
	f.rule == "icb-variation/no-application"
	f.severity == "error"
	f.line == 20
	f.message == "no sentence says the constitution is varied on the ICB's application to NHS England; read 1 sentence on variation, e.g. clause 1.6.3 (line 23): \"The Board may make minor amendments to this constitution.\""
}

test_nothing if {
	fs := rule.findings with input as fixtures.nothing
	count(fs) == 1
	some f in fs
	f.line == 1
	f.message == "no section or sentence says how the constitution is varied (looked in every paragraph)"
}

test_unclear_wording_is_a_warning_not_this if {
	count(rule.findings) == 0 with input as fixtures.doc([fixtures.unclear])
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg"}
}
