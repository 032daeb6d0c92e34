package ccgvet.rules["lay-executive-majority"]["no-lay-chair_test"]

import data.ccgvet.rules["lay-executive-majority"].fixtures_test as fixtures
import data.ccgvet.rules["lay-executive-majority"]["no-lay-chair"] as rule

test_lay_chair if {
	count(rule.findings) == 0 with input as fixtures.northbrook
}

test_gp_chair if {
	doc := fixtures.committee([
		{"op": "replace", "path": "/committees/1/chair", "value": "GP member of the Governing Body (north locality)"},
		{"op": "replace", "path": "/committees/1/seats/0/role", "value": "Lay member for patient and public involvement"},
		{"op": "replace", "path": "/committees/1/seats/5/role", "value": "GP member of the Governing Body (north locality) (Chair)"},
	])
	fs := rule.findings with input as doc
	count(fs) == 1
	some f in fs
	f.rule == "lay-executive-majority/no-lay-chair"
	f.criterion == "lay-executive-majority"
	f.severity == "error"
	f.line == 190
	f.section == "6.4.4 Primary Care Joint Committee"
	f.message == `Primary Care Joint Committee: its chair ("GP member of the Governing Body (north locality)") is a clinical member`
}

test_executive_chair if {
	doc := fixtures.committee([{"op": "replace", "path": "/committees/1/chair", "value": "Accountable Officer"}])
	fs := rule.findings with input as doc
	{f.message | some f in fs} == {`Primary Care Joint Committee: its chair ("Accountable Officer") is an executive member`}
}

# A chair the constitution names without a seat or a lay role.
test_chair_not_identified_as_lay if {
	doc := fixtures.committee([{"op": "replace", "path": "/committees/1/chair", "value": "Dr A. Patel"}])
	fs := rule.findings with input as doc
	{f.message | some f in fs} == {`Primary Care Joint Committee: its chair ("Dr A. Patel") is not identified as a lay member`}
}

test_no_chair if {
	doc := fixtures.committee([
		{"op": "remove", "path": "/committees/1/chair"},
		{"op": "replace", "path": "/committees/1/seats/0/role", "value": "Lay member for patient and public involvement"},
	])
	fs := rule.findings with input as doc
	{f.message | some f in fs} == {"Primary Care Joint Committee: no chair is identified, so a lay chair cannot be verified"}
}

# "chaired by the independent chair", when the seat has no category.
test_lay_chair_by_phrase if {
	doc := fixtures.committee([
		{"op": "replace", "path": "/committees/1/chair", "value": "an independent chair appointed by NHS England"},
	])
	count(rule.findings) == 0 with input as doc
}

# A seat's category outweighs its words: a lay-sounding role in the
# clinical category is not a lay chair.
test_category_over_phrase if {
	doc := fixtures.committee([{"op": "replace", "path": "/committees/1/seats/0/category", "value": "clinical"}])
	fs := rule.findings with input as doc
	{f.message | some f in fs} == {`Primary Care Joint Committee: its chair ("Lay member for patient and public involvement") is a clinical member`}
}

test_other_committees_not_checked if {
	count(rule.findings) == 0 with input as {"committees": [{"name": "Remuneration Committee", "kind": "committee", "line": 183, "chair": "the Chief Finance Officer"}]}
}
