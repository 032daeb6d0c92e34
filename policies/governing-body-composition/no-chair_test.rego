package ccgvet.rules["governing-body-composition"]["no-chair_test"]

import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures
import data.ccgvet.rules["governing-body-composition"]["no-chair"] as rule

test_chair_and_deputy if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_no_deputy_chair if {
	fs := rule.findings with input as fixtures.with_seats([
		fixtures.seat("the Chair, a GP elected by the member practices", 1, 211),
		fixtures.seat("the lay member with a lead role in audit and governance", 1, 213),
	])
	count(fs) == 1
	some f in fs
	f.rule == "governing-body-composition/no-chair"
	f.severity == "error"
	f.line == 199
	f.message == "no deputy chair of the governing body is identified"
}

test_no_chair if {
	fs := rule.findings with input as fixtures.with_seats([
		fixtures.seat("three GP members", 3, 212),
		fixtures.seat("the lay member for patient and public involvement (Vice Chair)", 1, 214),
	])
	{f.message | some f in fs} == {"no chair of the governing body is identified"}
}

test_no_governing_body if {
	fs := rule.findings with input as {}
	count(fs) == 2
	every f in fs {
		f.line == 1
	}
}
