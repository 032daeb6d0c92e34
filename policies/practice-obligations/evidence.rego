# Evidence for practice-obligations: the facts the extractor reads from the
# sentences that oblige or sanction practices (input.facts.obligations).
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["practice-obligations"]

import data.ccgvet.lib

# The extractor decides what obliges or sanctions a practice (the language
# sets practice, oblige and sanction-* in policy data); the rules only
# report it, one finding per fact.
obligations := [f | some f in lib.facts_of("obligations"); object.get(f, "kind", "") == "obligation"]

sanctions := [f | some f in lib.facts_of("obligations"); object.get(f, "kind", "") == "sanction"]

# Findings point at the line the sentence starts on.
location(f) := {"line": object.get(f, "line", 1), "section": object.get(f, "section", "")}

# quoted(f) is the sentence on one line, short enough for a message.
quoted(f) := lib.excerpt(object.get(f, "text", ""), 120)

# what(f) names a sanction and the words that state it: suspend, "suspended".
what(f) := sprintf("%s, %q", [f.sanction, lib.one_line(f.words)]) if {
	object.get(f, "words", "") != ""
} else := object.get(f, "sanction", "a sanction")
