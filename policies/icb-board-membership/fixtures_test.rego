package ccgvet.rules["icb-board-membership"].fixtures_test

section := "2 Composition of the Board"

member(role, title, line, n) := {
	"role": role, "title": title, "count": n, "minimum": false,
	"text": concat("", [title, ";"]), "line": line, "section": section, "clause": sprintf("2.2.%d", [line - 40]),
}

# The model constitution's board: chair, chief executive, three partner
# members, three executives and two non-executives.
members := [
	member("chair", "a Chair", 41, 1),
	member("chief-executive", "a Chief Executive", 42, 1),
	member("partner-trusts", "a Partner Member nominated by the NHS trusts and foundation trusts", 43, 1),
	member("partner-primary-medical-services", "a Partner Member nominated by the providers of primary medical services", 44, 1),
	member("partner-local-authorities", "a Partner Member nominated by the local authorities", 45, 1),
	member("executive-finance", "a Director of Finance", 46, 1),
	member("executive-medical", "a Medical Director", 47, 1),
	member("executive-nursing", "a Director of Nursing", 48, 1),
	object.union(member("non-executive", "at least two Non-executive Members", 49, 2), {"minimum": true}),
]

mental_health := {"text": "At least one Ordinary Member will have knowledge and experience of mental health services.", "line": 52, "section": section, "clause": "2.3"}

doc(ms) := {"family": "icb", "icb": {
	"board": {"line": 40, "section": section, "members": ms},
	"facts": {"mental_health": [mental_health], "appointments": [], "nominations": []},
}}

complete := doc(members)

# without(role) is the board less its members of role.
without(role) := doc([m | some m in members; m.role != role])

# only(roles) is the board of only the members of roles.
only(roles) := doc([m | some m in members; m.role in roles])

# A document with no board found.
no_board := {"family": "icb", "icb": {"board": {"line": 0, "members": []}, "facts": {}}}
