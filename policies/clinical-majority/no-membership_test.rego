package ccgvet.rules["clinical-majority"]["no-membership_test"]

import data.ccgvet.rules["clinical-majority"]["no-membership"] as rule

test_membership_not_stated if {
	fs := rule.findings with input as {"committees": [{
		"name": "Primary Care Joint Committee", "kind": "joint-committee", "joint": true,
		"line": 196, "section": "6.4.4 Primary Care Joint Committee",
		"membership_stated": false, "seats": null,
	}]}
	count(fs) == 1
	some f in fs
	f.rule == "clinical-majority/no-membership"
	f.severity == "error"
	f.line == 196
	f.message == "Primary Care Joint Committee: its membership is not stated, so the balance of clinical seats cannot be checked"
}

test_no_voting_members if {
	fs := rule.findings with input as {"committees": [{
		"name": "Primary Care Joint Committee", "joint": true, "line": 196, "membership_stated": true,
		"seats": [{"role": "Head of Primary Care, NHS England", "voting": false, "line": 200}],
	}]}
	some f in fs
	f.message == "Primary Care Joint Committee: none of its members is stated to vote, so the balance of clinical seats cannot be checked"
}

test_membership_stated if {
	fs := rule.findings with input as {"committees": [{
		"name": "Primary Care Joint Committee", "joint": true, "line": 196, "membership_stated": true,
		"seats": [{"role": "GP member", "voting": true, "category": "clinical", "line": 200}],
	}]}
	count(fs) == 0
}

test_other_committees_need_no_membership if {
	fs := rule.findings with input as {"committees": [{"name": "Remuneration Committee", "kind": "committee", "line": 183, "membership_stated": false}]}
	count(fs) == 0
}

test_members_in_words_not_counted_is_a_warning if {
	fs := rule.findings with input as {"committees": [{
		"name": "East Riverside Joint Commissioning Committee", "kind": "joint-committee", "joint": true,
		"line": 129, "membership_stated": false, "seats": [],
		"members_text": "6.1.2 Each of the three CCGs appoints three members of the joint committee: its Chair, one other GP member and one lay member.",
	}]}
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.line == 129
	f.message == "East Riverside Joint Commissioning Committee: its members are described in words ccgvet cannot count (\"6.1.2 Each of the three CCGs appoints three members of the joint committee: its Chair, one other GP member and one lay member.\"), so check the balance of clinical seats by hand"
}
