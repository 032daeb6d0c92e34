# METADATA
# title: Fewer than two member practices
# description: A clinical commissioning group needs two or more member practices (NHS Act 2006 s.14B).
# custom:
#   criterion: member-sign-off
#   severity: error
#   reference: NHS Act 2006 s.14B
#   guidance: List every member practice in the constitution.
package ccgvet.rules["member-sign-off"]["too-few-members"]

findings contains f if {
	n := count(input.membership.practices)
	n > 0
	n < 2
	f := data.ccgvet.lib.finding(rego.metadata.chain(), {"line": input.membership.line, "section": input.membership.section}, sprintf("only %d member practice is listed", [n]))
}
