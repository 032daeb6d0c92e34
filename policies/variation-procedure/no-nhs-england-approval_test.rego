package ccgvet.rules["variation-procedure"]["no-nhs-england-approval_test"]

import data.ccgvet.rules["variation-procedure"].fixtures_test as fixtures
import data.ccgvet.rules["variation-procedure"]["no-nhs-england-approval"] as rule

test_no_mention_of_nhs_england if {
	fs := rule.findings with input as fixtures.in_section("12.1 The constitution is varied by a resolution of the member practices.")
	count(fs) == 1
	some f in fs
	f.rule == "variation-procedure/no-nhs-england-approval"
	f.severity == "warning"
	f.line == 400
	f.message == "the variation section does not mention NHS England's approval of a variation"
}

test_example_vale if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_nhs_commissioning_board if {
	fs := rule.findings with input as fixtures.in_section("Variations take effect when granted by the NHS Commissioning Board.")
	count(fs) == 0
}
