package ccgvet.rules["governing-body-composition"]["no-chair_test"]

import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures
import data.ccgvet.rules["governing-body-composition"]["no-chair"] as rule

test_chair_and_deputy if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_no_deputy_chair if {
	fs := rule.findings with input as fixtures.with_members([
		fixtures.member(fixtures.seat("the Chair, a GP elected by the member practices", 1, 211), ["gp", "chair"]),
		fixtures.member(fixtures.seat("the lay member with a lead role in audit and governance", 1, 213), ["lay-member", "audit-lay-member"]),
	])
	count(fs) == 1
	some f in fs
	f.rule == "governing-body-composition/no-chair"
	f.severity == "error"
	f.line == 199
	f.message == "no deputy chair of the governing body is identified"
}

test_no_chair if {
	fs := rule.findings with input as fixtures.with_members([
		fixtures.member(fixtures.seat("three GP members", 3, 212), ["gp"]),
		fixtures.member(fixtures.seat("the lay member for patient and public involvement (Vice Chair)", 1, 214), ["lay-member", "ppi-lay-member", "deputy-chair"]),
	])
	{f.message | some f in fs} == {"no chair of the governing body is identified"}
}

# Who chairs, as the extractor read it from the membership, though no
# role fact names a chair.
test_chair_field if {
	doc := json.patch(fixtures.without_roles({"chair"}), [{"op": "add", "path": "/governing_body/chair", "value": "Dr A. Smith"}])
	count(rule.findings) == 0 with input as doc
}

# Chair and deputy chair named only in the section's sentences.
test_chair_from_sentences if {
	doc := json.patch(fixtures.example_vale, [{"op": "replace", "path": "/facts/roles", "value": [
		fixtures.fact("chair", "The Deputy Chair presides when the Chair is absent.", 221, false),
		fixtures.fact("deputy-chair", "The Deputy Chair presides when the Chair is absent.", 221, false),
	]}])
	count(rule.findings) == 0 with input as doc
}

test_no_governing_body if {
	fs := rule.findings with input as {}
	count(fs) == 2
	every f in fs {
		f.line == 1
	}
}
