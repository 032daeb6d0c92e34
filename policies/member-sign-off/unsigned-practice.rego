# METADATA
# title: Member practice has not signed off
# description: |
#   A member practice has no signatory or date of sign-off recorded. With
#   sign_off.required_fraction below 1 this is a warning once that share of
#   practices has signed.
# custom:
#   criterion: member-sign-off
#   severity: error
#   reference: >-
#     NHS Commissioning Board, CCG authorisation: the constitution has been
#     signed off by member practices
#   guidance: >-
#     Obtain the practice's signature, or record why it is not a member.
package ccgvet.rules["member-sign-off"]["unsigned-practice"]

import data.ccgvet.evidence["member-sign-off"] as evidence
import data.ccgvet.lib

findings contains f if {
	evidence.recorded
	some p in evidence.practices
	not p.signed_off == true
	message := concat("", [lib.practice_name(p), " has not signed off the constitution", share])
	location := {"line": lib.first_line([lib.number_in(p, "line"), evidence.list_location.line]), "section": lib.string_in(p, "section")}
	f := lib.finding_as(rego.metadata.chain(), location, message, severity)
}

severity := "warning" if evidence.enough_signed

else := "error"

# With a share below all practices, say how far the practices are from it.
share := "" if evidence.required_fraction >= 1

else := sprintf("; %d of %d member practices (%d%%) have signed, %s the required %d%%", [
	evidence.signed,
	count(evidence.practices),
	lib.percent(evidence.signed, count(evidence.practices)),
	comparison,
	round(evidence.required_fraction * 100),
])

comparison := "which meets" if evidence.enough_signed

else := "fewer than"
