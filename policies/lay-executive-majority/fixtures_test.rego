package ccgvet.rules["lay-executive-majority"].fixtures_test

# The Primary Care Joint Committee of ex02 (testdata/ex02-northbrook.json):
# a lay chair, and 2 lay and 3 executive of 8 voting seats.
northbrook := {"committees": [
	{
		"name": "Audit Committee", "kind": "committee", "joint": false, "primary_care": false,
		"chair": "lay member for audit and governance", "line": 171, "membership_stated": true,
		"seats": [{"role": "lay member for audit and governance", "count": 1, "voting": true, "category": "lay", "line": 177}],
	},
	{
		"name": "Primary Care Joint Committee",
		"kind": "joint-committee",
		"joint": true,
		"primary_care": true,
		"with_nhs_england": true,
		"chair": "Lay member for patient and public involvement",
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
	},
]}

# The joint committee of northbrook, patched: json.patch paths below start
# at /committees/1.
committee(patches) := json.patch(northbrook, patches)
