# METADATA
# title: No statement of the board's membership
# description: |
#   The constitution has no statement of who the members of the integrated
#   care board are, so none of the members the Act requires can be found.
# custom:
#   criterion: icb-board-membership
#   severity: error
#   reference: NHS Act 2006 Sch 1B para 3(1)
#   guidance: >-
#     Add a section on the composition of the board that lists its members:
#     the chair, the chief executive and the ordinary members (partner,
#     executive and non-executive members), with how many of each.
#   example: >-
#     2.2 Board Membership. The ICB has a Chair, a Chief Executive and the
#     following Ordinary Members: three Partner Members, one nominated by each
#     of the NHS trusts and foundation trusts, the providers of primary
#     medical services and the local authorities in its area; a Director of
#     Finance; a Medical Director; a Director of Nursing; and at least two
#     Non-executive Members.
package ccgvet.rules["icb-board-membership"]["no-board"]

import data.ccgvet.evidence["icb-board-membership"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	not evidence.stated
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}

message := sprintf("the section on the board (%s) names none of its members", [icb.location.section]) if {
	icb.location.line > 0
	icb.location.section != ""
} else := "the board's section names none of its members" if {
	icb.location.line > 0
} else := "no section or sentence states the members of the board (looked for a section on the board's composition or membership)"
