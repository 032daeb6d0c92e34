# METADATA
# title: Change of commissioning model without majority support
# description: |
#   Votes in favour of the change are not more than half of all member
#   practices: abstentions and practices that did not vote are not support.
#   model_change.basis and model_change.threshold in policy data change what
#   the votes are counted against.
# custom:
#   criterion: model-change-support
#   severity: error
#   reference: >-
#     LMC position (2014): moving to co-commissioning requires the support of
#     a majority of practices
#   guidance: >-
#     Do not adopt the new model until more than half of all member practices
#     have voted for it; hold a further vote or ballot of every practice.
#   example: >-
#     The Council of Members approved joint commissioning on 10 March 2015: 26
#     of the Group's 40 member practices voted in favour, 9 against and 5
#     abstained.
package ccgvet.rules["model-change-support"]["no-majority"]

import data.ccgvet.evidence["model-change-support"] as evidence
import data.ccgvet.lib

findings contains f if {
	evidence.changed
	not any_supported
	some v in evidence.votes
	[whole, of] := evidence.base(v)
	whole > 0
	votes_for := lib.number_in(v, "for")
	message := sprintf("%d of %d %s (%d%%) %s; %s %d", [
		votes_for,
		whole,
		of,
		lib.percent(votes_for, whole),
		verb(of),
		evidence.needs,
		lib.more_than(evidence.threshold, whole),
	])
	f := lib.finding(rego.metadata.chain(), evidence.vote_location(v), message)
}

# One vote with enough support is enough.
any_supported if {
	some v in evidence.votes
	evidence.supported(v)
}

verb("votes cast") := "were in favour"

verb(of) := "voted in favour" if of != "votes cast"
