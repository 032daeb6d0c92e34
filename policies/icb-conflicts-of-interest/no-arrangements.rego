# METADATA
# title: No arrangements for managing conflicts of interest
# description: |
#   The constitution has no section on conflicts of interest and no
#   sentence that states any safeguard against them.
# custom:
#   criterion: icb-conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 s.14Z30; NHS England model ICB constitution, section 6
#   guidance: >-
#     Add a section on managing conflicts of interest that sets out the ICB's
#     register of interests, how interests are declared and published, and how
#     people with a conflict are kept out of the decisions concerned,
#     referring to the ICB's conflicts of interest policy.
#   example: >-
#     6. Conflicts of Interest. The ICB keeps and publishes a register of the
#     interests of its Board members, committee members and employees, each of
#     whom must declare any relevant interest, and a person with a conflict of
#     interest in an item takes no part in the discussion or decision on it.
package ccgvet.rules["icb-conflicts-of-interest"]["no-arrangements"]

import data.ccgvet.evidence["icb-conflicts-of-interest"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	not evidence.arrangements
	message := "the constitution has no conflicts of interest section and no sentence anywhere states a safeguard against conflicts of interest (a register, its publication, declarations, or withdrawing from decisions)"
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
