# METADATA
# title: Obligations on member practices
# description: |
#   Clauses that oblige or sanction member practices, for a local medical
#   committee to review. Never a breach: these are for a person to judge.
# custom:
#   criterion: practice-obligations
#   order: 8
#   reference: >-
#     LMC concern (2013) about "unacceptable obligations" placed on practices
#     in legally binding constitutions
package ccgvet.rules["practice-obligations"]

default applicable := true
