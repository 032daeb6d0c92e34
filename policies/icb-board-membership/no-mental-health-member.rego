# METADATA
# title: No member with knowledge of mental health services
# description: |
#   No sentence provides for a member of the board (at least one of the
#   ordinary members) with knowledge and experience of services for the
#   prevention, diagnosis and treatment of mental illness.
# custom:
#   criterion: icb-board-membership
#   severity: error
#   reference: >-
#     NHS Act 2006 Sch 1B paras 8 and following (an ordinary member with
#     knowledge and experience of mental health services, added by the Health
#     and Care Act 2022); NHS England model ICB constitution, section 2
#   guidance: >-
#     Say that at least one ordinary member has knowledge and experience of
#     services for the prevention, diagnosis and treatment of mental illness,
#     and how that is secured when members are appointed.
#   example: >-
#     At least one of the Ordinary Members will have knowledge and experience
#     of services for the prevention, diagnosis and treatment of mental
#     illness, and the Chair will take this into account when making
#     appointments.
package ccgvet.rules["icb-board-membership"]["no-mental-health-member"]

import data.ccgvet.lib
import data.ccgvet.lib.icb

# Wherever the board is or is not stated: the sentence may stand in the
# appointments section or beside the partner members.
findings contains f if {
	icb.document
	count(icb.facts_of("mental_health")) == 0
	message := sprintf("no sentence in %s provides for a member with knowledge and experience of mental health services", [icb.searched])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}
