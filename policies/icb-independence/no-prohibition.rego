# METADATA
# title: No prohibition on appointments that could undermine the health service's independence
# description: |
#   No sentence forbids appointing a member whose appointment could
#   reasonably be regarded as undermining the independence of the health
#   service because of their involvement with the private healthcare sector
#   or otherwise.
# custom:
#   criterion: icb-independence
#   severity: error
#   reference: NHS Act 2006 Sch 1B para 4; NHS England model ICB constitution, section 3 (disqualification criteria)
#   guidance: >-
#     Add to the disqualification criteria for board membership a person whose
#     appointment the appointer considers could reasonably be regarded as
#     undermining the independence of the health service, because of their
#     involvement with the private healthcare sector or otherwise.
#   example: >-
#     No one may be appointed as a member of the Board where the person making
#     the appointment considers that the appointment could reasonably be
#     regarded as undermining the independence of the health service because
#     of the candidate's involvement with the private healthcare sector or
#     otherwise.
package ccgvet.rules["icb-independence"]["no-prohibition"]

import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	count(icb.facts_of("independence")) == 0
	message := sprintf("no sentence in %s forbids an appointment that could reasonably be regarded as undermining the independence of the health service (because of the candidate's involvement with the private healthcare sector or otherwise)", [icb.searched])
	f := lib.finding(rego.metadata.chain(), icb.location, message)
}
