# METADATA
# title: No conflicts of interest guardian
# description: |
#   The conflicts of interest provisions do not name a conflicts of
#   interest guardian.
# custom:
#   criterion: conflicts-of-interest
#   severity: warning
#   reference: "NHS England, Managing conflicts of interest: statutory guidance for CCGs (2014, revised 2016 and 2017)"
#   guidance: >-
#     Name a conflicts of interest guardian, usually the lay member for audit
#     and governance, as a safe point of contact for concerns about conflicts.
#   example: >-
#     The lay member for audit and governance is the Group's Conflicts of
#     Interest Guardian, to whom anyone may raise a concern about how a conflict
#     has been managed.
package ccgvet.rules["conflicts-of-interest"]["no-guardian"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has("guardian")
	message := sprintf("%s names a conflicts of interest guardian", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
