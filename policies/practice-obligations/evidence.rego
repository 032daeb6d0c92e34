# Evidence for practice-obligations: the paragraphs that oblige or sanction
# practices.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["practice-obligations"]

import data.ccgvet.lib

config := data.ccgvet.config.practice_obligations

paragraphs := lib.paragraphs

obligation := lib.patterns(config.obligation)

sanction := lib.patterns(config.sanction)

about := lib.patterns(config.about_practices)

# The paragraphs that mention practices, in lower case, by index: the only
# ones an obligation or a sanction can be about. Obligation phrases name
# practices themselves, so this costs no finding and saves matching every
# phrase against every paragraph (most of the criterion's time).
mentioning[i] := lowered if {
	some i, lowered in lib.lowered
	some mention in about
	regex.match(mention, lowered)
}

# The paragraphs that oblige practices, by index.
obliging contains i if {
	some i, lowered in mentioning
	some pattern in obligation
	regex.match(pattern, lowered)
}

# The paragraphs that sanction practices. Sanctions are rare, so only the
# phrases found somewhere in the document are looked for paragraph by
# paragraph.
sanctioning contains i if {
	some pattern in sanctions_found
	some i, lowered in mentioning
	regex.match(pattern, lowered)
}

sanctions_found := [pattern |
	some pattern in sanction
	regex.match(pattern, lib.document)
]

# Findings point at the clause's first line.
location(b) := {"line": object.get(b, "line", 1), "section": object.get(b, "section", "")}

# "clause 3.3.1", or "a paragraph" when it has no number.
name(b) := concat(" ", ["clause", b.number]) if object.get(b, "number", "") != ""

else := "a paragraph"

# text(b) is the clause's text less its number, which name(b) gives.
text(b) := trim_space(substring(b.text, count(b.number), -1)) if {
	object.get(b, "number", "") != ""
	startswith(b.text, b.number)
} else := b.text
