package ccgvet.rules["variation-procedure"]["no-member-approval_test"]

import data.ccgvet.rules["variation-procedure"].fixtures_test as fixtures
import data.ccgvet.rules["variation-procedure"]["no-member-approval"] as rule

test_governing_body_varies_alone if {
	fs := rule.findings with input as fixtures.in_section("12.1 The Governing Body may apply to NHS England to vary this constitution.")
	count(fs) == 1
	some f in fs
	f.rule == "variation-procedure/no-member-approval"
	f.severity == "error"
	f.line == 400
	f.section == "12. Variation of this Constitution"
	f.message == "the variation section does not require the member practices to approve a variation"
}

test_clause_elsewhere_without_approval if {
	fs := rule.findings with input as fixtures.clause_elsewhere
	some f in fs
	f.line == 310
	f.message == "the text on varying the constitution does not require the member practices to approve a variation"
}

test_example_vale if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

drafting := [
	"A variation requires a resolution of the member practices.",
	"The Council of Members must approve any proposed variation.",
	"No application to vary the constitution is made unless agreed by the members.",
]

test_ordinary_drafting if {
	every text in drafting {
		count(rule.findings) == 0 with input as fixtures.in_section(text)
	}
}

test_nothing_on_variation if {
	fs := rule.findings with input as fixtures.none
	some f in fs
	f.line == 1
	f.message == "the constitution does not require the member practices to approve a variation"
}
