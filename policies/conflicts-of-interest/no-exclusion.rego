# METADATA
# title: Conflicted people not excluded from decisions
# description: |
#   Nothing in the conflicts of interest provisions removes a person with a
#   conflict of interest from the discussion of, or the decision on, the
#   matter.
# custom:
#   criterion: conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 Sch 1A para 5 (arrangements for managing conflicts of interest)
#   guidance: >-
#     State that a person with a conflict of interest in an item withdraws
#     from the meeting, or takes no part in the discussion or vote, while it
#     is considered.
#   example: >-
#     A person with a conflict of interest in an item of business shall leave
#     the meeting while it is considered and shall take no part in the
#     discussion or the vote on it.
package ccgvet.rules["conflicts-of-interest"]["no-exclusion"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has("exclusion")
	message := sprintf("%s says that a person with a conflict of interest withdraws from, or takes no part in, the discussion and decision", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
