package ccgvet.rules["conflicts-of-interest"]["no-gifts-register_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["no-gifts-register"] as rule

test_missing if {
	fs := rule.findings with input as fixtures.bare
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/no-gifts-register"
	f.severity == "warning"
	f.line == 120
	f.section == "Part 7 – Conflicts of interest"
	f.message == "the conflicts of interest section does not provide for a register of gifts and hospitality"
}

test_no_section_reported_at_line_1 if {
	fs := rule.findings with input as fixtures.none
	some f in fs
	f.line == 1
	f.message == "the constitution does not provide for a register of gifts and hospitality"
}

test_example_vale if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

# Ordinary drafting that provides the safeguard.
drafting := [
	`The Group keeps a register of gifts and hospitality.`,
	`Offers are entered in the gifts and hospitality register.`,
	`A hospitality register is maintained.`,
]

test_ordinary_drafting if {
	every text in drafting {
		count(rule.findings) == 0 with input as fixtures.in_section(text)
	}
}
