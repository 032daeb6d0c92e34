# METADATA
# title: Lay member for audit chairs the governing body
# description: |
#   The lay member with the lead role in audit and governance is the chair
#   of the governing body; the regulations keep the two roles apart.
# custom:
#   criterion: governing-body-composition
#   severity: error
#   reference: NHS (Clinical Commissioning Groups) Regulations 2012, reg 11
#   guidance: >-
#     Appoint another member as chair: the lay member for audit and
#     governance may be deputy chair but not chair.
package ccgvet.rules["governing-body-composition"]["audit-lay-member-chairs"]

import data.ccgvet.evidence["governing-body-composition"] as evidence
import data.ccgvet.lib

audit := lib.patterns(evidence.config.roles["audit-lay-member"].phrases)

# A member whose role is both the audit lay member and the chair.
findings contains f if {
	some s in evidence.seats
	role := object.get(s, "role", "")
	lowered := lower(role)
	some pattern in audit
	regex.match(pattern, lowered)
	lib.mentions(evidence.config.chair, evidence.without_other_chairs(role))
	message := sprintf("the lay member for audit and governance chairs the governing body: %q", [role])

	# The member's row, which comes after the heading, else the heading.
	location := {"line": max([evidence.location.line, object.get(s, "line", 0)]), "section": evidence.section}
	f := lib.finding(rego.metadata.chain(), location, message)
}

# The chair named as the audit lay member.
findings contains f if {
	chair := lib.string_in(evidence.body, "chair")
	lib.mentions(evidence.config.roles["audit-lay-member"].phrases, chair)

	# The chair field holds who chairs; a deputy there is the parser's slip.
	not lib.mentions(evidence.config.deputy_chair, chair)
	not seat_says_so
	message := sprintf("the lay member for audit and governance chairs the governing body: %q", [chair])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}

seat_says_so if {
	some s in evidence.seats
	lib.mentions(evidence.config.roles["audit-lay-member"].phrases, object.get(s, "role", ""))
	lib.mentions(evidence.config.chair, evidence.without_other_chairs(object.get(s, "role", "")))
}
