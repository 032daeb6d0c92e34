package parse

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

// shrink scales the size of the largest inputs down under the race
// detector; without it they are full size.
func shrink(n int) int {
	if raceEnabled {
		return n / 4
	}
	return n
}

func bigDocument(t testing.TB, size int) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(examples, "ex02-northbrook.md"))
	if err != nil {
		t.Fatal(err)
	}
	// Repeat the body (not the front matter) up to size bytes.
	body := src[bytes.Index(src, []byte("\n---\n"))+5:]
	var b bytes.Buffer
	b.Write(src)
	for b.Len() < size {
		b.Write(body)
	}
	return b.Bytes()
}

func manyPractices(n int) []byte {
	var b bytes.Buffer
	b.WriteString("# Appendix A – Member practices\n\n| Practice | Code | Signed by | Date |\n|---|---|---|---|\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "| Practice %d Surgery | Y%05d | Dr X | 01/01/2015 |\n", i, i%100000)
	}
	return b.Bytes()
}

func wideTable(cols, rows int) []byte {
	var b bytes.Buffer
	b.WriteString("# Practices\n\n|" + strings.Repeat(" Practice |", cols) + "\n|" + strings.Repeat("---|", cols) + "\n")
	for i := 0; i < rows; i++ {
		b.WriteString("|" + strings.Repeat(" x |", cols) + "\n")
	}
	return b.Bytes()
}

func nestedLists(depth int) []byte {
	var b bytes.Buffer
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	return b.Bytes()
}

// TestBadInput: input the parser cannot or should not read ends in an
// InputError naming the file and line, or parses; it never panics or
// hangs.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name     string
		src      []byte
		wantErr  string // substring of the error; "" means it must parse
		wantLine int    // line of the error, when wantErr is set
	}{
		{name: "invalid YAML", src: []byte("---\nccg: NHS X CCG\ncode: 99X\nversion: [1\nstatus: x\n---\n# A\n"), wantErr: "front matter:", wantLine: 4},
		{name: "YAML mapping error", src: []byte("---\nccg: NHS X CCG\nstatus: a: b\n---\n# A\n"), wantErr: "front matter: mapping values are not allowed", wantLine: 3},
		// An unclosed flow on the first YAML line is found where the YAML
		// ends: yaml.v3 reports no other line for it.
		{name: "YAML unclosed on the first line", src: []byte("---\nccg: [x\n---\n"), wantErr: "front matter:", wantLine: 3},
		{name: "YAML scanner error on the first line", src: []byte("---\nccg: a: b\n---\n"), wantErr: "front matter:", wantLine: 2},
		{name: "YAML unknown anchor", src: []byte("---\nccg: x\ncode: *nope\n---\n"), wantErr: "unknown anchor", wantLine: 3},
		{name: "YAML flow mapping", src: []byte("---\nccg: x\nextra: {a: 1\n---\n"), wantErr: "front matter:", wantLine: 3},
		{name: "YAML tab", src: []byte("---\nccg: x\n\tcode: 1\n---\n"), wantErr: "front matter:", wantLine: 3},
		{name: "duplicate key", src: []byte("---\nccg: x\ncode: 1\nccg: y\n---\n"), wantErr: `key "ccg" is already given at line 2`, wantLine: 4},
		{name: "front matter not a mapping", src: []byte("---\n- a\n- b\n---\n# A\n"), wantErr: "want keys and values", wantLine: 2},
		{name: "known key not a value", src: []byte("---\nccg:\n  - a\n---\n"), wantErr: "ccg: want a single value", wantLine: 3},
		{name: "unknown model", src: []byte("---\ncommissioning_model: level 4\n---\n# A\n"), wantErr: `unknown commissioning model "level 4"`, wantLine: 2},
		{name: "member_vote not numbers", src: []byte("---\nmember_vote:\n  for: many\n---\n"), wantErr: `member_vote: for: want a whole number`, wantLine: 3},
		{name: "member_vote without for", src: []byte("---\nmember_vote:\n  against: 3\n---\n"), wantErr: "`for`", wantLine: 2},
		{name: "unterminated front matter", src: []byte("---\nccg: x\n# Heading\n\ntext\n"), wantErr: "no closing ---", wantLine: 1},
		{name: "empty file", src: nil, wantErr: "the file is empty"},
		{name: "blank file", src: []byte("\n \n\t\n"), wantErr: "the file is empty"},
		{name: "binary", src: []byte("%PDF-1.4\n\x00\x01\x02\x03binary"), wantErr: "not a text file", wantLine: 2},
		{name: "NUL byte", src: []byte("# A\n\ntext\x00\n"), wantErr: "not a text file", wantLine: 3},
		{name: "deep lists", src: nestedLists(3000), wantErr: "nest more than", wantLine: 2*markdown.MaxNesting + 1},
		{name: "deep lists on one line", src: []byte(strings.Repeat("- ", 3000) + "x\n"), wantErr: "nest more than", wantLine: 1},
		{name: "deep block quotes", src: []byte(strings.Repeat(">", 100000) + " x\n"), wantErr: "nest more than", wantLine: 1},
		{name: "deep spaced block quotes", src: []byte("# A\n\n" + strings.Repeat("> ", 100000) + "x\n"), wantErr: "nest more than", wantLine: 3},
		{name: "deep ordered lists", src: []byte(strings.Repeat("1. ", 3000) + "x\n"), wantErr: "nest more than", wantLine: 1},
		{name: "unclosed links", src: []byte("# A\n\n" + strings.Repeat("[a](", 100000) + "\n"), wantErr: "links here would take", wantLine: 3},
		{name: "unclosed images", src: []byte(strings.Repeat("![a](", 100000)), wantErr: "links here would take", wantLine: 1},
		{name: "unclosed angle destinations", src: []byte(strings.Repeat("[a](< ", 100000)), wantErr: "links here would take", wantLine: 1},
		{name: "open link titles", src: []byte(strings.Repeat("[a](b \"\n", 100000)), wantErr: "links here would take"},
		{name: "reference definitions", src: []byte(strings.Repeat("[a]: b\n", 100000)), wantErr: "links here would take"},
		// Input that is odd but readable parses.
		{name: "many real links", src: []byte("# Practices\n\n| Practice | Website |\n|---|---|\n" + strings.Repeat("| A Surgery | [site](https://example.org/a \"A\") |\n", shrink(100000)))},
		{name: "reference definitions apart", src: []byte(strings.Repeat("[a]: b\n\n", 100000))},
		{name: "front matter only", src: []byte("---\nccg: NHS X CCG\n---\n")},
		{name: "empty front matter", src: []byte("---\n---\n# A\n")},
		{name: "no headings", src: []byte("Just a paragraph.\n\nAnd another.\n")},
		{name: "invalid UTF-8", src: []byte("# Membership \xff\xfe\n\n| Practice | Code |\n|---|---|\n| Caf\xe9 Surgery | Y00001 |\n")},
		{name: "CRLF", src: []byte("---\r\nccg: X\r\n---\r\n# 3. Membership\r\n\r\n| Practice | Code |\r\n|---|---|\r\n| A | Y00001 |\r\n")},
		{name: "byte-order mark", src: []byte("\xef\xbb\xbf---\nccg: X\n---\n# A\n")},
		{name: "thematic break first", src: []byte("***\n# A\n")},
		{name: "nesting at the limit", src: nestedLists(markdown.MaxNesting)},
		{name: "wide table", src: wideTable(10000, 5)},
		{name: "20 MB document", src: bigDocument(t, shrink(20<<20))},
		{name: "100,000 practices", src: manyPractices(shrink(100000))},
		{name: "long line", src: []byte("# A\n\n" + strings.Repeat("word ", 2<<20) + "\n")},
		{name: "many headings", src: []byte(strings.Repeat("# 6.4 Committee\n## Audit Committee\n", 50000))},
		{name: "unclosed HTML tables", src: []byte(strings.Repeat("<table>\n<tr><td>Practice</td></tr>\n\n", shrink(100000)))},
		{name: "unclosed brackets", src: []byte(strings.Repeat("[", 100000) + strings.Repeat("*a ", 100000) + "\n")},
	}
	for _, tt := range tests {
		// Each input is far beyond a real constitution. That it ends at
		// all is what is tested (go test's own timeout catches a hang);
		// how fast is measured by BenchmarkParseLarge and recorded in
		// docs/limits.md, never asserted against the clock here, where
		// the machine's load would decide.
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("constitutions/x.md", tt.src)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Parse: %v, want a document", err)
				}
				if doc == nil || doc.Lines == 0 {
					t.Fatalf("Parse returned %+v", doc)
				}
				return
			}
			var ie *model.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("Parse error = %v (%T), want *model.InputError containing %q", err, err, tt.wantErr)
			}
			if !strings.Contains(ie.Error(), tt.wantErr) {
				t.Errorf("error = %q, want it to contain %q", ie.Error(), tt.wantErr)
			}
			if ie.Path != "constitutions/x.md" {
				t.Errorf("error path = %q", ie.Path)
			}
			if tt.wantLine != 0 && ie.Line != tt.wantLine {
				t.Errorf("error line = %d, want %d (%s)", ie.Line, tt.wantLine, ie.Error())
			}
			if tt.wantLine != 0 && !strings.HasPrefix(ie.Error(), fmt.Sprintf("constitutions/x.md:%d: ", tt.wantLine)) {
				t.Errorf("error %q does not start with file:line", ie.Error())
			}
		})
	}
}
