# METADATA
# title: Chair not appointed by NHS England with the Secretary of State's approval
# description: |
#   No sentence says that the chair is appointed by NHS England with the
#   approval of the Secretary of State, or a sentence gives the appointment
#   to someone else.
# custom:
#   criterion: icb-appointments
#   severity: error
#   reference: NHS Act 2006 Sch 1B para 5; NHS England model ICB constitution, section 3
#   guidance: >-
#     State that the Chair is appointed by NHS England with the approval of
#     the Secretary of State, and give no one else a part in appointing the
#     Chair.
#   example: >-
#     The Chair is appointed by NHS England, with the approval of the
#     Secretary of State.
package ccgvet.rules["icb-appointments"]["chair-appointment"]

import data.ccgvet.evidence["icb-appointments"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

chair_facts := [f | some f in evidence.of_role(evidence.appointments, "chair"); count(evidence.by(f, "appointed_by")) > 0]

met if {
	some f in chair_facts
	"nhs-england" in evidence.by(f, "appointed_by")
	"secretary-of-state" in evidence.by(f, "approval_by")
}

# A sentence that gives the appointment to someone other than NHS England.
findings contains f if {
	icb.document
	some s in chair_facts
	others := [a | some a in evidence.by(s, "appointed_by"); a != "nhs-england"]
	count(others) > 0
	message := sprintf("%s has the chair appointed by %s, not by NHS England with the Secretary of State's approval: %s", [lib.clause_name(s), icb.who(others), icb.cite(s)])
	f := lib.finding(rego.metadata.chain(), icb.at(s), message)
}

# Sentences that name NHS England but not the Secretary of State's
# approval, or no sentence at all.
findings contains f if {
	icb.document
	not met
	every s in chair_facts {
		every a in evidence.by(s, "appointed_by") {
			a == "nhs-england"
		}
	}
	f := lib.finding(rego.metadata.chain(), evidence.location(chair_facts), message)
}

message := sprintf("no sentence says the chair is appointed by NHS England with the Secretary of State's approval; %s says the appointment is by %s with the approval of %s", [
	icb.cite(chair_facts[0]),
	icb.who(evidence.by(chair_facts[0], "appointed_by")),
	icb.who(evidence.by(chair_facts[0], "approval_by")),
]) if {
	count(chair_facts) > 0
} else := "no sentence says who appoints the chair (read every sentence on appointing members of the board)"
