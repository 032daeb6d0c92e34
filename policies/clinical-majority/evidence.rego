# Evidence for clinical-majority: the committees checked and their voting seats.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
# lay-executive-majority sums up its committees with the same helpers.
package ccgvet.evidence["clinical-majority"]

import data.ccgvet.lib

kinds := data.ccgvet.config.clinical_majority.committee_kinds

# The committees this criterion checks (clinical_majority.committee_kinds),
# each summed up once: rules read these small objects rather than pass
# whole committees to functions.
committees := summarise(kinds)

# summarise(kinds) sums up the committees of the given kinds (see
# clinical_majority.committee_kinds in data.yaml), in document order, the
# governing body last.
summarise(kinds) := [committee |
	some c in array.concat(lib.array_at(["committees"]), governing_body(kinds))
	checked(kinds, c)
	all_seats := [s | some s in object.get(c, "seats", [])]
	seats := [s | some s in all_seats; s.voting == true]
	name := object.get(c, "name", "")
	chair := chair_of(c, all_seats)
	committee := {
		"name": {true: name, false: "Committee"}[name != ""],
		"location": {"line": object.get(c, "line", 1), "section": object.get(c, "section", name)},
		# Stated when a table or list of members was found under its heading.
		"stated": (count([true | c.membership_stated == true]) + count(all_seats)) > 0,
		# The sentence on its members when none could be read from it: the
		# membership is stated in words ccgvet does not count.
		"members_text": object.get(c, "members_text", ""),
		"seats": seats,
		"voting": sum([lib.seat_count(s) | some s in seats]),
		"clinical": sum([lib.seat_count(s) | some s in seats; s.category == "clinical"]),
		"lay": sum([lib.seat_count(s) | some s in seats; s.category == "lay"]),
		"executive": sum([lib.seat_count(s) | some s in seats; s.category == "executive"]),
		"quorum": object.get(c, "quorum", null),
		# Who chairs it, as written, and the category of the chair's seat
		# ("" when no seat is the chair's or it has none).
		"chair": chair,
		"chair_category": chair_category(chair, all_seats),
	}
]

governing_body(kinds) := [input.governing_body] if {
	"governing-body" in kinds
	is_object(input.governing_body)
} else := []

checked(kinds, c) if {
	"joint" in kinds
	c.joint == true
}

checked(kinds, c) if {
	"joint" in kinds
	c.kind == "joint-committee"
}

checked(kinds, c) if {
	"primary-care" in kinds
	c.primary_care == true
}

checked(kinds, c) if {
	"with-nhs-england" in kinds
	c.with_nhs_england == true
}

checked(kinds, c) if {
	"committee" in kinds
	c.kind != "governing-body"
}

checked(kinds, c) if {
	"governing-body" in kinds
	c.kind == "governing-body"
}

# chair_of(c, seats) is who chairs the committee: the parser's `chair`, else
# the role of a seat marked "(Chair)", else "".
chair_of(c, seats) := chair if {
	chair := trim_space(lib.string_in(c, "chair"))
	chair != ""
} else := chair if {
	some s in seats
	contains(lower(lib.string_in(s, "role")), "(chair)")
	chair := trim_space(lib.string_in(s, "role"))
} else := ""

# chair_category(chair, seats) is the category of the seat whose role is
# the chair's (the parser takes the chair from a seat's role, less "(Chair)"
# or "who chairs …"), or "".
chair_category(chair, seats) := category if {
	chair != ""
	wanted := without_article(chair)
	categories := [object.get(s, "category", "") |
		some s in seats
		startswith(without_article(lib.string_in(s, "role")), wanted)
	]
	category := array.concat(categories, [""])[0]
} else := ""

without_article(role) := trim_prefix(lower(trim_space(role)), "the ")

# majority(n) is how many of n voting seats a majority needs.
majority(n) := lib.more_than(0.5, n)

# membership_gap(c) says why a committee's balance of seats cannot be
# checked, and is undefined when it can: the membership is not stated, or
# none of its members is stated to vote.
membership_gap(c) := "its membership is not stated" if {
	not c.stated
} else := "none of its members is stated to vote" if {
	c.voting == 0
}
