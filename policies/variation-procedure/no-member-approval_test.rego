package ccgvet.rules["variation-procedure"]["no-member-approval_test"]

import data.ccgvet.rules["variation-procedure"].fixtures_test as fixtures
import data.ccgvet.rules["variation-procedure"]["no-member-approval"] as rule

test_example_vale_is_met if {
	count(rule.findings) == 0 with input as fixtures.example_vale
}

test_conditional_grant_is_a_breach if {
	fs := rule.findings with input as fixtures.conditional_grant
	count(fs) == 1
	some f in fs
	f.rule == "variation-procedure/no-member-approval"
	f.severity == "error"
	f.line == 51 # the clause that grants, not the section's heading
	contains(f.message, "clause 1.4.2 lets the Governing Body vary the constitution without the member practices (a conditional grant: \"unless it is to a reserved matter\")")
	contains(f.message, "(line 51)")
}

test_grant_breaches_even_with_member_approval_elsewhere if {
	doc := object.union(fixtures.conditional_grant, {"facts": {
		"variation": fixtures.conditional_grant.facts.variation,
		"reserved": [{"line": 120, "text": "x", "variation": true}],
	}})
	count(rule.findings) == 1 with input as doc
}

test_nhs_england_alone_is_a_breach if {
	fs := rule.findings with input as fixtures.nhs_england_only
	count(fs) == 1
	some f in fs
	startswith(f.message, "no sentence requires the member practices to approve a variation; 1 sentence(s) on variation need only NHS England")
}

test_reserved_elsewhere_is_met if {
	count(rule.findings) == 0 with input as fixtures.reserved_elsewhere
}

test_unclear_is_not_an_error if {
	count(rule.findings) == 0 with input as fixtures.unclear
}

test_statutory_power_of_nhs_england_is_not_a_grant if {
	doc := {"variation": fixtures.example_vale.variation, "facts": {"variation": array.concat(
		fixtures.example_vale.facts.variation,
		[fixtures.statement("1.4.1", 50, "(b) where NHS England varies the constitution other than on application.", [], ["nhs-england"])],
	)}}
	count(rule.findings) == 0 with input as doc
}

test_empty_section if {
	doc := {"variation": {"sections": [fixtures.heading], "line": 48}, "facts": {"variation": []}}
	fs := rule.findings with input as doc
	some f in fs
	f.message == "the variation section has no sentence that says who approves a variation"
}

# A clause that restates a grant by citing it ("other than one the
# Governing Body may approve under 1.4.2") is no second breach; one that
# cites no grant is.
restating(text) := object.union(fixtures.conditional_grant, {"facts": {"variation": array.concat(
	fixtures.conditional_grant.facts.variation,
	[object.union(fixtures.statement("3.5.1a)", 90, text, [], ["governing-body"]), {"conditional": true})],
)}})

test_grant_restated_by_citation_is_reported_once if {
	fs := rule.findings with input as restating("approving any variation of this constitution, other than one the Governing Body may approve under 1.4.2;")
	count(fs) == 1
}

test_second_grant_citing_no_grant_is_reported if {
	fs := rule.findings with input as restating("approving any variation of this constitution, other than one the Governing Body may approve under 5.2;")
	count(fs) == 2
}
