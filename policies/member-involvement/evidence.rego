# Evidence for member-involvement: how practices take part, and whether
# varying the constitution is reserved to them.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["member-involvement"]

import data.ccgvet.evidence["variation-procedure"] as variation
import data.ccgvet.lib

config := data.ccgvet.config.member_involvement

participation := lib.patterns(config.participation)

reserving := lib.patterns(config.reserved)

varying := lib.patterns(config.variation)

# A practice representative, a council or meeting of members, or member
# voting, in any paragraph or heading.
participates if {
	some pattern in participation
	regex.match(pattern, lib.document)
}

participates if {
	some s in lib.array_at(["sections"])
	lowered := lower(s.heading)
	some pattern in participation
	regex.match(pattern, lowered)
}

# Varying the constitution is reserved to the members when the variation
# procedure needs their approval, or a list of reserved matters includes it:
# in the paragraph that reserves, or in a paragraph of the same section.
reserves_variation if variation.requires_member_approval

reserves_variation if {
	some i, b in lib.paragraphs
	b.section_index in reserving_sections
	some pattern in varying
	regex.match(pattern, lib.lowered[i])
}

reserving_sections contains lib.paragraphs[i].section_index if {
	some i, lowered in lib.lowered
	some pattern in reserving
	regex.match(pattern, lowered)
}

# A missing mechanism belongs in the membership section.
membership_location := {"line": line, "section": lib.heading_at(line)} if {
	line := lib.number_at(["membership", "section_line"])
	line >= 1
} else := {"line": 1, "section": ""}
