package extract

import (
	"fmt"
	"testing"
)

// A section on conflicts of interest that sets its safeguards out in a
// table: each row is read as a sentence of the section; the same table
// under another title is not the section's.
func TestSafeguardsInATable(t *testing.T) {
	const src = `# 7. %s

7.1 The table below sets out the safeguards the Group keeps.

| Safeguard | What the Group does |
|---|---|
| Register of interests | keeps a register of the interests of its members and employees, and publishes it on its website |
| Declaring interests | every person on the register must declare any new interest within 28 days |
| At meetings | a person with a conflict of interest in an item withdraws from the meeting for that item |
`
	for _, tc := range []struct {
		title string
		want  []string
	}{
		{"CONFLICTS OF INTEREST", []string{"register", "published", "declaration", "exclusion"}},
		{"GLOSSARY", nil},
	} {
		doc := mustParse(t, fmt.Sprintf(src, tc.title))
		got := map[string]bool{}
		for _, f := range doc.Facts.Safeguards {
			got[f.Safeguard] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: safeguard %s not read (%v)", tc.title, w, got)
			}
		}
		if tc.want == nil && got["exclusion"] {
			t.Errorf("%s: a table outside the conflicts section read as its safeguards: %v", tc.title, got)
		}
	}
}

// Terse clauses and tables whose columns say what is declared, registered
// and published: "Registers: interests; gifts and hospitality; procurement
// decisions. All three published …", "Declarations: in writing, …", "|
// Register | Kept by | Published |" and "| Who | Declares | When |
// Register | Published |"; "Where an interest is declared: the person
// concerned leaves the meeting …".
func TestSafeguardsTerseAndLabelled(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"terse clauses", "7.1 Registers: interests (Governing Body, committees, staff); gifts and hospitality; procurement decisions. All three published on the website.\n\n7.2 Declarations: in writing, within 28 days of appointment; and at each meeting.\n\n7.3 Where an interest is declared: the person concerned leaves the meeting for the item.\n",
			[]string{"register", "gifts-register", "procurement-register", "published", "declaration", "exclusion"}},
		{"a table of registers", "| Register | Kept by | Published |\n|---|---|---|\n| Register of interests | Board Secretary | On the website |\n| Register of gifts and hospitality | Board Secretary | On the website |\n",
			[]string{"register", "gifts-register", "published"}},
		{"a table of who declares", "| Who | Declares | When | Register | Published |\n|---|---|---|---|---|\n| Board members and employees | Any interest in the Group's business | On appointment and at each meeting | Register of interests | On the website |\n",
			[]string{"register", "published", "declaration"}},
	} {
		got := map[string]bool{}
		for _, f := range mustParse(t, "# 7. Conflicts of interest\n\n"+tc.body).Facts.Safeguards {
			got[f.Safeguard] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%s: safeguard %s not read (%v)", tc.name, w, got)
			}
		}
	}
	// Near miss: "Registers:" in a glossary lists no safeguard.
	for _, f := range mustParse(t, "# 9. Glossary\n\n9.1 Registers: the lists the Group keeps; see Part 7.\n").Facts.Safeguards {
		if f.Safeguard == "gifts-register" || f.Safeguard == "procurement-register" {
			t.Errorf("a glossary entry read as a register: %+v", f)
		}
	}
}
