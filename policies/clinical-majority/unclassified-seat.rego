# METADATA
# title: Committee seat not classified
# description: |
#   A voting seat could not be classified as clinical, lay or executive, so
#   it is counted as not clinical. The message says whether the committee's
#   clinical majority would change if it were clinical.
# custom:
#   criterion: clinical-majority
#   severity: warning
#   reference: LMC position on primary care co-commissioning (2014)
#   guidance: >-
#     Add a Category column (clinical, lay or executive) to the committee's
#     membership table, or name the role so that its background is clear.
#   example: >-
#     | Clinical director for primary care | Clinical | Yes | (every seat in the
#     Committee's membership table has its category, clinical, lay or executive,
#     filled in).
package ccgvet.rules["clinical-majority"]["unclassified-seat"]

import data.ccgvet.evidence["clinical-majority"] as evidence
import data.ccgvet.lib

findings contains f if {
	some c in evidence.committees
	some s in c.seats
	not classified(s)
	message := sprintf("%s: %q could not be classified as clinical, lay or executive and is counted as not clinical; %s", [
		c.name,
		object.get(s, "role", ""),
		outcome(c.clinical, c.clinical + lib.seat_count(s), c.voting),
	])

	# The seat's row, which comes after the heading, else the heading.
	location := {"line": max([c.location.line, object.get(s, "line", 0)]), "section": c.location.section}
	f := lib.finding(rego.metadata.chain(), location, message)
}

classified(s) if s.category in {"clinical", "lay", "executive"}

# Would the committee's clinical majority change if the seat were clinical?
outcome(clinical, if_clinical, voting) := sprintf("if it were clinical, clinicians would hold %d of %d voting seats, a majority: the outcome would change", [if_clinical, voting]) if {
	clinical * 2 <= voting
	if_clinical * 2 > voting
} else := sprintf("clinicians hold %d of %d voting seats, a majority either way: the outcome would not change", [clinical, voting]) if {
	clinical * 2 > voting
} else := sprintf("even if it were clinical, clinicians would hold only %d of %d voting seats: the outcome would not change", [if_clinical, voting])
