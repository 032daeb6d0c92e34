package ccgvet.rules["conflicts-of-interest"]["no-declaration_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["no-declaration"] as rule

test_missing if {
	fs := rule.findings with input as fixtures.bare
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/no-declaration"
	f.severity == "error"
	f.line == 120
	f.section == "Part 7 – Conflicts of interest"
	f.message == "the conflicts of interest section does not require interests to be declared"
}

test_no_section_reported_at_line_1 if {
	fs := rule.findings with input as fixtures.none
	some f in fs
	f.line == 1
	f.message == "the constitution does not require interests to be declared"
}

test_example_vale if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

# Ordinary drafting that provides the safeguard.
drafting := [
	`Members must declare any relevant interest within 28 days.`,
	`Any interests shall be declared at the start of each meeting.`,
	`Declarations of interest are a standing item on every agenda.`,
]

test_ordinary_drafting if {
	every text in drafting {
		count(rule.findings) == 0 with input as fixtures.in_section(text)
	}
}
