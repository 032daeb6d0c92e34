# METADATA
# title: Appointments may not undermine the independence of the health service
# description: |
#   The constitution forbids appointing a member of the board whose
#   appointment could reasonably be regarded as undermining the independence
#   of the health service, because of the candidate's involvement with the
#   private healthcare sector or otherwise. Applies to integrated care
#   boards' constitutions only.
# custom:
#   criterion: icb-independence
#   order: 13
#   reference: NHS Act 2006 Sch 1B para 4; NHS England model ICB constitution, section 3 (disqualification criteria)
package ccgvet.rules["icb-independence"]

import data.ccgvet.lib.icb

default applicable := false

applicable if icb.document
