# METADATA
# title: Practice listed twice
# description: |
#   The same practice (by ODS code, or by name where it has no code) appears
#   twice in the list of member practices.
# custom:
#   criterion: member-sign-off
#   severity: error
#   reference: NHS Act 2006 Sch 1A para 2(1)(b) (the constitution must specify the members)
#   guidance: >-
#     Remove the repeated entry, or correct its name or code if it is a
#     different practice.
#   example: >-
#     | Hollins Lane Surgery | M81004 | Dr P. Osei (Senior Partner) | 14/02/2014
#     | (one row for each practice, with no name or ODS code listed twice).
package ccgvet.rules["member-sign-off"]["duplicate-practice"]

import data.ccgvet.evidence["member-sign-off"] as evidence
import data.ccgvet.lib

# The extractor marks each practice listed again with the line of its
# first listing (listed_at): the same ODS code, or the same name where
# neither listing has a code. Comparing every practice with the list here
# cost more than the rest of the criterion. A practice listed once has no
# listed_at, so the plain reference is undefined for it: one step where
# object.get and a comparison took two.
findings contains f if {
	some p in evidence.practices
	p.listed_at > 0
	first := p.listed_at
	message := sprintf("%s is listed more than once (first at line %d)", [lib.practice_name(p), first])
	location := {"line": lib.first_line([lib.number_in(p, "line"), evidence.list_location.line]), "section": lib.string_in(p, "section")}
	f := lib.finding(rego.metadata.chain(), location, message)
}
