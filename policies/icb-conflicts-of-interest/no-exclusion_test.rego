package ccgvet.rules["icb-conflicts-of-interest"]["no-exclusion_test"]

import data.ccgvet.rules["icb-conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["icb-conflicts-of-interest"]["no-exclusion"] as rule

test_stated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	fs := rule.findings with input as fixtures.without("exclusion")
	count(fs) == 1
	some f in fs
	f.rule == "icb-conflicts-of-interest/no-exclusion"
	f.severity == "error"
	f.line == 128
	f.section == "6 Conflicts of Interest"
	f.message == "no sentence in the conflicts of interest section or elsewhere in the constitution says that a person with a conflict of interest withdraws from, or takes no part in, the discussion and decision"
}

test_missing_with_no_section if {
	fs := rule.findings with input as fixtures.nothing
	some f in fs
	f.line == 1
	f.message == "no sentence in the constitution (which has no conflicts of interest section) says that a person with a conflict of interest withdraws from, or takes no part in, the discussion and decision"
}

test_stated_outside_a_section if {
	count(rule.findings) == 0 with input as fixtures.elsewhere_without("nothing")
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg", "facts": {"safeguards": []}}
}
