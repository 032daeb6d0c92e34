package ccgvet.rules["icb-appointments"].fixtures_test

section := "3 Appointments Process for the Board"

# appointment(role, line, text, appointed_by, approval_by) is a sentence on
# appointing a member of role.
appointment(role, line, text, appointed_by, approval_by) := {
	"role": role, "line": line, "text": text, "section": section, "clause": sprintf("3.%d", [line - 60]),
	"appointed_by": appointed_by, "approval_by": approval_by,
	"removed_by": [], "removal_approval_by": [], "employee": false,
}

nomination(role, line, text, nominators, objection, selection) := {
	"role": role, "line": line, "text": text, "section": section, "clause": sprintf("3.%d", [line - 60]),
	"nominators": nominators, "objection": objection, "selection": selection,
}

chair := appointment("chair", 61, "The Chair will be appointed by NHS England, with the approval of the Secretary of State.", ["nhs-england"], ["secretary-of-state"])

chair_removal := object.union(
	appointment("chair", 62, "The Chair may be removed by NHS England, subject to the approval of the Secretary of State.", [], []),
	{"removed_by": ["nhs-england"], "removal_approval_by": ["secretary-of-state"]},
)

chief_executive := object.union(
	appointment("chief-executive", 63, "The Chief Executive will be appointed by the Chair with the approval of NHS England and must be an employee of the ICB.", ["chair"], ["nhs-england"]),
	{"employee": true},
)

member(role, title, line) := {"role": role, "title": title, "count": 1, "line": line, "text": title, "section": "2 Composition of the Board"}

members := [
	member("chair", "the Chair", 41),
	member("chief-executive", "the Chief Executive", 42),
	member("partner-trusts", "a Partner Member (NHS trusts and foundation trusts)", 43),
	member("partner-primary-medical-services", "a Partner Member (primary medical services)", 44),
	member("non-executive", "two Non-executive Members", 45),
]

appointments := [
	chair, chair_removal, chief_executive,
	appointment("partner-trusts", 70, "The Partner Member is appointed by the Chair.", ["chair"], []),
	appointment("partner-primary-medical-services", 80, "The Partner Member is appointed by the Chair.", ["chair"], []),
	appointment("non-executive", 90, "Non-executive Members are appointed by the Chair.", ["chair"], []),
]

primary_care := nomination(
	"partner-primary-medical-services", 81,
	"The providers of primary medical services may each nominate one person, and the nomination fails if a majority of them object.",
	["primary-medical-services"], true, "majority",
)

nominations := [
	nomination("partner-trusts", 71, "The NHS trusts and foundation trusts may each nominate one person.", ["nhs-trusts", "foundation-trusts"], false, ""),
	primary_care,
]

doc(apps, noms) := {"family": "icb", "icb": {
	"board": {"line": 40, "section": "2 Composition of the Board", "members": members},
	"facts": {"appointments": apps, "nominations": noms},
}}

complete := doc(appointments, nominations)

# with_appointments(role, facts) replaces the appointments of role.
with_appointments(role, facts) := doc(array.concat([a | some a in appointments; a.role != role], facts), nominations)
