# METADATA
# title: Register of interests not published
# description: |
#   Nothing in the constitution says that the register of interests is
#   published or open to the public.
# custom:
#   criterion: icb-conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 s.14Z30 (registers published or made accessible to the public); NHS England model ICB constitution, section 6
#   guidance: >-
#     State that the registers of interests are published on the ICB's website
#     and that the public may inspect them.
#   example: >-
#     The register of interests will be published on the ICB's website and
#     kept up to date, and anyone may ask to inspect it.
package ccgvet.rules["icb-conflicts-of-interest"]["not-published"]

import data.ccgvet.evidence["icb-conflicts-of-interest"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

findings contains f if {
	icb.document
	not evidence.has("published")
	message := sprintf("%s says that the register of interests is published or open to the public", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
