# METADATA
# title: The board has no chair
# description: |
#   The board's members include no chair, and no sentence says how a chair
#   is appointed.
# custom:
#   criterion: icb-board-membership
#   severity: error
#   reference: NHS Act 2006 Sch 1B paras 3(1)(a) and 5
#   guidance: >-
#     Name the Chair among the members of the board, and say that the Chair is
#     appointed by NHS England with the approval of the Secretary of State.
#   example: >-
#     The members of the Board are the Chair, appointed by NHS England with
#     the approval of the Secretary of State, the Chief Executive and the
#     Ordinary Members listed below.
package ccgvet.rules["icb-board-membership"]["no-chair"]

import data.ccgvet.evidence["icb-board-membership"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

# Only when the members are listed: no-board reports a board with none.
findings contains f if {
	icb.document
	evidence.stated
	not evidence.provided("chair")
	message := sprintf("no chair is named in %s (members read: %s)", [evidence.searched, icb.titles(icb.members)])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}
