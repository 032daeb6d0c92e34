package ccgvet.rules["member-sign-off"]["no-member-list_test"]

import data.ccgvet.rules["member-sign-off"]["no-member-list"] as rule

test_no_practices_reported_at_membership_section if {
	fs := rule.findings with input as {"membership": {"line": 75, "section": "3. MEMBERSHIP", "practices": null}}
	count(fs) == 1
	some f in fs
	f.rule == "member-sign-off/no-member-list"
	f.criterion == "member-sign-off"
	f.severity == "error"
	f.line == 75
	f.section == "3. MEMBERSHIP"
	f.title == "No member practices listed"
	f.reference != ""
	f.guidance != ""
}

test_no_membership_at_all_reported_at_line_1 if {
	fs := rule.findings with input as {}
	some f in fs
	f.line == 1
}

test_practices_listed if {
	fs := rule.findings with input as {"membership": {"line": 10, "practices": [{"name": "Riverside Surgery", "line": 12}]}}
	count(fs) == 0
}
