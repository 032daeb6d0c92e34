package language

import (
	"fmt"
	"github.com/kljensen/snowball/english"
	"strings"
	"sync"
	"testing"
)

func words(toks []Token) string {
	var b []string
	for _, t := range toks {
		b = append(b, t.Word)
	}
	return strings.Join(b, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`5\. The Governing Body`, "5 . the governing body"},
		{"the members’ council", "the members 's council"},
		{"the Group's register", "the group 's register"},
		{"co-commissioning & delegation", "co commissioning and delegation"},
		{"**Section 6:** “Quorum” – see s.14O", "section 6 : \" quorum \" - see s . 14o"},
		{"don't", "don't"},
		{"6\\.3.2", "6 . 3 . 2"},
	}
	for _, tt := range tests {
		if got := words(Tokenize(tt.in)); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOffsetsQuoteTheText(t *testing.T) {
	text := "The members’ approval is needed."
	for _, tok := range Tokenize(text) {
		if tok.Punct || tok.Word == "'s" {
			continue
		}
		if got := strings.ToLower(text[tok.Start:tok.End]); got != tok.Word {
			t.Errorf("token %q spans %q", tok.Word, got)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The Group is a body. It has members.", []string{"The Group is a body.", "It has members."}},
		{"Under s.14O of the Act, i.e. the 2006 Act, it must. Next one.", []string{"Under s.14O of the Act, i.e. the 2006 Act, it must.", "Next one."}},
		{"See para. 3 and No. 2 of Schedule 2. Then stop.", []string{"See para. 3 and No. 2 of Schedule 2.", "Then stop."}},
		{"1.4.2 The Group shall not apply. 1.4.3 The Governing Body may propose.", []string{"1.4.2 The Group shall not apply.", "1.4.3 The Governing Body may propose."}},
		{"Signed by J. Smith on behalf of the practice.", []string{"Signed by J. Smith on behalf of the practice."}},
		{"It was agreed (see clause 6.3.2). The end", []string{"It was agreed (see clause 6.3.2).", "The end"}},
		{"“It is agreed.” Then", []string{"“It is agreed.”", "Then"}},
		{"members, etc. and others", []string{"members, etc. and others"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func testLexicon(t *testing.T) *Lexicon {
	t.Helper()
	lx, err := Compile(Config{
		Sets: map[string][]string{
			"members":  {"member practices", "members", "council of members", "membership"},
			"approve":  {"approve", "agree", "consent"},
			"poss":     {"'s"},
			"aux":      {"may", "shall", "must", "first", "be", "have", "been", "only"},
			"link":     {"by", "of"},
			"cocom":    {"co-commissioning"},
			"quantity": {"a", "majority", "all", "the", "more", "than", "half", "of"},
		},
		Frames: map[string][]string{
			"approval": {
				"<members> @poss? @aux* <approve>",
				"<approve> @link @quantity* <members>",
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

func TestFindJoinsHyphenatedWords(t *testing.T) {
	lx := testLexicon(t)
	for _, in := range []string{"co-commissioning", "co commissioning", "cocommissioning", "Co‑Commissioning"} {
		if !lx.Has(Tokenize(in), "cocom") {
			t.Errorf("%q: co-commissioning not found", in)
		}
	}
	if lx.Has(Tokenize("commissioning"), "cocom") {
		t.Error("commissioning alone found as co-commissioning")
	}
}

func TestFrames(t *testing.T) {
	lx := testLexicon(t)
	tests := []struct {
		in      string
		matches int
		members string
	}{
		{"The variation must first be approved by a majority of all the member practices.", 1, "member practices"},
		{"The member practices must first have agreed the change.", 1, "member practices"},
		{"The Council of Members may consent to it.", 1, "council of members"},
		{"The approval of NHS England is needed.", 0, ""},
		{"It needs the members’ approval.", 1, "members"},
		{"It needs the Council of Members's approval.", 1, "council of members"},
		{"Members of the public may attend and approve nothing.", 0, ""},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		// Matches may overlap ("Council of Members" and "Members" both
		// start one): the first is the longest actor's.
		ms := lx.Match(toks, "approval")
		if (len(ms) > 0) != (tt.matches > 0) {
			t.Errorf("%q: %d matches, want %d", tt.in, len(ms), tt.matches)
			continue
		}
		if tt.matches > 0 {
			c, ok := ms[0].Capture("members")
			if !ok {
				t.Errorf("%q: no members captured", tt.in)
				continue
			}
			if got := strings.ToLower(tt.in[toks[c.Start].Start:toks[c.End-1].End]); got != tt.members {
				t.Errorf("%q: members = %q, want %q", tt.in, got, tt.members)
			}
		}
	}
}

func TestFindThreshold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"supported by more than half of all member practices", ">0.5"},
		{"a majority of the member practices", ">0.5"},
		{"at least two-thirds of the members", ">=0.6667"},
		{"not less than two thirds of practices", ">=0.6667"},
		{"75% of member practices", ">=0.75"},
		{"75 per cent of member practices", ">=0.75"},
		{"over 50% of practices", ">0.5"},
		{"a two-thirds majority of members", ">=0.6667"},
		{"three quarters of the practices", ">=0.75"},
		{"at least half of the practices", ">=0.5"},
		{"unanimously", ">=1"},
		{"fifty per cent plus one of all member practices", ">0.5"},
		{"at least 66.7% of the practices", ">=0.667"},
		{"seventy-five per cent of the votes cast", ">=0.75"},
		{"one half or more of the membership", ">=0.5"},
		{"the practices", ""},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		th, ok := FindThreshold(toks, 0, len(toks))
		got := ""
		if ok {
			got = th.String()
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, p := range []string{"<nosuch>", "@nosuch", "a{1,99}", ""} {
		_, err := Compile(Config{Sets: map[string][]string{"x": {"x"}}, Frames: map[string][]string{"f": {p}}})
		if err == nil {
			t.Errorf("pattern %q compiled", p)
		}
	}
	if _, err := Compile(Config{Sets: map[string][]string{"x": {"- -"}}}); err == nil {
		t.Error("a phrase with no words compiled")
	}
}

func TestFromDataRefusesMalformedLanguage(t *testing.T) {
	tests := map[string]any{
		"not a mapping":          []any{"x"},
		"sets not a mapping":     map[string]any{"sets": []any{"x"}},
		"a set not a list":       map[string]any{"sets": map[string]any{"s": "member"}},
		"a phrase not a string":  map[string]any{"sets": map[string]any{"s": []any{"member", 3}}},
		"a frame not a list":     map[string]any{"frames": map[string]any{"f": 1}},
		"a phrase with no words": map[string]any{"sets": map[string]any{"s": []any{"  "}}},
	}
	for name, lang := range tests {
		if _, err := FromData(map[string]any{"language": lang}); err == nil {
			t.Errorf("%s: compiled without an error", name)
		}
	}
	lx, err := FromData(map[string]any{"language": map[string]any{"sets": map[string]any{"s": []any{"member practice"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if !lx.NewReader().Read(Tokenize("each member practices")).Has("s") {
		t.Error("a set read from the data does not match its phrase")
	}
}

// The stem cache stays bounded, gives what stemming gives, and is safe
// from several goroutines at once (run under the race detector).
func TestStemCache(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 3 * maxStems / 4 {
				w := fmt.Sprintf("w%dx%dpractices", g, i)
				if got, want := stem(w), english.Stem(w, false); got != want {
					t.Errorf("stem(%q) = %q, want %q", w, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	if p := stems.published.Load(); p == nil || len(*p) > maxStems {
		t.Fatalf("the published stems hold more than %d words", maxStems)
	}
	if got := stem("practices"); got != english.Stem("practices", false) {
		t.Errorf("stem(practices) = %q", got)
	}
}
