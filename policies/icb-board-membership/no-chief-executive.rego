# METADATA
# title: The board has no chief executive
# description: |
#   The board's members include no chief executive, and no sentence says
#   how a chief executive is appointed.
# custom:
#   criterion: icb-board-membership
#   severity: error
#   reference: NHS Act 2006 Sch 1B paras 3(1)(b) and 7
#   guidance: >-
#     Name the Chief Executive among the members of the board, appointed by
#     the Chair with the approval of NHS England.
#   example: >-
#     The Chief Executive is a member of the Board, appointed by the Chair
#     with the approval of NHS England, and must be an employee of the ICB.
package ccgvet.rules["icb-board-membership"]["no-chief-executive"]

import data.ccgvet.evidence["icb-board-membership"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	evidence.stated
	not evidence.provided("chief-executive")
	message := sprintf("no chief executive is named in %s (members read: %s)", [evidence.searched, icb.titles(icb.members)])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}
