package ccgvet.rules["conflicts-of-interest"].fixtures_test

# Conflicts of interest text as the parser hands it over, taken from the
# examples in testdata/examples.

# ex01: every safeguard.
example_vale := {"conflicts": {
	"sections": [{"heading": "8. STANDARDS OF BUSINESS CONDUCT AND MANAGING CONFLICTS OF INTEREST", "line": 236}],
	"line": 236,
	"text": `8.1.1 Employees, members of committees and members of the Governing Body
will act in good faith and in the interests of the Group, and will
follow the principles of public life set out in paragraph 4.2.
8.2.1 As required by section 14O of the 2006 Act, the Group will make
arrangements to manage actual and potential conflicts of interest so
that they do not, and do not appear to, affect the integrity of its
decision making.
8.2.2 The lay member for audit and governance is the Group’s Conflicts
of Interest Guardian, a safe point of contact for anyone concerned about
the way a conflict has been handled.
8.3.1 The Group will maintain a register of interests of its members,
the members of its Governing Body, the members of its committees and
sub-committees, and its employees.
8.3.2 The register of interests will be published on the Group’s
website, and will be available for inspection at the Group’s
headquarters by any member of the public.
8.3.3 Every person to whom paragraph 8.3.1 applies must declare any
interest relevant to the Group’s decisions when he or she is appointed,
and must declare any change as soon as practicable and in any event
within 28 days of becoming aware of it.
8.3.4 At the start of each meeting of the Council of Members, the
Governing Body and every committee, the person presiding will ask those
present to declare any interest in the business to be transacted.
8.3.5 The Group will also keep a register of gifts and hospitality
offered to or accepted by its members, employees and Governing Body
members, and a register of procurement decisions recording, for each
contract awarded, who was involved in the decision and how any conflict
of interest was managed.
8.4.1 Where a person has a conflict of interest in an item of business,
the person presiding at the meeting will decide how it is to be managed,
and the decision will be recorded in the minutes.
8.4.2 Where, because of conflicts of interest, a meeting would not be
quorate for an item, the item shall be deferred to the next meeting or
referred to the Governing Body for decision.
8.4.3 A person with a conflict of interest in an item shall withdraw
from the meeting while it is considered and shall not take part in the
discussion or vote on it.`,
}}

# ex03: a register that is not published, no exclusion and no quorum
# fallback.
eastmere := {"conflicts": {
	"sections": [{"heading": "8. MANAGING CONFLICTS OF INTEREST", "line": 268}],
	"line": 268,
	"text": `8.1 Under section 14O of the 2006 Act the Group makes arrangements to
manage actual and potential conflicts of interest so that they do not
affect, or appear to affect, the integrity of its decision making.
8.2 The Group maintains a register of interests of its members, the
members of its Governing Body, the members of its committees and
sub-committees, and its employees. The Board Secretary keeps the
register and reviews it with each person named in it at least once a
year.
8.3 Every person to whom paragraph 8.2 applies shall declare any
relevant interest when appointed and shall declare any change within 28
days of becoming aware of it. Interests in the business of a meeting
shall also be declared at the start of that meeting and recorded in the
minutes.
8.4 The Group keeps a register of gifts and hospitality and a register
of procurement decisions, each maintained by the Board Secretary.
8.5 The lay member for audit and governance is the Group’s Conflicts of
Interest Guardian and advises the Governing Body on the handling of
conflicts.
8.6 The Audit Committee reviews the Group’s management of conflicts of
interest each year and reports its findings to the Governing Body.`,
}}

# ex04 (new): the clause on withdrawing (8.4.3) was removed.
kelderbrook := {"conflicts": {
	"sections": [{"heading": "8. STANDARDS OF BUSINESS CONDUCT AND MANAGING CONFLICTS OF INTEREST", "line": 290}],
	"line": 290,
	"text": `8.1.1 Employees, members of committees and members of the Governing Body
will act in good faith and in the interests of the Group, and will
follow the principles of public life set out in paragraph 4.2.
8.2.1 As required by section 14O of the 2006 Act, the Group will make
arrangements to manage actual and potential conflicts of interest so
that they do not, and do not appear to, affect the integrity of its
decision making.
8.2.2 The lay member for audit and governance is the Group’s Conflicts
of Interest Guardian, a safe point of contact for anyone concerned about
the way a conflict has been handled.
8.3.1 The Group will maintain a register of interests of its members,
the members of its Governing Body, the members of its committees and
sub-committees, and its employees.
8.3.2 The register of interests will be published on the Group’s
website, and will be available for inspection at the Group’s
headquarters by any member of the public.
8.3.3 Every person to whom paragraph 8.3.1 applies must declare any
interest relevant to the Group’s decisions when he or she is appointed,
and must declare any change as soon as practicable and in any event
within 28 days of becoming aware of it.
8.3.4 At the start of each meeting of the Council of Members, the
Governing Body and every committee, the person presiding will ask those
present to declare any interest in the business to be transacted.
8.3.5 The Group will also keep a register of gifts and hospitality
offered to or accepted by its members, employees and Governing Body
members, and a register of procurement decisions recording, for each
contract awarded, who was involved in the decision and how any conflict
of interest was managed.
8.4.1 Where a person has a conflict of interest in an item of business,
the person presiding at the meeting will decide how it is to be managed,
and the decision will be recorded in the minutes.
8.4.2 Where, because of conflicts of interest, a meeting would not be
quorate for an item, the item shall be deferred to the next meeting or
referred to the Governing Body for decision.`,
}}

# A constitution with no conflicts of interest section.
none := {"conflicts": {"sections": null, "line": 0, "text": ""}}

# A section that names conflicts but provides no safeguard.
bare := {"conflicts": {
	"sections": [{"heading": "Part 7 – Conflicts of interest", "line": 120}],
	"line": 120,
	"text": "7.1 The Group will manage conflicts of interest in line with the\nguidance issued by NHS England from time to time.",
}}

# in_section(text) is a conflicts of interest section with text.
in_section(text) := {"conflicts": {"sections": [{"heading": "Part 7 – Conflicts of interest", "line": 120}], "line": 120, "text": text}}
