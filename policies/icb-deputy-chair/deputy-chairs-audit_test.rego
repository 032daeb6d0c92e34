package ccgvet.rules["icb-deputy-chair"]["deputy-chairs-audit_test"]

import data.ccgvet.rules["icb-deputy-chair"]["deputy-chairs-audit"] as rule
import data.ccgvet.rules["icb-deputy-chair"].fixtures_test as fixtures

test_kept_apart if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_not_kept_apart if {
	fs := rule.findings with input as fixtures.doc([
		fixtures.deputy(51, "The Board will appoint one of the Non-executive Members as Deputy Chair.", true, false),
		fixtures.deputy(53, "The Deputy Chair will also chair the Audit Committee.", false, false),
	])
	count(fs) == 1
	some f in fs
	f.rule == "icb-deputy-chair/deputy-chairs-audit"
	f.severity == "error"
	f.line == 53
	f.message == "no sentence keeps the deputy chair from chairing the audit committee; read 2 sentences on the deputy chair, e.g. clause 2.4.3 (line 53): \"The Deputy Chair will also chair the Audit Committee.\""
}

# A sentence that makes the deputy the audit committee's chair is the one
# to read, though it also says the deputy is a non-executive member.
test_quotes_the_sentence_joining_the_two if {
	joining := object.union(
		fixtures.deputy(53, "The Deputy Chair will be the Non-executive Member who chairs the Audit Committee.", true, false),
		{"audit_chair": true},
	)
	fs := rule.findings with input as fixtures.doc([
		fixtures.deputy(51, "The Board will appoint one of the Non-executive Members as Deputy Chair.", true, false),
		joining,
	])
	count(fs) == 1
	some f in fs
	f.line == 53
}

test_quotes_the_first_when_each_says_something_else if {
	fs := rule.findings with input as fixtures.doc([fixtures.deputy(51, "The Board will appoint one of the Non-executive Members as Deputy Chair.", true, false)])
	some f in fs
	f.line == 51
}

# Only a non-executive member may chair the audit committee: a deputy chair
# who is not one is deputy-not-non-executive's finding.
test_deputy_not_a_non_executive_is_another_rules if {
	fs := rule.findings with input as fixtures.doc([fixtures.deputy(75, "The Board will appoint the Partner Member nominated by the local authorities as Deputy Chair.", false, false)])
	count(fs) == 0
}

test_no_deputy_is_another_rules if {
	count(rule.findings) == 0 with input as fixtures.doc([])
}
