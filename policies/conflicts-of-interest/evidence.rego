# Evidence for conflicts-of-interest: the text of the conflicts of interest
# section(s) and where missing safeguards are reported.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["conflicts-of-interest"]

import data.ccgvet.lib

# The text of every conflicts of interest section, subsections included.
text := lib.string_at(["conflicts", "text"])

sections := lib.array_at(["conflicts", "sections"])

present if count(sections) > 0

present if text != ""

# Missing safeguards are reported at the first conflicts of interest
# heading, or at line 1 when there is none.
location := {"line": lib.number_at(["conflicts", "line"]), "section": heading}

heading := lib.string_in(sections[0], "heading") if count(sections) > 0

else := ""

# has(safeguard) is true when the text contains one of the safeguard's
# phrases (conflicts.phrases in policy data).
has(safeguard) if {
	some pattern in safeguards[safeguard]
	regex.match(pattern, lowered)
}

lowered := lower(text)

safeguards[safeguard] := lib.patterns(phrases) if {
	some safeguard, phrases in data.ccgvet.config.conflicts.phrases
}

# Messages name what was searched: the section, or the whole constitution
# when it has none.
searched := "the conflicts of interest section" if present

else := "the constitution"
