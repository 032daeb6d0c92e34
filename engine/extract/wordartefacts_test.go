package extract

import (
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/outline"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

// What a Word document leaves after pandoc writes it into Markdown, read
// as the document it was: a table whose header is its title, with the
// column headings in the first row; a blank first column; items lettered
// "a." nested under a numbered item.
func TestWordArtefacts(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		check     func(t *testing.T, src string)
	}{
		{"a title row over the column headings", "## Schedule 1 – Member practices\n\n| Member practices – approval of version 2.7 |  |  |  |\n|---|---|---|---|\n| Member practice | National code | Practice representative | Date |\n| Bolton Surgery | P81701 | Dr A. Whiteside | 4 March 2015 |\n| Carnforth Practice | P81702 |  |  |\n",
			func(t *testing.T, src string) {
				ps := mustParse(t, src).Membership.Practices
				if len(ps) != 2 || !ps[0].SignedOff || ps[1].SignedOff || ps[0].Code != "P81701" {
					t.Errorf("practices = %+v", ps)
				}
			}},
		{"a blank first column", "## 5. The Governing Body\n\n5\\.1 The Governing Body has the following members:\n\n| **Governing Body** |  |  |\n|---|---|---|\n|  | Role | How chosen |\n|  | Chair – a GP from a member practice | Elected by the practices |\n|  | Two lay members | Appointed by the Governing Body |\n|  | Accountable Officer | By virtue of office |\n",
			func(t *testing.T, src string) {
				gb := mustParse(t, src).GoverningBody
				if gb == nil || gb.Count.Total != 4 || gb.Count.Lay != 2 {
					t.Errorf("governing body = %+v", gb)
				}
			}},
		{"near miss: a first row that is data, not headings", "## Schedule 1 – Member practices\n\n| Practice | Code |\n|---|---|\n| Bolton Surgery | P81701 |\n| Carnforth Practice | P81702 |\n",
			func(t *testing.T, src string) {
				if ps := mustParse(t, src).Membership.Practices; len(ps) != 2 {
					t.Errorf("practices = %+v", ps)
				}
			}},
		{"items lettered a. under a numbered item", "## 4. Governing Body\n\n1.  The Governing Body is made up of five people, all of whom are voting members:\n\n    a.  the Clinical Chair, a GP elected by the practices;\n\n    b.  two further GP members;\n\n    c.  a lay member for audit; and\n\n    d.  a lay member for patient and public involvement.\n\n2.  The lay member for audit may not be the Chair.\n",
			func(t *testing.T, src string) {
				gb := mustParse(t, src).GoverningBody
				if gb == nil || gb.Count.Total != 5 || gb.Count.Clinical != 3 || gb.Count.Lay != 2 {
					t.Errorf("governing body = %+v", gb)
				}
			}},
		{"a share counted before the items that say what each does", "## Part 4 – Governing Body\n\n1.  The Governing Body has nine members, all of whom vote. It is led by the Clinical Chair, a GP elected by the member practices.\n\n2.  The other GP members are the two Locality Clinical Leads.\n\n3.  The executive members are the Accountable Officer and the Chief Finance Officer.\n\n4.  A registered nurse also sits on the Governing Body.\n\n5.  There are three lay members:\n\n    a.  one with expertise in audit and governance;\n\n    b.  one who leads on patient and public involvement; and\n\n    c.  one who chairs the Primary Care Commissioning Committee.\n",
			func(t *testing.T, src string) {
				gb := mustParse(t, src).GoverningBody
				if gb == nil || gb.Count.Total < 6 && gb.Count.Total > 0 {
					t.Errorf("the share's items read as the whole membership: %+v", gb)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, tc.src) })
	}
}

// A lead-in that is itself an item ends at the next item of its own list,
// where the lead-in it is nested in goes on: "3. Each person … declares
// any interest:" over "i. …" is not the lead-in of "4. Where the chair
// …"; "(a) three Executive Members, namely:" is not that of "(b) …".
func TestNestedLeadInsEnd(t *testing.T) {
	src := "## 8. Conflicts of interest\n\n1.  The Group keeps registers of interests.\n\n2.  Each person on a register declares any interest:\n\n    i.  when appointed;\n\n    ii. at the start of any meeting.\n\n3.  Where the chair decides that a person has a conflict, that person leaves the room and takes no part in the decision.\n"
	o, ierr := markdown.Read([]byte(src))
	if ierr != nil {
		t.Fatal(ierr)
	}
	d := newDocument(o)
	for _, s := range d.sentences() {
		if strings.Contains(s.text, "Where the chair") && strings.Contains(s.text, "declares") {
			t.Errorf("the next item joined to the lead-in of its sibling: %q", s.text)
		}
		if strings.Contains(s.text, "when appointed") && !strings.Contains(s.text, "declares any interest") {
			t.Errorf("a nested item without its lead-in: %q", s.text)
		}
	}
}

// normalTables leaves tables without a title row or a blank column as they
// are, the same slice.
func TestNormalTablesLeavesOthers(t *testing.T) {
	in := []outline.Table{{Header: []string{"Practice", "Code"}, Rows: []outline.Row{{Cells: []string{"A", "B1"}}, {Cells: []string{"C", "D2"}}}}}
	if out := normalTables(in); &out[0] != &in[0] {
		t.Error("a plain table was copied")
	}
}

func TestNextLabel(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"3", "4", true}, {"3", "1", false}, {"(a)", "(b)", true}, {"(e)", "(i)", false},
		{"(h)", "(i)", true}, {"iii.", "iv.", true}, {"iv", "ii", false}, {"4", "(a)", false},
	} {
		if got := nextLabel(tc.a, tc.b); got != tc.want {
			t.Errorf("nextLabel(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}
