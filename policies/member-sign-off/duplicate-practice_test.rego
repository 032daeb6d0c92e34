package ccgvet.rules["member-sign-off"]["duplicate-practice_test"]

import data.ccgvet.rules["member-sign-off"]["duplicate-practice"] as rule

# Which listings repeat an earlier one is the extractor's to say
# (engine/extract/repeats_test.go); the rule reports each at its own line.

test_practice_listed_again if {
	fs := rule.findings with input as {"membership": {"practices": [
		{"name": "Riverside Surgery", "code": "Y00001", "line": 10, "section": "Appendix B"},
		{"name": "Hill Top Medical Centre", "code": "Y00002", "line": 11, "section": "Appendix B"},
		{"name": "Riverside Surgery (branch)", "code": " y00001", "line": 12, "section": "Appendix B", "listed_at": 10},
	]}}
	count(fs) == 1
	some f in fs
	f.rule == "member-sign-off/duplicate-practice"
	f.severity == "error"
	f.line == 12
	f.section == "Appendix B"
	f.message == "Riverside Surgery (branch) ( y00001) is listed more than once (first at line 10)"
}

test_each_repeat_is_reported if {
	fs := rule.findings with input as {"membership": {"practices": [
		{"name": "Riverside Surgery", "line": 10},
		{"name": "riverside  surgery", "line": 14, "listed_at": 10},
		{"name": "Riverside Surgery", "line": 15, "listed_at": 10},
	]}}
	{f.line | some f in fs} == {14, 15}
}

test_no_repeat_no_finding if {
	fs := rule.findings with input as {"membership": {"practices": [
		{"name": "The Surgery", "code": "Y00001", "line": 10},
		{"name": "The Surgery", "code": "Y00002", "line": 11},
	]}}
	count(fs) == 0
}

test_repeat_without_a_line_points_at_the_list if {
	fs := rule.findings with input as {"membership": {"line": 40, "practices": [
		{"name": "Riverside Surgery", "line": 41},
		{"name": "Riverside Surgery", "listed_at": 41},
	]}}
	{f.line | some f in fs} == {40}
}
