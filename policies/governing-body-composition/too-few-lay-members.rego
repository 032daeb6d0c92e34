# METADATA
# title: Too few lay members on the governing body
# description: |
#   The governing body has fewer lay members than required: two under the
#   regulations (governing_body.minimum_lay_members), three under NHS
#   England's revised conflicts of interest guidance (the coi-2017
#   profile). Lay members are the members whose seat is in the lay
#   category, or whose role names a lay member.
# custom:
#   criterion: governing-body-composition
#   severity: error
#   reference: >-
#     NHS (Clinical Commissioning Groups) Regulations 2012, reg 11; NHS
#     England, Managing conflicts of interest: revised statutory guidance
#     for CCGs (2016, 2017)
#   guidance: >-
#     Add lay members to the governing body, named as lay members in its
#     membership (e.g. "a third lay member"), until it has as many as
#     required.
#   example: >-
#     The Governing Body has three lay members: the lay member for audit and
#     governance, the lay member for patient and public involvement, and a third
#     lay member who leads on primary care commissioning.
package ccgvet.rules["governing-body-composition"]["too-few-lay-members"]

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.lib

# Only when the members are listed: too-small reports a governing body that
# is missing or whose members are not.
findings contains f if {
	count(evidence.seats) > 0
	minimum := object.get(evidence.config, "minimum_lay_members", 2)
	evidence.lay_members < minimum
	message := sprintf("the governing body has %s%s; at least %d are required", [
		lib.counted(evidence.lay_members, "lay member", "lay members"),
		quoted(evidence.lay_seats),
		minimum,
	])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}

# quoted(seats) is the lay seats found, for the message: ` ("Lay member
# for audit", "Lay member for PPI")`.
quoted([]) := ""

quoted(seats) := sprintf(" (%s)", [concat(", ", [sprintf("%q", [object.get(s, "role", "")]) | some s in seats])]) if count(seats) > 0
