# METADATA
# title: Sign-off by a practice that is not a member
# description: |
#   A sign-off record names a practice that is not in the list of member
#   practices: either the list is incomplete or the record is wrong.
# custom:
#   criterion: member-sign-off
#   severity: warning
#   reference: NHS Act 2006 Sch 1A para 2(1)(b) (the constitution must specify the members)
#   guidance: >-
#     Add the practice to the list of member practices, or correct or remove
#     its sign-off record.
#   example: >-
#     Each practice that signed this constitution appears, under the same name
#     and ODS code, in the list of member practices in Appendix B.
package ccgvet.rules["member-sign-off"]["signed-by-non-member"]

import data.ccgvet.lib

findings contains f if {
	some record in lib.array_at(["sign_offs"])
	record.member == false
	name := lib.practice_name({"name": lib.string_in(record, "practice"), "code": lib.string_in(record, "code")})
	message := sprintf("%s appears in the sign-off record but is not listed as a member practice", [name])
	location := {"line": lib.number_in(record, "line"), "section": lib.string_in(record, "section")}
	f := lib.finding(rego.metadata.chain(), location, message)
}
