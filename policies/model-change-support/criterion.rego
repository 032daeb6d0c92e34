# METADATA
# title: Majority practice support for a change of commissioning model
# description: |
#   A change of primary care commissioning model (to or from greater
#   involvement, joint or delegated commissioning) is supported by more than
#   half of all member practices, in a recorded vote that adds up. Not
#   applicable when no change of model is established.
# custom:
#   criterion: model-change-support
#   order: 4
#   reference: >-
#     LMC position (2014): moving to co-commissioning requires the support of
#     a majority of practices; NHS England (2014): joint or delegated
#     commissioning requires an amendment of the constitution approved by the
#     members
package ccgvet.rules["model-change-support"]

import data.ccgvet.evidence["model-change-support"] as evidence

default applicable := false

applicable if evidence.changed
