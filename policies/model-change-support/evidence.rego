# Evidence for model-change-support: the change of commissioning model and
# the votes on it.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["model-change-support"]

import data.ccgvet.lib

# The model of the version this one amends: front matter
# previous_commissioning_model, or the OLD document's model in diff.
previous := lib.string_at(["commissioning", "previous"])

# The model this version adopts: commissioning.effective, which the parser
# sets to the higher of the declared model and the one its committees show
# (a joint committee with NHS England is at least joint); else that higher
# model worked out here.
adopted := lib.string_at(["commissioning", "effective"]) if lib.string_at(["commissioning", "effective"]) != ""

else := highest[0] if count(highest) > 0

else := ""

rank := {"none": 0, "greater-involvement": 1, "joint": 2, "delegated": 3}

declared := [m |
	some m in [lib.string_at(["commissioning", "model"]), lib.string_at(["commissioning", "inferred"])]
	m != ""
]

highest := [m |
	some m in declared
	every other in declared {
		object.get(rank, other, -1) <= object.get(rank, m, -1)
	}
]

# Without a previous model no change is established.
changed if {
	previous != ""
	adopted != ""
	previous != adopted
}

change := sprintf("the commissioning model changes from %s to %s", [replace(previous, "-", " "), replace(adopted, "-", " ")])

# A change with no vote is reported at the front matter key, else at the
# commissioning arrangements heading.
change_location := {
	"line": lib.first_line([lib.number_at(["commissioning", "model_line"]), lib.number_at(["commissioning", "section_line"])]),
	"section": lib.string_at(["commissioning", "section"]),
}

members := count(lib.array_at(["membership", "practices"]))

recorded_votes := lib.array_at(["votes"])

# The votes about the model (votes[].about_model, read with the language
# set model-motion); every recorded vote when none says what it is about.
votes := about_model if count(about_model) > 0

else := recorded_votes

about_model := [v |
	some v in recorded_votes
	object.get(v, "about_model", false) == true
]

vote_location(v) := {"line": lib.number_in(v, "line"), "section": lib.string_in(v, "section")}

# Votes cast: for, against and abstaining.
cast(v) := (lib.number_in(v, "for") + lib.number_in(v, "against")) + lib.number_in(v, "abstain")

threshold := data.ccgvet.config.model_change.threshold

# base(v) is [how many, of what] the votes in favour are a share of
# (model_change.basis).
base(v) := [cast(v), "votes cast"] if {
	data.ccgvet.config.model_change.basis == "votes-cast"
	is_number(v.against)
} else := [members, "member practices"] if {
	members > 0
} else := [v.eligible, "member practices"] if {
	is_number(v.eligible)
} else := [cast(v) + lib.number_in(v, "did_not_vote"), "practices recorded"]

supported(v) if lib.number_in(v, "for") > threshold * base(v)[0]

# The share a majority needs, in words.
needs := "a majority needs" if threshold == 0.5

else := sprintf("more than %d%% needs", [round(threshold * 100)])
