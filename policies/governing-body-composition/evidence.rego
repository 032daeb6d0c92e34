# Evidence for governing-body-composition: the governing body's members and
# the roles the extractor reads from them (input.facts.roles: from each
# seat, seat=true, and from the sentences of the governing body's section,
# seat=false). No rule reads the text itself: the wording is read once, by
# the extractor, and the rules judge what it found.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["governing-body-composition"]

import data.ccgvet.lib

config := data.ccgvet.config.governing_body

body := input.governing_body if is_object(input.governing_body)

else := {}

present if count(body) > 0

seats := lib.array_in(body, "seats")

members := sum([lib.seat_count(s) | some s in seats])

# roles_in_prose are the distinct members the section's sentences name:
# the regulations' roles, the chair and the deputy chair; a lay member or
# a GP counts once.
roles_in_prose := {r.role |
	some r in roles
	not r.seat
	r.role in {"chair", "deputy-chair", "accountable-officer", "chief-finance-officer", "registered-nurse", "secondary-care-doctor", "audit-lay-member", "ppi-lay-member", "gp"}
}

# roles are the role facts, each {text, line, section, clause, role, seat}.
roles := [r | some r in lib.array_at(["facts", "roles"]); is_object(r)]

# named_roles are the roles some fact names: one set, built once, where a
# rule keyed by role would go over every fact at each lookup.
named_roles := {r.role | some r in roles}

# has_role(role) is true when a seat or a sentence of the governing body's
# section names the role.
has_role(role) if role in named_roles

# The chair field holds who chairs, as the extractor read it from the
# membership ("(Chair)", "chaired by"); a role fact names the chair where
# the field is empty.
has_chair if "chair" in named_roles

has_chair if lib.string_in(body, "chair") != ""

has_deputy_chair if "deputy-chair" in named_roles

# seat_roles[[line, text]] are the roles read from one seat: its facts
# share the seat's line and words. Several seats may stand on one line
# ("the Accountable Officer and the Chief Finance Officer"), so the line
# alone does not say which seat a fact is of.
seat_roles[[r.line, r.text]] contains r.role if {
	some r in roles
	r.seat == true
}

# roles_of(s) are the roles read from seat s: the facts at its line whose
# text is its role, with the member's name after it when there is one.
roles_of(s) := {role |
	role_text := lib.string_in(s, "role")
	role_text != ""
	some key, names in seat_roles
	key[0] == object.get(s, "line", 0)
	of_seat(key[1], role_text)
	some role in names
}

of_seat(text, role_text) if text == role_text

of_seat(text, role_text) if startswith(text, concat("", [role_text, " ("]))

# lay_seats are the seats of lay members: seats in the lay category, and
# seats neither clinical, lay nor executive (a non-voting or unclassified
# one) whose role the extractor reads as a lay member's.
lay_seats := [s | some s in seats; lay_seat(s)]

lay_members := sum([lib.seat_count(s) | some s in lay_seats])

lay_seat(s) if s.category == "lay"

lay_seat(s) if {
	not object.get(s, "category", "") in {"clinical", "executive", "lay"}
	"lay-member" in roles_of(s)
}

# chairing_audit_lay_members are the seats whose own words make the lay
# member for audit and governance the chair, as {line, text}.
chairing_audit_lay_members contains {"line": key[0], "text": key[1]} if {
	some key, names in seat_roles
	"audit-lay-member" in names
	"chair" in names
}

# Findings point at the governing body's heading, or line 1 when there is
# none.
location := {"line": lib.number_in(body, "line"), "section": section}

section := lib.string_in(body, "section") if lib.string_in(body, "section") != ""

else := lib.string_in(body, "name")

# searched says where the roles were looked for, for messages.
searched := "the governing body's members and its section"
