# Evidence for member-involvement: how practices take part
# (input.facts.participation), and whether varying the constitution is
# reserved to them.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["member-involvement"]

import data.ccgvet.evidence["variation-procedure"] as variation
import data.ccgvet.lib

# A practice representative, a council or meeting of members, or a vote of
# member practices, stated anywhere.
participation := lib.facts_of("participation")

participates if count(participation) > 0

# Varying the constitution is reserved to the members when a sentence needs
# their approval of a variation, or the decisions reserved to them include
# it.
reserves_variation if variation.requires_member_approval

# A missing mechanism belongs in the membership section.
membership_location := {"line": line, "section": lib.string_at(["membership", "section_heading"])} if {
	line := lib.number_at(["membership", "section_line"])
	line >= 1
} else := {"line": 1, "section": ""}
