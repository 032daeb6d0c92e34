package ccgvet.rules["conflicts-of-interest"]["no-register_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["no-register"] as rule

test_missing if {
	fs := rule.findings with input as fixtures.bare
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/no-register"
	f.severity == "error"
	f.line == 120
	f.section == "Part 7 – Conflicts of interest"
	f.message == "the conflicts of interest section does not say that a register of interests is kept"
}

test_no_section_reported_at_line_1 if {
	fs := rule.findings with input as fixtures.none
	some f in fs
	f.line == 1
	f.message == "the constitution does not say that a register of interests is kept"
}

test_example_vale if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

# Ordinary drafting that provides the safeguard.
drafting := [
	`The Group shall maintain registers of members’ interests.`,
	`The Accountable Officer will keep a register of the interests of members and employees.`,
	`The interests register is kept by the Board Secretary.`,
	`Declared interests will be recorded in a register held by the Group.`,
]

test_ordinary_drafting if {
	every text in drafting {
		count(rule.findings) == 0 with input as fixtures.in_section(text)
	}
}
