# Evidence for clinical-majority: the committees checked and their voting seats.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["clinical-majority"]

import data.ccgvet.lib

kinds := data.ccgvet.config.clinical_majority.committee_kinds

candidates := array.concat(lib.array_at(["committees"]), governing_body)

governing_body := [input.governing_body] if {
	"governing-body" in kinds
	is_object(input.governing_body)
} else := []

# The committees this criterion checks (clinical_majority.committee_kinds),
# each summed up once: rules read these small objects rather than pass
# whole committees to functions.
committees := [committee |
	some i in sort(checked)
	c := candidates[i]
	all_seats := [s | some s in object.get(c, "seats", [])]
	seats := [s | some s in all_seats; s.voting == true]
	name := object.get(c, "name", "")
	committee := {
		"name": {true: name, false: "Committee"}[name != ""],
		"location": {"line": object.get(c, "line", 1), "section": object.get(c, "section", name)},
		# Stated when a table or list of members was found under its heading.
		"stated": (count([true | c.membership_stated == true]) + count(all_seats)) > 0,
		"seats": seats,
		"voting": sum([lib.seat_count(s) | some s in seats]),
		"clinical": sum([lib.seat_count(s) | some s in seats; s.category == "clinical"]),
		"quorum": object.get(c, "quorum", null),
	}
]

checked contains i if {
	"joint" in kinds
	some i, c in candidates
	c.joint == true
}

checked contains i if {
	"joint" in kinds
	some i, c in candidates
	c.kind == "joint-committee"
}

checked contains i if {
	"primary-care" in kinds
	some i, c in candidates
	c.primary_care == true
}

checked contains i if {
	"with-nhs-england" in kinds
	some i, c in candidates
	c.with_nhs_england == true
}

checked contains i if {
	"committee" in kinds
	some i, c in candidates
	c.kind != "governing-body"
}

checked contains i if {
	"governing-body" in kinds
	some i, c in candidates
	c.kind == "governing-body"
}

# majority(n) is how many of n voting seats a majority needs.
majority(n) := lib.more_than(0.5, n)
