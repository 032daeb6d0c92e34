package ccgvet.rules["icb-deputy-chair"]["deputy-not-non-executive_test"]

import data.ccgvet.rules["icb-deputy-chair"]["deputy-not-non-executive"] as rule
import data.ccgvet.rules["icb-deputy-chair"].fixtures_test as fixtures

test_non_executive if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_not_said if {
	fs := rule.findings with input as fixtures.doc([fixtures.deputy(51, "The Board will elect a Deputy Chair from among its members.", false, true)])
	count(fs) == 1
	some f in fs
	f.rule == "icb-deputy-chair/deputy-not-non-executive"
	f.severity == "error"
	f.line == 51
	f.message == "no sentence says the deputy chair is one of the non-executive members; read 1 sentence on the deputy chair, e.g. clause 2.4.1 (line 51): \"The Board will elect a Deputy Chair from among its members.\""
}

test_no_deputy_is_another_rules if {
	count(rule.findings) == 0 with input as fixtures.doc([])
}
