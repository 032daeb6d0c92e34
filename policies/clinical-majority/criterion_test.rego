package ccgvet.rules["clinical-majority"].criterion_test

import data.ccgvet.evidence["clinical-majority"] as evidence
import data.ccgvet.rules["clinical-majority"] as criterion

audit := {"name": "Audit Committee", "kind": "committee", "joint": false, "primary_care": false, "line": 169}

joint := {"name": "Primary Care Joint Committee", "kind": "joint-committee", "joint": true, "primary_care": true, "line": 190}

pccc := {"name": "Primary Care Commissioning Committee", "kind": "committee", "joint": false, "primary_care": true, "line": 190}

test_not_applicable_without_a_joint_committee if {
	not criterion.applicable with input as {"committees": [audit]}
}

test_not_applicable_without_committees if {
	not criterion.applicable with input as {"committees": null}
}

test_applicable_with_a_joint_committee if {
	criterion.applicable with input as {"committees": [audit, joint]}
	[c.name | some c in evidence.committees] == ["Primary Care Joint Committee"] with input as {"committees": [audit, joint]}
}

test_applicable_with_a_primary_care_commissioning_committee if {
	criterion.applicable with input as {"committees": [audit, pccc]}
}

test_committee_kinds_from_data if {
	not criterion.applicable with input as {"committees": [audit, pccc]}
		with data.ccgvet.config.clinical_majority.committee_kinds as ["joint"]
	[c.name | some c in evidence.committees] == ["Audit Committee", "Primary Care Commissioning Committee"] with input as {"committees": [audit, pccc]}
		with data.ccgvet.config.clinical_majority.committee_kinds as ["committee"]
}

test_governing_body_when_asked if {
	gb := {"name": "Governing Body", "kind": "governing-body", "line": 199}
	[c.name | some c in evidence.committees] == ["Governing Body"] with input as {"committees": [audit], "governing_body": gb}
		with data.ccgvet.config.clinical_majority.committee_kinds as ["governing-body"]
}

test_committee_summary if {
	c := {"name": "Primary Care Joint Committee", "joint": true, "line": 190, "section": "6.4.4 Primary Care Joint Committee", "seats": [
		{"role": "Four GP members", "count": 4, "voting": true, "category": "clinical"},
		{"role": "Lay member", "count": 1, "voting": true, "category": "lay"},
		{"role": "Observer", "count": 1, "voting": false},
		{"role": "Nurse", "voting": true, "category": "clinical"},
	]}
	[summary] := evidence.committees with input as {"committees": [c]}
	summary.voting == 6
	summary.clinical == 5
	summary.stated
	count(summary.seats) == 3
	summary.location == {"line": 190, "section": "6.4.4 Primary Care Joint Committee"}
	summary.quorum == null
}

test_committee_without_name_or_members if {
	[summary] := evidence.committees with input as {"committees": [{"joint": true, "seats": null, "membership_stated": false}]}
	summary.name == "Committee"
	not summary.stated
	summary.voting == 0
	summary.location == {"line": 1, "section": ""}
}
