# METADATA
# title: No appointment procedure for an ordinary member
# description: |
#   The board has an ordinary member of a role (a partner, executive,
#   non-executive or other member) for which no sentence says who appoints
#   them. One finding per role.
# custom:
#   criterion: icb-appointments
#   severity: warning
#   reference: NHS Act 2006 Sch 1B para 8(1) (who appoints the ordinary members); NHS England model ICB constitution, section 3
#   guidance: >-
#     Say who appoints the member (for partner and non-executive members
#     usually the Chair; for executive members the Chief Executive) and any
#     approval the appointment needs.
#   example: >-
#     The Non-executive Members are appointed by the Chair with the approval
#     of the Board, after an open recruitment process.
package ccgvet.rules["icb-appointments"]["no-appointment-procedure"]

import data.ccgvet.evidence["icb-appointments"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

# The roles of the ordinary members the board lists, each with its members.
roles[role] contains m if {
	some m in icb.members
	icb.ordinary(m)
	role := object.get(m, "role", "other")
}

appointed(role) if {
	some f in evidence.of_role(evidence.appointments, role)
	count(evidence.by(f, "appointed_by")) > 0
}

findings contains f if {
	icb.document
	some role, ms in roles
	not appointed(role)
	sorted := sort([[object.get(m, "line", 0), lib.excerpt(lib.string_in(m, "title"), 80)] | some m in ms])
	message := sprintf("no sentence says who appoints the %s (%s)", [icb.role_name(role), concat(", ", [sprintf("%q at line %d", [t[1], t[0]]) | some t in sorted])])
	f := lib.finding(rego.metadata.chain(), {"line": sorted[0][0], "section": icb.location.section}, message)
}
