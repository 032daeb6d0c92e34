// Package waiver applies documented deviations: a reviewer who accepts a
// finding records the rule, the documents it covers, a reason and, if it
// should lapse, an expiry date. A waived finding stays in the output,
// marked with its reason, and counts towards neither the exit status nor a
// breached status. An expired waiver no longer applies and is itself
// reported, so that it is renewed or removed rather than forgotten.
package waiver

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/ccgvet/ccgvet/engine/result"
)

// Waiver is one accepted deviation.
type Waiver struct {
	// Rule is a rule id (criterion/rule) or a criterion id, which covers
	// all its rules.
	Rule string `yaml:"rule" json:"rule"`
	// Path is a glob over document paths (forward slashes, relative to
	// Base; `**` matches any number of folders, `{a,b}` either). Empty
	// matches every document.
	Path string `yaml:"path" json:"path,omitempty"`
	// Line, when set, limits the waiver to findings at that line.
	Line    int    `yaml:"line" json:"line,omitempty"`
	Reason  string `yaml:"reason" json:"reason"`
	Expires string `yaml:"expires" json:"expires,omitempty"`

	// Source and SourceLine say where the waiver is written.
	Source     string `yaml:"-" json:"source,omitempty"`
	SourceLine int    `yaml:"-" json:"source_line,omitempty"`
	// Base is the folder Path is relative to: the folder of the config
	// that holds the waiver, so that it matches the same documents
	// whatever folder ccgvet is run from. Empty means the working
	// directory.
	Base string `yaml:"-" json:"-"`

	expires time.Time
	pattern string
	// base is Base made absolute.
	base string
}

// Set is a validated list of waivers evaluated at one moment.
type Set struct {
	waivers []Waiver
	now     time.Time
	// used counts, for each waiver, the findings it waived: run by
	// concurrent workers.
	used []atomic.Int64
}

// New validates waivers: each needs a rule and a reason, and a valid
// expiry date if it has one. now decides which have expired.
func New(ws []Waiver, now time.Time) (*Set, error) {
	var errs []string
	out := make([]Waiver, len(ws))
	for i, w := range ws {
		where := fmt.Sprintf("waiver %d", i+1)
		if w.Source != "" {
			where = fmt.Sprintf("%s:%d: waiver", w.Source, w.SourceLine)
		}
		if strings.TrimSpace(w.Rule) == "" {
			errs = append(errs, where+": needs a rule")
		}
		if strings.TrimSpace(w.Reason) == "" {
			errs = append(errs, fmt.Sprintf("%s for %s: needs a reason (say why the finding is accepted)", where, w.Rule))
		}
		if w.Path != "" {
			w.pattern = path.Clean(filepath.ToSlash(w.Path))
			if !doublestar.ValidatePattern(w.pattern) {
				errs = append(errs, fmt.Sprintf("%s for %s: bad path pattern %q (an unclosed [ or {?)", where, w.Rule, w.Path))
			}
		}
		base, err := filepath.Abs(w.Base)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s for %s: %v", where, w.Rule, err))
		}
		w.base = base
		if w.Expires != "" {
			t, err := time.Parse("2006-01-02", strings.TrimSpace(w.Expires))
			if err != nil {
				errs = append(errs, fmt.Sprintf("%s for %s: expires must be a date such as 2027-03-31, not %q", where, w.Rule, w.Expires))
			}
			// A waiver expiring on a day still applies through that day.
			w.expires = t.AddDate(0, 0, 1)
		}
		out[i] = w
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return &Set{waivers: out, now: now, used: make([]atomic.Int64, len(out))}, nil
}

func (w *Waiver) expired(now time.Time) bool { return !w.expires.IsZero() && !now.Before(w.expires) }

func (w *Waiver) covers(f *result.Finding) bool {
	if w.Rule != f.Rule && w.Rule != f.Criterion {
		return false
	}
	if w.Line > 0 && w.Line != f.Line {
		return false
	}
	if w.pattern == "" {
		return true
	}
	if path.IsAbs(w.pattern) {
		abs, err := filepath.Abs(f.Path)
		if err != nil {
			return false
		}
		ok, _ := doublestar.Match(w.pattern, filepath.ToSlash(abs))
		return ok
	}
	ok, _ := doublestar.Match(w.pattern, w.relative(f.Path))
	return ok
}

// relative gives a document path relative to the waiver's base folder,
// with forward slashes: a path given absolute, or relative to a working
// directory other than the config's folder, names the same file.
func (w *Waiver) relative(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(filepath.Clean(p))
	}
	rel, err := filepath.Rel(w.base, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// Apply marks the findings of d that an unexpired waiver covers.
func (s *Set) Apply(d *result.Document) { s.ApplyAll(d.Findings) }

// ApplyAll marks the findings that an unexpired waiver covers.
func (s *Set) ApplyAll(findings []result.Finding) {
	if s == nil {
		return
	}
	for i := range findings {
		f := &findings[i]
		for j := range s.waivers {
			w := &s.waivers[j]
			if !w.expired(s.now) && w.covers(f) {
				f.Waived, f.WaiverReason = true, w.Reason
				s.used[j].Add(1)
				break
			}
		}
	}
}

// Expired reports each expired waiver as a warning at the line where it is
// written.
func (s *Set) Expired() []result.Finding {
	if s == nil {
		return nil
	}
	var out []result.Finding
	for _, w := range s.waivers {
		if !w.expired(s.now) {
			continue
		}
		out = append(out, result.Finding{
			Rule:      "config/expired-waiver",
			Criterion: "config",
			Severity:  result.SeverityWarning,
			Title:     "Expired waiver",
			Message:   fmt.Sprintf("the waiver of %s for %q expired on %s and no longer applies", w.Rule, orAll(w.Path), w.Expires),
			Path:      orDefault(w.Source, "config"),
			Line:      max(w.SourceLine, 1),
			Guidance:  "Renew the waiver with a new expiry date if the deviation is still accepted, or remove it.",
		})
	}
	return out
}

func orAll(p string) string {
	if p == "" {
		return "every document"
	}
	return p
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// Unknown returns an error naming each waiver whose rule is neither a rule
// id nor a criterion id of the policies in force: a misspelt id would
// waive nothing, silently.
func (s *Set) Unknown(ids []string) error {
	if s == nil {
		return nil
	}
	var errs []string
	for _, w := range s.waivers {
		if slices.Contains(ids, w.Rule) {
			continue
		}
		where := "waiver"
		if w.Source != "" {
			where = fmt.Sprintf("%s:%d: waiver", w.Source, w.SourceLine)
		}
		errs = append(errs, fmt.Sprintf("%s for %s: no rule or criterion has that id (see ccgvet policies)", where, w.Rule))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

// Unused reports each unexpired waiver that waived no finding, as a warning
// at the line where it is written: the breach it was for has been fixed, or
// its path no longer matches the document. Call it after every finding of
// the run has been through Apply or ApplyAll.
func (s *Set) Unused() []result.Finding {
	if s == nil {
		return nil
	}
	var out []result.Finding
	for i, w := range s.waivers {
		if w.expired(s.now) || s.used[i].Load() > 0 {
			continue
		}
		out = append(out, result.Finding{
			Rule:      "config/unused-waiver",
			Criterion: "config",
			Severity:  result.SeverityWarning,
			Title:     "Unused waiver",
			Message:   fmt.Sprintf("the waiver of %s for %q matched no finding in this run", w.Rule, orAll(w.Path)),
			Path:      orDefault(w.Source, "config"),
			Line:      max(w.SourceLine, 1),
			Guidance:  "Remove the waiver if the breach it accepted has been fixed; otherwise correct its rule or its path, which is relative to the folder of the config file.",
		})
	}
	return out
}
