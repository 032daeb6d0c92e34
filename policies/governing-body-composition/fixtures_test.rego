package ccgvet.rules["governing-body-composition"].fixtures_test

section := "6.6 The Governing Body"

seat(role, n, line) := {"role": role, "count": n, "voting": true, "line": line}

# fact(role, text, line, from_seat) is a role the extractor read from a
# seat (from_seat) or a sentence of the governing body's section.
fact(role, text, line, from_seat) := {"text": text, "line": line, "section": section, "role": role, "seat": from_seat}

# member(seat, roles) is a seat and the roles the extractor reads from its
# words.
member(s, roles) := {"seat": s, "roles": roles}

seat_facts(members) := [fact(role, m.seat.role, m.seat.line, true) |
	some m in members
	some role in m.roles
]

# The governing body of ex01 (and ex02 to ex04), with the roles the
# extractor reads from its seats and its section.
vale_members := [
	member(seat("the Chair, a GP elected by the member practices", 1, 211), ["gp", "chair"]),
	member(seat("three GP members elected by the member practices", 3, 212), ["gp"]),
	member(seat("the lay member with a lead role in audit and governance", 1, 213), ["lay-member", "audit-lay-member"]),
	member(
		seat("the lay member with a lead role in patient and public involvement, who is the Deputy Chair", 1, 214),
		["lay-member", "deputy-chair", "ppi-lay-member"],
	),
	member(seat("a registered nurse", 1, 216), ["registered-nurse"]),
	member(seat("a secondary care specialist doctor", 1, 217), ["secondary-care-doctor"]),
	member(seat("the Accountable Officer", 1, 218), ["accountable-officer"]),
	member(seat("the Chief Finance Officer", 1, 219), ["chief-finance-officer"]),
]

serve := "The Chair and the GP members serve for three years and may stand for election again."

presides := "The Deputy Chair presides when the Chair is absent."

example_vale := {
	"governing_body": {
		"name": "The Governing Body",
		"kind": "governing-body",
		"line": 199,
		"section": section,
		"membership_stated": true,
		"seats": [m.seat | some m in vale_members],
		"text": concat("\n", [
			"6.6.1 The Governing Body makes sure that the Group exercises its functions effectively, efficiently and economically.",
			"6.6.2.1 The Governing Body has the following members:",
			concat(" ", ["6.6.2.2", serve, presides]),
		]),
	},
	"facts": {"roles": array.concat(seat_facts(vale_members), [
		fact("chair", serve, 221, false),
		fact("gp", serve, 221, false),
		fact("chair", presides, 221, false),
		fact("deputy-chair", presides, 221, false),
	])},
}

# with_members(members) is ex01's governing body with other members, no
# text, and only the roles read from its seats.
with_members(members) := json.patch(example_vale, [
	{"op": "replace", "path": "/governing_body/seats", "value": [m.seat | some m in members]},
	{"op": "replace", "path": "/governing_body/text", "value": ""},
	{"op": "replace", "path": "/facts/roles", "value": seat_facts(members)},
])

# without_roles(roles) is ex01 with no fact of any of roles.
without_roles(roles) := json.patch(example_vale, [{
	"op": "replace", "path": "/facts/roles",
	"value": [r | some r in example_vale.facts.roles; not r.role in roles],
}])
