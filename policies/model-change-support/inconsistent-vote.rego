# METADATA
# title: Vote record does not add up
# description: |
#   The record of the vote on the change is inconsistent: more votes than
#   eligible practices, a number of eligible practices different from the
#   member list, a practice voting twice, or a voter that is not a member.
#   Numbers are reported as they are, never corrected.
# custom:
#   criterion: model-change-support
#   severity: error
#   reference: >-
#     LMC position (2014): moving to co-commissioning requires the support of
#     a majority of practices
#   guidance: >-
#     Correct the record of the vote so that every member practice appears
#     once and the numbers for, against, abstaining and not voting add up to
#     the member practices.
#   example: >-
#     At the meeting of 10 March 2015, of the 40 member practices 28 voted for
#     the move to delegated commissioning, 7 voted against, 3 abstained and 2
#     did not vote.
package ccgvet.rules["model-change-support"]["inconsistent-vote"]

import data.ccgvet.evidence["model-change-support"] as evidence
import data.ccgvet.lib

# More votes recorded than practices eligible to vote.
findings contains f if {
	evidence.changed
	some v in evidence.votes
	eligible := eligible_practices(v)
	recorded := evidence.cast(v) + lib.number_in(v, "did_not_vote")
	recorded > eligible
	message := sprintf("the vote accounts for %d practices (%s) but only %d were eligible", [recorded, tally(v), eligible])
	f := lib.finding(rego.metadata.chain(), evidence.vote_location(v), message)
}

# Eligible practices different from the member list.
findings contains f if {
	evidence.changed
	some v in evidence.votes
	is_number(v.eligible)
	evidence.members > 0
	v.eligible != evidence.members
	message := sprintf("%d practices were eligible to vote but the constitution lists %d member practices", [v.eligible, evidence.members])
	f := lib.finding(rego.metadata.chain(), evidence.vote_location(v), message)
}

# A practice voting twice, reported at its second vote: the extractor
# marks it with the line of its first (voted_at).
findings contains f if {
	evidence.changed
	some v in evidence.votes
	some p in lib.array_in(v, "practices")
	first := object.get(p, "voted_at", 0)
	first > 0
	message := sprintf("%s voted more than once (first at line %d)", [voter_name(p), first])
	f := lib.finding(rego.metadata.chain(), voter_location(v, p), message)
}

# A voter that is not a member practice.
findings contains f if {
	evidence.changed
	some v in evidence.votes
	some p in lib.array_in(v, "practices")
	p.member == false
	message := sprintf("%s voted but is not a member practice", [voter_name(p)])
	f := lib.finding(rego.metadata.chain(), voter_location(v, p), message)
}

eligible_practices(v) := v.eligible if is_number(v.eligible)

else := evidence.members if evidence.members > 0

tally(v) := concat(", ", [part |
	some [key, words] in [["for", "for"], ["against", "against"], ["abstain", "abstaining"], ["did_not_vote", "not voting"]]
	is_number(v[key])
	part := sprintf("%d %s", [v[key], words])
])

voter_name(p) := lib.practice_name({"name": lib.string_in(p, "practice"), "code": lib.string_in(p, "code")})

voter_location(v, p) := {"line": lib.first_line([lib.number_in(p, "line"), lib.number_in(v, "line")]), "section": lib.string_in(v, "section")}
