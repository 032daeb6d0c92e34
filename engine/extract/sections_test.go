package extract

import (
	"slices"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

func TestHeadings(t *testing.T) {
	tests := []struct {
		heading, number, title, kind string
	}{
		{"6. Governing Body", "6", "Governing Body", model.KindGoverningBody},
		{"6.4.3 Primary Care Joint Committee", "6.4.3", "Primary Care Joint Committee", model.KindJointCommittee},
		{"6.4.3. Audit Committee", "6.4.3", "Audit Committee", model.KindCommittee},
		{"PART 3 – MEMBERSHIP", "PART 3", "MEMBERSHIP", model.KindMembership},
		{"Part Two - Membership", "Part Two", "Membership", model.KindMembership},
		{"Section 3: Membership", "Section 3", "Membership", model.KindMembership},
		{"Appendix C – Member Practices", "Appendix C", "Member Practices", model.KindMembership},
		{"APPENDIX B – LIST OF MEMBER PRACTICES", "APPENDIX B", "LIST OF MEMBER PRACTICES", model.KindMembership},
		{"Schedule 2: Standing Orders", "Schedule 2", "Standing Orders", ""},
		{"Schedule of Reservation and Delegation", "", "Schedule of Reservation and Delegation", ""},
		{"APPENDIX – DEFINITIONS", "APPENDIX", "DEFINITIONS", ""},
		{"C.1 Calling Meetings", "C.1", "Calling Meetings", ""},
		{"IV. Membership", "IV", "Membership", model.KindMembership},
		{"10 Variation", "10", "Variation", model.KindVariation},
		{"Membership", "", "Membership", model.KindMembership},
		// Begins-with kinds.
		{"Members", "", "Members", model.KindMembership},
		{"Practices", "", "Practices", model.KindMembership},
		{"List of member practices", "", "List of member practices", model.KindMembership},
		{"3.1 Membership of the group", "3.1", "Membership of the group", model.KindMembership},
		{"The Council of Members", "", "The Council of Members", ""},
		{"Council of Members", "", "Council of Members", ""},
		{"Membership of the Governing Body", "", "Membership of the Governing Body", model.KindGoverningBody},
		{"Sign-off", "", "Sign-off", model.KindSignOff},
		{"Members’ signatures", "", "Members’ signatures", model.KindSignOff},
		{"5. Variation and amendment of Standing Orders", "5", "Variation and amendment of Standing Orders", ""},
		{"Variation of the constitution and standing orders", "", "Variation of the constitution and standing orders", model.KindVariation},
		{"Signatures", "", "Signatures", model.KindSignOff},
		{"Declaration", "", "Declaration", model.KindSignOff},
		{"Appendix 2 – Member practice declaration", "Appendix 2", "Member practice declaration", model.KindSignOff},
		{"Member practice agreement", "", "Member practice agreement", model.KindSignOff},
		{"Approval by members", "", "Approval by members", model.KindSignOff},
		{"The Governing Body", "", "The Governing Body", model.KindGoverningBody},
		{"Board", "", "Board", model.KindGoverningBody},
		{"Variation of this constitution", "", "Variation of this constitution", model.KindVariation},
		{"1.4 Amendment and Variation of this Constitution", "1.4", "Amendment and Variation of this Constitution", model.KindVariation},
		{"Amending the constitution", "", "Amending the constitution", model.KindVariation},
		{"Changes to this constitution", "", "Changes to this constitution", model.KindVariation},
		// Contains kinds, and the longer phrase winning.
		{"Declarations of interest", "", "Declarations of interest", model.KindConflicts},
		{"Conflicts of interest", "", "Conflicts of interest", model.KindConflicts},
		{"PART 8 – Managing conflicts of interest", "PART 8", "Managing conflicts of interest", model.KindConflicts},
		{"8. STANDARDS OF BUSINESS CONDUCT AND MANAGING CONFLICTS OF INTEREST", "8", "STANDARDS OF BUSINESS CONDUCT AND MANAGING CONFLICTS OF INTEREST", model.KindConflicts},
		{"Co-commissioning", "", "Co-commissioning", model.KindCommissioning},
		{"6.5 Primary Care Co-commissioning", "6.5", "Primary Care Co-commissioning", model.KindCommissioning},
		{"Primary care commissioning", "", "Primary care commissioning", model.KindCommissioning},
		{"Commissioning arrangements", "", "Commissioning arrangements", model.KindCommissioning},
		{"6.4.4 Primary Care Commissioning Committee", "6.4.4", "Primary Care Commissioning Committee", model.KindJointCommittee},
		{"Co-commissioning Committee", "", "Co-commissioning Committee", model.KindJointCommittee},
		{"Joint Commissioning Committee", "", "Joint Commissioning Committee", model.KindJointCommittee},
		{"Audit Committee", "", "Audit Committee", model.KindCommittee},
		{"Quality Sub-committee", "", "Quality Sub-committee", model.KindCommittee},
		{"Governing Body Audit Committee", "", "Governing Body Audit Committee", model.KindCommittee},
		{"6.4 Committees of the Group", "6.4", "Committees of the Group", ""},
		{"Joint Committees", "", "Joint Committees", ""},
		{"Membership of the Committee", "", "Membership of the Committee", ""},
		{"Committee", "", "Committee", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			number, title := splitHeading(tt.heading)
			if number != tt.number || title != tt.title {
				t.Errorf("splitHeading(%q) = %q, %q; want %q, %q", tt.heading, number, title, tt.number, tt.title)
			}
			if got := titleKind(title); got != tt.kind {
				t.Errorf("titleKind(%q) = %q, want %q", title, got, tt.kind)
			}
		})
	}
}

func TestSectionsFromMarkdown(t *testing.T) {
	src := `Preamble text.

PART 8 – Managing conflicts of interest
=======================================

8.1 The Group keeps a register of interests.

8.3 Declaring interests
-----------------------

8.3.1 Each member declares interests.

### Sub-heading

Text.

# 9. Transparency

9.1 Published.
`
	doc := mustParse(t, src)
	want := []struct {
		heading string
		line    int
		endLine int
		level   int
		kinds   []string
		parent  int
	}{
		{"PART 8 – Managing conflicts of interest", 3, 16, 1, []string{model.KindConflicts}, -1},
		{"8.3 Declaring interests", 8, 16, 2, []string{model.KindConflicts}, 0},
		{"Sub-heading", 13, 16, 3, []string{model.KindConflicts}, 1},
		{"9. Transparency", 17, 19, 1, []string{}, -1},
	}
	if len(doc.Sections) != len(want) {
		t.Fatalf("got %d sections, want %d: %+v", len(doc.Sections), len(want), doc.Sections)
	}
	for i, w := range want {
		s := doc.Sections[i]
		if s.Heading != w.heading || s.Line != w.line || s.EndLine != w.endLine || s.Level != w.level || !slices.Equal(s.Kinds, w.kinds) || s.Parent != w.parent {
			t.Errorf("section %d = %q line %d-%d level %d kinds %q parent %d; want %q line %d-%d level %d kinds %q parent %d",
				i, s.Heading, s.Line, s.EndLine, s.Level, s.Kinds, s.Parent, w.heading, w.line, w.endLine, w.level, w.kinds, w.parent)
		}
	}
	// Subsections are conflicts text: 8.3.1 under "8.3 Declaring interests".
	c := doc.Conflicts
	if c.Line != 3 || len(c.Sections) != 1 || c.Sections[0].Line != 3 {
		t.Errorf("conflicts at %d, sections %+v; want line 3 and one section", c.Line, c.Sections)
	}
	var numbers []string
	for _, cl := range c.Clauses {
		numbers = append(numbers, cl.Number)
	}
	if !slices.Equal(numbers, []string{"8.1", "8.3.1"}) {
		t.Errorf("conflicts clauses = %q, want 8.1 and 8.3.1", numbers)
	}
	if c.Text != "8.1 The Group keeps a register of interests.\n8.3.1 Each member declares interests.\nText." {
		t.Errorf("conflicts text = %q", c.Text)
	}
	if b := doc.Blocks[0]; b.Section != "" || b.SectionIndex != -1 || b.Line != 1 {
		t.Errorf("preamble block = %+v", b)
	}
}

// The kinds section titles say, for titles real constitutions use.
func TestTitleKinds(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"7.3 The deputy chair of the governing body", model.KindGoverningBody},
		{"The Chair of the Governing Body", model.KindGoverningBody},
		{"Composition of the Governing Body", model.KindGoverningBody},
		{"6.3 Who sits on the Governing Body", model.KindGoverningBody},
		{"Who serves on the Governing Body", model.KindGoverningBody},
		// Near misses: what the governing body does, or who its
		// committees' members are, is not about who sits on it.
		{"6.4 Committees of the Governing Body", ""},
		{"Who sits on the committees of the Governing Body", ""},
		{"Terms of reference of the committees of the Governing Body", ""},
		{"Role of the accountable officer", ""},
		{"Appendix 3 – Members' Approval of Version 5.0", model.KindSignOff},
		{"Appendix C – Record of Members' Approval of Version 11", model.KindSignOff},
		{"E2. Composition of the Governing Body", model.KindGoverningBody},
		{"Schedule 2 – Member Practices' Approval of this Constitution", model.KindSignOff},
		{"Appendix 1 – Members", model.KindMembership},
	} {
		_, title := splitHeading(tt.title)
		if got := titleKind(title); got != tt.want {
			t.Errorf("titleKind(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
