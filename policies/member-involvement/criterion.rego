# METADATA
# title: Member practices take part in decisions
# description: |
#   Each member practice has a way to take part in the group's decisions,
#   and varying the constitution is a decision reserved to the members.
# custom:
#   criterion: member-involvement
#   order: 6
#   reference: >-
#     NHS Act 2006 Sch 1A para 6 (effective participation by each member);
#     NHS Commissioning Board authorisation (practices involved in
#     decision-making processes)
package ccgvet.rules["member-involvement"]

default applicable := true
