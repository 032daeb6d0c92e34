package ccgvet.rules["practice-obligations"].sanction_test

import data.ccgvet.rules["practice-obligations"].sanction as rule

block(number, text, line) := {"number": number, "text": text, "line": line, "section": "3.3 Responsibilities of Member Practices", "section_index": 8}

# 3.3.3 of ex04 (new).
withholding := block("3.3.3", "Each member practice shall provide the Group with the activity,\nreferral and prescribing information it reasonably requests within the\ntime it specifies. Where a practice fails to do so after written notice,\nthe Group may withhold payments due to that practice under any local\nincentive scheme until the information is provided.", 108)

test_withholding_payments if {
	fs := rule.findings with input as {"blocks": [withholding]}
	count(fs) == 1
	some f in fs
	f.rule == "practice-obligations/sanction"
	f.severity == "warning"
	f.line == 108
	f.section == "3.3 Responsibilities of Member Practices"
	startswith(f.message, `clause 3.3.3 sanctions practices ("withhold payments"): "Each member practice shall provide`)
}

sanctions := [
	"A practice that persistently fails to engage may be expelled from the Group.",
	"The Governing Body may suspend a member practice from the Council of Members.",
	"A financial penalty may be applied to the practice.",
	"Practices outside the target range will be subject to performance management.",
]

test_other_sanctions if {
	every text in sanctions {
		count(rule.findings) == 1 with input as {"blocks": [block("", text, 5)]}
	}
}

test_no_sanction if {
	fs := rule.findings with input as {"blocks": [block("3.3.2", "Each member practice will take part in the work of its locality.", 102)]}
	count(fs) == 0
}

test_sanction_not_about_practices if {
	fs := rule.findings with input as {"blocks": [block("C.4", "The Chair may suspend standing orders.", 360)]}
	count(fs) == 0
}
