# METADATA
# title: The board lacks an executive member
# description: |
#   The board has no director of finance, medical director or director of
#   nursing (icb.executives), the executive members NHS England requires
#   besides the chief executive. One finding per missing executive.
# custom:
#   criterion: icb-board-membership
#   severity: error
#   reference: >-
#     NHS England, Guidance on integrated care board constitutions and
#     governance, and model ICB constitution, section 2 (executive members)
#   guidance: >-
#     Add the missing executive to the board's ordinary members and say who
#     appoints them (usually the Chief Executive, with the Chair's approval).
#   example: >-
#     The Ordinary Members include three Executive Members: the Director of
#     Finance, the Medical Director and the Director of Nursing, each
#     appointed by the Chief Executive with the approval of the Chair.
package ccgvet.rules["icb-board-membership"]["missing-executive"]

import data.ccgvet.evidence["icb-board-membership"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	evidence.stated
	some role, required in icb.config.executives
	is_object(required)
	not evidence.provided(role)
	message := sprintf("no %s is named in %s", [icb.role_name(role), evidence.searched])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}
