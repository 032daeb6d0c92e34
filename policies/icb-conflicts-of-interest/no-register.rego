# METADATA
# title: No register of interests
# description: |
#   Nothing in the constitution says that the ICB keeps a register (or
#   registers) of the interests of its board members, committee and
#   sub-committee members and employees.
# custom:
#   criterion: icb-conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 s.14Z30 (registers of interests); NHS England model ICB constitution, section 6
#   guidance: >-
#     State that the ICB maintains one or more registers of the interests of
#     the members of its board, of its committees and sub-committees, and of
#     its employees.
#   example: >-
#     The ICB will maintain a register of the interests of the members of the
#     Board and of its committees and sub-committees, and of its employees.
package ccgvet.rules["icb-conflicts-of-interest"]["no-register"]

import data.ccgvet.evidence["icb-conflicts-of-interest"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	not evidence.has("register")
	message := sprintf("%s says that a register of interests is kept", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
