# METADATA
# title: Deputy chair may chair the audit committee
# description: |
#   The deputy chair is one of the non-executive members, who may chair the
#   audit committee, and nothing keeps the deputy chair from also chairing
#   it (or a sentence says they may), which NHS England asks ICBs to keep
#   apart. A deputy chair who is not a non-executive member is
#   deputy-not-non-executive's finding.
# custom:
#   criterion: icb-deputy-chair
#   severity: error
#   reference: >-
#     NHS England, Guidance on integrated care board constitutions and
#     governance (updated 2024: a non-executive member, but not the audit
#     committee chair, is deputy chair)
#   guidance: >-
#     Say that the deputy chair may not be the chair of the audit committee
#     (and that the senior non-executive member may be deputy chair only if
#     they do not chair it).
#   example: >-
#     The Deputy Chair is a Non-executive Member who does not chair the Audit
#     Committee.
package ccgvet.rules["icb-deputy-chair"]["deputy-chairs-audit"]

import data.ccgvet.evidence["icb-deputy-chair"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	evidence.stated
	evidence.non_executive
	not evidence.kept_from_audit
	message := sprintf("no sentence keeps the deputy chair from chairing the audit committee; read %s, e.g. %s", [
		lib.counted(count(evidence.statements), "sentence on the deputy chair", "sentences on the deputy chair"),
		icb.cite(quoted),
	])
	f := lib.finding(rego.metadata.chain(), icb.at(quoted), message)
}

# quoted is the sentence a person should read: one that makes the deputy
# chair the audit committee's chair; else one from which nothing was read
# (not that the deputy is a non-executive member, nor about the senior
# non-executive member), which says something else of the deputy chair;
# else the first.
quoted := q if {
	q := [s |
		some s in evidence.statements
		s.audit_chair
	][0]
} else := q if {
	q := [s |
		some s in evidence.statements
		not s.non_executive
		not s.not_audit_chair
		not s.senior_independent
	][0]
} else := evidence.statements[0]
