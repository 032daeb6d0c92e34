package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
)

// Printable makes text that came from a document or a file name safe to
// show in a terminal or a CI log. Control characters (all of C0 but tab,
// DEL and C1), the Unicode line and paragraph separators and the
// bidirectional controls are written as escapes (\n, \x1b, \u202e): then an
// ESC cannot colour or rewrite the terminal, a line break cannot start a
// line that a CI system reads as a command (`::error ...`), and no text can
// reorder what is shown around it. Invalid UTF-8 becomes U+FFFD. The JSON
// and SARIF formats keep text as it is: their readers are programs.
func Printable(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch {
		case r == utf8.RuneError && isInvalid(s[i:]):
			b.WriteRune(utf8.RuneError)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 && r != '\t', r >= 0x7f && r < 0xa0:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeFormat(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsEscape is the fast path: most text has nothing to escape.
func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' || c == 0x7f || c >= 0x80 {
			if c < 0x80 {
				return true
			}
			// Non-ASCII: look at the runes.
			for j, r := range s[i:] {
				if r < 0x20 && r != '\t' || r >= 0x7f && r < 0xa0 || unsafeFormat(r) || r == utf8.RuneError && isInvalid(s[i+j:]) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// unsafeFormat reports the format characters that move or reorder text:
// the line and paragraph separators and the bidirectional controls.
func unsafeFormat(r rune) bool {
	switch {
	case r == 0x2028, r == 0x2029, // line and paragraph separators
		r == 0x061c,              // Arabic letter mark
		r == 0x200e, r == 0x200f, // left-to-right and right-to-left marks
		r >= 0x202a && r <= 0x202e, // embeddings and overrides
		r >= 0x2066 && r <= 0x2069: // isolates
		return true
	}
	return false
}

// isInvalid says whether s starts with a byte that is not valid UTF-8
// (rather than an encoded U+FFFD).
func isInvalid(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	return size <= 1
}

// printableDocument is d with every text a person reads made Printable:
// the human formats write from it, so that none can forget a field.
func printableDocument(d *result.Document) *result.Document {
	c := *d
	c.Path, c.CCG = Printable(d.Path), Printable(d.CCG)
	c.Criteria = make([]result.Criterion, len(d.Criteria))
	for i, cr := range d.Criteria {
		c.Criteria[i] = result.Criterion{ID: Printable(cr.ID), Title: Printable(cr.Title), Status: Printable(cr.Status)}
	}
	c.Findings = printableFindings(d.Findings)
	c.Errors = make([]result.InputError, len(d.Errors))
	for i, e := range d.Errors {
		c.Errors[i] = result.InputError{Message: Printable(e.Message), Line: e.Line}
	}
	return &c
}

// printableBatch is b with its findings made Printable.
func printableBatch(b *result.Batch) *result.Batch {
	c := *b
	c.Findings = printableFindings(b.Findings)
	return &c
}

func printableFindings(fs []result.Finding) []result.Finding {
	if fs == nil {
		return nil
	}
	out := make([]result.Finding, len(fs))
	for i, f := range fs {
		f.Rule, f.Criterion, f.Severity = Printable(f.Rule), Printable(f.Criterion), Printable(f.Severity)
		f.Title, f.Message, f.Path, f.Section = Printable(f.Title), Printable(f.Message), Printable(f.Path), Printable(f.Section)
		f.Guidance, f.Reference, f.WaiverReason = Printable(f.Guidance), Printable(f.Reference), Printable(f.WaiverReason)
		if f.Locations != nil {
			locs := make([]result.Location, len(f.Locations))
			for j, l := range f.Locations {
				locs[j] = result.Location{Path: Printable(l.Path), Line: l.Line, Section: Printable(l.Section), CCG: Printable(l.CCG)}
			}
			f.Locations = locs
		}
		out[i] = f
	}
	return out
}

// printableMeta is m with the rule catalogue made Printable: a user's
// policy names its own titles, guidance and references.
func printableMeta(m Meta) Meta {
	rules := make([]policy.Rule, len(m.Rules))
	for i, r := range m.Rules {
		r.ID, r.Criterion, r.Title = Printable(r.ID), Printable(r.Criterion), Printable(r.Title)
		r.Guidance, r.Reference = Printable(r.Guidance), Printable(r.Reference)
		rules[i] = r
	}
	criteria := make([]policy.Criterion, len(m.Criteria))
	for i, c := range m.Criteria {
		c.ID, c.Title = Printable(c.ID), Printable(c.Title)
		criteria[i] = c
	}
	m.Rules, m.Criteria = rules, criteria
	m.Profile = Printable(m.Profile)
	return m
}
