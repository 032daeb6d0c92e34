# METADATA
# title: Power to vary the constitution given to someone other than NHS England
# description: |
#   A sentence lets someone other than NHS England (the board, the chair, a
#   committee or an officer) vary the constitution on their own authority,
#   when a variation needs NHS England's approval of the ICB's application.
# custom:
#   criterion: icb-variation
#   severity: error
#   reference: >-
#     NHS Act 2006 Sch 1B Part 1 (varying the constitution); NHS England model
#     ICB constitution, section 1 (variation of the constitution)
#   guidance: >-
#     Remove the power of the board, or anyone else, to vary the constitution
#     itself: the board may approve an application to NHS England to vary it,
#     and the variation takes effect when NHS England approves it.
#   example: >-
#     The Board may approve a proposed variation of this constitution for the
#     ICB to put to NHS England, and the variation takes effect only when NHS
#     England approves the application.
package ccgvet.rules["icb-variation"]["varied-by-other"]

import data.ccgvet.evidence["icb-variation"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	some s in evidence.grants
	others := [a | some a in lib.array_in(s, "varied_by"); a != "nhs-england"]
	message := sprintf("%s lets %s vary the constitution without NHS England's approval: %s", [lib.clause_name(s), icb.who(others), icb.cite(s)])
	f := lib.finding(rego.metadata.chain(), icb.at(s), message)
}
