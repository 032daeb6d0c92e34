package ccgvet.rules["governing-body-composition"]["missing-role_test"]

import data.ccgvet.rules["governing-body-composition"].fixtures_test as fixtures
import data.ccgvet.rules["governing-body-composition"]["missing-role"] as rule

test_every_role_present if {
	fs := rule.findings with input as fixtures.example_vale
	count(fs) == 0
}

test_one_finding_per_missing_role if {
	fs := rule.findings with input as fixtures.without_roles({"registered-nurse", "secondary-care-doctor"})
	count(fs) == 2
	every f in fs {
		f.rule == "governing-body-composition/missing-role"
		f.severity == "error"
		f.line == 199
		f.section == "6.6 The Governing Body"
	}
	{f.message | some f in fs} == {
		"no registered nurse is named in the governing body's members and its section",
		"no secondary care specialist doctor is named in the governing body's members and its section",
	}
}

# A lay member whose lead the wording does not give is neither lay member
# the regulations name.
test_lay_members_without_their_leads if {
	fs := rule.findings with input as fixtures.without_roles({"audit-lay-member", "ppi-lay-member"})
	{f.message | some f in fs} == {
		"no lay member for audit and governance is named in the governing body's members and its section",
		"no lay member for patient and public involvement is named in the governing body's members and its section",
	}
}

# A role the section states, though no seat names it.
test_role_from_a_sentence if {
	doc := json.patch(fixtures.without_roles({"chief-finance-officer"}), [{"op": "add", "path": "/facts/roles/-", "value": fixtures.fact(
		"chief-finance-officer",
		"The Director of Finance is a member of the Governing Body.",
		225, false,
	)}])
	count(rule.findings) == 0 with input as doc
}

# too-small says there is none.
test_no_governing_body if {
	count(rule.findings) == 0 with input as {}
	count(rule.findings) == 0 with input as {"governing_body": null, "facts": {"roles": []}}
}

# A governing body whose members are not listed, and whose section names
# no role either.
test_no_members_listed if {
	doc := {"governing_body": {"name": "The Governing Body", "line": 40, "seats": null}, "facts": {"roles": []}}
	fs := rule.findings with input as doc
	count(fs) == 6
	every f in fs {
		f.line == 40
		f.section == "The Governing Body"
	}
	"no accountable officer is named in the governing body's members and its section" in {f.message | some f in fs}
}

test_role_added_in_data if {
	fs := rule.findings with input as fixtures.example_vale
		with data.ccgvet.config.governing_body.roles.pharmacist as {"name": "pharmacist"}
	{f.message | some f in fs} == {"no pharmacist is named in the governing body's members and its section"}
}

test_role_without_a_name_is_called_by_its_id if {
	fs := rule.findings with input as fixtures.example_vale
		with data.ccgvet.config.governing_body.roles.pharmacist as {}
	{f.message | some f in fs} == {"no pharmacist is named in the governing body's members and its section"}
}
