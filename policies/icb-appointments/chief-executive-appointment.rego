# METADATA
# title: Chief executive not appointed by the chair with NHS England's approval
# description: |
#   No sentence says that the chief executive is appointed by the chair with
#   the approval of NHS England, or a sentence gives the appointment to
#   someone else.
# custom:
#   criterion: icb-appointments
#   severity: error
#   reference: NHS Act 2006 Sch 1B para 7(1); NHS England model ICB constitution, section 3
#   guidance: >-
#     State that the Chief Executive is appointed by the Chair, with the
#     approval of NHS England.
#   example: >-
#     The Chief Executive is appointed by the Chair with the approval of NHS
#     England.
package ccgvet.rules["icb-appointments"]["chief-executive-appointment"]

import data.ccgvet.evidence["icb-appointments"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

ce_facts := [f | some f in evidence.of_role(evidence.appointments, "chief-executive"); count(evidence.by(f, "appointed_by")) > 0]

met if {
	some f in ce_facts
	"chair" in evidence.by(f, "appointed_by")
	"nhs-england" in evidence.by(f, "approval_by")
}

# A sentence that gives the appointment to someone other than the chair.
findings contains f if {
	icb.document
	some s in ce_facts
	others := [a | some a in evidence.by(s, "appointed_by"); a != "chair"]
	count(others) > 0
	message := sprintf("%s has the chief executive appointed by %s, not by the chair with NHS England's approval: %s", [lib.clause_name(s), icb.who(others), icb.cite(s)])
	f := lib.finding(rego.metadata.chain(), icb.at(s), message)
}

findings contains f if {
	icb.document
	not met
	every s in ce_facts {
		every a in evidence.by(s, "appointed_by") {
			a == "chair"
		}
	}
	f := lib.finding(rego.metadata.chain(), evidence.location(ce_facts), message)
}

message := sprintf("no sentence says the chief executive is appointed by the chair with NHS England's approval; %s says the appointment is by %s with the approval of %s", [
	icb.cite(ce_facts[0]),
	icb.who(evidence.by(ce_facts[0], "appointed_by")),
	icb.who(evidence.by(ce_facts[0], "approval_by")),
]) if {
	count(ce_facts) > 0
} else := "no sentence says who appoints the chief executive (read every sentence on appointing members of the board)"
