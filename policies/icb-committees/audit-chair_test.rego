package ccgvet.rules["icb-committees"]["audit-chair_test"]

import data.ccgvet.rules["icb-committees"]["audit-chair"] as rule
import data.ccgvet.rules["icb-committees"].fixtures_test as fixtures

test_non_executive if {
	count(rule.findings) == 0 with input as fixtures.complete
}

test_chaired_by_the_chair if {
	s := fixtures.statement("audit", "Audit Committee", 103, "The Chair of the ICB will chair the Audit Committee.", "chair", false)
	fs := rule.findings with input as fixtures.doc(array.concat(fixtures.audit, [s]))
	count(fs) == 1
	some f in fs
	f.rule == "icb-committees/audit-chair"
	f.severity == "error"
	f.line == 103
	f.message == "clause 4.4.3 has the audit committee chaired by the chair of the ICB, not a non-executive member: clause 4.4.3 (line 103): \"The Chair of the ICB will chair the Audit Committee.\""
}

test_chair_not_said if {
	s := fixtures.statement("audit", "Audit Committee", 101, "The Board has established an Audit Committee.", "", true)
	fs := rule.findings with input as fixtures.doc([s])
	count(fs) == 1
	some f in fs
	f.line == 101
	f.message == "no sentence says that a non-executive member chairs the audit committee (read 1 sentence on it, e.g. clause 4.4.1 (line 101): \"The Board has established an Audit Committee.\")"
}

test_no_committee_is_another_rules if {
	count(rule.findings) == 0 with input as fixtures.doc(fixtures.remuneration)
}

# "One of them will chair it": the chair is not placed, and the sentence
# that says a non-executive member chairs it decides.
test_chair_not_placed_is_not_a_breach if {
	s := fixtures.statement("audit", "Audit Committee", 103, "One of them will chair the Audit Committee.", "other", false)
	count(rule.findings) == 0 with input as fixtures.doc(array.concat(fixtures.audit, [s]))
	fs := rule.findings with input as fixtures.doc([s])
	some f in fs
	f.line == 103
	startswith(f.message, "no sentence says that a non-executive member chairs the audit committee (read 1 sentence on it, e.g. clause 4.4.3 (line 103)")
}
