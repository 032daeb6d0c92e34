// Package report writes check results in the formats people and CI systems
// read. Each format is one file with one Writer; a writer receives
// documents one at a time, in order, and the batch and summary at the end,
// so formats that can stream never hold a whole run.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
)

// Tool names the program in reports.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Meta describes the run: what checked, and with which rules.
type Meta struct {
	Tool     Tool
	Profile  string
	FailOn   string
	Rules    []policy.Rule
	Criteria []policy.Criterion
	// Color allows ANSI colour in text output.
	Color bool
	// Generated is when the report was made, shown by the HTML report (a
	// printed report must say when it was true); zero leaves it out.
	Generated time.Time
	// NoEmoji writes Markdown's status and severity marks as words only,
	// for wikis and terminals that show emoji as boxes.
	NoEmoji bool
}

// Writer writes one report.
type Writer interface {
	// Document writes one document's result.
	Document(d *result.Document) error
	// Finish writes the batch findings and summary and flushes.
	Finish(b *result.Batch, s *result.Summary) error
}

// Factory makes a Writer over w.
type Factory func(w io.Writer, m Meta) Writer

var formats = map[string]Factory{}

// register adds a format; each format's file registers itself.
func register(name string, f Factory) { formats[name] = f }

// New returns a writer for the named format.
func New(format string, w io.Writer, m Meta) (Writer, error) {
	f, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (choose one of %s)", format, strings.Join(Formats(), ", "))
	}
	return f(w, m), nil
}

// Formats lists the format names, sorted.
func Formats() []string {
	var out []string
	for k := range formats {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// SummaryLine says in one line what a run found, e.g. "3 documents: 1
// meets every criterion, 2 breach (5 errors, 2 warnings)".
func SummaryLine(s *result.Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s: %d %s every criterion, %d %s",
		s.Documents, plural(s.Documents, "document", "documents"),
		s.Met, plural(s.Met, "meets", "meet"),
		s.Breached, plural(s.Breached, "breaches", "breach"))
	if s.InputErrors > 0 {
		fmt.Fprintf(&b, ", %d could not be checked", s.InputErrors)
	}
	var counts []string
	counts = append(counts, count(s.Errors, "error", "errors"), count(s.Warnings, "warning", "warnings"))
	if s.Infos > 0 {
		counts = append(counts, count(s.Infos, "note", "notes"))
	}
	if s.Waived > 0 {
		counts = append(counts, fmt.Sprintf("%d waived", s.Waived))
	}
	fmt.Fprintf(&b, " (%s)", strings.Join(counts, ", "))
	return b.String()
}

func count(n int, one, many string) string { return fmt.Sprintf("%d %s", n, plural(n, one, many)) }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
