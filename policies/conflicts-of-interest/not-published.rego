# METADATA
# title: Register of interests not published
# description: |
#   Nothing in the conflicts of interest provisions says that the register
#   of interests is published or available to the public.
# custom:
#   criterion: conflicts-of-interest
#   severity: error
#   reference: NHS Act 2006 s.14O(2) (registers published or made accessible to the public)
#   guidance: >-
#     State that the registers of interests are published on the group's
#     website and can be inspected by the public.
#   example: >-
#     The register of interests will be published on the Group's website and
#     will be open to inspection by any member of the public at the Group's
#     offices.
package ccgvet.rules["conflicts-of-interest"]["not-published"]

import data.ccgvet.evidence["conflicts-of-interest"] as evidence
import data.ccgvet.lib

findings contains f if {
	not evidence.has("published")
	message := sprintf("%s says that the register of interests is published or open to the public", [evidence.searched])
	f := lib.finding(rego.metadata.chain(), evidence.location, message)
}
