package ccgvet.rules["member-involvement"]["no-participation_test"]

import data.ccgvet.rules["member-involvement"].fixtures_test as fixtures
import data.ccgvet.rules["member-involvement"]["no-participation"] as rule

test_no_participation if {
	fs := rule.findings with input as fixtures.with_blocks([fixtures.paragraph("The Governing Body takes every decision of the Group.", 3)])
	count(fs) == 1
	some f in fs
	f.rule == "member-involvement/no-participation"
	f.severity == "error"
	f.line == 75
	f.section == "3. MEMBERSHIP"
}

test_no_membership_section_either if {
	fs := rule.findings with input as {"blocks": null}
	some f in fs
	f.line == 1
}

test_example_vale if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

drafting := [
	"Each practice nominates a practice representative.",
	"The Members' Forum meets quarterly.",
	"A general meeting of the members is held each year.",
	"Each member practice shall have one vote.",
	"The decision is taken by a ballot of all member practices.",
]

test_ordinary_drafting if {
	every text in drafting {
		count(rule.findings) == 0 with input as fixtures.with_blocks([fixtures.paragraph(text, 3)])
	}
}
