# METADATA
# title: Remuneration committee not chaired by a non-executive member
# description: |
#   No sentence says that the remuneration committee is chaired by a non-executive
#   member, or a sentence gives its chair to someone else (the chair of the
#   ICB, an executive or a partner member).
# custom:
#   criterion: icb-committees
#   severity: error
#   reference: NHS England model ICB constitution, section 8 (the remuneration committee is chaired by a non-executive member other than the chair or the audit chair)
#   guidance: >-
#     State that the remuneration committee is chaired by a non-executive
#     member other than the chair of the ICB or the audit committee's chair.
#   example: >-
#     The Remuneration Committee is chaired by a Non-executive Member who is
#     neither the Chair of the ICB nor the Chair of the Audit Committee.
package ccgvet.rules["icb-committees"]["remuneration-chair"]

import data.ccgvet.evidence["icb-committees"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

# A sentence that gives the chair to someone else.
findings contains f if {
	icb.document
	some s in evidence.chaired_by_another("remuneration")
	message := sprintf("%s has the remuneration committee chaired by %s%s: %s", [
		lib.clause_name(s),
		object.get(evidence.chair_names, s.chaired_by, s.chaired_by),
		object.get(evidence.not_non_executive, s.chaired_by, ""),
		icb.cite(s),
	])
	f := lib.finding(rego.metadata.chain(), icb.at(s), message)
}

# Sentences on the committee that do not say who chairs it. Only when there
# is a remuneration committee: no-remuneration-committee reports one that is missing.
findings contains f if {
	icb.document
	statements := evidence.of_kind("remuneration")
	count(statements) > 0
	not evidence.chaired_by_non_executive("remuneration")
	count(evidence.chaired_by_another("remuneration")) == 0
	message := sprintf("no sentence says that a non-executive member chairs the remuneration committee (read %s, e.g. %s)", [
		lib.counted(count(statements), "sentence on it", "sentences on it"),
		icb.cite(statements[0]),
	])
	f := lib.finding(rego.metadata.chain(), evidence.location("remuneration"), message)
}
