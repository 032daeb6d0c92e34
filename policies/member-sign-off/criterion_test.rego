package ccgvet.rules["member-sign-off"].criterion_test

import data.ccgvet.evidence["member-sign-off"] as evidence
import data.ccgvet.rules["member-sign-off"] as criterion

test_always_applicable if {
	criterion.applicable with input as {}
}

test_recorded_by_column if {
	evidence.recorded with input as {"membership": {"has_sign_off_evidence": true, "practices": [{"name": "A", "signed_off": false}]}}
}

test_recorded_by_a_signed_practice if {
	evidence.recorded with input as {"membership": {"has_sign_off_evidence": false, "practices": [{"name": "A", "signed_off": true}]}}
}

test_not_recorded_when_no_evidence if {
	not evidence.recorded with input as {"membership": {"practices": [{"name": "A", "signed_off": false}]}}
}

test_null_practices_read_as_empty if {
	evidence.practices == [] with input as {"membership": {"practices": null}}
}

test_list_location_falls_back_to_section_heading if {
	loc := evidence.list_location with input as {"membership": {"line": 0, "section_line": 40}}
	loc.line == 40
}

test_list_location_falls_back_to_line_1 if {
	loc := evidence.list_location with input as {}
	loc.line == 1
	loc.section == ""
}

test_unsigned_and_signed_count_every_listing if {
	practices := [
		{"name": "A", "signed_off": true},
		{"name": "B", "signed_off": false},
		{"name": "C"},
		{"name": "A", "signed_off": true},
	]
	[p.name | some p in evidence.unsigned] == ["B", "C"] with input as {"membership": {"practices": practices}}
	evidence.signed == 2 with input as {"membership": {"practices": practices}}
	evidence.signed == 0 with input as {}
}
