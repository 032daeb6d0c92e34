package ccgvet.rules["member-involvement"]["no-participation_test"]

import data.ccgvet.rules["member-involvement"].fixtures_test as fixtures
import data.ccgvet.rules["member-involvement"]["no-participation"] as rule

test_no_participation if {
	fs := rule.findings with input as fixtures.no_members
	count(fs) == 1
	some f in fs
	f.rule == "member-involvement/no-participation"
	f.severity == "error"
	f.line == 75
}

test_example_vale if {
	count(rule.findings) == 0 with input as fixtures.example_vale
}
