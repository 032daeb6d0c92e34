# Evidence for icb-committees: the sentences on the board's committees
# (input.icb.facts.committees), read by the extractor: which committee,
# who chairs it, and whether the sentence says what is delegated to it.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["icb-committees"]

import data.ccgvet.lib
import data.ccgvet.lib.icb

statements := icb.facts_of("committees")

# of_kind(kind) are the sentences on the audit (or remuneration) committee.
of_kind(kind) := [s | some s in statements; object.get(s, "committee", "") == kind]

# Who may chair the audit and remuneration committees.
non_executive_chair := "non-executive"

chaired_by_non_executive(kind) if {
	some s in of_kind(kind)
	s.chaired_by == non_executive_chair
}

# chaired_by_another(kind) are the sentences that give the chair of the
# committee to the chair of the ICB, an executive or a partner member. A
# sentence whose chair the extractor could not place ("other": "one of
# them will chair it") gives it to no one: the committee's chair is then
# judged by the other sentences, and reported unstated if none says.
chaired_by_another(kind) := [s |
	some s in of_kind(kind)
	lib.string_in(s, "chaired_by") in {"chair", "executive", "partner"}
]

chair_names := {
	"non-executive": "a non-executive member",
	"chair": "the chair of the ICB",
	"executive": "an executive member",
	"partner": "a partner member",
}

# not_non_executive is what a message adds after who chairs: nothing when
# that already says it.
not_non_executive := {
	"chair": ", not a non-executive member",
	"executive": ", not a non-executive member",
	"partner": ", not a non-executive member",
}

# committees[key] are the sentences on each committee: the audit and the
# remuneration committee by their kind, whatever a sentence calls them
# ("the Audit and Risk Committee"), and any other by its name, in lower
# case and without a leading "the", as the sentences give it.
committees[key] contains s if {
	some s in statements
	key := committee_key(s)
}

committee_key(s) := s.committee if {
	s.committee in {"audit", "remuneration"}
} else := key if {
	name := lib.string_in(s, "name")
	name != ""
	key := name_key(name)
} else := "other"

name_key(name) := trim_prefix(lower(name), "the ")

# display(key, ss) is how messages call a committee: the name its first
# named sentence gives it, else its kind.
display(key, ss) := n if {
	named := sort([[s.line, lib.string_in(s, "name")] | some s in ss; lib.string_in(s, "name") != ""])
	n := named[0][1]
} else := sprintf("%s committee", [key])

location(kind) := icb.at(of_kind(kind)[0]) if count(of_kind(kind)) > 0

else := icb.location

searched := sprintf("%s on the board's committees", [lib.counted(count(statements), "sentence", "sentences")])
