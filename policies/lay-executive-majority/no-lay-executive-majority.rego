# METADATA
# title: No lay and executive majority on a joint committee
# description: |
#   Lay and executive members hold half or fewer of the committee's voting
#   seats. NHS England's 2014 guidance asks that they hold a majority, so
#   that clinicians with an interest in general practice cannot outvote
#   them.
# custom:
#   criterion: lay-executive-majority
#   severity: error
#   reference: "NHS England, Next steps towards primary care co-commissioning (2014)"
#   guidance: >-
#     Add lay or executive voting members, or make clinical members
#     non-voting, until lay and executive members hold more than half of
#     the voting seats.
#   example: >-
#     The Committee has eight voting members, five of them lay or executive,
#     e.g. the row | Chief Finance Officer | Executive | Yes | alongside two lay
#     members, the Accountable Officer and a director from NHS England.
package ccgvet.rules["lay-executive-majority"]["no-lay-executive-majority"]

import data.ccgvet.evidence["lay-executive-majority"] as evidence
import data.ccgvet.lib

findings contains f if {
	some c in evidence.committees
	c.stated
	c.voting > 0
	held := c.lay + c.executive
	held * 2 <= c.voting
	message := concat("", [
		sprintf("%s: lay and executive members hold %d of %d voting seats; a majority needs %d", [c.name, held, c.voting, evidence.majority(c.voting)]),
		unclassified((c.voting - held) - c.clinical),
	])
	f := lib.finding(rego.metadata.chain(), c.location, message)
}

# Seats that are neither clinical, lay nor executive count as neither.
unclassified(0) := ""

unclassified(n) := sprintf(" (%s could not be classified)", [lib.counted(n, "voting seat", "voting seats")]) if n > 0
