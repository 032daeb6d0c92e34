package ccgvet.rules["conflicts-of-interest"]["not-published_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["not-published"] as rule

test_missing if {
	fs := rule.findings with input as fixtures.eastmere
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/not-published"
	f.severity == "error"
	f.line == 268
	f.section == "8. MANAGING CONFLICTS OF INTEREST"
	f.message == "the conflicts of interest section does not say that the register of interests is published or open to the public"
}

test_present if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_no_section_reported_at_line_1 if {
	fs := rule.findings with input as fixtures.none
	some f in fs
	f.line == 1
	f.message == "the constitution does not say that the register of interests is published or open to the public"
}

# Ordinary drafting that provides the safeguard.
drafting := [
	`The registers of interests will be published on the Group’s website.`,
	`The Group will publish its registers of interests.`,
	`The register is available to the public on request.`,
	`The register is open to inspection by members of the public.`,
]

test_ordinary_drafting if {
	every text in drafting {
		count(rule.findings) == 0 with input as fixtures.in_section(text)
	}
}

test_missing_from_bare_section if {
	some f in rule.findings with input as fixtures.bare
	f.line == 120
}
