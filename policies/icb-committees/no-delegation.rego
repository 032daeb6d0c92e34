# METADATA
# title: Nothing said of what a committee is delegated
# description: |
#   The constitution names a committee of the board but no sentence says
#   what the board delegates to it: its functions, or terms of reference
#   that set them out. One finding per committee.
# custom:
#   criterion: icb-committees
#   severity: warning
#   reference: >-
#     NHS England model ICB constitution, section 4 (committees exercise the
#     functions the board delegates to them under terms of reference it
#     approves and publishes)
#   guidance: >-
#     Say what the board delegates to the committee, or that its functions are
#     set out in terms of reference approved by the board and published (for
#     example in the governance handbook).
#   example: >-
#     The Board delegates to the Audit Committee the functions set out in its
#     terms of reference, which the Board approves and which are published in
#     the Governance Handbook.
package ccgvet.rules["icb-committees"]["no-delegation"]

import data.ccgvet.evidence["icb-committees"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	some key, statements in evidence.committees
	every s in statements {
		not s.delegated
	}
	sorted := sort([[s.line, s] | some s in statements])
	first := sorted[0][1]
	message := sprintf("%q: no sentence says what the board delegates to it (its functions or terms of reference); read %s, e.g. %s", [
		evidence.display(key, statements),
		lib.counted(count(statements), "sentence on it", "sentences on it"),
		icb.cite(first),
	])
	f := lib.finding(rego.metadata.chain(), icb.at(first), message)
}
