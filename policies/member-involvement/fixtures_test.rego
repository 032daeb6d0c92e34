package ccgvet.rules["member-involvement"].fixtures_test

# Paragraphs of ex01 that matter here.
example_vale := {
	"membership": {"section_line": 75, "line": 321},
	"sections": [
		{"index": 5, "heading": "3. MEMBERSHIP", "title": "MEMBERSHIP", "line": 75},
		{"index": 12, "heading": "6.2 Scheme of Reservation and Delegation", "title": "Scheme of Reservation and Delegation", "line": 136},
		{"index": 13, "heading": "6.3 The Council of Members", "title": "Council of Members", "line": 149},
	],
	"blocks": [
		{"number": "3.3.1", "text": "Each member practice shall nominate a practice representative, who\nmust be a GP working in the practice, to represent it in the Group’s\naffairs and to vote on its behalf at the Council of Members.", "line": 98, "section": "3.3 Responsibilities of Member Practices", "section_index": 8},
		{"number": "6.2.1", "text": "The Group’s scheme of reservation and delegation sets out the decisions that the member practices reserve to themselves and those they delegate. The following decisions are reserved to the member practices:", "line": 138, "section": "6.2 Scheme of Reservation and Delegation", "section_index": 12},
		{"text": "approving any application to NHS England to vary this constitution;", "line": 142, "section": "6.2 Scheme of Reservation and Delegation", "section_index": 12, "list_item": true},
		{"text": "agreeing the vision, values and overall strategy of the Group;", "line": 145, "section": "6.2 Scheme of Reservation and Delegation", "section_index": 12, "list_item": true},
	],
	"variation": {"sections": [{"heading": "1.4 Amendment and Variation of this Constitution", "line": 48}], "line": 48, "text": "1.4.1 This constitution can be varied only where the Group applies to NHS England and that application is granted."},
}

# with_blocks(blocks) is ex01 with other paragraphs and no section headings.
with_blocks(blocks) := json.patch(example_vale, [
	{"op": "replace", "path": "/blocks", "value": blocks},
	{"op": "replace", "path": "/sections", "value": [{"index": 5, "heading": "3. MEMBERSHIP", "title": "MEMBERSHIP", "line": 75}]},
])

paragraph(text, index) := {"text": text, "line": 10 + index, "section": "Somewhere", "section_index": index}
