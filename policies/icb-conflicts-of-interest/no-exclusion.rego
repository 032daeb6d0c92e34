# METADATA
# title: Conflicted people not excluded from decisions
# description: |
#   Nothing in the constitution keeps a person with a conflict of interest
#   out of the discussion of, or the decision on, the matter concerned.
# custom:
#   criterion: icb-conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 s.14Z30 (arrangements for managing conflicts of interest); NHS England model ICB constitution, section 6
#   guidance: >-
#     State that a person with a conflict of interest in an item withdraws
#     from the meeting, or takes no part in the discussion or decision, while
#     it is considered, as the ICB's conflicts of interest policy sets out.
#   example: >-
#     A member with a conflict of interest in an item of business will leave
#     the meeting while it is considered and will take no part in the
#     discussion or the decision on it.
package ccgvet.rules["icb-conflicts-of-interest"]["no-exclusion"]

import data.ccgvet.evidence["icb-conflicts-of-interest"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	not evidence.has("exclusion")
	message := sprintf("%s says that a person with a conflict of interest withdraws from, or takes no part in, the discussion and decision", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
