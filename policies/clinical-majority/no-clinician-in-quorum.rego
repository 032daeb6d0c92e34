# METADATA
# title: Quorum can be met without a clinician
# description: |
#   The committee's quorum clause, read as a rule over its voting seats,
#   lets a meeting be quorate with no clinical member present, so decisions
#   about general practice could be taken with no clinician in the room; or
#   the clause could not be read well enough to tell.
# custom:
#   criterion: clinical-majority
#   severity: warning
#   reference: LMC position on primary care co-commissioning (2014)
#   guidance: >-
#     Make the quorum require clinical members to be present, e.g. "including
#     at least two GP members".
#   example: >-
#     Four voting members form a quorum of the joint committee, provided that at
#     least two of them are GP members.
package ccgvet.rules["clinical-majority"]["no-clinician-in-quorum"]

import data.ccgvet.evidence["clinical-majority"] as evidence
import data.ccgvet.lib

# The parser judges the quorum against the committee's seats
# (quorum.clinician_required): "no" comes with one quorate set of members
# that has no clinician.
findings contains f if {
	some c in evidence.committees
	is_object(c.quorum)
	object.get(c.quorum, "clinician_required", "") == "no"
	message := sprintf("%s: the quorum (line %d) can be met with no clinical member present: %s", [c.name, object.get(c.quorum, "line", 0), object.get(c.quorum, "without_clinician", "")])
	f := lib.finding(rego.metadata.chain(), c.location, message)
}

# A clause that could not be judged is reported only when it has words the
# parser could not place: a quorum of "a majority of the members" on a
# committee whose membership is not stated is no reason to warn.
findings contains f if {
	some c in evidence.committees
	is_object(c.quorum)
	object.get(c.quorum, "clinician_required", "") == "unknown"
	count(object.get(c.quorum, "unplaced", [])) > 0
	message := sprintf("%s: the quorum (line %d) could not be read as a rule, so whether a clinical member must be present is not known: \"%s\"", [c.name, object.get(c.quorum, "line", 0), lib.excerpt(object.get(c.quorum, "text", ""), 120)])
	f := lib.finding(rego.metadata.chain(), c.location, message)
}
