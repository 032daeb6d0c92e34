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
package ccgvet.rules["governing-body-composition"]["missing-role"]

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.lib

findings contains f if {
	some role, required in evidence.config.roles
	count(lib.array_in(required, "phrases")) > 0
	not evidence.has_role(role)
	message := sprintf("%s has no %s", [evidence.searched, object.get(required, "name", role)])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
