# METADATA
# title: Fewer than two member practices
# description: A clinical commissioning group needs two or more member practices.
# custom:
#   criterion: member-sign-off
#   severity: error
#   reference: NHS Act 2006 s.14B
#   guidance: >-
#     List every member practice in the constitution; a group of one practice
#     cannot be a clinical commissioning group.
#   example: >-
#     The member practices of the Group are the fourteen practices listed, with
#     their names, ODS codes and addresses, in Appendix B.
package ccgvet.rules["member-sign-off"]["too-few-members"]

import data.ccgvet.evidence["member-sign-off"] as evidence
import data.ccgvet.lib

findings contains f if {
	n := count(evidence.practices)
	n > 0
	minimum := data.ccgvet.config.sign_off.minimum_practices
	n < minimum
	message := sprintf("only %s listed; a group needs at least %d", [lib.counted(n, "member practice is", "member practices are"), minimum])
	f := lib.finding(rego.metadata.chain(), evidence.list_location, message)
}
