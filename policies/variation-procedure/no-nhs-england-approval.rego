# METADATA
# title: Variation without NHS England
# description: |
#   No sentence on varying the constitution says that NHS England grants a
#   variation (on the group's application).
# custom:
#   criterion: variation-procedure
#   severity: warning
#   reference: NHS Act 2006 ss.14E-14F
#   guidance: >-
#     Say that the constitution is varied on the group's application to NHS
#     England, once NHS England grants it.
#   example: >-
#     This constitution is varied only when the Group, with the approval of its
#     member practices, applies to NHS England and NHS England grants the
#     application.
package ccgvet.rules["variation-procedure"]["no-nhs-england-approval"]

import data.ccgvet.evidence["variation-procedure"] as evidence
import data.ccgvet.lib

findings contains f if {
	evidence.present
	not evidence.nhs_england_approves
	message := sprintf("no sentence on varying the constitution says that NHS England grants a variation (read %d sentence(s) on variation)", [count(evidence.statements)])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
