# METADATA
# title: Too few non-executive members on the board
# description: |
#   The board has fewer non-executive members than NHS England requires:
#   at least two besides the chair (icb.minimum_non_executives). A member
#   stated as "at least two non-executive members" counts as two.
# custom:
#   criterion: icb-board-membership
#   severity: error
#   reference: >-
#     NHS England, Guidance on integrated care board constitutions and
#     governance, and model ICB constitution, section 2 (non-executive
#     members)
#   guidance: >-
#     Provide for at least two non-executive members besides the Chair,
#     appointed by the Chair, who hold no post in an organisation that
#     provides services in the ICB's area.
#   example: >-
#     The Ordinary Members include at least two Non-executive Members,
#     appointed by the Chair with the approval of the Board.
package ccgvet.rules["icb-board-membership"]["too-few-non-executives"]

import data.ccgvet.evidence["icb-board-membership"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	evidence.stated
	minimum := object.get(icb.config, "minimum_non_executives", 2)
	evidence.non_executive_seats < minimum
	message := sprintf("the board has %s%s; at least %d are required besides the chair", [
		lib.counted(evidence.non_executive_seats, "non-executive member", "non-executive members"),
		quoted(evidence.non_executives),
		minimum,
	])
	f := lib.finding(rego.metadata.chain(), location, message)
}

quoted([]) := ""

quoted(ms) := sprintf(" (%s)", [icb.titles(ms)]) if count(ms) > 0

# The non-executive members' row when there is one, else the board.
# At the heading of the board's membership, as every count of the board is
# (the message quotes the members counted): a second member is added to
# the list there.
location := icb.location
