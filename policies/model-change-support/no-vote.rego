# METADATA
# title: Change of commissioning model without a vote
# description: |
#   The constitution adopts a different commissioning model from the version
#   it amends, but records no vote of the member practices on the change.
# custom:
#   criterion: model-change-support
#   severity: error
#   reference: >-
#     LMC position (2014); NHS England (2014): joint or delegated
#     commissioning requires an amendment of the constitution approved by the
#     members
#   guidance: >-
#     Put the change to the member practices and record the vote: the
#     motion, the date, how many practices voted for, against and abstained,
#     and how many were eligible.
#   example: >-
#     On 10 March 2015 the member practices voted on the motion to commission
#     primary medical services jointly with NHS England: 26 of the 40 member
#     practices voted for it, 9 against and 5 abstained.
package ccgvet.rules["model-change-support"]["no-vote"]

import data.ccgvet.evidence["model-change-support"] as evidence

findings contains f if {
	evidence.changed
	count(evidence.recorded_votes) == 0
	message := sprintf("%s but no vote of the member practices is recorded", [evidence.change])
	f := data.ccgvet.lib.finding(rego.metadata.chain(), evidence.change_location, message)
}
