package ccgvet.rules["conflicts-of-interest"]["no-section_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["no-section"] as rule

test_no_section if {
	fs := rule.findings with input as {"conflicts": {"sections": [], "line": 0}}
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/no-section"
	f.severity == "error"
	f.line == 1
	f.message == "there is no conflicts of interest section"
}

test_no_conflicts_in_model if {
	fs := rule.findings with input as {}
	count(fs) == 1
}

test_section_present if {
	fs := rule.findings with input as fixtures.complete
	count(fs) == 0
}
