# Evidence for icb-conflicts-of-interest: the conflicts of interest
# safeguards the wording states (input.facts.safeguards, read in every
# document, the ICB's among them) and the conflicts of interest sections
# (input.conflicts).
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["icb-conflicts-of-interest"]

import data.ccgvet.lib

sections := lib.array_at(["conflicts", "sections"])

safeguards := [f | some f in lib.facts_of("safeguards"); is_object(f)]

present if count(sections) > 0

# arrangements: a conflicts of interest section, or a sentence anywhere
# that states a safeguard.
arrangements if present

arrangements if count(safeguards) > 0

# has(safeguard) is true when some sentence states the safeguard.
has(safeguard) if {
	some f in safeguards
	f.safeguard == safeguard
}

# Missing safeguards are reported at the first conflicts of interest
# heading, else at the first sentence stating a safeguard, else line 1.
location := {"line": lib.number_at(["conflicts", "line"]), "section": lib.string_in(sections[0], "heading")} if present

else := {"line": lib.number_in(safeguards[0], "line"), "section": lib.string_in(safeguards[0], "section")} if count(safeguards) > 0

else := {"line": 1, "section": ""}

# Messages say where ccgvet looked.
searched := "no sentence in the conflicts of interest section or elsewhere in the constitution" if present

else := "no sentence in the constitution (which has no conflicts of interest section)"
