# METADATA
# title: A member practice has no list size
# description: The member list gives no registered list size for a practice.
# custom:
#   criterion: list-sizes
#   severity: warning
#   reference: Example LMC guidance on weighted voting (local)
#   guidance: Add the practice's registered list size to the member list, as at the date the constitution takes effect.
package ccgvet.rules["list-sizes"]["missing-list-size"]

findings contains f if {
	some practice in input.membership.practices
	object.get(practice, "list_size", 0) == 0
	f := data.ccgvet.lib.finding(
		rego.metadata.chain(),
		{"line": practice.line, "section": object.get(practice, "section", "")},
		sprintf("%s has no list size in the member list", [practice.name]),
	)
}
