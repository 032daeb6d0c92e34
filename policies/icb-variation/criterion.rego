# METADATA
# title: The constitution is varied only on the ICB's application to NHS England
# description: |
#   The constitution says that it is varied on the ICB's application to NHS
#   England (NHS England approves a variation), and lets no one else vary
#   it on their own authority. Applies to integrated care boards'
#   constitutions only.
# custom:
#   criterion: icb-variation
#   order: 17
#   reference: >-
#     NHS Act 2006 Sch 1B Part 1 (varying the constitution: on the ICB's
#     application to NHS England, or by NHS England); NHS England model ICB
#     constitution, section 1 (variation of the constitution), and its
#     procedure for ICBs applying to vary their constitutions
package ccgvet.rules["icb-variation"]

import data.ccgvet.lib.icb

default applicable := false

applicable if icb.document
