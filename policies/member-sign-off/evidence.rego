# Evidence for member-sign-off: the member practices and their sign-off.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["member-sign-off"]

import data.ccgvet.lib

practices := lib.array_at(["membership", "practices"])

# The member list (table header row or first item), else the membership
# section's heading, else line 1.
list_location := {
	"line": lib.first_line([lib.number_at(["membership", "line"]), lib.number_at(["membership", "section_line"])]),
	"section": lib.string_at(["membership", "section"]),
}

# unsigned are the practices that have not signed off, in list order; the
# rest have. One pass over the list serves the count and the rule that
# reports each one (unsigned-practice), where each went over it again.
unsigned := [p | some p in practices; not p.signed_off == true]

signed := count(practices) - count(unsigned)

# Sign-off is recorded when the list has a signatory or date column, a
# separate sign-off record names a member, or any practice has signed.
recorded if input.membership.has_sign_off_evidence == true

recorded if signed > 0

required_fraction := data.ccgvet.config.sign_off.required_fraction

# Enough practices have signed for the criterion to be met, so an unsigned
# practice is for a person to follow up rather than a breach.
enough_signed if {
	count(practices) > 0
	signed >= required_fraction * count(practices)
}
