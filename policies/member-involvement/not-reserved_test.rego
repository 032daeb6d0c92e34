package ccgvet.rules["member-involvement"]["not-reserved_test"]

import data.ccgvet.rules["member-involvement"].fixtures_test as fixtures
import data.ccgvet.rules["member-involvement"]["not-reserved"] as rule

test_reserved_in_a_list_of_reserved_matters if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_reserved_by_the_variation_procedure if {
	fs := rule.findings with input as json.patch(fixtures.example_vale, [
		{"op": "replace", "path": "/blocks", "value": []},
		{"op": "replace", "path": "/variation/text", "value": "The Group shall not apply to vary this constitution unless the variation has first been approved by the member practices."},
	])
	count(fs) == 0
}

test_not_reserved if {
	# The reserved matters do not include varying the constitution, which
	# is mentioned only in another section.
	fs := rule.findings with input as fixtures.with_blocks([
		fixtures.paragraph("The following decisions are reserved to the members:", 12),
		fixtures.paragraph("agreeing the vision, values and overall strategy of the Group;", 12),
		fixtures.paragraph("The Governing Body may apply to NHS England to vary this constitution.", 14),
	])
	count(fs) == 1
	some f in fs
	f.rule == "member-involvement/not-reserved"
	f.severity == "warning"
	f.line == 48
	f.section == "1.4 Amendment and Variation of this Constitution"
	f.message == "varying the constitution is not a decision reserved to the member practices"
}
