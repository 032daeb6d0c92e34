package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// FuzzParse feeds the parser mutated constitutions. It must return a
// document or an InputError, never panic (a recovered panic shows as an
// "internal error"), never take long, and every line it gives must be a
// line of the file.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../../constitutions/*.md")
	examples, _ := filepath.Glob(filepath.Join(examples, "*.md"))
	for _, path := range append(seeds, examples...) {
		src, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("---\nccg: x\nmember_vote: {for: 1}\n---\n# 3. Membership\n\n- A Surgery (Y00001)\n"))
	f.Add([]byte("# Joint Committee\n\n| Member | Category | Voting |\n|---|---|---|\n| Two GP members | | Yes |\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		// A parse that never ends is caught by go test's -timeout, not by
		// a clock here: no test depends on the machine's speed.
		doc, err := Parse("fuzz.md", src)
		if err != nil {
			var ie *model.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is %T, want *model.InputError", err, err)
			}
			if strings.Contains(ie.Message, "internal error") {
				t.Fatalf("Parse panicked: %v", err)
			}
			if ie.Line < 0 || ie.Line > bytes.Count(src, []byte("\n"))+2 {
				t.Fatalf("error line %d outside the file: %v", ie.Line, err)
			}
			return
		}
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("model does not marshal: %v", err)
		}
		checkLines(t, doc)
	})
}

// checkLines asserts that every line in the model is a line of the file.
func checkLines(t *testing.T, doc *model.Document) {
	t.Helper()
	n := doc.Lines
	check := func(what string, line int, zeroOK bool) {
		if (line == 0 && zeroOK) || (line >= 1 && line <= n) {
			return
		}
		t.Fatalf("%s at line %d, file has %d lines", what, line, n)
	}
	for _, s := range doc.Sections {
		check("section "+s.Heading, s.Line, false)
		check("end of section "+s.Heading, s.EndLine, false)
		if s.EndLine < s.Line {
			t.Fatalf("section %q ends at %d before its line %d", s.Heading, s.EndLine, s.Line)
		}
	}
	for _, b := range doc.Blocks {
		check("block", b.Line, false)
		check("end of block", b.EndLine, false)
	}
	check("membership", doc.Membership.Line, true)
	for _, p := range doc.Membership.Practices {
		check("practice "+p.Name, p.Line, false)
		check("sign-off of "+p.Name, p.SignOffLine, true)
	}
	for _, c := range append(doc.Committees, derefCommittee(doc.GoverningBody)...) {
		check("committee "+c.Name, c.Line, false)
		for _, s := range c.Seats {
			check("seat "+s.Role, s.Line, false)
		}
		if c.Quorum != nil {
			check("quorum", c.Quorum.Line, false)
		}
	}
	for _, v := range doc.Votes {
		check("vote", v.Line, false)
		for _, p := range v.Practices {
			check("practice vote", p.Line, false)
		}
	}
	for _, w := range doc.Warnings {
		check("warning "+w.Message, w.Line, true)
	}
	for k, l := range doc.FrontMatter.KeyLines {
		check("front matter key "+k, l, false)
	}
}

func derefCommittee(c *model.Committee) []model.Committee {
	if c == nil {
		return nil
	}
	return []model.Committee{*c}
}
