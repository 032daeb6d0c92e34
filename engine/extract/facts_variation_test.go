package extract_test

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// readTopic reads one sentence under a heading as the sentence corpus
// does, and returns the topic's facts as the corpus compares them.
func readTopic(t *testing.T, topic, heading, text string) map[string]any {
	t.Helper()
	tp, ok := topics[topic]
	if !ok {
		t.Fatalf("no topic %q", topic)
	}
	return tp.read(readFacts(t, sentenceCase{ID: topic, Text: text, Section: heading}, tp.heading))
}

// checkTopic compares the keys of want with what the sentence states.
func checkTopic(t *testing.T, topic, heading, text string, want map[string]any) {
	t.Helper()
	got := readTopic(t, topic, heading, text)
	for k, w := range want {
		if !reflect.DeepEqual(normalise(got[k]), normalise(w)) {
			t.Errorf("%q: %s = %v, want %v", text, k, got[k], w)
		}
	}
}

// TestVariationRules: rules of English usage the variation reader holds
// to, each shown on wording written for this test (not the corpus').
func TestVariationRules(t *testing.T) {
	const h = "Variation of the constitution"
	tests := []struct {
		rule, text string
		want       map[string]any
	}{
		{"'the others' after what forms part of the constitution are outside it",
			"Only the Standing Orders form part of this constitution. The Governing Body may amend the others.",
			map[string]any{"about": false}},
		{"'receives each approved variation … but may not alter it' grants nothing",
			"The Governing Body receives each approved variation before the application is made but may not alter it.",
			map[string]any{"varied_by": []any{}}},
		{"the governing body in the object of a series' first verb",
			"The Council elects the Chair of the Governing Body, approves the Group's strategy, and decides every proposal to change this constitution.",
			map[string]any{"varied_by": []any{}}},
		{"the board in the object of a series' first verb, its subject a pronoun",
			"It elects the Chair of the Board and the GP members of the Board, approves any proposal to vary this constitution, and agrees the Group's strategy each year.",
			map[string]any{"varied_by": []any{}}},
		{"near miss: the governing body the subject of the series' last verb",
			"The Council elects the Chair, and the Governing Body approves every proposal to change this constitution.",
			map[string]any{"varied_by": []any{"governing-body"}}},
		{"an opening exception's cases run past their commas, and 'approve it' approves the change it names",
			"Unless an amendment would alter the powers reserved to the members, would change how the Group is governed, or is one the Governing Body decides to put to them, the Governing Body may approve it.",
			map[string]any{"varied_by": []any{"governing-body"}, "approvers": []any{}, "conditional": true}},
		{"near miss: a main clause after the exception's first comma",
			"Unless the members have objected within 28 days, the Governing Body may approve the amendment, and the Accountable Officer then applies for it.",
			map[string]any{"varied_by": []any{"governing-body"}, "conditional": true}},
		{"a handbook changed 'without amending the constitution' is outside it",
			"The Governance Handbook holds the terms of reference of the committees and may be changed by the Governing Body without amending this constitution.",
			map[string]any{"about": false}},
		{"near miss: the constitution itself changed without the members",
			"The Governing Body may amend this constitution and the Governance Handbook without a vote of the members.",
			map[string]any{"varied_by": []any{"governing-body"}}},
		{"what 'may only be changed by varying this constitution' is entrenched, not varied",
			"Each committee's terms of reference are approved by the Governing Body; the membership and quorum stated here may only be changed by varying this constitution.",
			map[string]any{"about": false}},
		{"near miss: the governing body's power, after a semicolon",
			"Each committee's terms of reference are approved by the Governing Body; the Governing Body may also amend this constitution.",
			map[string]any{"varied_by": []any{"governing-body"}}},
		{"'its voting members' are the governing body's",
			"The Governing Body may approve the amendment at a meeting held in public, by a majority of two thirds of its voting members present.",
			map[string]any{"varied_by": []any{"governing-body"}, "approvers": []any{}}},
		{"'decides whether to recommend' approves nothing",
			"Amendments are drafted by the Accountable Officer and go first to the Governing Body, which decides whether to recommend them.",
			map[string]any{"varied_by": []any{}}},
		{"near miss: 'decides whether to approve' approves",
			"Amendments go first to the Governing Body, which decides whether to approve them.",
			map[string]any{"varied_by": []any{"governing-body"}}},
		{"'form part of it; the others do not, and … may amend them' in one sentence",
			"The Standing Orders form part of this constitution; the other documents do not, and the Governing Body may amend them.",
			map[string]any{"about": false}},
		{"'has authority to approve, save that … must instead be put to the members … where' grants with a condition",
			"The Governing Body has authority to approve such a proposal for submission to NHS England, save that a proposal must instead be put to the Members' Council for its approval where the change would alter the powers reserved to the members.",
			map[string]any{"varied_by": []any{"governing-body"}, "conditional": true}},
		{"near miss: 'has no authority to approve'",
			"The Governing Body has no authority to approve a proposal; every proposal must be put to the Members' Council for its approval.",
			map[string]any{"varied_by": []any{}}},
		{"'the members of the Governing Body' are not the member practices",
			"Any amendment must be approved by at least half of the members of the Governing Body.",
			map[string]any{"varied_by": []any{"governing-body"}, "approvers": []any{}}},
		{"'an application … which NHS England has approved' is NHS England's approval",
			"Nothing in this constitution may be altered except on an application by the Group which NHS England has approved.",
			map[string]any{"approvers": []any{"nhs-england"}}},
		{"an exception reopens what the main clause refuses",
			"The Governing Body shall not amend this constitution except to correct a typographical error.",
			map[string]any{"varied_by": []any{"governing-body"}, "conditional": true}},
		{"an exception before 'has no power to'",
			"Apart from changes to the list of practices, the Governing Body has no power to amend this constitution.",
			map[string]any{"varied_by": []any{"governing-body"}, "conditional": true}},
		{"'save that' grants beside the members' approval",
			"Any amendment needs the agreement of the member practices, save that the Accountable Officer may make any amendment the law requires.",
			map[string]any{"approvers": []any{"members"}, "varied_by": []any{"accountable-officer"}, "conditional": true}},
		{"'except that' grants in the passive, its agent after the verb",
			"The members must approve every application the Group makes to NHS England to vary this constitution, by a majority of the practices present, except that an application which does no more than one of the following may be approved by the Governing Body on its own:",
			map[string]any{"approvers": []any{"members"}, "varied_by": []any{"governing-body", "nhs-england"}, "conditional": true}},
		{"near miss: 'except that' forbids the Governing Body",
			"The members must approve every application the Group makes to NHS England to vary this constitution, except that an application to correct an error need not be put to a meeting.",
			map[string]any{"approvers": []any{"members"}, "varied_by": []any{"nhs-england"}}},
		{"'save that' grants even after a main clause that forbids",
			"The Group shall not apply to NHS England for a variation of this constitution unless the members have approved it, save that the Governing Body may itself approve the correction of typographical errors.",
			map[string]any{"approvers": []any{"members", "nhs-england"}, "varied_by": []any{"governing-body"}, "conditional": true}},
		{"a relative clause after an opening exception belongs to it",
			"Except for corrections, which the Accountable Officer may approve, every change to this constitution needs the approval of the members.",
			map[string]any{"approvers": []any{"members"}, "varied_by": []any{"accountable-officer"}, "conditional": true}},
		{"a condition between dashes ends at the dash",
			"Changes – other than corrections of spelling – need the agreement of at least two thirds of the members.",
			map[string]any{"approvers": []any{"members"}, "threshold": ">=0.6667"}},
		{"'the Board' is the ICB's own beside NHS England",
			"Any change to this constitution must first be approved by the Board and then by NHS England.",
			map[string]any{"approvers": []any{"nhs-england"}, "varied_by": []any{"governing-body"}, "conditional": false}},
		{"'the Board' is NHS England beside the NHS Commissioning Board's name",
			"The Group may apply to the NHS Commissioning Board to vary this constitution, and the Board may approve the application.",
			map[string]any{"approvers": []any{"nhs-england"}, "varied_by": []any{}}},
		{"'shall be approved by' needs the approver beside the members",
			"Each change shall be approved by the Governing Body and by a vote of the member practices.",
			map[string]any{"approvers": []any{"members", "governing-body"}, "varied_by": []any{}}},
		{"'as follows' is no condition; an article before the actor",
			"Changes to this constitution are made as follows: (c) the change is put to the Governing Body for approval;",
			map[string]any{"varied_by": []any{"governing-body"}, "conditional": false}},
		{"a document outside the constitution",
			"The Prime Financial Policies sit outside the constitution, so the Audit Committee may amend them.",
			map[string]any{"about": false}},
		{"a version history",
			"This constitution was last amended in May 2020.",
			map[string]any{"about": false}},
		{"a decision at a general meeting is the members'",
			"Changes to this constitution are passed at a general meeting by at least two thirds of the practices voting.",
			map[string]any{"approvers": []any{"members"}, "threshold": ">=0.6667"}},
		{"each practice agreeing needs them all",
			"Every member practice must confirm its agreement to a varied constitution before the Group applies to NHS England.",
			map[string]any{"approvers": []any{"members", "nhs-england"}, "threshold": ">=1"}},
		{"NHS England's power limited by a proviso",
			"NHS England may vary this constitution of its own motion, provided that it first consults the Group.",
			map[string]any{"varied_by": []any{"nhs-england"}, "conditional": true}},
		{"NHS England's power as the law places it",
			"NHS England may vary this constitution otherwise than on an application by the Group.",
			map[string]any{"varied_by": []any{"nhs-england"}, "conditional": false}},
		{"NHS England's power supposed by a condition grants nothing",
			"Where NHS England varies this constitution, the Group will tell its members within a week.",
			map[string]any{"varied_by": []any{}}},
		{"a power kept by refusing to delegate it",
			"The Governing Body shall not delegate its approval of amendments to this constitution.",
			map[string]any{"varied_by": []any{"governing-body"}}},
		{"the object of a verb in -ing does not approve",
			"The Accountable Officer may, after informing the Chair, approve minor amendments to this constitution.",
			map[string]any{"approvers": []any{}, "varied_by": []any{"accountable-officer"}}},
		{"'its members' are the members of the body named before",
			"The Governing Body may approve amendments to this constitution by a majority of its members.",
			map[string]any{"approvers": []any{}, "varied_by": []any{"governing-body"}, "threshold": nil}},
		{"'the Group and its members' are the member practices",
			"The Group may amend this constitution only with the agreement of its members.",
			map[string]any{"approvers": []any{"members"}}},
		{"a share that only proposes approves nothing",
			"Proposals to amend this constitution may be put forward by at least a quarter of the member practices.",
			map[string]any{"approvers": []any{}, "threshold": nil}},
		{"advice on what a constitution should say states nothing",
			"Practices should make sure that the constitution cannot be amended without a vote of the member practices.",
			map[string]any{"about": true, "approvers": []any{}, "varied_by": []any{}}},
		{"a question states nothing",
			"Do you agree that the Governing Body should be able to approve minor amendments to the constitution?",
			map[string]any{"approvers": []any{}, "varied_by": []any{}}},
		{"a history of changes is no procedure",
			"This constitution was amended in 2019 to add two practices.",
			map[string]any{"about": false}},
		{"a parenthesis between NHS England and its verb",
			"NHS England may, after consulting the Group, vary this constitution.",
			map[string]any{"varied_by": []any{"nhs-england"}}},
		{"the members' share in a clause naming no one",
			"Amendments to this constitution will be put to the member practices and will pass if supported by more than half of those voting.",
			map[string]any{"approvers": []any{"members"}, "threshold": ">0.5"}},
		{"'It' after a sentence whose subject is the members' meeting",
			"The Membership Council meets four times a year. It decides the Group's priorities, elects the GP members of the Governing Body, and approves amendments to this constitution as section 9 provides.",
			map[string]any{"approvers": []any{"members"}, "varied_by": []any{}}},
		{"near miss: the governing body in the object of one verb of a series is not the one that approves",
			"It decides the Group's priorities, elects the GP members of the Governing Body, and approves amendments to this constitution.",
			map[string]any{"varied_by": []any{}}},
		{"near miss: the governing body in the object of one gerund of a list",
			"Decisions reserved to the Council of Members include approving any application to vary this constitution, electing the GP members of the Governing Body and approving the annual plan.",
			map[string]any{"varied_by": []any{}}},
		{"'it has no power to approve a variation itself' after what the body does",
			"The Governing Body agrees the wording of the proposal and the timetable for consulting the practices; it has no power to approve a variation itself.",
			map[string]any{"varied_by": []any{}}},
		{"a condition in commas after a modal ends at its comma",
			"Changes to this constitution must, except where they alter a power kept by the members, be agreed by the Governing Body.",
			map[string]any{"approvers": []any{}, "varied_by": []any{"governing-body"}, "conditional": true}},
		{"near miss: the members' agreement after a modal and a condition in commas",
			"Changes to this constitution must, except where NHS England directs a change, be agreed by a majority of the member practices.",
			map[string]any{"approvers": []any{"members"}, "varied_by": []any{}}},
		{"a passive 'made by' after the constitution the changes are to",
			"Changes to this constitution may be made by the Accountable Officer.",
			map[string]any{"varied_by": []any{"accountable-officer"}, "conditional": false}},
		{"near miss: 'made by' the Accountable Officer only once the members agree",
			"Changes to this constitution may be made by the Accountable Officer once the member practices have agreed them.",
			map[string]any{"approvers": []any{"members"}, "varied_by": []any{}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) { checkTopic(t, "variation", h, tt.text, tt.want) })
	}
}

// TestVariationPartial: a sentence on a class of changes only is partial;
// a share of the members ("a majority", "a minority") is no class.
func TestVariationPartial(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Material changes to this constitution need the approval of the members.", true},
		{"Minor changes to this constitution may be approved by the Governing Body.", true},
		{"Changes to this constitution need the approval of a majority of the members.", false},
		{"Changes to this constitution fail if a minority of the members object.", false},
		{"An amendment of a kind described in clause 9.2 needs the approval of a majority of the members.", true},
		{"An amendment of this constitution in the cases set out in 9.2 needs the approval of the members.", true},
		{"The Governing Body reviews each amendment, and in any of those cases the amendment goes to the Council of Members for its approval.", true},
	}
	for _, tt := range tests {
		doc := readFacts(t, sentenceCase{ID: "partial", Text: tt.text}, "Variation of the constitution")
		if len(doc.Facts.Variation) == 0 {
			t.Errorf("%q: no variation fact", tt.text)
			continue
		}
		if got := doc.Facts.Variation[0].Partial; got != tt.want {
			t.Errorf("%q: partial %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestVariationInMeetingSections: under a title naming the members'
// meeting, "an amendment" the members agree by a share is one to the
// constitution; elsewhere it needs the constitution named.
func TestVariationInMeetingSections(t *testing.T) {
	const text = "Any amendment needs the support of two thirds of the practice representatives voting."
	checkTopic(t, "variation", "Council of Members", text, map[string]any{"about": true, "approvers": []any{"members"}, "threshold": ">=0.6667"})
	checkTopic(t, "variation", "Locality meetings", "Any amendment to the minutes needs the support of the chair.", map[string]any{"about": false})
	checkTopic(t, "variation", "Finance", text, map[string]any{"about": false})
}

// A constitution of 2012–13 that defines "the Board" as the NHS
// Commissioning Board means NHS England by it in every clause: an
// application "to the Board" is an application to NHS England, not a
// grant to the governing body. Where no such definition stands, "the
// Board" is the governing body.
func TestBoardDefinedAsNHSCommissioningBoard(t *testing.T) {
	const clause = "\n\n# 1.4 Variation of this constitution\n\n" +
		"1.4.1 This constitution may be varied where the Group applies to the Board and the application is granted.\n"
	for _, tt := range []struct {
		name, defines string
		want          []any
	}{
		{"defined", "1.2.1 The Group works with the National Health Service Commissioning Board (the “Board”).", []any{"nhs-england"}},
		{"defined by a definition clause", "1.2.1 “Board” means the NHS Commissioning Board.", []any{"nhs-england"}},
		{"not defined", "1.2.1 The Group works with the Board.", []any{"governing-body"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := readFacts(t, sentenceCase{ID: tt.name, Text: tt.defines + clause, Section: "1.2 Status"}, "")
			approvers := map[string]bool{}
			for _, f := range doc.Facts.Variation {
				for _, a := range f.Approvers {
					approvers[a] = true
				}
			}
			var got []any
			for _, a := range []string{"governing-body", "members", "nhs-england"} {
				if approvers[a] {
					got = append(got, a)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("approvers = %v, want %v (%+v)", got, tt.want, doc.Facts.Variation)
			}
		})
	}
}

// A grant whose lead-in states no fact of its own ("… and may approve it,
// except where:") and whose items each carry it is one grant, placed at
// the lead-in, with the items' conditions.
func TestVariationGrantOverItems(t *testing.T) {
	doc := parseSource(t, `# 1. Introduction

## 1.4 Amendment and variation of this constitution

1.4.2 The Chief Officer may bring forward amendments to the constitution. The Governing Body considers each of them and may approve it, except where:

a) the amendment would have a material effect on the Group;

b) the amendment would alter the powers reserved to the members.
`)
	var grants []int
	for _, f := range doc.Facts.Variation {
		if len(f.VariedBy) > 0 {
			grants = append(grants, f.Line)
			if !f.Conditional {
				t.Errorf("grant at line %d not conditional: %+v", f.Line, f)
			}
		}
	}
	if len(grants) != 1 || grants[0] != 5 {
		t.Errorf("grants at lines %v, want one at line 5", grants)
	}
}

// An item of a grant's list that speaks of an approval given before, of
// something else ("a merger … that NHS England has already approved"),
// adds only a condition to the lead-in's grant; an item that asks for
// another approval of the variation itself is a grant of its own.
func TestVariationItemWithApprovalBefore(t *testing.T) {
	const src = `# 4. Variation

4.3.3 The Governing Body may itself approve an application to vary this constitution, without a vote of the Council of Members, where the variation only:

a) updates the list of member practices after a merger %s;

b) corrects a typographical or clerical error.
`
	for _, tt := range []struct {
		item       string
		grantLines []int
	}{
		{"that NHS England has already approved", []int{3}},
		{"which NHS England had approved", []int{3}},
		// Near miss: the variation itself needs NHS England's approval.
		{"and NHS England approves the variation", []int{3, 5}},
	} {
		doc := parseSource(t, fmt.Sprintf(src, tt.item))
		var grants []int
		for _, f := range doc.Facts.Variation {
			if len(f.VariedBy) > 0 {
				grants = append(grants, f.Line)
			}
		}
		if !slices.Equal(grants, tt.grantLines) {
			t.Errorf("%q: grants at lines %v, want %v", tt.item, grants, tt.grantLines)
		}
	}
}

// A grant of "such" a change as the sentence before describes, in the
// section on variation: the Governing Body varies without the members.
// The members approving such a change, or the words outside the section
// on variation, grant nothing.
func TestVariationGrantOfSuchAChange(t *testing.T) {
	const src = `# 1. Introduction

## %s

1.4.3 That approval is not needed where the only effect of the variation is to correct a clerical error. %s may approve such an application on the Group's behalf.
`
	for _, tt := range []struct {
		section, who string
		grant        bool
	}{
		{"1.4 Amendment and variation of this constitution", "The Governing Body", true},
		{"1.4 Amendment and variation of this constitution", "The Council of Members", false},
		{"1.4 Reports to the Council of Members", "The Governing Body", false},
	} {
		doc := parseSource(t, fmt.Sprintf(src, tt.section, tt.who))
		grant := false
		for _, f := range doc.Facts.Variation {
			grant = grant || slices.Contains(f.VariedBy, model.ActorGoverningBody)
		}
		if grant != tt.grant {
			t.Errorf("%s, %s: grant %v, want %v (%+v)", tt.section, tt.who, grant, tt.grant, doc.Facts.Variation)
		}
	}
}

// "… may approve them, except in any of these cases, where the amendment
// must instead be put to the Council of Members: (a) …" after the
// amendments proposed is a grant, limited by the cases; a power over the
// Governance Handbook "except the Standing Orders, which are changed only
// as 1.4 provides" is none over the constitution.
func TestVariationGrantExceptInTheseCases(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		grants    []int
	}{
		{"except in these cases, where", `# 1. Introduction

## 1.4 Amendment and variation of this constitution

1.4.2 The Accountable Officer may bring forward amendments to this constitution from time to time. The Governing Body will consider them and may approve them, except in any of these cases, where the amendment must instead be put to the Council of Members:

a) the amendment would change the powers reserved to the members; or

b) half of the members of the Governing Body ask for it to go to the members.
`, []int{5}},
		{"the handbook, except the standing orders", `# 1. Introduction

## 1.5 Related documents

1.5.1 The Governing Body may amend the Governance Handbook, except the Standing Orders, which are changed only as 1.4 provides.
`, nil},
		// Near miss: the constitution itself outside the exception.
		{"the constitution and the handbook", `# 1. Introduction

## 1.5 Related documents

1.5.1 The Governing Body may amend this constitution and the Governance Handbook, except the Standing Orders.
`, []int{5}},
	} {
		doc := parseSource(t, tt.src)
		var grants []int
		for _, f := range doc.Facts.Variation {
			if slices.Contains(f.VariedBy, model.ActorGoverningBody) {
				grants = append(grants, f.Line)
			}
		}
		if !slices.Equal(grants, tt.grants) {
			t.Errorf("%s: grants at lines %v, want %v", tt.name, grants, tt.grants)
		}
	}
}

// "There are two exceptions." and then a change that "may be put to NHS
// England by the Accountable Officer": an exception to the members'
// approval, granted to the one who puts it forward; the same sentence
// with no exceptions announced before it grants nothing.
func TestVariationAfterExceptions(t *testing.T) {
	const src = `# 2. Amendment and variation of this constitution

2.2 The CCG does not make an application unless the Membership Council has first approved the proposed variation.

2.3 %sA change needed only to correct a typing error may be put to NHS England by the Accountable Officer after the Governing Body has seen it.
`
	for _, tt := range []struct {
		lead  string
		grant bool
	}{
		{"There are two exceptions. ", true},
		{"", false},
	} {
		doc := parseSource(t, fmt.Sprintf(src, tt.lead))
		grant := false
		for _, f := range doc.Facts.Variation {
			grant = grant || slices.Contains(f.VariedBy, model.ActorAccountableOfficer)
		}
		if grant != tt.grant {
			t.Errorf("%q: grant %v, want %v (%+v)", tt.lead, grant, tt.grant, doc.Facts.Variation)
		}
	}
}

// The name a constitution gives the meeting of its members ("The Assembly
// is the meeting of all the member practices") is the members wherever it
// stands capitalised; with no such sentence, or lower-case, it is not.
func TestMembersMeetingByItsName(t *testing.T) {
	const rule = "## 4 Changing this constitution\n\n4.1 The Group applies for a variation of this constitution only after the %s has approved it.\n"
	for _, tt := range []struct {
		definition, name string
		want             []string
	}{
		{"3.1 The Assembly is the meeting of all the member practices.", "Assembly", []string{"members"}},
		{"3.1 The Practice Congress is the meeting of the Practice Representatives.", "Practice Congress", []string{"members"}},
		{"3.1 The Assembly meets four times a year.", "Assembly", []string{}},
		{"3.1 The Assembly is the meeting of all the member practices.", "assembly", []string{}},
	} {
		doc := parseSource(t, "# Constitution\n\n## 3 The members\n\n"+tt.definition+"\n\n"+fmt.Sprintf(rule, tt.name))
		var got []string
		for _, f := range doc.Facts.Variation {
			got = append(got, f.Approvers...)
		}
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%s / %s: approvers %v, want %v", tt.definition, tt.name, got, tt.want)
		}
	}
}

// "In each of those cases the Governing Body may approve …" after a list
// of the cases where the members' approval is not needed is a grant,
// limited to those cases; "… the members decide" after it is not.
func TestVariationInThoseCases(t *testing.T) {
	const src = "# Constitution\n\n## 9 Varying this constitution\n\n" +
		"9.1 Any variation needs the approval of a majority of the member practices.\n\n" +
		"9.2 The members' approval is not needed where the variation only:\n\n" +
		"a) corrects a typing error; or\n\nb) updates the list of member practices.\n\n" +
		"In each of those cases %s.\n"
	for _, tt := range []struct {
		then    string
		granted bool
	}{
		{"the Chief Officer may approve the application alone", true},
		{"the Governing Body may approve the change itself and reports it to the members", true},
		{"the member practices still decide", false},
	} {
		doc := parseSource(t, fmt.Sprintf(src, tt.then))
		granted := false
		for _, f := range doc.Facts.Variation {
			if len(f.VariedBy) > 0 {
				granted = true
				if !f.Conditional {
					t.Errorf("%s: grant %+v not conditional", tt.then, f)
				}
			}
		}
		if granted != tt.granted {
			t.Errorf("%s: granted %v, want %v", tt.then, granted, tt.granted)
		}
	}
}

// A reserved matter limited to cases another clause names ("approving an
// amendment of this constitution in the cases set out in 9.2") reserves
// some variations only; an item of an exception to a grant ("… may
// approve it, except where: b) the amendment would change the powers
// reserved to the members") reserves nothing.
func TestReservedVariationInPart(t *testing.T) {
	const src = "# Constitution\n\n## 9 Variation\n\n" +
		"9.1 The Governing Body may approve an amendment of this constitution, except where:\n\n" +
		"a) the amendment would change the powers reserved to the members; or\n\nb) it is material.\n\n" +
		"## 3 Members\n\n3.2 The following matters are reserved to the members:\n\n" +
		"a) %s;\n\nb) electing the Chair.\n"
	for _, tt := range []struct {
		item string
		want bool
	}{
		{"approving an amendment of this constitution in the cases set out in 9.1", false},
		{"approving any amendment of this constitution", true},
		{"approving amendments to this constitution referred to it under 9.1", false},
		// The powers an exception names are not reserved by it, in an item
		// or in a sentence of its own.
		{"electing the Deputy Chair.\n\n9.2 Unless a change would alter the powers reserved to the members of the Group, the Governing Body may approve it", false},
	} {
		doc := parseSource(t, fmt.Sprintf(src, tt.item))
		if got := reservesVariation(doc); got != tt.want {
			t.Errorf("%s: reserves variation %v, want %v (%+v)", tt.item, got, tt.want, doc.Facts.Reserved)
		}
	}
}

// "The following are matters for the Council of Members and for no one
// else:" reserves what it lists; matters simply "for" a body do not.
func TestReservedForNoOneElse(t *testing.T) {
	for _, tt := range []struct {
		lead string
		want bool
	}{
		{"The following are matters for the Council of Members and for no one else:", true},
		{"The following are matters for the Governing Body:", false},
	} {
		doc := parseSource(t, "# Constitution\n\n## 3 Members\n\n3.2 "+tt.lead+"\n\n- agreeing any application to NHS England to vary this constitution;\n- electing the Chair.\n")
		if got := reservesVariation(doc); got != tt.want {
			t.Errorf("%s: reserves variation %v, want %v", tt.lead, got, tt.want)
		}
	}
}

// reservesVariation reports whether any of a document's reserved matters
// is varying the constitution.
func reservesVariation(doc *model.Document) bool {
	for _, r := range doc.Facts.Reserved {
		if r.Variation {
			return true
		}
	}
	return false
}
