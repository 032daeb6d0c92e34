# METADATA
# title: The board of an integrated care board is made up as required
# description: |
#   The constitution provides for a board of a chair, a chief executive and
#   at least three ordinary members, among them a partner member nominated
#   by each of the NHS trusts and foundation trusts, the providers of
#   primary medical services and the local authorities, the three executive
#   members, at least two non-executive members, and a member with knowledge
#   and experience of mental health services. Applies to integrated care
#   boards' constitutions only.
# custom:
#   criterion: icb-board-membership
#   order: 11
#   reference: >-
#     NHS Act 2006 Sch 1B paras 3 and 8 and following (inserted by the Health
#     and Care Act 2022, Sch 2); NHS England, Guidance on integrated care
#     board constitutions and governance, and its model ICB constitution
#     (section 2, composition of the board)
package ccgvet.rules["icb-board-membership"]

import data.ccgvet.lib.icb

default applicable := false

applicable if icb.document
