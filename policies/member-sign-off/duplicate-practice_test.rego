package ccgvet.rules["member-sign-off"]["duplicate-practice_test"]

import data.ccgvet.rules["member-sign-off"]["duplicate-practice"] as rule

test_same_code_twice if {
	fs := rule.findings with input as {"membership": {"practices": [
		{"name": "Riverside Surgery", "code": "Y00001", "line": 10, "section": "Appendix B"},
		{"name": "Hill Top Medical Centre", "code": "Y00002", "line": 11, "section": "Appendix B"},
		{"name": "Riverside Surgery (branch)", "code": " y00001", "line": 12, "section": "Appendix B"},
	]}}
	count(fs) == 1
	some f in fs
	f.rule == "member-sign-off/duplicate-practice"
	f.severity == "error"
	f.line == 12
	f.section == "Appendix B"
	f.message == "Riverside Surgery (branch) ( y00001) is listed more than once (first at line 10)"
}

test_same_name_without_codes if {
	fs := rule.findings with input as {"membership": {"practices": [
		{"name": "Riverside Surgery", "line": 10},
		{"name": "riverside  surgery", "line": 14},
		{"name": "Riverside Surgery", "line": 15},
	]}}
	{f.line | some f in fs} == {14, 15}
}

test_same_name_different_codes_is_not_a_duplicate if {
	fs := rule.findings with input as {"membership": {"practices": [
		{"name": "The Surgery", "code": "Y00001", "line": 10},
		{"name": "The Surgery", "code": "Y00002", "line": 11},
	]}}
	count(fs) == 0
}

test_practices_without_name_or_code_are_not_compared if {
	fs := rule.findings with input as {"membership": {"practices": [
		{"line": 10},
		{"name": "", "line": 11},
		{"name": "Riverside Surgery", "line": 12},
		{"name": "Riverside Surgery", "line": 13},
	]}}
	{f.line | some f in fs} == {13}
}

test_tidy_all_leaves_tidy_lists_alone if {
	rule.tidy_all(["A B", "C"]) == ["A B", "C"]
	rule.tidy_all([]) == []
}

test_tidy_all_tidies_each_string_when_one_needs_it if {
	rule.tidy_all(["A  B", " C", "D ", "E"]) == ["A B", "C", "D", "E"]
}
