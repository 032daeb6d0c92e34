# METADATA
# title: The board lacks a partner member
# description: |
#   The board has no ordinary member nominated by one of the sectors the Act
#   names: the NHS trusts and foundation trusts, the providers of primary
#   medical services, or the local authorities of the ICB's area
#   (icb.partner_kinds). One finding per missing partner member.
# custom:
#   criterion: icb-board-membership
#   severity: error
#   reference: >-
#     NHS Act 2006 Sch 1B paras 8 and following (members nominated by the NHS
#     trusts and foundation trusts, the providers of primary medical services
#     and the local authorities); NHS England model ICB constitution, section
#     2
#   guidance: >-
#     Add the missing partner member to the board's membership, and say who
#     nominates it and how the nominee is appointed.
#   example: >-
#     The Ordinary Members include three Partner Members: one nominated
#     jointly by the NHS trusts and foundation trusts that provide services in
#     the ICB's area, one nominated jointly by the providers of primary
#     medical services in the area, and one nominated jointly by the local
#     authorities whose areas fall wholly or partly within it.
package ccgvet.rules["icb-board-membership"]["missing-partner-member"]

import data.ccgvet.evidence["icb-board-membership"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	evidence.stated
	some role, required in icb.config.partner_kinds
	is_object(required)
	not evidence.provided(role)
	message := sprintf("no %s is named in %s", [icb.role_name(role), evidence.searched])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}
