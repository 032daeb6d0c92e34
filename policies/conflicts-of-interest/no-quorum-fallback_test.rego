package ccgvet.rules["conflicts-of-interest"]["no-quorum-fallback_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["no-quorum-fallback"] as rule

test_missing if {
	fs := rule.findings with input as fixtures.eastmere
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/no-quorum-fallback"
	f.severity == "warning"
	f.line == 268
	f.section == "8. MANAGING CONFLICTS OF INTEREST"
	f.message == "the conflicts of interest section does not say what happens when withdrawals leave a meeting inquorate"
}

test_present if {
	fs := rule.findings with input as fixtures.kelderbrook
	count(fs) == 0
}

test_no_section_reported_at_line_1 if {
	fs := rule.findings with input as fixtures.none
	some f in fs
	f.line == 1
	f.message == "the constitution does not say what happens when withdrawals leave a meeting inquorate"
}

# Ordinary drafting that provides the safeguard.
drafting := [
	`If the meeting becomes inquorate the item is deferred.`,
	`Where the quorum cannot be met because of conflicts, the item goes to the Governing Body.`,
	`Where a meeting loses its quorum the Chair may adjourn it.`,
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
