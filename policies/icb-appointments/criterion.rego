# METADATA
# title: Board members are appointed and nominated as required
# description: |
#   The chair is appointed, and may be removed, only by NHS England with the
#   Secretary of State's approval; the chief executive is appointed by the
#   chair with NHS England's approval and is an employee of the ICB; the
#   constitution says who appoints each ordinary member and how each kind
#   of partner member is nominated. Applies to integrated care boards'
#   constitutions only.
# custom:
#   criterion: icb-appointments
#   order: 12
#   reference: >-
#     NHS Act 2006 Sch 1B paras 5 to 8 and following; NHS England model ICB
#     constitution, section 3 (appointments process for the board)
package ccgvet.rules["icb-appointments"]

import data.ccgvet.lib.icb

default applicable := false

applicable if icb.document
