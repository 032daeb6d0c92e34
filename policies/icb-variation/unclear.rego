# METADATA
# title: Variation wording not understood
# description: |
#   Sentences speak of varying the constitution, but ccgvet could not read
#   from them that it is varied on the ICB's application to NHS England. A
#   person must read them.
# custom:
#   criterion: icb-variation
#   severity: warning
#   reference: >-
#     NHS Act 2006 Sch 1B Part 1 (varying the constitution); NHS England model
#     ICB constitution, section 1 (variation of the constitution)
#   guidance: >-
#     Read the quoted sentence. If it does not say that a variation needs NHS
#     England's approval of the ICB's application, add a clause that does; if
#     it does, consider wording it plainly.
#   example: >-
#     A variation of this constitution takes effect only when NHS England
#     approves the ICB's application for it.
package ccgvet.rules["icb-variation"].unclear

import data.ccgvet.evidence["icb-variation"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	not evidence.on_application
	count(evidence.unclear) > 0
	message := sprintf("ccgvet could not tell whether the constitution is varied on the ICB's application to NHS England; read %s", [icb.cite(evidence.unclear[0])])
	f := lib.finding(rego.metadata.chain(), icb.at(evidence.unclear[0]), message)
}
