package ccgvet.rules["lay-executive-majority"].criterion_test

import data.ccgvet.evidence["lay-executive-majority"] as evidence
import data.ccgvet.rules["lay-executive-majority"] as criterion
import data.ccgvet.rules["lay-executive-majority"].fixtures_test as fixtures

audit := {"name": "Audit Committee", "kind": "committee", "joint": false, "primary_care": false, "line": 169}

pccc := {"name": "Primary Care Commissioning Committee", "kind": "committee", "joint": false, "primary_care": true, "line": 190}

test_not_applicable_without_a_joint_committee if {
	not criterion.applicable with input as {"committees": [audit]}
	not criterion.applicable with input as {"committees": null}
	not criterion.applicable with input as {}
}

test_applicable_with_a_joint_committee if {
	criterion.applicable with input as fixtures.northbrook
	[c.name | some c in evidence.committees] == ["Primary Care Joint Committee"] with input as fixtures.northbrook
}

test_applicable_with_a_primary_care_commissioning_committee if {
	criterion.applicable with input as {"committees": [audit, pccc]}
}

test_committee_kinds_from_data if {
	not criterion.applicable with input as {"committees": [audit, pccc]}
		with data.ccgvet.config.lay_executive_majority.committee_kinds as ["joint"]

	# Its own kinds, not clinical-majority's.
	criterion.applicable with input as {"committees": [audit, pccc]}
		with data.ccgvet.config.clinical_majority.committee_kinds as ["joint"]
}

test_committee_summary if {
	[c] := evidence.committees with input as fixtures.northbrook
	c.voting == 8
	c.clinical == 3
	c.lay == 2
	c.executive == 3
	c.chair == "Lay member for patient and public involvement"
	c.chair_category == "lay"
	c.location == {"line": 190, "section": "6.4.4 Primary Care Joint Committee"}
	evidence.lay_chair(c)
}

# The chair as the parser gives it, or else the seat marked "(Chair)".
test_chair_from_a_seat_marked_chair if {
	doc := fixtures.committee([{"op": "remove", "path": "/committees/1/chair"}])
	[c] := evidence.committees with input as doc
	c.chair == "Lay member for patient and public involvement (Chair)"
	c.chair_category == "lay"
}

test_chair_matched_to_its_seat_without_the_article if {
	doc := fixtures.committee([{"op": "replace", "path": "/committees/1/chair", "value": "the GP member of the Governing Body (north locality)"}])
	[c] := evidence.committees with input as doc
	c.chair_category == "clinical"
	not evidence.lay_chair(c)
	evidence.chair_is(c) == "a clinical member"
}

# "Chaired by a lay member of the Governing Body", with no seat of that name.
test_chair_by_phrase if {
	doc := fixtures.committee([{"op": "replace", "path": "/committees/1/chair", "value": "a lay member of the Governing Body"}])
	[c] := evidence.committees with input as doc
	c.chair_category == ""
	evidence.lay_chair(c)
}

test_no_chair if {
	doc := fixtures.committee([
		{"op": "remove", "path": "/committees/1/chair"},
		{"op": "replace", "path": "/committees/1/seats/0/role", "value": "Lay member for patient and public involvement"},
	])
	[c] := evidence.committees with input as doc
	c.chair == ""
	c.chair_category == ""
}

test_membership_gap if {
	evidence.membership_gap({"stated": false, "voting": 0}) == "its membership is not stated"
	evidence.membership_gap({"stated": true, "voting": 0}) == "none of its members is stated to vote"
	not evidence.membership_gap({"stated": true, "voting": 3})
}

# Off unless a profile or --data enables it.
test_disabled_by_default if {
	"lay-executive-majority" in data.ccgvet.config.criteria.optional
	not "lay-executive-majority" in data.ccgvet.config.criteria.enabled
}

test_words if {
	evidence.words("Lay member (PPI), Chair") == " lay member ppi chair "
	evidence.words("a Non-Executive  Director") == " a non executive director "
	evidence.words("") == "  "
}

# The chair's words against lay_executive_majority.lay_chair: whole words
# in any case, a hyphen read as a space.
test_lay_chair_words if {
	every chair in [
		"Lay member for patient and public involvement",
		"the Non-Executive Director",
		"a non executive member of the Governing Body",
		"an Independent Chair appointed by NHS England",
		"the lay-member for primary care",
	] {
		evidence.lay_chair({"chair": chair, "chair_category": ""})
	}
	every chair in [
		"the GP member (north locality)",
		"the Clinical Chair, a player in the locality",
		"the Executive Director of Nursing",
		"",
	] {
		not evidence.lay_chair({"chair": chair, "chair_category": ""})
	}
}

test_lay_chair_words_from_data if {
	evidence.lay_chair({"chair": "an Independent Member", "chair_category": ""}) with data.ccgvet.config.lay_executive_majority.lay_chair as ["independent member"]
	not evidence.lay_chair({"chair": "an independent chair", "chair_category": ""}) with data.ccgvet.config.lay_executive_majority.lay_chair as ["independent member"]
	evidence.lay_chair({"chair": "the non executive member", "chair_category": ""}) with data.ccgvet.config.lay_executive_majority.lay_chair as ["Non-Executive"]
}
