# METADATA
# title: No way for practices to take part in decisions
# description: |
#   Nothing provides for each member practice to take part in the group's
#   decisions: no practice representative, council or meeting of members, or
#   vote of member practices.
# custom:
#   criterion: member-involvement
#   severity: error
#   reference: NHS Act 2006 Sch 1A para 6 (effective participation by each member)
#   guidance: >-
#     Say how each member practice takes part: for example each practice
#     nominates a practice representative who votes for it at a council of
#     members that meets at least twice a year.
#   example: >-
#     Each member practice appoints a practice representative, who votes for it
#     at the Council of Members; every member practice is represented on the
#     Council, which meets at least twice a year.
package ccgvet.rules["member-involvement"]["no-participation"]

import data.ccgvet.evidence["member-involvement"] as evidence

findings contains f if {
	not evidence.participates
	message := "nothing provides for each member practice to take part in the group's decisions: no practice representative, council or meeting of members, or vote of member practices"
	f := data.ccgvet.lib.finding(rego.metadata.chain(), evidence.membership_location, message)
}
