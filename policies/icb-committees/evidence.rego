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
# committee to someone other than a non-executive member.
chaired_by_another(kind) := [s |
	some s in of_kind(kind)
	lib.string_in(s, "chaired_by") != ""
	s.chaired_by != non_executive_chair
]

chair_names := {
	"non-executive": "a non-executive member",
	"chair": "the chair of the ICB",
	"executive": "an executive member",
	"partner": "a partner member",
	"other": "someone other than a non-executive member",
}

# committees[name] are the sentences on each committee, by the name the
# sentences give it (else its kind).
committees[name] contains s if {
	some s in statements
	name := committee_name(s)
}

committee_name(s) := lib.string_in(s, "name") if lib.string_in(s, "name") != ""

else := sprintf("%s committee", [object.get(s, "committee", "other")])

location(kind) := icb.at(of_kind(kind)[0]) if count(of_kind(kind)) > 0

else := icb.location

searched := sprintf("%s on the board's committees", [lib.counted(count(statements), "sentence", "sentences")])
