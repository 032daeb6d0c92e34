# METADATA
# title: Variation without the member practices' approval
# description: |
#   The procedure for varying the constitution does not require the approval
#   of the member practices, so the constitution they agreed could be
#   changed without them.
# custom:
#   criterion: variation-procedure
#   severity: error
#   reference: NHS Act 2006 ss.14E-14F; model constitution framework
#   guidance: >-
#     Require every variation to be approved by the member practices (for
#     example by a resolution supported by more than half of all member
#     practices) before the group applies to NHS England.
package ccgvet.rules["variation-procedure"]["no-member-approval"]

import data.ccgvet.evidence["variation-procedure"] as evidence

findings contains f if {
	not evidence.requires_member_approval
	message := sprintf("%s does not require the member practices to approve a variation", [evidence.searched])
	f := data.ccgvet.lib.finding(rego.metadata.chain(), evidence.location, message)
}
