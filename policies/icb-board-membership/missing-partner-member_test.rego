package ccgvet.rules["icb-board-membership"]["missing-partner-member_test"]

import data.ccgvet.rules["icb-board-membership"].fixtures_test as fixtures
import data.ccgvet.rules["icb-board-membership"]["missing-partner-member"] as rule

test_all_three if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_one_missing if {
	fs := rule.findings with input as fixtures.without("partner-local-authorities")
	count(fs) == 1
	some f in fs
	f.rule == "icb-board-membership/missing-partner-member"
	f.severity == "error"
	f.line == 40
	f.message == "no partner member nominated by the local authorities is named in the board's members and the sentences on appointing and nominating them"
}

test_one_finding_per_missing_kind if {
	fs := rule.findings with input as fixtures.only({"chair", "chief-executive", "non-executive"})
	count(fs) == 3
}

# "three Partner Members" read as other partner members, with a
# nomination procedure for each kind.
test_named_by_a_nomination if {
	doc := object.union(fixtures.without("partner-trusts"), {"icb": {"facts": {"nominations": [{"role": "partner-trusts", "line": 70, "nominators": ["nhs-trusts", "foundation-trusts"]}]}}})
	count(rule.findings) == 0 with input as doc
}

test_no_board if {
	count(rule.findings) == 0 with input as fixtures.no_board
}
