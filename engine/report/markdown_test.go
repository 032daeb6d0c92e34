package report

import (
	"strings"
	"testing"
)

func TestMarkdownText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hill Top Medical Centre", "Hill Top Medical Centre"},
		{pwned, "&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;"},
		{"a | b", `a \| b`},
		{"*bold* _em_ `code` [link](x) ~~s~~ $x$", "\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~ \\$x\\$"},
		{"R&D", "R&amp;D"},
		{"line one\nline two\r\nthree", "line one line two three"},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		if got := markdownText(tt.in); got != tt.want {
			t.Errorf("markdownText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"constitutions/a.md", "`constitutions/a.md`"},
		{"a`b.md", "a\\`b.md"},
		{"a|b.md", `a\|b.md`},
	}
	for _, tt := range tests {
		if got := markdownCode(tt.in); got != tt.want {
			t.Errorf("markdownCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMarkdownTableRows checks that every matrix row has one cell per
// column whatever the document text, so no name breaks the table.
func TestMarkdownTableRows(t *testing.T) {
	run := newSampleRun()
	run.docs[0].CCG = "NHS A | B\nCCG"
	out := markdownReport(run.meta, run.docs, &run.batch, &run.summary, true)
	var header int
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "| ") {
			continue
		}
		cells := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|")
		if header == 0 {
			header = cells
		} else if cells != header {
			t.Errorf("row has %d cell separators, header %d: %q", cells, header, line)
		}
	}
	if header == 0 {
		t.Fatal("no table in the report")
	}
}

func TestMarkdownNoEmoji(t *testing.T) {
	run := newSampleRun()
	run.meta.NoEmoji = true
	out := string(run.render(t, "markdown"))
	for _, e := range []string{"✅", "❌", "➖", "❗", "⚠️", "ℹ️"} {
		if strings.Contains(out, e) {
			t.Errorf("--no-emoji output has %q", e)
		}
	}
	for _, w := range []string{"| met |", "| **breached** |", "| **error** |", "**Error: Practice has not signed off**", "**Could not be checked**"} {
		if !strings.Contains(out, w) {
			t.Errorf("--no-emoji output lacks %q", w)
		}
	}
}

func TestHTMLDateAndPrint(t *testing.T) {
	out := string(newSampleRun().render(t, "html"))
	for _, w := range []string{
		`Made on <time datetime="2026-12-06T11:20:00Z">6 December 2026 at 11:20 UTC</time>`,
		"@page { size: A4;",
		"overflow-wrap: break-word",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("HTML report lacks %q", w)
		}
	}
	if strings.Contains(out, "body {\n  margin: 0 auto; max-width: 78rem; padding: 1rem;\n  font: 16px/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif;\n  color: var(--fg); background: var(--bg);\n  overflow-wrap: anywhere;") {
		t.Error("names may still break mid-word")
	}
}
