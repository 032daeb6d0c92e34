# METADATA
# title: Lay chair and lay and executive majority on joint committees
# description: |
#   Every joint committee (and primary care commissioning committee) is
#   chaired by a lay member, and lay and executive members hold a majority
#   of its voting seats, as NHS England's 2014 co-commissioning guidance
#   asks. Off by default: the nhse-2014 profile checks it in place of
#   clinical-majority. Not applicable when the constitution has no such
#   committee.
# custom:
#   criterion: lay-executive-majority
#   order: 10
#   reference: >-
#     NHS England, Next steps towards primary care co-commissioning (2014):
#     committee chaired by a lay member, with a lay and executive majority
package ccgvet.rules["lay-executive-majority"]

import data.ccgvet.evidence["lay-executive-majority"] as evidence

default applicable := false

applicable if count(evidence.committees) > 0
