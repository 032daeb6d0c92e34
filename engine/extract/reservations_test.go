package extract

import (
	"fmt"
	"testing"
)

// A scheme of reservation and delegation as a table reserves to the
// members the decisions its members' column or its "reserved to" column
// gives them.
func TestTableReservations(t *testing.T) {
	for _, table := range []string{
		"| Decision | Reserved or delegated to |\n|---|---|\n| Approve any application to NHS England to vary the constitution | Members |\n| Approve the annual accounts | Governing Body |\n",
		"| Decision | Members | Governing Body |\n|---|---|---|\n| Approve any application to vary the constitution | R | |\n| Approve the annual accounts | | R |\n",
	} {
		doc := mustParse(t, "# Appendix C – Scheme of Reservation and Delegation\n\n"+table)
		var got []string
		for _, f := range doc.Facts.Reserved {
			got = append(got, fmt.Sprintf("%d %v", f.Line, f.Variation))
		}
		if fmt.Sprint(got) != "[5 true]" {
			t.Errorf("reserved = %v, want [5 true]\n%s", got, table)
		}
	}
}

// A table of the powers the members keep, each row a power and how the
// members exercise it: each is reserved to them, and a row on varying the
// constitution is read as the procedure for it.
func TestReservedPowersTable(t *testing.T) {
	doc := mustParse(t, "# 1. Introduction\n\n1.4 This constitution may be changed only as row P1 of the table at 4.2 sets out.\n\n"+
		"# 4. Powers of the members\n\n4.2 The members keep the following powers.\n\n"+
		"| Ref | Power reserved to the members | How the members exercise it |\n|---|---|---|\n"+
		"| P1 | Varying this constitution. The Group applies to NHS England for each variation the members agree. | A resolution of a general meeting supported by at least two thirds of all member practices |\n"+
		"| P2 | Approving the commissioning strategy | A resolution of a general meeting |\n")
	var reserved []string
	for _, f := range doc.Facts.Reserved {
		reserved = append(reserved, fmt.Sprintf("%d %v", f.Line, f.Variation))
	}
	if fmt.Sprint(reserved) != "[11 true 12 false]" {
		t.Errorf("reserved = %v, want [11 true 12 false]", reserved)
	}
	var varied []string
	for _, f := range doc.Facts.Variation {
		if f.Line == 11 {
			varied = append(varied, fmt.Sprintf("%v %v %s", f.Approvers, f.VariedBy, f.Threshold))
		}
	}
	if fmt.Sprint(varied) != "[[members nhs-england] [] >=0.6667]" {
		t.Errorf("variation facts at the table's row = %v, want the members' and NHS England's approval, two thirds", varied)
	}
}

// "the Chair of the CCG and three other GP members": the Chair is a GP
// too; "for the CCG:" names the party, not a member.
func TestOthersImply(t *testing.T) {
	doc := mustParse(t, "### Joint Commissioning Committee\n\nThe Joint Commissioning Committee is a joint committee of the CCG and the Council. It has these voting members:\n\n"+
		"- for the CCG: the Chair of the CCG and three other GP members of the Governing Body;\n- for the Council: two councillors.\n")
	if len(doc.Committees) != 1 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	s := doc.Committees[0].Seats
	if len(s) < 2 || s[0].Role != "the Chair of the CCG" || s[0].Category != "clinical" || doc.Committees[0].Count.Clinical != 4 {
		t.Errorf("seats = %+v", s)
	}
}

// A practice listed with its town after a comma is found by its name
// alone in a declaration table.
func TestPracticeNameWithTown(t *testing.T) {
	doc := mustParse(t, "# Appendix 1 – Member practices\n\n- Alexandra Dock Surgery, Lynnhaven (D82001)\n- Heacham Sands Surgery (D82011)\n\n"+
		"# Appendix 2 – Members' declaration\n\n| Member practice | Signed on behalf of the practice | Date |\n|---|---|---|\n"+
		"| Alexandra Dock Surgery | Dr H. Bagge | 2 March 2016 |\n| Heacham Sands Surgery | Dr J. Plowright | 2 March 2016 |\n")
	ps := doc.Membership.Practices
	if len(ps) != 2 || !ps[0].SignedOff || !ps[1].SignedOff {
		t.Errorf("practices = %+v", ps)
	}
}

// Member practices listed in a sentence after a colon, separated by
// semicolons, each with its code; and their sign-off in a sentence that
// names the paragraph they are listed in.
func TestPracticesInProse(t *testing.T) {
	doc := mustParse(t, "# 3. Membership\n\n3.1.2 The member practices, with their national codes, are: Bingfield Medical Centre (C84610); Radleigh Surgery (C84611); Keyfold Health Centre (C84612); and Castle Healthcare, Tollerby (C84627).\n\n"+
		"3.1.3 Each of the four practices named in paragraph 3.1.2 has approved this constitution.\n")
	ps := doc.Membership.Practices
	if len(ps) != 4 || ps[3].Code != "C84627" || !ps[0].SignedOff {
		t.Errorf("practices = %+v", ps)
	}
}

// A section whose title names no committee is a joint committee's when its
// first paragraph says its subject is one.
func TestJointCommitteeBySentence(t *testing.T) {
	doc := mustParse(t, "## 7.2 The Health and Care Commissioning Board\n\n"+
		"7.2.1 The Health and Care Commissioning Board is a joint committee of the CCG and the Council. Its members are: the Clinical Chair; two GP members; two councillors.\n")
	if len(doc.Committees) != 1 || !doc.Committees[0].Joint || doc.Committees[0].Count.Voting != 5 {
		t.Errorf("committees = %+v", doc.Committees)
	}
}

// A list of practice names the heading leads into ("Schedule 1 – Member
// practices"), with their towns and no codes.
func TestPracticeListUnderItsHeading(t *testing.T) {
	doc := mustParse(t, "# Part 2 – Membership\n\n2.1 The members are the practices listed in Schedule 1.\n\n"+
		"## Schedule 1 – Member practices\n\n- Albert Road Surgery, Jarrow\n- Bede Burn Medical Practice, Jarrow\n- Hebburn Quay Practice, Hebburn\n")
	if ps := doc.Membership.Practices; len(ps) != 3 || ps[0].Name != "Albert Road Surgery, Jarrow" {
		t.Errorf("practices = %+v", ps)
	}
}
