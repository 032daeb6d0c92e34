package ccgvet.rules["governing-body-composition"]["audit-lay-member-chairs_test"]

import data.ccgvet.rules["governing-body-composition"]["audit-lay-member-chairs"] as rule
import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures

test_audit_lay_member_is_the_chair if {
	fs := rule.findings with input as fixtures.with_members([
		fixtures.member(fixtures.seat("three GP members", 3, 212), ["gp"]),
		fixtures.member(
			fixtures.seat("the lay member for audit and governance, who is the Chair", 1, 213),
			["lay-member", "audit-lay-member", "chair"],
		),
	])
	count(fs) == 1
	some f in fs
	f.rule == "governing-body-composition/audit-lay-member-chairs"
	f.severity == "error"
	f.line == 213
	f.section == "6.6 The Governing Body"
	f.message == `the lay member for audit and governance chairs the governing body: "the lay member for audit and governance, who is the Chair"`
}

test_audit_lay_member_is_deputy_chair if {
	fs := rule.findings with input as fixtures.with_members([fixtures.member(
		fixtures.seat("Lay member for audit and governance (Deputy Chair)", 1, 213),
		["lay-member", "audit-lay-member", "deputy-chair"],
	)])
	count(fs) == 0
}

# The extractor reads no chair of the governing body in "who chairs the
# Audit Committee".
test_audit_lay_member_chairs_the_audit_committee if {
	fs := rule.findings with input as fixtures.with_members([fixtures.member(
		fixtures.seat("Lay member for audit and governance, who chairs the Audit Committee", 1, 213),
		["lay-member", "audit-lay-member"],
	)])
	count(fs) == 0
}

# The chair and the audit lay member on one line are two seats: "the Chair
# and the lay member for audit and governance".
test_two_seats_on_one_line if {
	fs := rule.findings with input as fixtures.with_members([
		fixtures.member(fixtures.seat("the Chair", 1, 213), ["chair"]),
		fixtures.member(fixtures.seat("the lay member for audit and governance", 1, 213), ["lay-member", "audit-lay-member"]),
	])
	count(fs) == 0
}

# A sentence naming both is not a seat: "The lay member for audit and
# governance shall not chair meetings when the Chair is absent."
test_sentence_naming_both if {
	text := "The lay member for audit and governance shall not preside when the Chair is absent."
	doc := json.patch(fixtures.example_vale, [
		{"op": "add", "path": "/facts/roles/-", "value": fixtures.fact("audit-lay-member", text, 230, false)},
		{"op": "add", "path": "/facts/roles/-", "value": fixtures.fact("chair", text, 230, false)},
	])
	count(rule.findings) == 0 with input as doc
}

test_example_vale if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_no_governing_body if {
	count(rule.findings) == 0 with input as {}
}
