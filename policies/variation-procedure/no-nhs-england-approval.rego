# METADATA
# title: Variation without NHS England's approval
# description: |
#   The procedure for varying the constitution does not mention NHS England,
#   which must grant an application to vary it.
# custom:
#   criterion: variation-procedure
#   severity: warning
#   reference: NHS Act 2006 ss.14E-14F
#   guidance: >-
#     Say that the constitution is varied on the group's application to NHS
#     England, once NHS England has granted it.
package ccgvet.rules["variation-procedure"]["no-nhs-england-approval"]

import data.ccgvet.evidence["variation-procedure"] as evidence
import data.ccgvet.lib

findings contains f if {
	not lib.mentions(evidence.config.nhs_england_approval, evidence.text)
	message := sprintf("%s does not mention NHS England's approval of a variation", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
