# METADATA
# title: Arrangements for managing the ICB's conflicts of interest
# description: |
#   The constitution sets out how the ICB manages conflicts of interest: it
#   keeps a register of the interests of its board members, committee
#   members and employees, publishes it, and keeps people with a conflict of
#   interest out of the decisions concerned. Applies to integrated care
#   boards' constitutions only.
# custom:
#   criterion: icb-conflicts-of-interest
#   order: 16
#   reference: >-
#     NHS Act 2006 s.14Z30 (registers of interests and managing conflicts of
#     interest, inserted by the Health and Care Act 2022); NHS England model
#     ICB constitution, section 6 (arrangements for conflict of interest
#     management and standards of business conduct)
package ccgvet.rules["icb-conflicts-of-interest"]

import data.ccgvet.lib.icb

default applicable := false

applicable if icb.document
