# METADATA
# title: Member practices' list sizes are stated
# description: |
#   A local expectation of an LMC: where votes of the membership may be
#   weighted by registered patients, the constitution must state each
#   practice's list size.
# custom:
#   criterion: list-sizes
#   order: 20
#   reference: Example LMC guidance on weighted voting (local)
package ccgvet.rules["list-sizes"]

# Not applicable to a constitution that lists no practices: member-sign-off
# reports that.
default applicable := false

applicable if count(input.membership.practices) > 0
