package ccgvet.rules["governing-body-composition"]["too-few-lay-members_test"]

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures
import data.ccgvet.rules["governing-body-composition"]["too-few-lay-members"] as rule

lay(role, n, line) := object.union(fixtures.seat(role, n, line), {"category": "lay"})

clinical(role, n, line) := object.union(fixtures.seat(role, n, line), {"category": "clinical"})

test_two_lay_members_meet_the_regulations if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_one_lay_member if {
	fs := rule.findings with input as fixtures.with_seats([
		clinical("the Chair, a GP elected by the member practices", 1, 211),
		clinical("three GP members", 3, 212),
		lay("the lay member with a lead role in audit and governance", 1, 213),
	])
	count(fs) == 1
	some f in fs
	f.rule == "governing-body-composition/too-few-lay-members"
	f.severity == "error"
	f.line == 199
	f.section == "6.6 The Governing Body"
	f.message == "the governing body has 1 lay member; at least 2 are required"
}

test_no_lay_member if {
	fs := rule.findings with input as fixtures.with_seats([clinical("four GP members", 4, 212)])
	{f.message | some f in fs} == {"the governing body has 0 lay members; at least 2 are required"}
}

# coi-2017: NHS England's revised conflicts guidance asks for three.
test_minimum_from_data if {
	fs := rule.findings with input as fixtures.example_vale
		with data.ccgvet.config.governing_body.minimum_lay_members as 3
	{f.message | some f in fs} == {"the governing body has 2 lay members; at least 3 are required"}
}

test_third_lay_member_meets_three if {
	three := json.patch(fixtures.example_vale, [{"op": "add", "path": "/governing_body/seats/-", "value": fixtures.seat("a third lay member", 1, 218)}])
	count(rule.findings) == 0 with input as three
		with data.ccgvet.config.governing_body.minimum_lay_members as 3
}

test_seat_counts if {
	fs := rule.findings with input as fixtures.with_seats([lay("the two lay members", 2, 213)])
		with data.ccgvet.config.governing_body.minimum_lay_members as 3
	{f.message | some f in fs} == {"the governing body has 2 lay members; at least 3 are required"}
}

# A seat's category is the parser's reading of the role: a clinical seat
# is never lay, whatever its role says; a seat with none (non-voting) is
# lay when its role says so.
test_category_over_role if {
	evidence.lay_members == 1 with input as fixtures.with_seats([
		clinical("GP member, formerly a lay member", 1, 212),
		{"role": "Lay member for primary care (non-voting)", "count": 1, "voting": false, "line": 213},
		{"role": "Director of Public Health (in attendance)", "count": 1, "voting": false, "line": 214},
	])
}

test_lay_member_phrases_from_data if {
	evidence.lay_members == 2 with input as fixtures.with_seats([
		{"role": "Independent member", "voting": true, "category": "unclassified", "line": 212},
		{"role": "Independent member (audit)", "voting": false, "line": 213},
	])
		with data.ccgvet.config.governing_body.lay_member as ["independent\\s+member"]
}

test_members_not_listed if {
	count(rule.findings) == 0 with input as fixtures.with_seats(null)
	count(rule.findings) == 0 with input as {"governing_body": null}
}

# ex01's governing body (the fixture): the two lay members the regulations
# require, recognised by their roles since the fixture's seats have no
# category.
test_example_vale_lay_members if {
	evidence.lay_members == 2 with input as fixtures.example_vale
}
