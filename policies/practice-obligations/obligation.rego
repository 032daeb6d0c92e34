# METADATA
# title: Obligation on member practices
# description: |
#   A clause obliges member practices ("each practice shall ...", "member
#   practices are required to ..."). Listed for a person to review.
# custom:
#   criterion: practice-obligations
#   severity: info
#   reference: LMC concern (2013) about "unacceptable obligations" placed on practices
#   guidance: >-
#     Check that the obligation is one practices have agreed to and can meet,
#     and that it does not go beyond what their contracts require.
#   example: >-
#     Member practices have agreed, at a meeting of the Council of Members, the
#     part they play in the Group's work, which goes no further than their
#     primary medical services contracts already provide.
package ccgvet.rules["practice-obligations"].obligation

import data.ccgvet.evidence["practice-obligations"] as evidence
import data.ccgvet.lib

findings contains f if {
	some fact in evidence.obligations
	message := sprintf("%s obliges practices: %q", [lib.clause_name(fact), evidence.quoted(fact)])
	f := lib.finding(rego.metadata.chain(), evidence.location(fact), message)
}
