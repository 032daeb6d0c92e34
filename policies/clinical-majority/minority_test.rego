package ccgvet.rules["clinical-majority"].minority_test

import data.ccgvet.rules["clinical-majority"].minority as rule

# The Primary Care Joint Committee of ex02: 3 clinical of 8 voting seats.
northbrook := {"committees": [{
	"name": "Primary Care Joint Committee",
	"kind": "joint-committee",
	"joint": true,
	"primary_care": true,
	"with_nhs_england": true,
	"line": 190,
	"section": "6.4.4 Primary Care Joint Committee",
	"membership_stated": true,
	"seats": [
		{"role": "Lay member for patient and public involvement (Chair)", "count": 1, "voting": true, "category": "lay", "line": 202},
		{"role": "Lay member for audit and governance (Vice Chair)", "count": 1, "voting": true, "category": "lay", "line": 203},
		{"role": "Accountable Officer", "count": 1, "voting": true, "category": "executive", "line": 204},
		{"role": "Chief Finance Officer", "count": 1, "voting": true, "category": "executive", "line": 205},
		{"role": "Head of Primary Care, NHS England (area team)", "count": 1, "voting": true, "category": "executive", "line": 206},
		{"role": "GP member of the Governing Body (north locality)", "count": 1, "voting": true, "category": "clinical", "line": 207},
		{"role": "GP member of the Governing Body (south locality)", "count": 1, "voting": true, "category": "clinical", "line": 208},
		{"role": "Registered nurse member of the Governing Body", "count": 1, "voting": true, "category": "clinical", "line": 209},
		{"role": "Healthwatch Northbrook representative", "count": 1, "voting": false, "line": 210},
	],
}]}

test_clinical_minority if {
	fs := rule.findings with input as northbrook
	count(fs) == 1
	some f in fs
	f.rule == "clinical-majority/minority"
	f.severity == "error"
	f.line == 190
	f.section == "6.4.4 Primary Care Joint Committee"
	f.message == "Primary Care Joint Committee: clinicians hold 3 of 8 voting seats; a majority needs 5"
}

test_half_is_not_a_majority if {
	# A fourth GP makes 4 of 9: still a minority; then the CFO stops voting: 4 of 8, half.
	half := json.patch(northbrook, [
		{"op": "replace", "path": "/committees/0/seats/5/count", "value": 2},
		{"op": "replace", "path": "/committees/0/seats/3/voting", "value": false},
	])
	fs := rule.findings with input as half
	some f in fs
	f.message == "Primary Care Joint Committee: clinicians hold 4 of 8 voting seats; a majority needs 5"
}

test_clinical_majority_met if {
	# Three more GPs make 6 of 11.
	more := json.patch(northbrook, [{"op": "replace", "path": "/committees/0/seats/5/count", "value": 4}])
	fs := rule.findings with input as more
	count(fs) == 0
}

test_committee_not_checked if {
	fs := rule.findings with input as northbrook
		with data.ccgvet.config.clinical_majority.committee_kinds as []
	count(fs) == 0
}
