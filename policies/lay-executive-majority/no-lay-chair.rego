# METADATA
# title: Joint committee not chaired by a lay member
# description: |
#   The committee's chair is not a lay member, or the constitution does not
#   say who chairs it. NHS England's 2014 guidance asks that a primary care
#   joint or commissioning committee be chaired by a lay member.
# custom:
#   criterion: lay-executive-majority
#   severity: error
#   reference: "NHS England, Next steps towards primary care co-commissioning (2014)"
#   guidance: >-
#     Say that the committee is chaired by a lay member of the governing
#     body, e.g. mark the lay member's seat "(Chair)" in its membership, or
#     write "The Committee is chaired by the lay member for patient and
#     public involvement".
#   example: >-
#     The Committee is chaired by the lay member for patient and public
#     involvement, and the lay member for audit and governance is its Vice
#     Chair.
package ccgvet.rules["lay-executive-majority"]["no-lay-chair"]

import data.ccgvet.evidence["lay-executive-majority"] as evidence
import data.ccgvet.lib

findings contains f if {
	some c in evidence.committees
	c.chair == ""
	message := sprintf("%s: no chair is identified, so a lay chair cannot be verified", [c.name])
	f := lib.finding(rego.metadata.chain(), c.location, message)
}

findings contains f if {
	some c in evidence.committees
	c.chair != ""
	not evidence.lay_chair(c)
	message := sprintf("%s: its chair (%q) is %s", [c.name, c.chair, evidence.chair_is(c)])
	f := lib.finding(rego.metadata.chain(), c.location, message)
}
