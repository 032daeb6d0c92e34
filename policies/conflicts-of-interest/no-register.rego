# METADATA
# title: No register of interests
# description: |
#   Nothing in the conflicts of interest provisions says that the group
#   keeps a register (or registers) of the interests of its members,
#   governing body, committee members and employees.
# custom:
#   criterion: conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 s.14O(1) (registers of interests)
#   guidance: >-
#     State that the group maintains one or more registers of the interests
#     of its members, the members of its governing body and committees, and
#     its employees.
#   example: >-
#     The Group will maintain a register of the interests of its members, the
#     members of its Governing Body and of its committees and sub-committees,
#     and its employees.
package ccgvet.rules["conflicts-of-interest"]["no-register"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has("register")
	message := sprintf("%s says that a register of interests is kept", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
