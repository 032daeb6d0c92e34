# METADATA
# title: No record of sign-off by member practices
# description: |
#   Practices are listed but nothing records that any of them signed off the
#   constitution: no signatory or date column, and no separate sign-off
#   record.
# custom:
#   criterion: member-sign-off
#   severity: error
#   reference: >-
#     NHS Commissioning Board, CCG authorisation: the constitution has been
#     signed off by member practices
#   guidance: >-
#     Record, for each member practice, who signed the constitution on its
#     behalf and when: add "Signed by" and "Date signed" columns to the list
#     of member practices, or a separate sign-off table.
#   example: >-
#     | Practice | Code | Signed by | Date signed | followed by a row for each
#     member practice, e.g. | Brookfield Medical Centre | M81017 | Dr A. Lund
#     (Lead GP) | 03/03/2014 |.
package ccgvet.rules["member-sign-off"]["no-sign-off-record"]

import data.ccgvet.evidence["member-sign-off"] as evidence
import data.ccgvet.lib

findings contains f if {
	n := count(evidence.practices)
	n > 0
	not evidence.recorded
	message := sprintf("the list of %s records no sign-off by any of them", [lib.counted(n, "member practice", "member practices")])
	f := lib.finding(rego.metadata.chain(), evidence.list_location, message)
}
