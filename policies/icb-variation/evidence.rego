# Evidence for icb-variation: the sentences on varying an integrated care
# board's constitution (input.icb.facts.variation), read by the extractor,
# and the sections on variation (input.variation).
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["icb-variation"]

import data.ccgvet.lib
import data.ccgvet.lib.icb

sections := lib.array_at(["variation", "sections"])

statements := icb.facts_of("variation")

# on_application: a sentence says the constitution is varied on the ICB's
# application to NHS England.
on_application if {
	some s in statements
	s.application
}

# grants are sentences that let someone other than NHS England vary the
# constitution on their own authority (NHS England's own power to vary it
# is statutory, and not a grant).
grants := [s |
	some s in statements
	some a in lib.array_in(s, "varied_by")
	a != "nhs-england"
]

# unclear are sentences on variation from which the extractor read
# nothing: no application, no step before one, no one who varies it.
unclear := [s |
	some s in statements
	not s.application
	count(lib.array_in(s, "before")) == 0
	count(lib.array_in(s, "varied_by")) == 0
]

# Findings point at the variation heading, else the first sentence on
# variation, else line 1.
location := {"line": lib.number_at(["variation", "line"]), "section": lib.string_in(sections[0], "heading")} if count(sections) > 0

else := icb.at(statements[0]) if count(statements) > 0

else := {"line": 1, "section": ""}
