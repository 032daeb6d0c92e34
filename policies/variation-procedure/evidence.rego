# Evidence for variation-procedure: the sentences that say how the
# constitution is varied (input.facts.variation), read by the extractor.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["variation-procedure"]

import data.ccgvet.lib

sections := lib.array_at(["variation", "sections"])

# Every sentence about varying the constitution, wherever it stands.
statements := lib.array_at(["facts", "variation"])

present if count(sections) > 0

present if count(statements) > 0

# The members must approve a variation: a sentence needs their approval,
# or the decisions reserved to them include varying the constitution.
requires_member_approval if {
	some s in statements
	"members" in s.approvers
	not object.get(s, "partial", false)
}

requires_member_approval if {
	some r in lib.array_at(["facts", "reserved"])
	r.variation
}

# A grant: a sentence that lets someone other than the members vary the
# constitution on their own authority. NHS England's power to vary a
# constitution is statutory and not a grant by the constitution.
grants := [s |
	some s in statements
	some actor in s.varied_by
	actor != "nhs-england"
]

# restates(s) holds for a grant that cites the clause of another grant:
# "approving any variation, other than one the Governing Body may approve
# under 1.4.3" is 1.4.3's grant again, not a second one.
restates(s) if {
	some g in grants
	g.line != s.line
	n := object.get(g, "clause", "")
	n != ""
	contains(s.text, sprintf(" %s", [n]))
}

# reported_grants are the grants a finding is made for: each once.
reported_grants := [s | some s in grants; not restates(s)]

# Sentences on deciding a variation that name no one who approves or
# varies: wording the extractor did not understand.
unclear := [s |
	some s in statements
	object.get(s, "decision", true)
	count(s.approvers) == 0
	count(s.varied_by) == 0
]

nhs_england_approves if {
	some s in statements
	"nhs-england" in array.concat(s.approvers, s.varied_by)
}

# Findings point at the variation heading, else the first sentence on
# variation, else line 1.
location := {"line": lib.number_at(["variation", "line"]), "section": lib.string_in(sections[0], "heading")} if count(sections) > 0

else := {"line": statements[0].line, "section": lib.string_in(statements[0], "section")} if count(statements) > 0

else := {"line": 1, "section": ""}

# cite(s) names a sentence and its place: `clause 1.6.2 (line 40): "…"`.
cite(s) := sprintf("%s (line %d): %q", [lib.clause_name(s), s.line, lib.excerpt(s.text, 160)])

# who(actors) names actors in a message.
who(actors) := concat(" and ", [lib.actor_names[a] | some a in actors])

searched := "the variation section" if count(sections) > 0

else := "the sentences on varying the constitution" if count(statements) > 0

else := "the constitution"
