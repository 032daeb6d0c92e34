# METADATA
# title: Clinical majority on joint committees
# description: |
#   Clinicians hold a majority of the voting seats on every joint committee
#   (and primary care commissioning committee) that decides on general
#   practice. Not applicable when the constitution has no such committee.
# custom:
#   criterion: clinical-majority
#   order: 2
#   reference: >-
#     LMC position on primary care co-commissioning (2014): a joint committee
#     with a lay or executive majority leaves clinicians in a minority on
#     decisions about general practice
package ccgvet.rules["clinical-majority"]

import data.ccgvet.evidence["clinical-majority"] as evidence

default applicable := false

applicable if count(evidence.committees) > 0
