package ccgvet.rules["member-sign-off"]["signed-by-non-member_test"]

import data.ccgvet.rules["member-sign-off"]["signed-by-non-member"] as rule

test_non_member_in_sign_off_record if {
	fs := rule.findings with input as {"sign_offs": [
		{"practice": "Riverside Surgery", "code": "Y00001", "signed_off": true, "member": true, "line": 300},
		{"practice": "Old Mill Surgery", "code": "Y00099", "signed_off": true, "member": false, "line": 301, "section": "Schedule 1: Signatures"},
	]}
	count(fs) == 1
	some f in fs
	f.rule == "member-sign-off/signed-by-non-member"
	f.severity == "warning"
	f.line == 301
	f.section == "Schedule 1: Signatures"
	f.message == "Old Mill Surgery (Y00099) appears in the sign-off record but is not listed as a member practice"
}

test_all_records_are_members if {
	fs := rule.findings with input as {"sign_offs": [{"practice": "Riverside Surgery", "member": true, "line": 300}]}
	count(fs) == 0
}

test_no_sign_off_record if {
	fs := rule.findings with input as {"sign_offs": null}
	count(fs) == 0
}
