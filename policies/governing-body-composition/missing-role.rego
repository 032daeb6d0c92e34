# METADATA
# title: Governing body lacks a required member
# description: |
#   The governing body does not include one of the members the regulations
#   require: an accountable officer, a chief finance officer, a registered
#   nurse, a secondary care specialist doctor, a lay member for audit and
#   governance, and a lay member for patient and public involvement. One
#   finding per missing role.
# custom:
#   criterion: governing-body-composition
#   severity: error
#   reference: NHS (Clinical Commissioning Groups) Regulations 2012, reg 11
#   guidance: >-
#     Add the missing member to the governing body's membership, named by
#     the role the regulations give it.
#   example: >-
#     The Governing Body's members include the Accountable Officer, the Chief
#     Finance Officer, a registered nurse, a secondary care specialist doctor,
#     the lay member for audit and governance and the lay member for patient and
#     public involvement.
package ccgvet.rules["governing-body-composition"]["missing-role"]

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.lib

# Every role governing_body.roles lists is required; the extractor reads
# the same role ids from the seats and the section. Only when there is a
# governing body: too-small reports one that is missing, and there is then
# nowhere the roles could have been read from.
findings contains f if {
	evidence.present
	some role, required in evidence.config.roles
	not evidence.has_role(role)
	message := sprintf("no %s is named in %s", [object.get(required, "name", role), evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
