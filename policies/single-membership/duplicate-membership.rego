# METADATA
# title: Practice listed by two CCGs
# description: |
#   One practice code is listed as a member in the constitutions of two
#   different clinical commissioning groups. Two versions of the same CCG
#   (same CCG code, or same name) do not count.
# custom:
#   criterion: single-membership
#   severity: error
#   reference: NHS Act 2006 s.14A(2) (CCG areas do not overlap)
#   guidance: >-
#     Establish which group the practice belongs to and remove it from the
#     other group's list of member practices (a variation of that
#     constitution).
#   example: >-
#     | Hollins Lane Surgery | M81004 | listed as a member practice of this
#     Group only, and in no other clinical commissioning group's constitution.
package ccgvet.batch["single-membership"]["duplicate-membership"]

import data.ccgvet.lib

# Every listed code, normalised, once per practice.
# Each code listed more than once, with every listing of it: codes sorted
# once, and listings grouped by a comprehension that OPA indexes by code,
# so the work grows with the listings, however many documents list the
# same code (a folder of 400 versions of one constitution).
all_codes := [code |
	some d in input.documents
	some p in lib.array_in(d, "practices")
	code := upper(trim_space(lib.string_in(p, "code")))
	code != ""
]

repeated := {code |
	sorted := sort(all_codes)
	some i, code in sorted
	i > 0
	sorted[i - 1] == code
}

listings := [listing |
	some d in input.documents
	some p in lib.array_in(d, "practices")
	code := upper(trim_space(lib.string_in(p, "code")))
	code in repeated
	listing := {
		"code": code,
		"name": lib.string_in(p, "name"),
		"path": lib.string_in(d, "path"),
		"line": lib.number_in(p, "line"),
		"section": lib.string_in(p, "section"),
		"ccg": lib.string_in(d, "ccg"),
		"ccg_code": upper(trim_space(lib.string_in(d, "code"))),
		"ccg_id": ccg_id(d),
	}
]

listed := {code: ls |
	some code in repeated
	ls := [l | some l in listings; l.code == code]
}

findings contains f if {
	some code, ls in listed
	count({l.ccg_id | some l in ls}) > 1
	locations := [{"path": l.path, "line": lib.first_line([l.line]), "section": l.section, "ccg": l.ccg} | some l in sort_listings(ls)]
	message := sprintf("%s is listed as a member by %s", [
		lib.practice_name({"name": ls[0].name, "code": code}),
		concat(" and ", sort({ccg_name(l) | some l in ls})),
	])
	f := lib.batch_finding(rego.metadata.chain(), locations, message)
}

# ccg_id(d) says which CCG a document is of: ccgvet gives every document of
# one CCG the same id (documents sharing a CCG code or name, directly or
# through another document: versions of one constitution). Input without
# ids treats each document as a CCG of its own.
ccg_id(d) := d.ccg_id if d.ccg_id != null

else := lib.string_in(d, "path")

ccg_name(l) := l.ccg if l.ccg != ""

else := l.ccg_code if l.ccg_code != ""

else := l.path

sort_listings(ls) := [ls[i] | some [_, _, i] in sort([[l.path, l.line, j] | some j, l in ls])]
