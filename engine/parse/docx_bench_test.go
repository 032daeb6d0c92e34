package parse

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// pages is how many copies of a bundled constitution (about eight pages
// each in Word) make the long document the benchmarks read: some sixty
// pages.
const pages = 8

// longWord is testdata/docx/NAME.docx (LibreOffice, automatic numbering)
// with its body repeated n times; longMarkdown is constitutions/NAME.md
// with its body (not the front matter) repeated n times: the same
// document in both formats.
func longWord(tb testing.TB, name string, n int) []byte {
	tb.Helper()
	src, err := os.ReadFile("../../testdata/docx/" + name + ".docx")
	if err != nil {
		tb.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "word/document.xml" {
			s := string(b)
			start := strings.Index(s, "<w:body>") + len("<w:body>")
			end := strings.LastIndex(s, "<w:sectPr")
			if end < start {
				end = strings.LastIndex(s, "</w:body>")
			}
			body := s[start:end]
			b = []byte(s[:start] + strings.Repeat(body, n) + s[end:])
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func longMarkdown(tb testing.TB, name string, n int) []byte {
	tb.Helper()
	src, err := os.ReadFile("../../constitutions/" + name + ".md")
	if err != nil {
		tb.Fatal(err)
	}
	s := string(src)
	front := ""
	if strings.HasPrefix(s, "---\n") {
		end := strings.Index(s[4:], "\n---\n") + 4 + 5
		front, s = s[:end], s[end:]
	}
	return []byte(front + strings.Repeat(s+"\n", n))
}

// BenchmarkParseDocx reads a sixty-page Word constitution (read and
// extract, as `ccgvet check` does), and the same document in Markdown for
// comparison: docs/performance.md records the two.
func BenchmarkParseDocx(b *testing.B) {
	for _, bm := range []struct {
		name, path string
		src        []byte
	}{
		{"docx", "long.docx", longWord(b, "kirkhallam", pages)},
		{"markdown", "long.md", longMarkdown(b, "kirkhallam", pages)},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(bm.path, bm.src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLongWordReadsAsMarkdown: the benchmark's two documents are the same
// document, block for block.
func TestLongWordReadsAsMarkdown(t *testing.T) {
	w, err := Parse("long.docx", longWord(t, "kirkhallam", 2))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse("long.md", longMarkdown(t, "kirkhallam", 2))
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Blocks) != len(m.Blocks) || len(w.Sections) != len(m.Sections) {
		t.Errorf("docx %d blocks, %d sections; markdown %d blocks, %d sections", len(w.Blocks), len(w.Sections), len(m.Blocks), len(m.Sections))
	}
}
