# METADATA
# title: No conflicts of interest section
# description: |
#   The constitution has no section on conflicts of interest, so none of the
#   safeguards the statute requires can be found.
# custom:
#   criterion: conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 s.14O and Sch 1A para 5
#   guidance: >-
#     Add a section headed "Managing conflicts of interest" that sets out the
#     group's registers, declarations, and how conflicts are managed at
#     meetings, following NHS England's statutory guidance.
#   example: >-
#     8. Managing Conflicts of Interest. 8.1 The Group will maintain a register
#     of the interests of its members, Governing Body members, committee members
#     and employees, each of whom must declare their interests, and a person
#     with a conflict in an item will withdraw while it is decided.
package ccgvet.rules["conflicts-of-interest"]["no-section"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence

findings contains f if {
	not evidence.present
	f := data.ccgvet.lib.finding(rego.metadata.chain(), evidence.location, "there is no conflicts of interest section")
}
