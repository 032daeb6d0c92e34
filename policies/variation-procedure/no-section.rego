# METADATA
# title: No procedure for varying the constitution
# description: No section or clause says how the constitution is varied.
# custom:
#   criterion: variation-procedure
#   severity: error
#   reference: NHS Act 2006 ss.14E-14F
#   guidance: >-
#     Add a section "Variation of this constitution" saying that the group
#     applies to NHS England to vary it, and only after the member practices
#     have approved the variation.
package ccgvet.rules["variation-procedure"]["no-section"]

import data.ccgvet.evidence["variation-procedure"] as evidence

findings contains f if {
	not evidence.present
	f := data.ccgvet.lib.finding(rego.metadata.chain(), evidence.location, "no clause says how the constitution is varied")
}
