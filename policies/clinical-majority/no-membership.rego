# METADATA
# title: Joint committee membership not stated
# description: |
#   The constitution does not say who sits on the committee, or which of its
#   members vote, so the balance of clinical seats cannot be verified.
#   When its members are described in words ccgvet cannot count ("each of
#   the three CCGs appoints three members"), the finding is a warning that
#   quotes them.
# custom:
#   criterion: clinical-majority
#   severity: error
#   reference: LMC position on primary care co-commissioning (2014)
#   guidance: >-
#     List the committee's members under its heading, as a table with the
#     role, its category (clinical, lay or executive) and whether it votes.
#   example: >-
#     The members of the Committee are: | Member | Category | Voting | with one
#     row per seat, e.g. | Registered nurse member of the Governing Body |
#     Clinical | Yes |.
package ccgvet.rules["clinical-majority"]["no-membership"]

import data.ccgvet.evidence["clinical-majority"] as evidence
import data.ccgvet.lib

findings contains f if {
	some c in evidence.committees
	gap := evidence.membership_gap(c)
	c.members_text == ""
	message := sprintf("%s: %s, so the balance of clinical seats cannot be checked", [c.name, gap])
	f := lib.finding(rego.metadata.chain(), c.location, message)
}

# Members described in words ccgvet does not count ("Each of the three
# CCGs appoints three members …"): stated, but not read, so a warning that
# quotes them, not an error saying they are not stated.
findings contains f if {
	some c in evidence.committees
	evidence.membership_gap(c)
	c.members_text != ""
	message := sprintf("%s: its members are described in words ccgvet cannot count (%q), so check the balance of clinical seats by hand", [c.name, lib.excerpt(c.members_text, 160)])
	f := lib.finding_as(rego.metadata.chain(), c.location, message, "warning")
}
