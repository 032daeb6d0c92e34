package ccgvet.rules["governing-body-composition"]["audit-lay-member-chairs_test"]

import data.ccgvet.rules["governing-body-composition"]["audit-lay-member-chairs"] as rule
import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures

test_audit_lay_member_is_the_chair if {
	fs := rule.findings with input as fixtures.with_seats([
		fixtures.seat("three GP members", 3, 212),
		fixtures.seat("the lay member for audit and governance, who is the Chair", 1, 213),
	])
	count(fs) == 1
	some f in fs
	f.rule == "governing-body-composition/audit-lay-member-chairs"
	f.severity == "error"
	f.line == 213
	f.section == "6.6 The Governing Body"
	f.message == `the lay member for audit and governance chairs the governing body: "the lay member for audit and governance, who is the Chair"`
}

test_chair_field_names_the_audit_lay_member if {
	gb := json.patch(fixtures.example_vale, [{"op": "add", "path": "/governing_body/chair", "value": "Lay member for audit and governance"}])
	fs := rule.findings with input as gb
	some f in fs
	f.line == 199
}

test_audit_lay_member_is_deputy_chair if {
	fs := rule.findings with input as fixtures.with_seats([fixtures.seat("Lay member for audit and governance (Deputy Chair)", 1, 213)])
	count(fs) == 0
}

test_audit_lay_member_chairs_the_audit_committee if {
	fs := rule.findings with input as fixtures.with_seats([fixtures.seat("Lay member for audit and governance, who chairs the Audit Committee", 1, 213)])
	count(fs) == 0
}

test_example_vale if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_chair_field_naming_a_deputy_is_not_the_chair if {
	gb := json.patch(fixtures.example_vale, [{"op": "add", "path": "/governing_body/chair", "value": "the lay member for audit and governance, who is the Deputy Chair"}])
	fs := rule.findings with input as gb
	count(fs) == 0
}
