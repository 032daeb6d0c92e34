package report

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/ccgvet/ccgvet/engine/result"
)

func init() { register("text", newText) }

// textWriter writes for people: each document's findings as
// `path:line: severity: message [rule]` (the form editors and terminals
// turn into links), its criterion status table, then one summary line.
type textWriter struct {
	w    *bufio.Writer
	meta Meta
	n    int
}

// Text from documents and policies is written Printable: a terminal shows
// it, never obeys it.
func newText(w io.Writer, m Meta) Writer {
	return &textWriter{w: bufio.NewWriter(w), meta: printableMeta(m)}
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiGreen  = "\x1b[32m"
	ansiBlue   = "\x1b[34m"
	ansiDim    = "\x1b[2m"
)

func (t *textWriter) paint(code, s string) string {
	if !t.meta.Color || code == "" {
		return s
	}
	return code + s + ansiReset
}

func severityColour(s string) string {
	switch s {
	case result.SeverityError:
		return ansiRed
	case result.SeverityWarning:
		return ansiYellow
	}
	return ansiBlue
}

func statusColour(s string) string {
	switch s {
	case result.StatusBreached, result.StatusError:
		return ansiRed
	case result.StatusMet:
		return ansiGreen
	}
	return ansiDim
}

func (t *textWriter) finding(f *result.Finding) {
	sev := t.paint(severityColour(f.Severity), f.Severity)
	msg := f.Message
	if f.Waived {
		sev = t.paint(ansiDim, "waived "+f.Severity)
		msg += " (waived: " + f.WaiverReason + ")"
	}
	fmt.Fprintf(t.w, "%s: %s: %s [%s]\n", Where(f), sev, msg, f.Rule)
}

// Place says where a finding is in terms its reader can open: "path:line"
// for a text file, as editors and terminals link it; for a Word document,
// which has no lines, the paragraph (its position in the body, 1-based)
// and the section heading, which Word's navigation pane shows.
func Place(path string, line int, section string) string {
	if !IsWord(path) {
		return fmt.Sprintf("%s:%d", path, line)
	}
	if section != "" {
		return fmt.Sprintf("%s, paragraph %d (%s)", path, line, section)
	}
	return fmt.Sprintf("%s, paragraph %d", path, line)
}

// Where is the place a finding points at, as a person opens it:
// "x.md:42" in Markdown; in Word, the paragraph, the clause number Word
// shows and the heading, and the paragraph's first words:
// `x.docx, paragraph 56, clause 6.3.3 (6.3 Primary Care Committee) "The
// Committee's members are…"`.
func Where(f *result.Finding) string {
	if !IsWord(f.Path) {
		return fmt.Sprintf("%s:%d", f.Path, f.Line)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s, paragraph %d", f.Path, f.Line)
	if f.Clause != "" {
		fmt.Fprintf(&b, ", clause %s", f.Clause)
	}
	if f.Section != "" {
		fmt.Fprintf(&b, " (%s)", f.Section)
	}
	if f.Excerpt != "" && f.Excerpt != f.Section {
		fmt.Fprintf(&b, " %q", f.Excerpt)
	}
	return b.String()
}

// IsWord reports whether a path names a Word document, whose locations
// are paragraphs rather than lines.
func IsWord(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".docx", ".docm", ".doc", ".dotx", ".dotm":
		return true
	}
	return false
}

func (t *textWriter) Document(d *result.Document) error {
	d = printableDocument(d)
	if t.n > 0 {
		t.w.WriteString("\n")
	}
	t.n++
	title := d.Path
	if d.CCG != "" {
		title += " — " + d.CCG
	}
	fmt.Fprintln(t.w, t.paint(ansiBold, title))
	for _, e := range d.Errors {
		if e.Line > 0 {
			fmt.Fprintf(t.w, "%s:%d: %s: %s\n", d.Path, e.Line, t.paint(ansiRed, "input error"), e.Message)
		} else {
			fmt.Fprintf(t.w, "%s: %s: %s\n", d.Path, t.paint(ansiRed, "input error"), e.Message)
		}
	}
	for i := range d.Findings {
		t.finding(&d.Findings[i])
	}
	if len(d.Errors) == 0 {
		width := 0
		for _, c := range d.Criteria {
			width = max(width, len(c.ID))
		}
		for _, c := range d.Criteria {
			fmt.Fprintf(t.w, "  %-*s  %s\n", width, c.ID, t.paint(statusColour(c.Status), c.Status))
		}
	}
	return nil
}

func (t *textWriter) Finish(b *result.Batch, s *result.Summary) error {
	b = printableBatch(b)
	if len(b.Findings) > 0 {
		fmt.Fprintf(t.w, "\n%s\n", t.paint(ansiBold, "Across documents"))
		for i := range b.Findings {
			f := &b.Findings[i]
			t.finding(f)
			for _, l := range f.Locations[min(1, len(f.Locations)):] {
				fmt.Fprintf(t.w, "    %s:%d: also listed here%s\n", l.Path, l.Line, ccgSuffix(l.CCG))
			}
		}
	}
	fmt.Fprintf(t.w, "\n%s\n", SummaryLine(s))
	return t.w.Flush()
}

func ccgSuffix(ccg string) string {
	if strings.TrimSpace(ccg) == "" {
		return ""
	}
	return " (" + ccg + ")"
}
