# METADATA
# title: Audit committee not chaired by a non-executive member
# description: |
#   No sentence says that the audit committee is chaired by a non-executive
#   member, or a sentence gives its chair to someone else (the chair of the
#   ICB, an executive or a partner member).
# custom:
#   criterion: icb-committees
#   severity: error
#   reference: NHS England model ICB constitution, section 4 (the audit committee is chaired by a non-executive member)
#   guidance: >-
#     State that the audit committee is chaired by a non-executive member (not
#     the chair of the ICB), and give the chair of it to no one else.
#   example: >-
#     The Audit Committee is chaired by a Non-executive Member, who is not the
#     Chair of the ICB or its Deputy Chair.
package ccgvet.rules["icb-committees"]["audit-chair"]

import data.ccgvet.evidence["icb-committees"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

# A sentence that gives the chair to someone else.
findings contains f if {
	icb.document
	some s in evidence.chaired_by_another("audit")
	message := sprintf("%s has the audit committee chaired by %s%s: %s", [
		lib.clause_name(s),
		object.get(evidence.chair_names, s.chaired_by, s.chaired_by),
		object.get(evidence.not_non_executive, s.chaired_by, ""),
		icb.cite(s),
	])
	f := lib.finding(rego.metadata.chain(), icb.at(s), message)
}

# Sentences on the committee that do not say who chairs it. Only when there
# is a audit committee: no-audit-committee reports one that is missing.
findings contains f if {
	icb.document
	statements := evidence.of_kind("audit")
	count(statements) > 0
	not evidence.chaired_by_non_executive("audit")
	count(evidence.chaired_by_another("audit")) == 0
	message := sprintf("no sentence says that a non-executive member chairs the audit committee (read %s, e.g. %s)", [
		lib.counted(count(statements), "sentence on it", "sentences on it"),
		icb.cite(statements[0]),
	])
	f := lib.finding(rego.metadata.chain(), evidence.location("audit"), message)
}
