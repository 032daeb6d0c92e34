package ccgvet.rules["variation-procedure"].fixtures_test

heading := {"heading": "1.4 Amendment and Variation of this Constitution", "line": 48}

# statement(clause, line, text, approvers, varied_by) is a variation fact.
statement(clause, line, text, approvers, varied_by) := {
	"clause": clause, "line": line, "text": text, "section": heading.heading,
	"approvers": approvers, "varied_by": varied_by, "conditional": false,
}

# The variation section of ex01 to ex04: NHS England grants, the members
# approve first.
example_vale := {
	"variation": {"sections": [heading], "line": 48},
	"facts": {"variation": [
		statement("1.4.1", 49, "This constitution can be varied only: (a) where the Group applies to NHS England and that application is granted; or", ["nhs-england"], []),
		statement("1.4.2", 54, "The Group shall not apply to NHS England to vary this constitution unless the variation has first been approved by the member practices.", ["members", "nhs-england"], []),
	]},
}

# A conditional grant to the Governing Body, beside member approval of
# reserved matters.
conditional_grant := {
	"variation": {"sections": [heading], "line": 48},
	"facts": {"variation": [
		statement("1.4.1", 49, "This constitution may be varied where the Group applies to NHS England and that application is granted.", ["nhs-england"], []),
		object.union(
			statement("1.4.2", 51, "The Governing Body may approve a change to this constitution unless it is to a reserved matter.", [], ["governing-body"]),
			{"conditional": true, "condition": "unless it is to a reserved matter"},
		),
	]},
}

# Only NHS England is named; the members nowhere.
nhs_england_only := {
	"variation": {"sections": [heading], "line": 48},
	"facts": {"variation": [statement("1.4.1", 49, "This constitution may be varied where the Group applies to NHS England and that application is granted.", ["nhs-england"], [])]},
}

# The same, with variation reserved to the members elsewhere.
reserved_elsewhere := object.union(nhs_england_only, {"facts": {
	"variation": nhs_england_only.facts.variation,
	"reserved": [{"clause": "6.2.1", "line": 120, "text": "The following are reserved to the membership: (a) applying to vary this constitution.", "variation": true}],
}})

# A sentence on variation that names no one.
unclear := {
	"variation": {"sections": [heading], "line": 48},
	"facts": {"variation": [statement("1.4.1", 49, "Changes to this constitution follow the procedure in the standing orders.", [], [])]},
}

# A clause elsewhere, no variation section.
clause_elsewhere := {
	"variation": {"sections": [], "line": 0},
	"facts": {"variation": [object.union(
		statement("9.4", 310, "This constitution may only be varied with the approval of NHS England.", ["nhs-england"], []),
		{"section": "9. GENERAL"},
	)]},
}

# Nothing at all on variation.
none := {"variation": {"sections": [], "line": 0}, "facts": {"variation": []}}
