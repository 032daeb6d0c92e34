# Evidence for governing-body-composition: the governing body's members and
# what is said of them.
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

# lay_members is how many members are lay: seats in the lay category, and
# seats neither clinical, lay nor executive whose role names a lay member
# (governing_body.lay_member).
lay_members := sum([lib.seat_count(s) | some s in seats; lay_seat(s)])

lay_seat(s) if s.category == "lay"

lay_seat(s) if {
	not object.get(s, "category", "") in {"clinical", "executive", "lay"}
	role := lower(lib.string_in(s, "role"))
	some pattern in lay_patterns
	regex.match(pattern, role)
}

lay_patterns := lib.patterns(object.get(config, "lay_member", []))

# Findings point at the governing body's heading, or line 1 when there is
# none.
location := {"line": lib.number_in(body, "line"), "section": section}

section := lib.string_in(body, "section") if lib.string_in(body, "section") != ""

else := lib.string_in(body, "name")

# What the constitution says of the governing body's members: each member's
# role, who chairs it, and the text of its section.
described := concat("\n", array.concat(
	[lib.string_in(s, "role") | some s in seats],
	[lib.string_in(body, "chair"), lib.string_in(body, "text")],
))

# The same, less mentions of deputy chairs and of chairs of other bodies, so
# that what is left names the chair.
without_other_chairs(text) := regex.replace(
	text,
	lib.pattern(array.concat(config.deputy_chair, config.chairs_elsewhere)),
	" ",
)

# has_role(role) is true when the governing body includes the role
# (governing_body.roles[role].phrases).
has_role(role) if {
	some pattern in roles[role]
	regex.match(pattern, described_lower)
}

described_lower := lower(described)

roles[role] := lib.patterns(required.phrases) if {
	some role, required in config.roles
}

has_chair if lib.string_in(body, "chair") != ""

has_chair if lib.mentions(config.chair, without_other_chairs(described))

has_deputy_chair if lib.mentions(config.deputy_chair, described)

searched := "the governing body" if present

else := "the constitution"
