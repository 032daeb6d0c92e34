# METADATA
# title: The board has audit and remuneration committees chaired by non-executive members
# description: |
#   The board establishes an audit committee and a remuneration committee,
#   each chaired by a non-executive member, and says what it delegates to
#   each committee (its functions or terms of reference). Applies to
#   integrated care boards' constitutions only.
# custom:
#   criterion: icb-committees
#   order: 15
#   reference: >-
#     NHS England model ICB constitution, section 4 (committees and
#     sub-committees: the audit committee and the remuneration committee) and
#     section 8 (the remuneration committee); NHS Act 2006 Sch 1B paras 18-20
#     (remuneration)
package ccgvet.rules["icb-committees"]

import data.ccgvet.lib.icb

default applicable := false

applicable if icb.document
