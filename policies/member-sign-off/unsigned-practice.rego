# METADATA
# title: Member practice has not signed off
# description: |
#   A member practice has no signatory or date of sign-off recorded. With
#   sign_off.required_fraction below 1 this is a warning once that share of
#   practices has signed.
# custom:
#   criterion: member-sign-off
#   severity: error
#   reference: >-
#     NHS Commissioning Board, CCG authorisation: the constitution has been
#     signed off by member practices
#   guidance: >-
#     Obtain the practice's signature, or record why it is not a member.
#   example: >-
#     | Millbeck Surgery | M81022 | Dr J. Harrow (Managing Partner) | 21/02/2014
#     | (a signatory and a date of sign-off in the row of every member
#     practice).
package ccgvet.rules["member-sign-off"]["unsigned-practice"]

import data.ccgvet.evidence["member-sign-off"] as evidence
import data.ccgvet.lib

# One finding per unsigned practice, and a list may hold thousands. What
# every finding shares is built once (template); each practice adds its
# message, line and section with built-in calls only. A function called
# with the practice would be cached by OPA under the whole practice object,
# and lib.finding per practice rebuilt the metadata each time: at 40,000
# unsigned practices that took 2.5 times as long and twice the memory,
# which the garbage collector then paid for again.
findings contains f if {
	evidence.recorded
	some p in evidence.unsigned
	name := object.get(p, "name", "")
	code := object.get(p, "code", "")
	line := object.get(p, "line", 0)
	f := object.union(template, {
		"message": concat("", [label(name, code), " has not signed off the constitution", record(line, object.get(p, "sign_off_line", 0)), share]),
		# The practice's row, else the list's: lib.first_line, inline.
		"line": object.get({true: object.get({true: line}, line >= 1, evidence.list_location.line)}, is_number(line), evidence.list_location.line),
		"section": object.get(p, "section", ""),
	})
}

# label is lib.practice_name on the name and code: "Name (CODE)", the
# name or the code alone, or "an unnamed practice". Called with two
# strings, so that OPA caches it under them rather than under the practice.
label(name, code) := sprintf("%s (%s)", [name, code]) if {
	name != ""
	code != ""
} else := name if {
	name != ""
} else := code if {
	code != ""
} else := "an unnamed practice"

# record cites the sign-off record kept apart from the member list (its
# row, or the sentence of the minutes), where the reader sees what it says
# ("not returned", a blank, "all but"): the finding points at the
# member's row.
record(line, sign_line) := sprintf(" (the sign-off record at line %d has no signature for it)", [sign_line]) if {
	is_number(sign_line)
	sign_line >= 1
	sign_line != line
} else := ""

template := lib.finding_as(rego.metadata.chain(), {}, "", severity)

severity := "warning" if evidence.enough_signed

else := "error"

# With a share below all practices, say how far the practices are from it.
share := "" if evidence.required_fraction >= 1

else := sprintf("; %d of %d member practices (%d%%) have signed, %s the required %d%%", [
	evidence.signed,
	count(evidence.practices),
	lib.percent(evidence.signed, count(evidence.practices)),
	comparison,
	round(evidence.required_fraction * 100),
])

comparison := "which meets" if evidence.enough_signed

else := "fewer than"
