# METADATA
# title: No register of procurement decisions
# description: |
#   The conflicts of interest provisions do not provide for a register of
#   procurement decisions.
# custom:
#   criterion: conflicts-of-interest
#   severity: warning
#   reference: "NHS England, Managing conflicts of interest: statutory guidance for CCGs (2014, revised 2016 and 2017)"
#   guidance: >-
#     Provide for a register of procurement decisions that records, for each
#     contract, who was involved in the decision and how conflicts were
#     managed.
#   example: >-
#     The Group will keep a register of procurement decisions recording, for
#     every contract it awards, who took part in the decision and how any
#     conflict of interest was managed.
package ccgvet.rules["conflicts-of-interest"]["no-procurement-register"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has("procurement-register")
	message := sprintf("%s provides for a register of procurement decisions", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
