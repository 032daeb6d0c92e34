# METADATA
# title: No register of gifts and hospitality
# description: |
#   The conflicts of interest provisions do not provide for a register of
#   gifts and hospitality.
# custom:
#   criterion: conflicts-of-interest
#   severity: warning
#   reference: "NHS England, Managing conflicts of interest: statutory guidance for CCGs (2014, revised 2016 and 2017)"
#   guidance: >-
#     Provide for a register of gifts and hospitality offered to or accepted
#     by members, governing body members and employees.
#   example: >-
#     The Group will keep a register of gifts and hospitality offered to or
#     accepted by its members, its Governing Body members and its employees.
package ccgvet.rules["conflicts-of-interest"]["no-gifts-register"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has("gifts-register")
	message := sprintf("%s provides for a register of gifts and hospitality", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
