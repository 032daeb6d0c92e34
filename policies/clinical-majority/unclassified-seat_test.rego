package ccgvet.rules["clinical-majority"]["unclassified-seat_test"]

import data.ccgvet.rules["clinical-majority"]["unclassified-seat"] as rule

committee(seats) := {"committees": [{
	"name": "Primary Care Joint Committee",
	"joint": true,
	"line": 190,
	"section": "6.4.4 Primary Care Joint Committee",
	"membership_stated": true,
	"seats": seats,
}]}

gps(n) := {"role": "GP members", "count": n, "voting": true, "category": "clinical", "line": 201}

others(n) := {"role": "Lay and executive members", "count": n, "voting": true, "category": "lay", "line": 202}

link := {"role": "Locality Link", "count": 1, "voting": true, "category": "unclassified", "category_source": "none", "line": 203}

test_outcome_would_change if {
	fs := rule.findings with input as committee([gps(4), others(4), link])
	count(fs) == 1
	some f in fs
	f.rule == "clinical-majority/unclassified-seat"
	f.severity == "warning"
	f.line == 203
	f.section == "6.4.4 Primary Care Joint Committee"
	f.message == `Primary Care Joint Committee: "Locality Link" could not be classified as clinical, lay or executive and is counted as not clinical; if it were clinical, clinicians would hold 5 of 9 voting seats, a majority: the outcome would change`
}

test_majority_either_way if {
	fs := rule.findings with input as committee([gps(5), others(3), link])
	some f in fs
	endswith(f.message, "clinicians hold 5 of 9 voting seats, a majority either way: the outcome would not change")
}

test_minority_either_way if {
	fs := rule.findings with input as committee([gps(2), others(6), link])
	some f in fs
	endswith(f.message, "even if it were clinical, clinicians would hold only 3 of 9 voting seats: the outcome would not change")
}

test_category_missing_counts_as_unclassified if {
	fs := rule.findings with input as committee([gps(4), {"role": "Locality Link", "voting": true, "line": 203}])
	count(fs) == 1
}

test_non_voting_seats_are_never_warned_about if {
	fs := rule.findings with input as committee([gps(4), {"role": "Healthwatch representative", "voting": false, "line": 203}])
	count(fs) == 0
}

test_classified_seats if {
	fs := rule.findings with input as committee([gps(4), others(3)])
	count(fs) == 0
}
