# Evidence for conflicts-of-interest: the safeguards the wording states
# (input.facts.safeguards), read sentence by sentence by the extractor
# wherever they stand: in the conflicts of interest section, the standing
# orders or a committee's terms of reference.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["conflicts-of-interest"]

import data.ccgvet.lib

sections := lib.array_at(["conflicts", "sections"])

present if count(sections) > 0

# Missing safeguards are reported at the first conflicts of interest
# heading, or at line 1 when there is none.
location := {"line": lib.number_at(["conflicts", "line"]), "section": heading}

heading := lib.string_in(sections[0], "heading") if count(sections) > 0

else := ""

# has(safeguard) is true when some sentence states the safeguard.
has(safeguard) if {
	some f in lib.facts_of("safeguards")
	f.safeguard == safeguard
}

# Messages say where ccgvet looked.
searched := "no sentence in the conflicts of interest section or elsewhere in the constitution" if present

else := "no sentence in the constitution (which has no conflicts of interest section)"
