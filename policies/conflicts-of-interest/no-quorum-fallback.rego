# METADATA
# title: No fallback when conflicts leave a meeting inquorate
# description: |
#   The conflicts of interest provisions do not say what happens when the
#   withdrawal of conflicted members leaves a meeting without a quorum.
# custom:
#   criterion: conflicts-of-interest
#   severity: warning
#   reference: "NHS England, Managing conflicts of interest: statutory guidance for CCGs (2014, revised 2016 and 2017)"
#   guidance: >-
#     Say what happens when withdrawals leave a meeting inquorate, e.g. the
#     item is deferred, or referred to the governing body or another
#     committee.
#   example: >-
#     Where the withdrawal of members with a conflict of interest leaves a
#     meeting without a quorum for an item, the item shall be deferred to the
#     next meeting or referred to the Governing Body to decide.
package ccgvet.rules["conflicts-of-interest"]["no-quorum-fallback"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has("quorum-fallback")
	message := sprintf("%s says what happens when withdrawals leave a meeting inquorate", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
