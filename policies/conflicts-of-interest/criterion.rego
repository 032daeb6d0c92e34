# METADATA
# title: Safeguards for managing conflicts of interest
# description: |
#   The conflicts of interest section(s) provide the safeguards the statute
#   and NHS England's guidance require: registers of interests, gifts and
#   hospitality and procurement decisions, declaration, exclusion of the
#   conflicted, a quorum fallback and a guardian.
# custom:
#   criterion: conflicts-of-interest
#   order: 3
#   reference: >-
#     NHS Act 2006 s.14O and Sch 1A para 5; NHS Commissioning Board
#     authorisation (safeguards for managing potential conflicts of
#     interest); NHS England, Managing conflicts of interest: statutory
#     guidance for CCGs (2014, revised 2016 and 2017)
package ccgvet.rules["conflicts-of-interest"]

default applicable := true
