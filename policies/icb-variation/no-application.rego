# METADATA
# title: Not varied on application to NHS England
# description: |
#   No sentence says that the constitution is varied on the ICB's
#   application to NHS England, with NHS England's approval.
# custom:
#   criterion: icb-variation
#   severity: error
#   reference: >-
#     NHS Act 2006 Sch 1B Part 1 (varying the constitution); NHS England model
#     ICB constitution, section 1 (variation of the constitution)
#   guidance: >-
#     State that the constitution may be varied only where the ICB applies to
#     NHS England, in line with NHS England's published procedure, and NHS
#     England approves the application (or where NHS England varies it of its
#     own motion), and that a change takes effect only once approved.
#   example: >-
#     This constitution may be varied only where the ICB applies to NHS
#     England under NHS England's published procedure and the application is
#     approved, or where NHS England varies it of its own motion; no change
#     takes effect until NHS England has approved it.
package ccgvet.rules["icb-variation"]["no-application"]

import data.ccgvet.evidence["icb-variation"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

# Sentences read, none on an application: unclear reports sentences whose
# wording could not be read, for a person to judge, instead.
findings contains f if {
	icb.document
	not evidence.on_application
	count(evidence.unclear) == 0
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}

message := sprintf("no sentence says the constitution is varied on the ICB's application to NHS England; read %s on variation, e.g. %s", [
	lib.counted(count(evidence.statements), "sentence", "sentences"),
	icb.cite(evidence.statements[0]),
]) if {
	count(evidence.statements) > 0
} else := "no section or sentence says how the constitution is varied (looked in every paragraph)"
