# Evidence for lay-executive-majority: the committees checked, summed up as
# clinical-majority sums up its own (their voting seats by category and who
# chairs them), but of the kinds lay_executive_majority.committee_kinds
# names.
#
# Helpers the rules share, kept apart from the criterion's package so that
# collecting findings (main.rego) never evaluates what no rule needs.
package ccgvet.evidence["lay-executive-majority"]

import data.ccgvet.evidence["clinical-majority"] as committee

config := data.ccgvet.config.lay_executive_majority

committees := committee.summarise(config.committee_kinds)

majority(n) := committee.majority(n)

membership_gap(c) := committee.membership_gap(c)

# lay_chair(c) is true when the committee's chair is a lay member: the
# chair's seat is in the lay category, or, when it has no category, what
# the constitution calls the chair names a lay member
# (lay_executive_majority.lay_chair).
lay_chair(c) if c.chair_category == "lay"

lay_chair(c) if {
	not c.chair_category in {"clinical", "executive", "lay"}
	chair := words(c.chair)
	some phrase in config.lay_chair
	contains(chair, words(phrase))
}

# words(text) is text in lower case as whole words, each with a space
# either side: " an independent chair ", so that a phrase's words found in
# a chair's are whole words of it ("lay" is not in "player"). Punctuation
# and hyphens are spaces: "non-executive" is " non executive ".
words(text) := concat("", [" ", concat(" ", [w | some w in split(strings.replace_n(separators, lower(text)), " "); w != ""]), " "])

separators := {
	"-": " ", "‐": " ", "–": " ", "—": " ", ",": " ", ";": " ", ":": " ", ".": " ",
	"(": " ", ")": " ", "[": " ", "]": " ", "/": " ", "\"": " ", "“": " ", "”": " ",
	"'": " ", "’": " ", "\t": " ", "\n": " ", "\u00a0": " ",
}

# chair_is(c) says what the chair is, for messages, when not a lay member.
chair_is(c) := object.get(
	{"clinical": "a clinical member", "executive": "an executive member"},
	object.get(c, "chair_category", ""),
	"not identified as a lay member",
)
