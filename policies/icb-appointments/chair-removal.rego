# METADATA
# title: Chair's removal not limited to NHS England with the Secretary of State's approval
# description: |
#   The constitution does not say that the chair may be removed only by NHS
#   England with the approval of the Secretary of State, or it gives the
#   power to remove the chair to someone else, or lets NHS England remove
#   the chair without that approval.
# custom:
#   criterion: icb-appointments
#   severity: warning
#   reference: NHS Act 2006 Sch 1B para 6; NHS England model ICB constitution, section 3
#   guidance: >-
#     State that the Chair may be removed from office only by NHS England,
#     subject to the approval of the Secretary of State, and remove any power
#     of the board or anyone else to remove the Chair.
#   example: >-
#     The Chair may be removed from office only by NHS England, and only with
#     the approval of the Secretary of State.
package ccgvet.rules["icb-appointments"]["chair-removal"]

import data.ccgvet.evidence["icb-appointments"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

removals := [f | some f in evidence.of_role(evidence.appointments, "chair"); count(evidence.by(f, "removed_by")) > 0]

# A power to remove the chair conferred on someone other than NHS England.
findings contains f if {
	icb.document
	some s in removals
	others := [a | some a in evidence.by(s, "removed_by"); a != "nhs-england"]
	count(others) > 0
	message := sprintf("%s lets %s remove the chair, a power the Act keeps to NHS England: %s", [lib.clause_name(s), icb.who(others), icb.cite(s)])
	f := lib.finding(rego.metadata.chain(), icb.at(s), message)
}

# NHS England's power, not made subject to the Secretary of State.
findings contains f if {
	icb.document
	some s in removals
	"nhs-england" in evidence.by(s, "removed_by")
	not "secretary-of-state" in evidence.by(s, "removal_approval_by")
	message := sprintf("%s lets NHS England remove the chair without saying that the Secretary of State must approve: %s", [lib.clause_name(s), icb.cite(s)])
	f := lib.finding(rego.metadata.chain(), icb.at(s), message)
}

# No sentence on removing the chair at all.
findings contains f if {
	icb.document
	count(removals) == 0
	message := "no sentence says that the chair may be removed only by NHS England with the Secretary of State's approval (read every sentence on appointing and removing members of the board)"
	f := lib.finding(rego.metadata.chain(), evidence.location(evidence.of_role(evidence.appointments, "chair")), message)
}
