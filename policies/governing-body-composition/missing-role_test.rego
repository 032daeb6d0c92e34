package ccgvet.rules["governing-body-composition"]["missing-role_test"]

import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures
import data.ccgvet.rules["governing-body-composition"]["missing-role"] as rule

test_every_role_present if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_one_finding_per_missing_role if {
	no_nurse_or_doctor := json.patch(fixtures.example_vale, [
		{"op": "remove", "path": "/governing_body/seats/5"},
		{"op": "remove", "path": "/governing_body/seats/4"},
	])
	fs := rule.findings with input as no_nurse_or_doctor
	count(fs) == 2
	every f in fs {
		f.rule == "governing-body-composition/missing-role"
		f.severity == "error"
		f.line == 199
		f.section == "6.6 The Governing Body"
	}
	{f.message | some f in fs} == {
		"the governing body has no registered nurse",
		"the governing body has no secondary care specialist doctor",
	}
}

test_no_governing_body if {
	fs := rule.findings with input as {}
	count(fs) == 6
	every f in fs {
		f.line == 1
		startswith(f.message, "the constitution has no ")
	}
}

test_role_added_in_data if {
	fs := rule.findings with input as fixtures.example_vale
		with data.ccgvet.config.governing_body.roles.pharmacist as {"name": "pharmacist", "phrases": ["pharmacist"]}
	{f.message | some f in fs} == {"the governing body has no pharmacist"}
}

test_role_without_phrases_is_not_checked if {
	fs := rule.findings with input as fixtures.example_vale
		with data.ccgvet.config.governing_body.roles.pharmacist as {"name": "pharmacist", "phrases": []}
	count(fs) == 0
}
