package parse

import "testing"

func TestClauseNumber(t *testing.T) {
	tests := []struct{ text, want string }{
		{"4.2 The Group", "4.2"},
		{"4.2.1 The Group", "4.2.1"},
		{"6.4.4.2 The members", "6.4.4.2"},
		{"4.2. The Group", "4.2"},
		{"4.2(a) The Group", "4.2(a)"},
		{"C.1.1 Meetings", "C.1.1"},
		{"B.2 Quorum", "B.2"},
		{"(a) where the Group", "(a)"},
		{"(iii) the third", "(iii)"},
		{"(12) twelfth", "(12)"},
		{"a) lettered", "a)"},
		{"22 of the 47 member practices", ""},
		{"2006 Act", ""},
		{"The Group", ""},
		{"(the Group)", ""},
		{"4.2", "4.2"},
	}
	for _, tt := range tests {
		if got := clauseNumber(tt.text); got != tt.want {
			t.Errorf("clauseNumber(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestBlocks(t *testing.T) {
	src := `# 3. Membership

3.3.1 Each member practice *shall* nominate
a representative.

1. Numbered by the list.
3. Numbered as written.

- (a) lettered inside a list;
- plain item
  continued
  - nested item

> 3.4 Quoted clause.

| not | a block |
|-----|---------|
| x   | y       |
`
	doc := mustParse(t, src)
	want := []struct {
		number, text string
		line, end    int
		listItem     bool
	}{
		{"3.3.1", "3.3.1 Each member practice shall nominate a representative.", 3, 4, false},
		{"1", "Numbered by the list.", 6, 6, true},
		{"3", "Numbered as written.", 7, 7, true},
		{"(a)", "(a) lettered inside a list;", 9, 9, true},
		{"", "plain item continued", 10, 11, true},
		{"", "nested item", 12, 12, true},
		{"3.4", "3.4 Quoted clause.", 14, 14, false},
	}
	if len(doc.Blocks) != len(want) {
		t.Fatalf("got %d blocks, want %d: %+v", len(doc.Blocks), len(want), doc.Blocks)
	}
	for i, w := range want {
		b := doc.Blocks[i]
		if b.Number != w.number || b.Text != w.text || b.Line != w.line || b.EndLine != w.end || b.ListItem != w.listItem || b.Section != "3. Membership" || b.SectionIndex != 0 {
			t.Errorf("block %d = %+v, want %+v", i, b, w)
		}
	}
	if len(doc.Clauses) != 5 {
		t.Errorf("got %d clauses, want the 5 numbered blocks: %+v", len(doc.Clauses), doc.Clauses)
	}
}
