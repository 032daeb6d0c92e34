# METADATA
# title: Chief executive not required to be an employee of the ICB
# description: |
#   No sentence says that a person may become or remain the chief executive
#   only while an employee of the integrated care board.
# custom:
#   criterion: icb-appointments
#   severity: warning
#   reference: NHS Act 2006 Sch 1B para 7(2); NHS England model ICB constitution, section 3
#   guidance: >-
#     State that the Chief Executive must be an employee of the ICB to be
#     appointed and to stay in post.
#   example: >-
#     A person may be appointed as, and remain, the Chief Executive only while
#     they are an employee of the ICB.
package ccgvet.rules["icb-appointments"]["chief-executive-employee"]

import data.ccgvet.evidence["icb-appointments"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	facts := evidence.of_role(evidence.appointments, "chief-executive")
	every s in facts {
		not s.employee
	}
	message := sprintf("no sentence says that the chief executive must be an employee of the ICB (read %s on the chief executive's appointment)", [lib.counted(count(facts), "sentence", "sentences")])
	f := lib.finding(rego.metadata.chain(), evidence.location(facts), message)
}
