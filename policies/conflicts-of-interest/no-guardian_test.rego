package ccgvet.rules["conflicts-of-interest"]["no-guardian_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["no-guardian"] as rule

test_stated if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_missing if {
	fs := rule.findings with input as fixtures.without("guardian")
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/no-guardian"
	f.severity == "warning"
	f.line == 200
	f.section == "8. Managing Conflicts of Interest"
	f.message == "no sentence in the conflicts of interest section or elsewhere in the constitution names a conflicts of interest guardian"
}

test_missing_with_no_section if {
	fs := rule.findings with input as fixtures.no_section_without("guardian")
	some f in fs
	f.line == 1
	f.message == "no sentence in the constitution (which has no conflicts of interest section) names a conflicts of interest guardian"
}

test_stated_outside_the_section if {
	count(rule.findings) == 0 with input as fixtures.no_section_without("nothing")
}
