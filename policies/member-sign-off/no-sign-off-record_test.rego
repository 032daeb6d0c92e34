package ccgvet.rules["member-sign-off"]["no-sign-off-record_test"]

import data.ccgvet.rules["member-sign-off"]["no-sign-off-record"] as rule

plain_list := {"membership": {
	"line": 80,
	"section": "Appendix B – Member Practices",
	"has_sign_off_evidence": false,
	"practices": [
		{"name": "Riverside Surgery", "code": "Y00001", "signed_off": false, "line": 80},
		{"name": "Hill Top Medical Centre", "code": "Y00002", "signed_off": false, "line": 81},
	],
}}

test_plain_list_has_no_sign_off_record if {
	fs := rule.findings with input as plain_list
	count(fs) == 1
	some f in fs
	f.rule == "member-sign-off/no-sign-off-record"
	f.severity == "error"
	f.line == 80
	f.message == "the list of 2 member practices records no sign-off by any of them"
}

test_signature_column_is_a_record if {
	fs := rule.findings with input as json.patch(plain_list, [{"op": "replace", "path": "/membership/has_sign_off_evidence", "value": true}])
	count(fs) == 0
}

test_no_practices_no_finding if {
	fs := rule.findings with input as {"membership": {"practices": []}}
	count(fs) == 0
}
