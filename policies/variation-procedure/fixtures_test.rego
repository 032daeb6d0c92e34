package ccgvet.rules["variation-procedure"].fixtures_test

# The variation section of ex01 to ex04.
example_vale := {"variation": {
	"sections": [{"heading": "1.4 Amendment and Variation of this Constitution", "line": 48}],
	"line": 48,
	"text": `1.4.1 This constitution can be varied only:
(a) where the Group applies to NHS England and that application is
granted; or
(b) where, in the circumstances set out in legislation, NHS England
varies the constitution other than on application by the Group.
1.4.2 The Group shall not apply to NHS England to vary this constitution
unless the variation has first been approved by the member practices,
either by a resolution supported by more than half of all member
practices at a meeting of the Council of Members or by a ballot of all
member practices.
1.4.3 The Governing Body may propose a variation to the member
practices. Once NHS England has granted an application, the Accountable
Officer will make the varied constitution available to every member
practice.`,
}}

# in_section(text) is a variation section with text.
in_section(text) := {"variation": {"sections": [{"heading": "12. Variation of this Constitution", "line": 400}], "line": 400, "text": text}}

# No variation section, but a clause elsewhere says how it is varied.
clause_elsewhere := {
	"variation": {"sections": null, "line": 0, "text": ""},
	"blocks": [
		{"number": "2.1", "text": "The Group's area is the area of Example Vale District Council.", "line": 71, "section": "2. AREA COVERED", "section_index": 4},
		{"number": "9.4", "text": "This constitution may only be varied with the approval of NHS England.", "line": 310, "section": "9. GENERAL", "section_index": 20},
	],
}

# Nothing at all on variation.
none := {"variation": {"sections": null, "line": 0, "text": ""}, "blocks": [{"number": "2.1", "text": "The Group's area is the area of Example Vale District Council.", "line": 71, "section": "2. AREA COVERED", "section_index": 4}]}
