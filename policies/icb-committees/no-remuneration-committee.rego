# METADATA
# title: No remuneration committee
# description: |
#   No sentence establishes a remuneration committee of the board.
# custom:
#   criterion: icb-committees
#   severity: error
#   reference: >-
#     NHS England model ICB constitution, sections 4 and 8 (the remuneration
#     committee); NHS Act 2006 Sch 1B paras 18-20
#   guidance: >-
#     Establish a remuneration committee of the board, chaired by a
#     non-executive member other than the chair or the audit committee's
#     chair, to exercise the ICB's functions on remuneration.
#   example: >-
#     The Board has established a Remuneration Committee, chaired by a
#     Non-executive Member other than the Chair or the Chair of the Audit
#     Committee, which exercises the ICB's functions on the remuneration and
#     allowances of its employees and Board members.
package ccgvet.rules["icb-committees"]["no-remuneration-committee"]

import data.ccgvet.evidence["icb-committees"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	count(evidence.of_kind("remuneration")) == 0
	message := sprintf("no sentence establishes a remuneration committee (read %s)", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}
