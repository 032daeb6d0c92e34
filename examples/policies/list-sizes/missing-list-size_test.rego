package ccgvet.rules["list-sizes"]["missing-list-size_test"]

import data.ccgvet.rules["list-sizes"]["missing-list-size"] as rule

test_practice_without_list_size_is_reported if {
	findings := rule.findings with input as {"membership": {"practices": [
		{"name": "Riverside Surgery", "code": "Y00001", "list_size": 8200, "line": 40},
		{"name": "Hill Top Surgery", "code": "Y00002", "line": 41, "section": "Appendix B – Member Practices"},
	]}}
	count(findings) == 1
	some f in findings
	f.rule == "list-sizes/missing-list-size"
	f.severity == "warning"
	f.line == 41
	f.section == "Appendix B – Member Practices"
	f.message == "Hill Top Surgery has no list size in the member list"
}

test_every_list_size_given_is_quiet if {
	count(rule.findings) == 0 with input as {"membership": {"practices": [
		{"name": "Riverside Surgery", "list_size": 8200, "line": 40},
	]}}
}
