# METADATA
# title: No variation procedure
# description: |
#   Nothing in the constitution says how it is varied: no variation section
#   and no sentence anywhere on varying it.
# custom:
#   criterion: variation-procedure
#   severity: error
#   reference: NHS Act 2006 ss.14E-14F; model constitution framework
#   guidance: >-
#     Add a section on varying the constitution: on the group's application
#     to NHS England, after the member practices have approved the variation.
#   example: >-
#     The Group may apply to NHS England to vary this constitution only after
#     more than half of all member practices have approved the variation, and
#     the variation takes effect when NHS England grants the application.
package ccgvet.rules["variation-procedure"]["no-section"]

import data.ccgvet.evidence["variation-procedure"] as evidence

findings contains f if {
	not evidence.present
	message := "no section or sentence anywhere in the constitution says how it is varied (looked in every paragraph)"
	f := data.ccgvet.lib.finding(rego.metadata.chain(), evidence.location, message)
}
