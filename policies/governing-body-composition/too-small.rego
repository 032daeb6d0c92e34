# METADATA
# title: Governing body too small
# description: |
#   The governing body has fewer members than the regulations require (six),
#   or its members are not listed.
# custom:
#   criterion: governing-body-composition
#   severity: error
#   reference: NHS (Clinical Commissioning Groups) Regulations 2012, reg 11
#   guidance: >-
#     List every member of the governing body under its heading, including
#     at least the chair, the accountable officer, the chief finance officer,
#     a registered nurse, a secondary care specialist doctor and two lay
#     members.
#   example: >-
#     The Governing Body has nine members: the Chair, two GP members, the
#     Accountable Officer, the Chief Finance Officer, a registered nurse, a
#     secondary care specialist doctor, the lay member for audit and governance
#     and the lay member for patient and public involvement.
package ccgvet.rules["governing-body-composition"]["too-small"]

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.present
	f := lib.finding(rego.metadata.chain(), evidence.location, "no governing body is described")
}

# Members described in sentences rather than listed: the section must
# name at least as many of the members the regulations require as the
# minimum size; the missing-role rule judges each of them.
findings contains f if {
	evidence.present
	count(evidence.seats) == 0
	count(evidence.roles_in_prose) < evidence.config.minimum_members
	message := sprintf("the governing body's members are not listed, and its section names %s of the members the regulations require (%s)", [
		lib.counted(count(evidence.roles_in_prose), "role", "roles"),
		concat(", ", sort(evidence.roles_in_prose)),
	])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}

findings contains f if {
	count(evidence.seats) > 0
	evidence.members < evidence.config.minimum_members
	message := sprintf("the governing body has %s; the regulations require at least %d", [
		lib.counted(evidence.members, "member", "members"),
		evidence.config.minimum_members,
	])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
