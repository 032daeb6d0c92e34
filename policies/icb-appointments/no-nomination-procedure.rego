# METADATA
# title: No nomination procedure for a partner member
# description: |
#   The board has a partner member of a kind (nominated by the NHS trusts
#   and foundation trusts, by the providers of primary medical services, by
#   the local authorities, or by others) for which no sentence says who
#   nominates them or how. One finding per kind.
# custom:
#   criterion: icb-appointments
#   severity: error
#   reference: >-
#     NHS Act 2006 Sch 1B paras 8 and following (partner members appointed
#     from persons nominated jointly by each sector); NHS England model ICB
#     constitution, section 3 (partner members' nomination and selection)
#   guidance: >-
#     Set out the nomination procedure for the partner member: which bodies
#     may nominate, how joint nominations are made and confirmed, and how a
#     nominee is selected when there are several.
#   example: >-
#     The Partner Member for the local authorities is appointed by the Chair
#     from the persons nominated jointly by the local authorities whose areas
#     fall wholly or partly within the ICB's area, each of which may make one
#     nomination.
package ccgvet.rules["icb-appointments"]["no-nomination-procedure"]

import data.ccgvet.evidence["icb-appointments"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

nominated(role) if {
	some f in evidence.of_role(evidence.nominations, role)
	count(evidence.by(f, "nominators")) > 0
}

# Only kinds the board lists: missing-partner-member reports a kind that
# is missing altogether.
findings contains f if {
	icb.document
	some role in evidence.partner_roles
	ms := icb.members_of({role})
	count(ms) > 0
	not nominated(role)
	message := sprintf("no sentence says who nominates the %s (%q) or how", [icb.role_name(role), lib.string_in(ms[0], "title")])
	f := lib.finding(rego.metadata.chain(), icb.at(ms[0]), message)
}
