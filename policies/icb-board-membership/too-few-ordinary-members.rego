# METADATA
# title: Too few ordinary members on the board
# description: |
#   The board has fewer ordinary members (every member other than the chair
#   and the chief executive) than the Act requires: at least three
#   (icb.minimum_ordinary_members). A member stated as "at least two"
#   counts as two.
# custom:
#   criterion: icb-board-membership
#   severity: error
#   reference: NHS Act 2006 Sch 1B para 3(1)(c) and (2)
#   guidance: >-
#     Provide for at least three ordinary members besides the Chair and the
#     Chief Executive: in practice the partner, executive and non-executive
#     members NHS England's guidance asks for.
#   example: >-
#     Besides the Chair and the Chief Executive, the Board has at least three
#     Ordinary Members: three Partner Members, the Director of Finance, the
#     Medical Director, the Director of Nursing and two Non-executive Members.
package ccgvet.rules["icb-board-membership"]["too-few-ordinary-members"]

import data.ccgvet.evidence["icb-board-membership"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	evidence.stated
	minimum := object.get(icb.config, "minimum_ordinary_members", 3)
	evidence.ordinary_seats < minimum
	message := sprintf("the board has %s besides the chair and the chief executive%s; at least %d are required", [
		lib.counted(evidence.ordinary_seats, "ordinary member", "ordinary members"),
		quoted(evidence.ordinary_members),
		minimum,
	])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}

quoted([]) := ""

quoted(ms) := sprintf(" (%s)", [icb.titles(ms)]) if count(ms) > 0
