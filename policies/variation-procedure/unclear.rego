# METADATA
# title: Variation wording not understood
# description: |
#   Sentences speak of varying the constitution, but ccgvet could not read
#   from them whether the member practices must approve a variation. A
#   person must read them.
# custom:
#   criterion: variation-procedure
#   severity: warning
#   reference: NHS Act 2006 ss.14E-14F; model constitution framework
#   guidance: >-
#     Read the quoted sentence. If it does not require the member practices
#     to approve every variation, add a clause that does; if it does,
#     consider wording it plainly ("a variation must be approved by more
#     than half of all member practices").
#   example: >-
#     A variation of this constitution must be approved by more than half of all
#     member practices before the Group applies to NHS England to make it.
package ccgvet.rules["variation-procedure"].unclear

import data.ccgvet.evidence["variation-procedure"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.requires_member_approval
	count(evidence.grants) == 0
	count(evidence.unclear) > 0
	message := sprintf("ccgvet could not tell whether the member practices must approve a variation; read %s", [evidence.cite(evidence.unclear[0])])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
