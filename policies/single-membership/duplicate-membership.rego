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
package ccgvet.batch["single-membership"]["duplicate-membership"]

import data.ccgvet.lib

# Every member practice with a code, with the document that lists it.
listings := [listing |
	some d in input.documents
	some p in lib.array_in(d, "practices")
	code := upper(trim_space(lib.string_in(p, "code")))
	code != ""
	listing := {
		"code": code,
		"name": lib.string_in(p, "name"),
		"path": lib.string_in(d, "path"),
		"line": lib.number_in(p, "line"),
		"section": lib.string_in(p, "section"),
		"ccg": lib.string_in(d, "ccg"),
		"ccg_code": upper(trim_space(lib.string_in(d, "code"))),
	}
]

# Candidate codes: listed under two different CCG keys. Sorting the
# (code, CCG) pairs and comparing neighbours keeps this O(n log n) over
# every practice of a batch; only the few candidates are then grouped and
# checked with the full notion of "the same CCG" below.
pairs := sort({[l.code, ccg_key(l)] | some l in listings})

# The sorted pairs are bound to a local first: indexing a local array is
# constant time, where indexing the rule's value again for each neighbour
# made this quadratic.
candidates := {code |
	sorted := pairs
	some i, pair in sorted
	i > 0
	code := pair[0]
	sorted[i - 1][0] == code
}

ccg_key(l) := l.ccg_code if l.ccg_code != ""

else := lower(l.ccg) if l.ccg != ""

else := l.path

listed[code] := ls if {
	some code in candidates
	ls := [l | some l in listings; l.code == code]
}

findings contains f if {
	some code, ls in listed
	two_ccgs(ls)
	locations := [{"path": l.path, "line": lib.first_line([l.line]), "section": l.section, "ccg": l.ccg} | some l in sort_listings(ls)]
	message := sprintf("%s is listed as a member by %s", [
		lib.practice_name({"name": ls[0].name, "code": code}),
		concat(" and ", sort({ccg_name(l) | some l in ls})),
	])
	f := lib.batch_finding(rego.metadata.chain(), locations, message)
}

two_ccgs(ls) if {
	some a in ls
	some b in ls
	not same_ccg(a, b)
}

# Versions of one CCG share its code, or its name; and one document is one
# CCG even when it names none.
same_ccg(a, b) if a.path == b.path

same_ccg(a, b) if {
	a.ccg_code != ""
	a.ccg_code == b.ccg_code
}

same_ccg(a, b) if {
	a.ccg != ""
	lower(a.ccg) == lower(b.ccg)
}

ccg_name(l) := l.ccg if l.ccg != ""

else := l.ccg_code if l.ccg_code != ""

else := l.path

# sort_listings(ls) orders listings by path, then line.
sort_listings(ls) := [ls[i] | some [_, _, i] in sort([[l.path, l.line, j] | some j, l in ls])]
