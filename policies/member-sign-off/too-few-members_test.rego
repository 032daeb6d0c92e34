package ccgvet.rules["member-sign-off"]["too-few-members_test"]

import data.ccgvet.rules["member-sign-off"]["too-few-members"] as rule

test_one_practice_is_too_few if {
	fs := rule.findings with input as {"membership": {"line": 20, "section": "Appendix B", "practices": [{"name": "Riverside Surgery", "line": 22}]}}
	count(fs) == 1
	some f in fs
	f.rule == "member-sign-off/too-few-members"
	f.severity == "error"
	f.line == 20
	f.message == "only 1 member practice is listed; a group needs at least 2"
}

test_two_practices_are_enough if {
	fs := rule.findings with input as {"membership": {"line": 20, "practices": [{"name": "A", "line": 22}, {"name": "B", "line": 23}]}}
	count(fs) == 0
}

test_no_practices_is_another_rule if {
	fs := rule.findings with input as {"membership": {"practices": []}}
	count(fs) == 0
}

test_minimum_from_data if {
	fs := rule.findings with input as {"membership": {"line": 20, "practices": [{"name": "A", "line": 22}, {"name": "B", "line": 23}]}}
		with data.ccgvet.config.sign_off.minimum_practices as 3
	some f in fs
	f.message == "only 2 member practices are listed; a group needs at least 3"
}
