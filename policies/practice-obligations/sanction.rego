# METADATA
# title: Sanction against member practices
# description: |
#   A clause sanctions member practices: expulsion, suspension, a financial
#   penalty, withholding payments, or performance management of practices.
# custom:
#   criterion: practice-obligations
#   severity: warning
#   reference: LMC concern (2013) about "unacceptable obligations" placed on practices
#   guidance: >-
#     Check that the sanction is lawful and proportionate, that practices
#     have agreed to it, and that there is a fair process and a right of
#     appeal before it is applied.
package ccgvet.rules["practice-obligations"].sanction

import data.ccgvet.evidence["practice-obligations"] as evidence
import data.ccgvet.lib

findings contains f if {
	some i in evidence.sanctioning
	b := evidence.paragraphs[i]
	phrase := lib.first_mention(evidence.config.sanction, b.text)
	message := sprintf("%s sanctions practices (%q): %q", [evidence.name(b), trim_space(regex.replace(phrase, `\s+`, " ")), lib.excerpt(evidence.text(b), 120)])
	f := lib.finding(rego.metadata.chain(), evidence.location(b), message)
}
