# METADATA
# title: No duty to declare interests
# description: |
#   Nothing in the conflicts of interest provisions requires people to
#   declare their interests: on appointment, within 28 days of a change,
#   and at meetings.
# custom:
#   criterion: conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 s.14O(3)-(4) (declaration within 28 days)
#   guidance: >-
#     Require every person on the register to declare relevant interests on
#     appointment, within 28 days of becoming aware of a change, and at the
#     start of each meeting.
#   example: >-
#     Every member, Governing Body member, committee member and employee must
#     declare any relevant interest on appointment and within 28 days of
#     becoming aware of a change, and the person presiding at each meeting will
#     ask those present to declare any interest in its business.
package ccgvet.rules["conflicts-of-interest"]["no-declaration"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has("declaration")
	message := sprintf("%s requires interests to be declared", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
