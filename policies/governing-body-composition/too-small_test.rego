package ccgvet.rules["governing-body-composition"]["too-small_test"]

import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures
import data.ccgvet.rules["governing-body-composition"]["too-small"] as rule

test_five_members if {
	fs := rule.findings with input as fixtures.with_members([
		fixtures.member(fixtures.seat("the Chair", 1, 211), ["chair"]),
		fixtures.member(fixtures.seat("two GP members", 2, 212), ["gp"]),
		fixtures.member(fixtures.seat("the Accountable Officer", 1, 213), ["accountable-officer"]),
		fixtures.member(fixtures.seat("the Chief Finance Officer", 1, 214), ["chief-finance-officer"]),
	])
	count(fs) == 1
	some f in fs
	f.rule == "governing-body-composition/too-small"
	f.severity == "error"
	f.line == 199
	f.section == "6.6 The Governing Body"
	f.message == "the governing body has 5 members; the regulations require at least 6"
}

test_ten_members if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_members_not_listed if {
	fs := rule.findings with input as json.patch(fixtures.example_vale, [
		{"op": "replace", "path": "/governing_body/seats", "value": null},
		{"op": "replace", "path": "/facts/roles", "value": [{"role": "chair", "seat": false, "line": 200, "text": "The Chair is a GP."}]},
	])
	some f in fs
	f.line == 199
	f.message == "the governing body's members are not listed, and its section names 1 role of the members the regulations require (chair)"
}

# Members described in sentences, each role named: no finding here; the
# missing-role rule judges the roles.
test_members_in_prose if {
	prose := [{"role": r, "seat": false, "line": 200, "text": "x"} | some r in ["chair", "deputy-chair", "gp", "accountable-officer", "chief-finance-officer", "registered-nurse", "secondary-care-doctor"]]
	fs := rule.findings with input as json.patch(fixtures.example_vale, [
		{"op": "replace", "path": "/governing_body/seats", "value": null},
		{"op": "replace", "path": "/facts/roles", "value": prose},
	])
	count(fs) == 0
}

test_no_governing_body if {
	fs := rule.findings with input as {"governing_body": null}
	some f in fs
	f.line == 1
	f.message == "no governing body is described"
}

test_minimum_from_data if {
	fs := rule.findings with input as fixtures.example_vale with data.ccgvet.config.governing_body.minimum_members as 12
	some f in fs
	f.message == "the governing body has 10 members; the regulations require at least 12"
}
