# Reading an integrated care board's constitution (input.icb): its board's
# members and the facts the extractor reads from its wording, with the
# names messages give roles and actors. Shared by the icb-* criteria.
#
# The model leaves out empty fields and writes empty lists as null, so the
# criteria read input.icb through these helpers.
package ccgvet.lib.icb

import data.ccgvet.lib

# document is true for an integrated care board's constitution: the
# extractor says so (input.family) or has read its board (input.icb). The
# icb-* criteria judge nothing else.
document if input.family == "icb"

document if is_object(input.icb)

config := data.ccgvet.config.icb

icb := x if {
	x := object.get(input, "icb", {})
	is_object(x)
} else := {}

board := x if {
	x := object.get(icb, "board", {})
	is_object(x)
} else := {}

facts := x if {
	x := object.get(icb, "facts", {})
	is_object(x)
} else := {}

# members are the board's members as stated, each {role, title, count,
# minimum} with its evidence.
members := [m | some m in lib.array_in(board, "members"); is_object(m)]

# facts_of(kind) are the facts of a kind (appointments, nominations, ...).
facts_of(kind) := [f | some f in lib.array_in(facts, kind); is_object(f)]

# seats(m) is how many members m stands for: "three partner members" is 3,
# "at least two non-executive members" 2.
seats(m) := lib.seat_count(m)

# members_of(roles) are the members whose role is one of roles.
members_of(roles) := [m | some m in members; object.get(m, "role", "") in roles]

# seats_of(roles) is how many seats members of those roles hold.
seats_of(roles) := sum([seats(m) | some m in members_of(roles)])

# has_member(role) is true when a member of the board has the role.
has_member(role) if {
	some m in members
	m.role == role
}

# Findings about what the board lacks point at the heading of the section
# that states its membership ("3.1 Membership"), which the extractor gives
# as the board's line and section, else line 1 (the finding constructor
# lifts 0 to 1).
location := {"line": lib.number_in(board, "line"), "section": lib.string_in(board, "section")}

# at(x) is where a member or fact stands.
at(x) := {"line": lib.number_in(x, "line"), "section": lib.string_in(x, "section")}

# searched says where a sentence was looked for, for messages: every
# sentence is read, the board's section among them.
searched := sprintf("the board's section (%s) or anywhere else in the constitution", [lib.string_in(board, "section")]) if {
	lib.number_in(board, "line") > 0
	lib.string_in(board, "section") != ""
} else := "the constitution"

# cite(x) names a sentence and its place: `clause 3.2.1 (line 42): "…"`.
cite(x) := sprintf("%s (line %d): %q", [lib.clause_name(x), lib.number_in(x, "line"), lib.excerpt(lib.string_in(x, "text"), 160)])

# titles(ms) quotes members' titles for a message: `"the Chair", "two
# Non-executive Members"`.
titles(ms) := concat(", ", [sprintf("%q", [lib.string_in(m, "title")]) | some m in ms])

# role_name(role) names a role in messages; policy data names the partner
# and executive members.
role_name(role) := object.get(config.partner_kinds[role], "name", role) if config.partner_kinds[role]

else := object.get(config.executives[role], "name", role) if config.executives[role]

else := object.get(role_names, role, role)

role_names := {
	"chair": "chair",
	"chief-executive": "chief executive",
	"partner-trusts": "partner member nominated by the NHS trusts and foundation trusts",
	"partner-primary-medical-services": "partner member nominated by the providers of primary medical services",
	"partner-local-authorities": "partner member nominated by the local authorities",
	"partner-other": "other partner member",
	"executive-finance": "director of finance",
	"executive-medical": "medical director",
	"executive-nursing": "director of nursing",
	"executive-other": "other executive member",
	"non-executive": "non-executive member",
	"other": "other member",
}

# The chair and the chief executive are not ordinary members (Sch 1B para
# 3(2)).
not_ordinary := {"chair", "chief-executive"}

ordinary(m) if not object.get(m, "role", "") in not_ordinary

# actor_names names the actors of facts in messages.
actor_names := {
	"nhs-england": "NHS England",
	"secretary-of-state": "the Secretary of State",
	"chair": "the chair",
	"chief-executive": "the chief executive",
	"board": "the board",
	"icb": "the ICB",
	"nhs-trusts": "the NHS trusts",
	"foundation-trusts": "the foundation trusts",
	"primary-medical-services": "the providers of primary medical services",
	"local-authorities": "the local authorities",
	"other": "someone else",
}

# who(actors) names actors in a message: "NHS England and the Secretary of
# State", or "no one" for none.
who(actors) := concat(" and ", [object.get(actor_names, a, a) | some a in actors]) if count(actors) > 0

else := "no one"
