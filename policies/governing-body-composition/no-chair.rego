# METADATA
# title: No chair or deputy chair of the governing body
# description: |
#   The constitution does not identify who chairs the governing body, or who
#   is its deputy chair.
# custom:
#   criterion: governing-body-composition
#   severity: error
#   reference: NHS (Clinical Commissioning Groups) Regulations 2012, reg 11
#   guidance: >-
#     Say which member of the governing body is its chair and which is its
#     deputy chair.
#   example: >-
#     The Governing Body is chaired by a GP member elected by the member
#     practices, and the lay member for patient and public involvement is its
#     Deputy Chair.
package ccgvet.rules["governing-body-composition"]["no-chair"]

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has_chair
	f := lib.finding(rego.metadata.chain(), evidence.location, "no chair of the governing body is identified")
}

findings contains f if {
	not evidence.has_deputy_chair
	f := lib.finding(rego.metadata.chain(), evidence.location, "no deputy chair of the governing body is identified")
}
