package ccgvet.rules["variation-procedure"]["no-nhs-england-approval_test"]

import data.ccgvet.rules["variation-procedure"].fixtures_test as fixtures
import data.ccgvet.rules["variation-procedure"]["no-nhs-england-approval"] as rule

test_named if {
	count(rule.findings) == 0 with input as fixtures.example_vale
}

test_not_named if {
	fs := rule.findings with input as fixtures.unclear
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.message == "no sentence on varying the constitution says that NHS England grants a variation (read 1 sentence(s) on variation)"
}

test_nothing_at_all_is_no_section_not_this if {
	count(rule.findings) == 0 with input as fixtures.none
}
