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
