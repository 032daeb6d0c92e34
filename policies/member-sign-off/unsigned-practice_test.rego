package ccgvet.rules["member-sign-off"]["unsigned-practice_test"]

import data.ccgvet.rules["member-sign-off"]["unsigned-practice"] as rule

# Four practices, one of which has not signed.
members := {"membership": {
	"line": 350,
	"section": "APPENDIX B – LIST OF MEMBER PRACTICES",
	"has_sign_off_evidence": true,
	"practices": [
		{"name": "Dr Trevelyan and Partners", "code": "P84862", "signed_off": true, "line": 352, "section": "APPENDIX B – LIST OF MEMBER PRACTICES"},
		{"name": "Wrenmere Surgery", "code": "P84082", "signed_off": false, "line": 357, "section": "APPENDIX B – LIST OF MEMBER PRACTICES"},
		{"name": "Cinderby Medical Practice", "code": "P84658", "signed_off": true, "line": 358, "section": "APPENDIX B – LIST OF MEMBER PRACTICES"},
		{"name": "Stangate Surgery", "signed_off": true, "line": 359, "section": "APPENDIX B – LIST OF MEMBER PRACTICES"},
	],
}}

test_unsigned_practice_is_an_error_at_its_row if {
	fs := rule.findings with input as members
	count(fs) == 1
	some f in fs
	f.rule == "member-sign-off/unsigned-practice"
	f.severity == "error"
	f.line == 357
	f.section == "APPENDIX B – LIST OF MEMBER PRACTICES"
	f.message == "Wrenmere Surgery (P84082) has not signed off the constitution"
}

test_a_separate_sign_off_row_is_cited if {
	fs := rule.findings with input as json.patch(members, [{"op": "add", "path": "/membership/practices/1/sign_off_line", "value": 412}])
	some f in fs
	f.line == 357
	f.message == "Wrenmere Surgery (P84082) has not signed off the constitution (the sign-off record at line 412 has no signature for it)"
}

test_the_member_row_as_sign_off_row_is_not_cited_again if {
	fs := rule.findings with input as json.patch(members, [{"op": "add", "path": "/membership/practices/1/sign_off_line", "value": 357}])
	some f in fs
	f.message == "Wrenmere Surgery (P84082) has not signed off the constitution"
}

test_all_signed if {
	fs := rule.findings with input as json.patch(members, [{"op": "replace", "path": "/membership/practices/1/signed_off", "value": true}])
	count(fs) == 0
}

test_no_record_at_all_is_another_rule if {
	fs := rule.findings with input as {"membership": {"practices": [{"name": "A", "signed_off": false, "line": 3}]}}
	count(fs) == 0
}

test_lower_fraction_met_makes_a_warning if {
	fs := rule.findings with input as members with data.ccgvet.config.sign_off.required_fraction as 0.5
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.line == 357
	f.message == "Wrenmere Surgery (P84082) has not signed off the constitution; 3 of 4 member practices (75%) have signed, which meets the required 50%"
}

test_lower_fraction_not_met_stays_an_error if {
	few := json.patch(members, [
		{"op": "replace", "path": "/membership/practices/0/signed_off", "value": false},
		{"op": "replace", "path": "/membership/practices/2/signed_off", "value": false},
	])
	fs := rule.findings with input as few with data.ccgvet.config.sign_off.required_fraction as 0.9
	count(fs) == 3
	every f in fs {
		f.severity == "error"
		endswith(f.message, "; 1 of 4 member practices (25%) have signed, fewer than the required 90%")
	}
}

test_severity_override_from_data if {
	fs := rule.findings with input as members
		with data.ccgvet.config.severity as {"member-sign-off/unsigned-practice": "info"}
	some f in fs
	f.severity == "info"
}
