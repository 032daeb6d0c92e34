package ccgvet.rules["conflicts-of-interest"]["no-exclusion_test"]

import data.ccgvet.rules["conflicts-of-interest"].fixtures_test as fixtures
import data.ccgvet.rules["conflicts-of-interest"]["no-exclusion"] as rule

test_missing if {
	fs := rule.findings with input as fixtures.eastmere
	count(fs) == 1
	some f in fs
	f.rule == "conflicts-of-interest/no-exclusion"
	f.severity == "error"
	f.line == 268
	f.section == "8. MANAGING CONFLICTS OF INTEREST"
	f.message == "the conflicts of interest section does not say that a person with a conflict of interest withdraws from, or takes no part in, the discussion and decision"
}

test_present if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_no_section_reported_at_line_1 if {
	fs := rule.findings with input as fixtures.none
	some f in fs
	f.line == 1
	f.message == "the constitution does not say that a person with a conflict of interest withdraws from, or takes no part in, the discussion and decision"
}

test_removed_withdrawal_clause if {
	fs := rule.findings with input as fixtures.kelderbrook
	some f in fs
	f.line == 290
}

test_takes_no_part if {
	fs := rule.findings with input as {"conflicts": {"line": 5, "text": "A member with a conflict of interest shall take no part in the decision."}}
	count(fs) == 0
}

# Ordinary drafting that provides the safeguard.
drafting := [
	`The member shall withdraw from the meeting.`,
	`A conflicted member shall not take part in the discussion or vote.`,
	`The member will leave the room while the item is discussed.`,
	`The member shall not participate in the decision.`,
	`He or she will be excluded from the discussion.`,
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
