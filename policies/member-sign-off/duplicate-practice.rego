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

# A practice is known by its code, or by its name when it has none: codes
# in capitals, names in lower case, each single-spaced.
codes := tidy_all([upper(object.get(p, "code", "")) | some p in evidence.practices])

names := tidy_all([lower(object.get(p, "name", "")) | some p in evidence.practices])

# tidy_all tidies every string of xs. Most lists have nothing to tidy, and
# that is seen on the whole list in a few calls; tidying each string takes
# a comprehension per practice, which for a list of 100,000 cost more
# than the rest of the criterion.
tidy_all(xs) := xs if {
	joined := concat("\n", xs)
	not contains(joined, "  ")
	not contains(joined, "\n ")
	not contains(joined, " \n")
	not startswith(joined, " ")
	not endswith(joined, " ")
} else := [tidy(x) | some x in xs]

tidy(s) := concat(" ", [w | some w in split(s, " "); w != ""])

# Most lists repeat nothing: then no practice needs looking at.
findings contains f if {
	with_code := [code | some code in codes; code != ""]
	count({code | some code in with_code}) < count(with_code)
	some i, code in codes
	code != ""

	# One pass over codes for all practices (OPA indexes this comprehension
	# by code), not one per practice.
	positions := [j | some j; codes[j] == code]
	positions[0] < i
	f := repeat(rego.metadata.chain(), i, positions[0])
}

findings contains f if {
	without_code := [name | some i, name in names; codes[i] == ""; name != ""]
	count({name | some name in without_code}) < count(without_code)
	some i, name in names
	codes[i] == ""
	name != ""
	positions := [j | some j; names[j] == name; codes[j] == ""]
	positions[0] < i
	f := repeat(rego.metadata.chain(), i, positions[0])
}

# repeat is the finding on the practice at index i, first listed at index
# first.
repeat(chain, i, first) := lib.finding(chain, location, message) if {
	p := evidence.practices[i]
	message := sprintf("%s is listed more than once (first at line %d)", [lib.practice_name(p), lib.number_in(evidence.practices[first], "line")])
	location := {"line": lib.first_line([lib.number_in(p, "line"), evidence.list_location.line]), "section": lib.string_in(p, "section")}
}
