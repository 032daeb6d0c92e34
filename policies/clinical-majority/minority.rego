# METADATA
# title: Clinicians in a minority on a joint committee
# description: |
#   Clinical members hold half or fewer of the committee's voting seats, so
#   lay and executive members can outvote them on decisions about general
#   practice.
# custom:
#   criterion: clinical-majority
#   severity: error
#   reference: LMC position on primary care co-commissioning (2014)
#   guidance: >-
#     Add clinical voting members, or make lay or executive members
#     non-voting, until clinicians hold more than half of the voting seats.
#   example: >-
#     The Committee has seven voting members, four of them clinical, e.g. the
#     row | GP member of the Governing Body (east locality) | Clinical | Yes |
#     alongside three other clinical voting seats, two lay and one executive.
package ccgvet.rules["clinical-majority"].minority

import data.ccgvet.evidence["clinical-majority"] as evidence
import data.ccgvet.lib

findings contains f if {
	some c in evidence.committees
	c.stated
	c.voting > 0
	c.clinical * 2 <= c.voting
	message := sprintf("%s: clinicians hold %d of %d voting seats; a majority needs %d", [c.name, c.clinical, c.voting, evidence.majority(c.voting)])
	f := lib.finding(rego.metadata.chain(), c.location, message)
}
