package ccgvet.rules["lay-executive-majority"]["no-membership_test"]

import data.ccgvet.rules["lay-executive-majority"].fixtures_test as fixtures
import data.ccgvet.rules["lay-executive-majority"]["no-membership"] as rule

test_membership_not_stated if {
	fs := rule.findings with input as {"committees": [{
		"name": "Primary Care Joint Committee", "kind": "joint-committee", "joint": true,
		"line": 129, "section": "6.3 Primary Care Joint Committee",
		"membership_stated": false, "seats": null,
	}]}
	count(fs) == 1
	some f in fs
	f.rule == "lay-executive-majority/no-membership"
	f.severity == "error"
	f.line == 129
	f.section == "6.3 Primary Care Joint Committee"
	f.message == "Primary Care Joint Committee: its membership is not stated, so the balance of lay and executive seats cannot be checked"
}

test_no_voting_members if {
	doc := fixtures.committee([{"op": "replace", "path": "/committees/1/seats", "value": [
		{"role": "Head of Primary Care, NHS England", "voting": false, "line": 206},
	]}])
	fs := rule.findings with input as doc
	{f.message | some f in fs} == {"Primary Care Joint Committee: none of its members is stated to vote, so the balance of lay and executive seats cannot be checked"}
}

test_membership_stated if {
	count(rule.findings) == 0 with input as fixtures.northbrook
}

test_other_committees_need_no_membership if {
	count(rule.findings) == 0 with input as {"committees": [{"name": "Remuneration Committee", "kind": "committee", "line": 183, "membership_stated": false}]}
}

test_members_in_words_not_counted_is_a_warning if {
	fs := rule.findings with input as {"committees": [{
		"name": "Primary Care Joint Committee", "kind": "joint-committee", "joint": true,
		"line": 129, "membership_stated": false, "seats": [],
		"members_text": "The Group and NHS England each appoint four members.",
	}]}
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.message == "Primary Care Joint Committee: its members are described in words ccgvet cannot count (\"The Group and NHS England each appoint four members.\"), so check the balance of lay and executive seats by hand"
}
