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
	fs := rule.findings with input as fixtures.with_members([
		fixtures.member(clinical("the Chair, a GP elected by the member practices", 1, 211), ["gp", "chair"]),
		fixtures.member(clinical("three GP members", 3, 212), ["gp"]),
		fixtures.member(lay("the lay member with a lead role in audit and governance", 1, 213), ["lay-member", "audit-lay-member"]),
	])
	count(fs) == 1
	some f in fs
	f.rule == "governing-body-composition/too-few-lay-members"
	f.severity == "error"
	f.line == 199
	f.section == "6.6 The Governing Body"
	f.message == `the governing body has 1 lay member ("the lay member with a lead role in audit and governance"); at least 2 are required`
}

test_no_lay_member if {
	fs := rule.findings with input as fixtures.with_members([fixtures.member(clinical("four GP members", 4, 212), ["gp"])])
	{f.message | some f in fs} == {"the governing body has 0 lay members; at least 2 are required"}
}

# coi-2017: NHS England's revised conflicts guidance asks for three.
test_minimum_from_data if {
	fs := rule.findings with input as fixtures.example_vale
		with data.ccgvet.config.governing_body.minimum_lay_members as 3
	{f.message | some f in fs} == {concat("", [
		"the governing body has 2 lay members (",
		`"the lay member with a lead role in audit and governance", `,
		`"the lay member with a lead role in patient and public involvement, who is the Deputy Chair"`,
		"); at least 3 are required",
	])}
}

test_third_lay_member_meets_three if {
	third := fixtures.member(fixtures.seat("a third lay member", 1, 220), ["lay-member"])
	members := array.concat(fixtures.vale_members, [third])
	count(rule.findings) == 0 with input as fixtures.with_members(members)
		with data.ccgvet.config.governing_body.minimum_lay_members as 3
}

test_seat_counts if {
	fs := rule.findings with input as fixtures.with_members([fixtures.member(lay("the two lay members", 2, 213), ["lay-member"])])
		with data.ccgvet.config.governing_body.minimum_lay_members as 3
	{f.message | some f in fs} == {`the governing body has 2 lay members ("the two lay members"); at least 3 are required`}
}

# A seat's category is the parser's reading of the role: a clinical seat
# is never lay, whatever its role says; a seat with none (non-voting) is
# lay when the extractor reads its role as a lay member's.
test_category_over_role if {
	evidence.lay_members == 1 with input as fixtures.with_members([
		fixtures.member(clinical("GP member, formerly a lay member", 1, 212), ["gp", "lay-member"]),
		fixtures.member({"role": "Lay member for primary care (non-voting)", "count": 1, "voting": false, "line": 213}, ["lay-member"]),
		fixtures.member({"role": "Director of Public Health (in attendance)", "count": 1, "voting": false, "line": 214}, []),
	])
}

test_unclassified_seat_read_as_lay if {
	evidence.lay_members == 2 with input as fixtures.with_members([
		fixtures.member({"role": "Independent member", "voting": true, "category": "unclassified", "line": 212}, ["lay-member"]),
		fixtures.member({"role": "Independent member (audit)", "voting": false, "line": 213}, ["lay-member", "audit-lay-member"]),
		fixtures.member({"role": "Locality representative", "voting": true, "category": "unclassified", "line": 214}, []),
	])
}

# A sentence of the section that speaks of lay members makes no seat lay;
# nor does another seat's fact on the same line.
test_lay_only_from_the_seats_own_words if {
	doc := json.patch(
		fixtures.with_members([
			fixtures.member({"role": "Independent member", "voting": false, "line": 212}, []),
			fixtures.member({"role": "the lay member", "voting": false, "line": 212}, ["lay-member"]),
		]),
		[{"op": "add", "path": "/facts/roles/-", "value": fixtures.fact("lay-member", "Independent member", 212, false)}],
	)
	evidence.lay_members == 1 with input as doc
}

test_members_not_listed if {
	count(rule.findings) == 0 with input as fixtures.with_members([])
	count(rule.findings) == 0 with input as {"governing_body": null}
}

# ex01's governing body (the fixture): the two lay members the regulations
# require, recognised by their roles since the fixture's seats have no
# category.
test_example_vale_lay_members if {
	evidence.lay_members == 2 with input as fixtures.example_vale
}
