# METADATA
# title: Quorum can be met without a clinician
# description: |
#   The committee's quorum clause does not require any clinical member to be
#   present, so decisions about general practice could be taken with no
#   clinician in the room.
# custom:
#   criterion: clinical-majority
#   severity: warning
#   reference: LMC position on primary care co-commissioning (2014)
#   guidance: >-
#     Make the quorum require clinical members to be present, e.g. "including
#     at least two GP members".
package ccgvet.rules["clinical-majority"]["no-clinician-in-quorum"]

import data.ccgvet.evidence["clinical-majority"] as evidence
import data.ccgvet.lib

findings contains f if {
	some c in evidence.committees
	is_object(c.quorum)
	text := object.get(c.quorum, "text", "")
	text != ""
	not lib.mentions(data.ccgvet.config.clinical_majority.quorum_clinical, text)
	message := sprintf("%s: the quorum (line %d) can be met with no clinical member present", [c.name, object.get(c.quorum, "line", 0)])
	f := lib.finding(rego.metadata.chain(), c.location, message)
}
