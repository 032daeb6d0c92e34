# METADATA
# title: Variation without the member practices' approval
# description: |
#   The constitution lets someone other than the member practices vary it
#   (a grant, conditional or not), or says how it is varied without any
#   sentence requiring the members' approval, so the constitution they
#   agreed could be changed without them.
# custom:
#   criterion: variation-procedure
#   severity: error
#   reference: NHS Act 2006 ss.14E-14F; model constitution framework
#   guidance: >-
#     Require every variation to be approved by the member practices (for
#     example by a resolution supported by more than half of all member
#     practices) before the group applies to NHS England, and remove any
#     power of the Governing Body or an officer to vary it alone.
#   example: >-
#     This constitution may be varied only where the Group applies to NHS
#     England and that application is granted. The Group will not apply to vary
#     it unless more than half of all member practices have first approved the
#     variation at a meeting of the Council of Members.
package ccgvet.rules["variation-procedure"]["no-member-approval"]

import data.ccgvet.evidence["variation-procedure"] as evidence
import data.ccgvet.lib

# A grant to someone else is a breach even where other sentences need the
# members: it takes away the members' say over what it grants.
findings contains f if {
	some s in evidence.reported_grants
	message := sprintf("%s lets %s vary the constitution without the member practices%s: %s", [
		lib.clause_name(s),
		evidence.who([a | some a in s.varied_by; a != "nhs-england"]),
		condition(s),
		evidence.cite(s),
	])

	# The clause that grants the power is the place to open.
	f := lib.finding(rego.metadata.chain(), {"line": s.line, "section": lib.string_in(s, "section")}, message)
}

# Sentences on variation that are understood and need only others.
findings contains f if {
	count(evidence.grants) == 0
	count(evidence.unclear) == 0
	count(evidence.statements) > 0
	not evidence.requires_member_approval
	approvers := {a | some s in evidence.statements; some a in s.approvers}
	message := sprintf("no sentence requires the member practices to approve a variation; %d sentence(s) on variation need only %s, e.g. %s", [
		count(evidence.statements),
		evidence.who(approvers),
		evidence.cite(evidence.statements[0]),
	])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}

# A variation section with no sentence on variation at all.
findings contains f if {
	evidence.present
	count(evidence.statements) == 0
	not evidence.requires_member_approval
	message := sprintf("%s has no sentence that says who approves a variation", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}

condition(s) := sprintf(" (a conditional grant: %q)", [lib.excerpt(s.condition, 100)]) if {
	s.conditional
	object.get(s, "condition", "") != ""
} else := " (a grant limited to some changes)" if {
	s.conditional
} else := ""
