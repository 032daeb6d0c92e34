package ccgvet.rules["conflicts-of-interest"]["no-gifts-register_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["no-gifts-register"] as rule

test_stated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	fs := rule.findings with input as fixtures.without("gifts-register")
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/no-gifts-register"
	f.severity == "warning"
	f.line == 200
	f.section == "8. Managing Conflicts of Interest"
	f.message == "no sentence in the conflicts of interest section or elsewhere in the constitution provides for a register of gifts and hospitality"
}

test_missing_with_no_section if {
	fs := rule.findings with input as fixtures.no_section_without("gifts-register")
	some f in fs
	f.line == 1
	f.message == "no sentence in the constitution (which has no conflicts of interest section) provides for a register of gifts and hospitality"
}

test_stated_outside_the_section if {
	count(rule.findings) == 0 with input as fixtures.no_section_without("nothing")
}
