# METADATA
# title: Varying the constitution not reserved to the members
# description: |
#   Varying the constitution is not a decision reserved to the member
#   practices: neither the variation procedure nor the list of reserved
#   matters requires their approval.
# custom:
#   criterion: member-involvement
#   severity: warning
#   reference: >-
#     NHS Commissioning Board authorisation (practices involved in
#     decision-making processes); model constitution framework (scheme of
#     reservation and delegation)
#   guidance: >-
#     Reserve to the member practices the decision to apply to NHS England
#     to vary the constitution, in the scheme of reservation and delegation
#     or the variation clause.
#   example: >-
#     The following decisions are reserved to the member practices: approving
#     any application to NHS England to vary this constitution; agreeing the
#     Group's overall strategy.
package ccgvet.rules["member-involvement"]["not-reserved"]

import data.ccgvet.evidence["member-involvement"] as evidence
import data.ccgvet.evidence["variation-procedure"] as variation

findings contains f if {
	not evidence.reserves_variation
	message := "varying the constitution is not a decision reserved to the member practices"
	f := data.ccgvet.lib.finding(rego.metadata.chain(), variation.location, message)
}
