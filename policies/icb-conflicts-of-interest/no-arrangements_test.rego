package ccgvet.rules["icb-conflicts-of-interest"]["no-arrangements_test"]

import data.ccgvet.rules["icb-conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["icb-conflicts-of-interest"]["no-arrangements"] as rule

test_section if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_safeguards_elsewhere if {
	count(rule.findings) == 0 with input as fixtures.elsewhere_without("exclusion")
}

test_nothing if {
	fs := rule.findings with input as fixtures.nothing
	count(fs) == 1
	some f in fs
	f.rule == "icb-conflicts-of-interest/no-arrangements"
	f.severity == "error"
	f.line == 1
	startswith(f.message, "the constitution has no conflicts of interest section and no sentence anywhere states a safeguard")
}

test_not_an_icb if {
	count(rule.findings) == 0 with input as {"family": "ccg", "conflicts": {"sections": []}}
}
