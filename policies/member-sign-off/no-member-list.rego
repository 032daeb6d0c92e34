# METADATA
# title: No member practices listed
# description: |
#   The constitution must specify the members of the group, so a person can
#   tell which practices it binds.
# custom:
#   criterion: member-sign-off
#   severity: error
#   reference: NHS Act 2006 Sch 1A para 2(1)(b)
#   guidance: >-
#     List every member practice, with its name and ODS code, in the
#     membership section or an appendix, as a table with a column for who
#     signed on the practice's behalf and when.
#   example: >-
#     The member practices, and the signature of each to this constitution, are:
#     | Practice | Code | Address | Signed by | Date signed | with one row for
#     every practice.
package ccgvet.rules["member-sign-off"]["no-member-list"]

import data.ccgvet.evidence["member-sign-off"] as evidence

findings contains f if {
	count(evidence.practices) == 0
	f := data.ccgvet.lib.finding(rego.metadata.chain(), evidence.list_location, "no member practices are listed")
}
