package ccgvet.rules["clinical-majority"]["no-clinician-in-quorum_test"]

import data.ccgvet.rules["clinical-majority"]["no-clinician-in-quorum"] as rule

committee(quorum) := {"committees": [{
	"name": "Primary Care Joint Committee",
	"joint": true,
	"line": 190,
	"section": "6.4.4 Primary Care Joint Committee",
	"membership_stated": true,
	"seats": [{"role": "GP member", "voting": true, "category": "clinical", "line": 200}],
	"quorum": quorum,
}]}

test_quorum_without_a_clinician if {
	fs := rule.findings with input as committee({"text": "Five voting members form a quorum, provided that at least one lay member and one member from NHS England are present.", "line": 212})
	count(fs) == 1
	some f in fs
	f.rule == "clinical-majority/no-clinician-in-quorum"
	f.severity == "warning"
	f.line == 190
	f.message == "Primary Care Joint Committee: the quorum (line 212) can be met with no clinical member present"
}

test_quorum_requires_a_gp if {
	fs := rule.findings with input as committee({"text": "Five voting members form a quorum, provided that at least one lay member, one member from NHS England and one GP member are present.", "line": 212})
	count(fs) == 0
}

test_quorum_requires_clinical_members if {
	fs := rule.findings with input as committee({"text": "Five voting members form a quorum, of whom at least three must be clinical members.", "line": 212})
	count(fs) == 0
}

test_no_quorum_clause if {
	fs := rule.findings with input as committee(null)
	count(fs) == 0
}
