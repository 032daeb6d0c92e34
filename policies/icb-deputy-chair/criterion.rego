# METADATA
# title: The board has a non-executive deputy chair who does not chair the audit committee
# description: |
#   One of the non-executive members is the board's deputy chair, and the
#   deputy chair is not the chair of the audit committee. Applies to
#   integrated care boards' constitutions only.
# custom:
#   criterion: icb-deputy-chair
#   order: 14
#   reference: >-
#     NHS England, Guidance on integrated care board constitutions and
#     governance (updated 2024; deputy chair and senior non-executive member),
#     and its model ICB constitution
package ccgvet.rules["icb-deputy-chair"]

import data.ccgvet.lib.icb

default applicable := false

applicable if icb.document
