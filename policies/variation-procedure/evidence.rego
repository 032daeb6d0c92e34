# Evidence for variation-procedure: the text that says how the constitution
# is varied.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["variation-procedure"]

import data.ccgvet.lib

config := data.ccgvet.config.variation

sections := lib.array_at(["variation", "sections"])

# The variation section's text; when there is none, the paragraphs anywhere
# that say how the constitution is varied (variation.clause).
text := lib.string_at(["variation", "text"]) if lib.string_at(["variation", "text"]) != ""

else := concat("\n", [b.text | some b in clauses])

clauses := [lib.paragraphs[i] | some i in sort(clause_indexes)]

clause_indexes contains i if {
	some i, lowered in lib.lowered
	some pattern in clause_patterns
	regex.match(pattern, lowered)
}

clause_patterns := lib.patterns(config.clause)

present if text != ""

# Findings point at the variation heading, else the first clause on
# variation, else line 1.
location := {"line": lib.number_at(["variation", "line"]), "section": lib.string_in(sections[0], "heading")} if count(sections) > 0

else := {"line": clauses[0].line, "section": lib.string_in(clauses[0], "section")} if count(clauses) > 0

else := {"line": 1, "section": ""}

searched := "the variation section" if count(sections) > 0

else := "the text on varying the constitution" if present

else := "the constitution"

requires_member_approval if lib.mentions(config.member_approval, text)
