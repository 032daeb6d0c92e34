# METADATA
# title: Constitution signed off by member practices
# description: |
#   The constitution lists its member practices, there are at least two, and
#   each of them has signed it off.
# custom:
#   criterion: member-sign-off
#   order: 1
#   reference: >-
#     NHS Commissioning Board, CCG authorisation: engagement from constituent
#     practices; configuration test "sign-up from member practices"; NHS Act
#     2006 Sch 1A para 2(1)(b) and s.14B
package ccgvet.rules["member-sign-off"]

default applicable := true
