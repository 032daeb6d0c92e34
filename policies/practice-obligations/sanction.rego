# METADATA
# title: Sanction against member practices
# description: |
#   A clause sanctions member practices: expulsion, suspension, a financial
#   penalty, withholding payments, or performance management of practices.
# custom:
#   criterion: practice-obligations
#   severity: warning
#   reference: LMC concern (2013) about "unacceptable obligations" placed on practices
#   guidance: >-
#     Check that the sanction is lawful and proportionate, that practices
#     have agreed to it, and that there is a fair process and a right of
#     appeal before it is applied.
#   example: >-
#     Any disagreement between a member practice and the Group is resolved
#     through the dispute resolution procedure agreed by the Council of Members,
#     with the Local Medical Committee involved where the practice asks.
package ccgvet.rules["practice-obligations"].sanction

import data.ccgvet.evidence["practice-obligations"] as evidence
import data.ccgvet.lib

findings contains f if {
	some fact in evidence.sanctions
	message := sprintf("%s sanctions practices (%s): %q", [lib.clause_name(fact), evidence.what(fact), evidence.quoted(fact)])
	f := lib.finding(rego.metadata.chain(), evidence.location(fact), message)
}
