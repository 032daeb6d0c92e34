package ccgvet.rules["member-involvement"]["not-reserved_test"]

import data.ccgvet.rules["member-involvement"].fixtures_test as fixtures
import data.ccgvet.rules["member-involvement"]["not-reserved"] as rule

test_reserved_by_the_variation_procedure if {
	count(rule.findings) == 0 with input as fixtures.example_vale
}

test_reserved_in_a_list_of_reserved_matters if {
	count(rule.findings) == 0 with input as fixtures.reserved
}

test_not_reserved if {
	fs := rule.findings with input as fixtures.no_members
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.line == 48
}
