# METADATA
# title: Lay member for audit chairs the governing body
# description: |
#   The lay member with the lead role in audit and governance is the chair
#   of the governing body; the regulations keep the two roles apart.
# custom:
#   criterion: governing-body-composition
#   severity: error
#   reference: NHS (Clinical Commissioning Groups) Regulations 2012, reg 11
#   guidance: >-
#     Appoint another member as chair: the lay member for audit and
#     governance may be deputy chair but not chair.
#   example: >-
#     The Governing Body is chaired by a GP elected by the member practices; the
#     lay member for audit and governance is its Deputy Chair.
package ccgvet.rules["governing-body-composition"]["audit-lay-member-chairs"]

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.lib

# A seat whose own words make the lay member for audit and governance the
# chair ("Lay member for audit and governance (Chair)"). What other
# sentences say of the chair is not enough to put the two in one person.
findings contains f if {
	some seat in evidence.chairing_audit_lay_members
	message := sprintf("the lay member for audit and governance chairs the governing body: %q", [seat.text])

	# The member's row, which comes after the heading, else the heading.
	location := {"line": max([evidence.location.line, seat.line]), "section": evidence.section}
	f := lib.finding(rego.metadata.chain(), location, message)
}
