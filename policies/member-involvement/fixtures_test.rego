package ccgvet.rules["member-involvement"].fixtures_test

membership := {"section_line": 75, "section_heading": "3. MEMBERSHIP"}

# A practice representative and a council of members; variation needs the
# members.
example_vale := {
	"membership": membership,
	"variation": {"sections": [{"heading": "1.4 Variation", "line": 48}], "line": 48},
	"facts": {
		"participation": [
			{"clause": "3.3.1", "line": 98, "text": "Each member practice shall nominate a practice representative.", "mechanism": "practice-representative"},
			{"clause": "4.1", "line": 120, "text": "The Council of Members is made up of every practice representative.", "mechanism": "council-of-members"},
		],
		"variation": [{"clause": "1.4.2", "line": 54, "text": "The variation must first be approved by the member practices.", "approvers": ["members", "nhs-england"], "varied_by": []}],
	},
}

# Nothing on participation; variation needs only NHS England.
no_members := {
	"membership": membership,
	"variation": {"sections": [{"heading": "1.4 Variation", "line": 48}], "line": 48},
	"facts": {
		"participation": [],
		"variation": [{"clause": "1.4.1", "line": 49, "text": "It is varied on application to NHS England.", "approvers": ["nhs-england"], "varied_by": []}],
	},
}

# Variation reserved to the members in a list of reserved matters.
reserved := json.patch(no_members, [{"op": "add", "path": "/facts/reserved", "value": [{"line": 130, "text": "The following are reserved to the members: (c) agreeing changes to this constitution.", "variation": true}]}])
