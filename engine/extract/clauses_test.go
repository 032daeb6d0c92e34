package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

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
		{"2.3A Where the Forum cannot meet", "2.3A"},
		{"6.4A(b) the Chair", "6.4A(b)"},
		{"C.2B Quorum", "C.2B"},
		{"4.2AB The Group", ""},
		{"4.2a The Group", ""},
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

// TestClauseNumberForms holds clauseNumber to the expressions of its
// forms, and splitHeading's first bytes to its expressions, over random
// text made of the characters that matter to them.
func TestClauseNumberForms(t *testing.T) {
	forms := []*regexp.Regexp{
		regexp.MustCompile(`^(\d{1,4}(?:\.\d{1,4})+[A-Z]?(?:\([a-z0-9]{1,6}\))?)\.?(?:\s|$)`),
		regexp.MustCompile(`^([A-Z]{1,2}(?:\.\d{1,4})+[A-Z]?(?:\([a-z0-9]{1,6}\))?)\.?(?:\s|$)`),
		regexp.MustCompile(`^(\((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z])\))(?:\s|$)`),
		regexp.MustCompile(`^((?:[a-z]|[ivx]{1,5})[).])(?:\s|$)`),
	}
	want := func(text string) string {
		if len(text) > 64 {
			text = text[:64]
		}
		for _, re := range forms {
			if m := re.FindStringSubmatch(text); m != nil {
				return m[1]
			}
		}
		return ""
	}
	rng := rand.New(rand.NewPCG(1, 2))
	tokens := []string{
		"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "12", "2006", "12345", ".", ".", "(", ")", ")",
		"a", "b", "z", "i", "v", "x", "l", "c", "iv", "xii", "ivxlc", "A", "B", "Z", "IV", "M", "AB", "ABC",
		" ", " ", "\t", "\n", "\v", "\f", "\r", ":", "–", "-", "ſ", "Part", "SECTION", "ſection", "ſchedule",
		"appendix", "Annex", "schedule", "Two", "x", "The", "é", "(ivxlcii)", "(abcdefg)", "(abcdef)", "(iiiiii)",
	}
	// 61 bytes: the texts after it are cut at 64.
	long := strings.Repeat("1.", 30) + "1"
	for range rounds(100_000) {
		var b strings.Builder
		for n := rng.IntN(10); n > 0; n-- {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		text := b.String()
		for _, text := range []string{text, long + text} {
			if got, want := clauseNumber(text), want(text); got != want {
				t.Fatalf("clauseNumber(%q) = %q, want %q", text, got, want)
			}
		}
		for _, hn := range headingNumberRes {
			if hn.re.MatchString(text) && (text == "" || !strings.Contains(hn.first, text[:1])) {
				t.Fatalf("%v matches %q, which does not begin with one of %q", hn.re, text, hn.first)
			}
		}
	}
}
