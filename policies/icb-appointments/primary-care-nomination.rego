# METADATA
# title: How the primary medical services partner member is nominated
# description: |
#   Quotes who may nominate the partner member for the providers of primary
#   medical services, how a nominee is chosen and whether the practices may
#   object to a nominee, for a person to check against local agreements.
#   Information when the practices may object; a warning when no sentence
#   lets them.
# custom:
#   criterion: icb-appointments
#   severity: info
#   reference: >-
#     NHS Act 2006 Sch 1B paras 8 and following (a member nominated jointly by
#     the providers of primary medical services); NHS England model ICB
#     constitution, section 3
#   guidance: >-
#     Check that every provider of primary medical services in the area may
#     nominate, and that the practices may object to the proposed nominee (for
#     example, a nomination fails if a majority of them object).
#   example: >-
#     Each provider of primary medical services in the ICB's area may nominate
#     one person; the nominee supported by a majority of the providers is put
#     forward, and the nomination fails if a majority of them object.
package ccgvet.rules["icb-appointments"]["primary-care-nomination"]

import data.ccgvet.evidence["icb-appointments"] as evidence
import data.ccgvet.lib
import data.ccgvet.lib.icb

facts := evidence.of_role(evidence.nominations, "partner-primary-medical-services")

may_object if {
	some s in facts
	s.objection
}

# Who may nominate, someone else (a local medical committee, say) last.
nominators := array.concat(
	[a | some a in named_nominators; a != "other"],
	[a | some a in named_nominators; a == "other"],
)

named_nominators := {a | some s in facts; some a in evidence.by(s, "nominators")}

selections := {s.selection | some s in facts; lib.string_in(s, "selection") != ""}

selection_names := {
	"majority": "by a majority of the nominating providers",
	"chair": "by the chair",
	"panel": "by a panel",
	"ballot": "by a ballot of the nominating providers",
}

chosen := sprintf("a nominee is chosen %s", [concat(" or ", sort([object.get(selection_names, s, s) | some s in selections]))]) if count(selections) > 0

else := "no sentence says how a nominee is chosen"

objection := "the practices may object to a nominee" if may_object

else := "no sentence lets the practices object to a nominee"

findings contains f if {
	icb.document
	count(facts) > 0
	message := sprintf("the primary medical services partner member is nominated by %s; %s; %s: %s", [icb.who(nominators), chosen, objection, icb.cite(procedure)])
	f := lib.finding_as(rego.metadata.chain(), icb.at(procedure), message, severity)
}

# procedure is the sentence a person should read: the one that lets the
# practices object, else the one that says how a nominee is chosen, else
# the first that is not the member's own line in the board's membership
# ("one Partner Member nominated by the providers" says who, not how).
# The sentence quoted: the one that lets practices object; else the one
# that says who nominates (outside the member list), what an LMC reads
# first; else the one that says how a nominee is chosen.
procedure := p if {
	p := [s | some s in facts; s.objection][0]
} else := p if {
	p := [s | some s in facts; not s.line in member_lines; count(evidence.by(s, "nominators")) > 0][0]
} else := p if {
	p := [s | some s in facts; lib.string_in(s, "selection") != ""][0]
} else := p if {
	p := [s | some s in facts; not s.line in member_lines][0]
} else := facts[0]

member_lines := {m.line | some m in icb.members}

severity := "info" if may_object

else := "warning"
