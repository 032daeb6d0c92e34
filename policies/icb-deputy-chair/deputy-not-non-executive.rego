# METADATA
# title: Deputy chair not a non-executive member
# description: |
#   The constitution provides for a deputy chair, but no sentence says the
#   deputy chair is one of the non-executive members.
# custom:
#   criterion: icb-deputy-chair
#   severity: error
#   reference: >-
#     NHS England, Guidance on integrated care board constitutions and
#     governance (updated 2024: the deputy chair is one of the non-executive
#     members)
#   guidance: >-
#     Say that the deputy chair is appointed from among the non-executive
#     members of the board.
#   example: >-
#     The Deputy Chair is one of the Non-executive Members, chosen by the
#     Board on the Chair's recommendation.
package ccgvet.rules["icb-deputy-chair"]["deputy-not-non-executive"]

import data.ccgvet.evidence["icb-deputy-chair"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	evidence.stated
	not evidence.non_executive
	message := sprintf("no sentence says the deputy chair is one of the non-executive members; read %s, e.g. %s", [
		lib.counted(count(evidence.statements), "sentence on the deputy chair", "sentences on the deputy chair"),
		icb.cite(evidence.statements[0]),
	])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
