package ccgvet.rules["icb-conflicts-of-interest"]["not-published_test"]

import data.ccgvet.rules["icb-conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["icb-conflicts-of-interest"]["not-published"] as rule

test_stated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	fs := rule.findings with input as fixtures.without("published")
	count(fs) == 1
	some f in fs
	f.rule == "icb-conflicts-of-interest/not-published"
	f.severity == "error"
	f.line == 128
	f.section == "6 Conflicts of Interest"
	f.message == "no sentence in the conflicts of interest section or elsewhere in the constitution says that the register of interests is published or open to the public"
}

test_missing_with_no_section if {
	fs := rule.findings with input as fixtures.nothing
	some f in fs
	f.line == 1
	f.message == "no sentence in the constitution (which has no conflicts of interest section) says that the register of interests is published or open to the public"
}

test_stated_outside_a_section if {
	count(rule.findings) == 0 with input as fixtures.elsewhere_without("nothing")
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg", "facts": {"safeguards": []}}
}
