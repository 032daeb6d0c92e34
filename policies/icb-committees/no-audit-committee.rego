# METADATA
# title: No audit committee
# description: |
#   No sentence establishes an audit committee of the board.
# custom:
#   criterion: icb-committees
#   severity: error
#   reference: NHS England model ICB constitution, section 4 (the audit committee)
#   guidance: >-
#     Establish an audit committee of the board, chaired by a non-executive
#     member with qualifications, expertise or experience in finance and
#     audit, and publish its terms of reference.
#   example: >-
#     The Board has established an Audit Committee, chaired by a Non-executive
#     Member with expertise in finance and audit, to give it independent
#     assurance on governance, risk and internal control, under terms of
#     reference the Board approves.
package ccgvet.rules["icb-committees"]["no-audit-committee"]

import data.ccgvet.evidence["icb-committees"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	count(evidence.of_kind("audit")) == 0
	message := sprintf("no sentence establishes an audit committee (read %s)", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}
