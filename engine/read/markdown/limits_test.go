package markdown

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// readJSON reads src and gives its outline as JSON, without warnings: two
// encodings of one text must read the same.
func readJSON(t *testing.T, src []byte) string {
	t.Helper()
	o, ierr := Read(src)
	if ierr != nil {
		t.Fatalf("Read: %v", ierr)
	}
	o.Warnings = nil
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func utf16Bytes(s string, order binary.AppendByteOrder, bom bool) []byte {
	var out []byte
	if bom {
		out = order.AppendUint16(out, 0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

func utf32Bytes(s string, order binary.AppendByteOrder, bom bool) []byte {
	var out []byte
	if bom {
		out = order.AppendUint32(out, 0xFEFF)
	}
	for _, r := range s {
		out = order.AppendUint32(out, uint32(r))
	}
	return out
}

// A constitution reads the same whatever its line ends and its Unicode
// encoding: lines keep their numbers, and nothing is called binary.
func TestLineEndsAndEncodings(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "examples", "ex02-northbrook.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n") + "Astral plane: \U0001F600, and a dash – here.\n"
	want := readJSON(t, []byte(text))
	tests := []struct {
		name    string
		src     []byte
		warning string
	}{
		{"LF", []byte(text), ""},
		{"CRLF", []byte(strings.ReplaceAll(text, "\n", "\r\n")), ""},
		{"CR alone (old Mac)", []byte(strings.ReplaceAll(text, "\n", "\r")), ""},
		{"CR, LF and CRLF mixed", []byte(strings.Replace(strings.Replace(text, "\n", "\r", 40), "\n", "\r\n", 40)), ""},
		{"UTF-16 LE with BOM (PowerShell 5)", utf16Bytes(text, binary.LittleEndian, true), "UTF-16 (little-endian)"},
		{"UTF-16 BE with BOM", utf16Bytes(text, binary.BigEndian, true), "UTF-16 (big-endian)"},
		{"UTF-16 LE without BOM", utf16Bytes(text, binary.LittleEndian, false), "UTF-16 (little-endian)"},
		{"UTF-16 BE without BOM", utf16Bytes(text, binary.BigEndian, false), "UTF-16 (big-endian)"},
		{"UTF-32 LE with BOM", utf32Bytes(text, binary.LittleEndian, true), "UTF-32 (little-endian)"},
		{"UTF-32 BE without BOM", utf32Bytes(text, binary.BigEndian, false), "UTF-32 (big-endian)"},
		{"UTF-16 LE, CRLF", utf16Bytes(strings.ReplaceAll(text, "\n", "\r\n"), binary.LittleEndian, true), "UTF-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readJSON(t, tt.src); got != want {
				t.Errorf("reads differently from the UTF-8 LF file:\n got %.300s\nwant %.300s", got, want)
			}
			o, _ := Read(tt.src)
			var warned []string
			for _, w := range o.Warnings {
				warned = append(warned, w.Message)
			}
			if tt.warning != "" && !strings.Contains(strings.Join(warned, "\n"), tt.warning) {
				t.Errorf("warnings %q, want one naming %s", warned, tt.warning)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		bad  bool
	}{
		{"UTF-8 is left alone", []byte("a\r\nb\n"), "a\r\nb\n", false},
		{"lone CR at the end", []byte("a\rb\r"), "a\nb\n", false},
		{"an unpaired surrogate", utf16Bytes("a", binary.LittleEndian, true)[:4:4], "a", false},
		{"odd length", append(utf16Bytes("ab", binary.LittleEndian, true), 'x'), "ab\uFFFD", true},
		{"lone high surrogate", append(utf16Bytes("a", binary.LittleEndian, true), 0x00, 0xD8, 'b', 0), "a\uFFFDb", true},
		{"binary with zero bytes is not taken for UTF-16", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "\x89PNG\r\n\x1a\n\x00\x00\x00\nIHDR\x00\x00", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings := decodeText(tt.in)
			if string(got) != tt.want {
				t.Errorf("decodeText = %q, want %q", got, tt.want)
			}
			bad := len(warnings) > 0 && strings.Contains(warnings[0].Message, "not valid")
			if bad != tt.bad {
				t.Errorf("warnings %+v, want invalid units reported: %v", warnings, tt.bad)
			}
		})
	}
}

// Brackets and emphasis marks that would take goldmark minutes are
// refused before it sees them, at their line; what real documents hold is
// far below the bound.
func TestDelimiterBound(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
	}{
		{"a million nested brackets on one line (2 MB)", "# 1. Intro\n\n" + strings.Repeat("[", 1000000) + "a" + strings.Repeat("]", 1000000) + "\n", 3},
		{"nested images", "x\n\n" + strings.Repeat("![", 100000) + "a" + strings.Repeat("]", 100000) + "\n", 3},
		// Refused at the line where the work passes the bound.
		{"brackets on lines of their own", strings.Repeat("[\n", 60000) + "a" + strings.Repeat("\n]", 60000) + "\n", 0},
		{"mismatched emphasis: 40,000 \"*a_ \"", "x\n\n" + strings.Repeat("*a_ ", 40000) + "\n", 3},
		{"runs that cannot open before closers", strings.Repeat("a * b ", 20000) + strings.Repeat("a_ ", 20000) + "\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read([]byte(tt.src))
			if err == nil || err.Message != delimiterErr {
				t.Fatalf("Read = %v, want the delimiter bound", err)
			}
			if tt.line > 0 && err.Line != tt.line {
				t.Errorf("at line %d, want %d", err.Line, tt.line)
			}
		})
	}
	ok := []struct{ name, src string }{
		{"matched emphasis, many", strings.Repeat("*a* **b** _c_ ", 50000) + "\n"},
		{"a table of 50,000 rows of bold and links", "| A | B |\n|---|---|\n" + strings.Repeat("| **x** [y] | _z_ [w](u) |\n", 50000)},
		{"unclosed brackets", strings.Repeat("[a ", 100000) + "\n"},
		{"emphasis in a code block", "```\n" + strings.Repeat("*a_ ", 40000) + "\n```\n"},
		{"signature lines", strings.Repeat("Signed: ________ Date: ________\n", 20000)},
	}
	for _, tt := range ok {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read([]byte(tt.src)); err != nil {
				t.Errorf("Read = %v, want it read", err)
			}
		})
	}
}

// The documents in the repository are nowhere near the bound.
func TestDelimiterWorkOfRealDocuments(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../../../constitutions/*.md", "../../../testdata/examples/*.md", "../../../testdata/real/*.md"} {
		f, _ := filepath.Glob(pattern)
		files = append(files, f...)
	}
	if len(files) == 0 {
		t.Fatal("no documents found")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if w := delimiterWork(src); w > maxDelimiterWork/1000 {
			t.Errorf("%s: delimiter work %d, within a thousandth of the bound %d", f, w, maxDelimiterWork)
		}
	}
}

// delimiterWork is the estimate for the whole of src as one paragraph: a
// bound on what checkDelimiters counts for any of its paragraphs.
func delimiterWork(src []byte) int {
	var est delimiterEstimate
	for start := 0; start < len(src); {
		line, next := lineAt(src, start)
		est.line(line)
		start = next
	}
	return est.work
}

// Aliases that repeat a value hundreds of times are refused at their key:
// `ccgvet parse` would write each repetition out.
func TestFrontMatterExpansion(t *testing.T) {
	big := strings.Repeat("x", 1<<20)
	bomb := "---\nccg: NHS Test CCG\na: &a \"" + big + "\"\nb: &b [" + strings.Repeat("*a,", 29) + "*a]\nc: [" + strings.Repeat("*b,", 29) + "*b]\n---\n# 1. Intro\n"
	_, err := Read([]byte(bomb))
	if err == nil || !strings.Contains(err.Message, "its aliases repeat it") || err.Line != 4 {
		t.Fatalf("Read = %v, want the expansion refused at line 4 (b)", err)
	}
	fine := "---\nccg: NHS Test CCG\ndates:\n  adopted: &d 2013-04-01\n  varied: *d\nreviewers: &r [A, B]\nalso: *r\n---\n# 1. Intro\n"
	o, ierr := Read([]byte(fine))
	if ierr != nil {
		t.Fatalf("Read = %v", ierr)
	}
	if fmt.Sprint(o.FrontMatter.Extra["also"]) != "[A B]" {
		t.Errorf("extra = %v", o.FrontMatter.Extra)
	}
}
