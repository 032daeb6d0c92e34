// Package result defines what a check reports: findings, criterion statuses,
// per-document results, batch findings and the summary. Its JSON shape is
// the contract of ../shared/spec/results.md: add fields, never rename them.
package result

import (
	"cmp"
	"slices"
)

// Severities, from most to least serious.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// Criterion statuses.
const (
	StatusMet           = "met"
	StatusBreached      = "breached"
	StatusNotApplicable = "not-applicable"
	StatusError         = "error"
)

// SeverityRank orders severities: error 3, warning 2, info 1, unknown 0.
func SeverityRank(s string) int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Finding is one breach or observation, built by a policy rule where the
// evidence is, with its location.
type Finding struct {
	Rule      string `json:"rule"`
	Criterion string `json:"criterion"`
	Severity  string `json:"severity"`
	Title     string `json:"title,omitempty"`
	Message   string `json:"message"`
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Section   string `json:"section,omitempty"`
	// Paragraph, Clause and Excerpt place a finding in a Word document,
	// which has no lines: the paragraph's position in the body (Line
	// holds the same number), the clause number Word shows for it, and
	// the paragraph's first words. Empty for Markdown.
	Paragraph int    `json:"paragraph,omitempty"`
	Clause    string `json:"clause,omitempty"`
	Excerpt   string `json:"excerpt,omitempty"`
	Guidance  string `json:"guidance,omitempty"`
	Reference string `json:"reference,omitempty"`
	// Locations lists every place a batch finding is about.
	Locations []Location `json:"locations,omitempty"`
	// Waived findings stay in the output but count towards neither the exit
	// status nor a breached status.
	Waived       bool   `json:"waived,omitempty"`
	WaiverReason string `json:"waiver_reason,omitempty"`
}

// Location is one place a finding points at.
type Location struct {
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Section string `json:"section,omitempty"`
	CCG     string `json:"ccg,omitempty"`
}

// Criterion is a criterion's status for one document.
type Criterion struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Status string `json:"status"`
}

// InputError is a document that could not be read or checked, in whole or
// in part.
type InputError struct {
	Message string `json:"message"`
	Line    int    `json:"line,omitempty"`
}

// Document is the result of checking one document.
type Document struct {
	Path     string       `json:"path"`
	CCG      string       `json:"ccg"`
	Criteria []Criterion  `json:"criteria"`
	Findings []Finding    `json:"findings"`
	Errors   []InputError `json:"errors"`
	// NotChecked says why a document that was read is not checked (it is
	// not a constitution): such a document is reported as skipped, never
	// counted or written as a result.
	NotChecked string `json:"-"`
}

// Batch holds findings that only a set of documents can show.
type Batch struct {
	Findings []Finding `json:"findings"`
}

// Summary counts a whole run.
type Summary struct {
	Documents int `json:"documents"`
	// Met is the number of documents that meet every applicable criterion
	// and could be read.
	Met      int `json:"met"`
	Breached int `json:"breached"`
	// InputErrors is the number of documents with input errors.
	InputErrors int `json:"input_errors"`
	Errors      int `json:"errors"`
	Warnings    int `json:"warnings"`
	Infos       int `json:"infos"`
	Findings    int `json:"findings"`
	Waived      int `json:"waived"`

	// met holds the paths counted in Met, so that a batch finding about
	// one of them can move it to Breached: a document sharing a practice
	// with another does not meet every criterion.
	met map[string]bool
}

// Breached reports whether any criterion of d is breached.
func (d *Document) Breached() bool {
	for _, c := range d.Criteria {
		if c.Status == StatusBreached {
			return true
		}
	}
	return false
}

// Add counts one document's result into s.
func (s *Summary) Add(d *Document) {
	s.Documents++
	switch {
	case len(d.Errors) > 0:
		s.InputErrors++
	case d.Breached():
		s.Breached++
	default:
		s.Met++
		if s.met == nil {
			s.met = map[string]bool{}
		}
		s.met[d.Path] = true
	}
	s.count(d.Findings)
}

// AddBatch counts batch findings into s, after every document was added.
// A document an unwaived batch error points at breaches that criterion, as
// a document's own unwaived error breaches its criterion.
func (s *Summary) AddBatch(b *Batch) {
	s.count(b.Findings)
	for _, f := range b.Findings {
		if f.Waived || f.Severity != SeverityError {
			continue
		}
		locs := f.Locations
		if len(locs) == 0 {
			locs = []Location{{Path: f.Path}}
		}
		for _, l := range locs {
			if s.met[l.Path] {
				delete(s.met, l.Path)
				s.Met--
				s.Breached++
			}
		}
	}
}

func (s *Summary) count(fs []Finding) {
	for _, f := range fs {
		s.Findings++
		if f.Waived {
			s.Waived++
			continue
		}
		switch f.Severity {
		case SeverityError:
			s.Errors++
		case SeverityWarning:
			s.Warnings++
		default:
			s.Infos++
		}
	}
}

// SortFindings puts findings in a stable order: path, line, rule, message.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Path, b.Path),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// Fails reports whether f counts towards a failing exit status at the
// given --fail-on severity.
func Fails(f Finding, failOn string) bool {
	return !f.Waived && SeverityRank(f.Severity) >= SeverityRank(failOn) && SeverityRank(failOn) > 0
}
