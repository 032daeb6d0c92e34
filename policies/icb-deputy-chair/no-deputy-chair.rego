# METADATA
# title: No deputy chair
# description: |
#   No sentence provides for a deputy chair of the board, who chairs its
#   meetings when the chair is absent or unavailable.
# custom:
#   criterion: icb-deputy-chair
#   severity: warning
#   reference: >-
#     NHS England, Guidance on integrated care board constitutions and
#     governance (updated 2024: one non-executive member, not the audit
#     committee chair, is deputy chair)
#   guidance: >-
#     Provide for one of the non-executive members, other than the chair of
#     the audit committee, to be the board's deputy chair, and say how they
#     are chosen.
#   example: >-
#     The Board will appoint one of the Non-executive Members, other than the
#     Chair of the Audit Committee, as Deputy Chair, to chair its meetings
#     when the Chair is absent.
package ccgvet.rules["icb-deputy-chair"]["no-deputy-chair"]

import data.ccgvet.evidence["icb-deputy-chair"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	not evidence.stated
	message := sprintf("no sentence in %s provides for a deputy chair of the board", [icb.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
