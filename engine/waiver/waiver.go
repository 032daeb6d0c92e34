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
	"regexp"
	"strings"
	"time"

	"github.com/ccgvet/ccgvet/engine/result"
)

// Waiver is one accepted deviation.
type Waiver struct {
	// Rule is a rule id (criterion/rule) or a criterion id, which covers
	// all its rules.
	Rule string `yaml:"rule" json:"rule"`
	// Path is a glob over document paths (forward slashes, relative to
	// the working directory; `**` matches any number of folders). Empty
	// matches every document.
	Path string `yaml:"path" json:"path,omitempty"`
	// Line, when set, limits the waiver to findings at that line.
	Line    int    `yaml:"line" json:"line,omitempty"`
	Reason  string `yaml:"reason" json:"reason"`
	Expires string `yaml:"expires" json:"expires,omitempty"`

	// Source and SourceLine say where the waiver is written.
	Source     string `yaml:"-" json:"source,omitempty"`
	SourceLine int    `yaml:"-" json:"source_line,omitempty"`

	expires time.Time
	pattern *regexp.Regexp
}

// Set is a validated list of waivers evaluated at one moment.
type Set struct {
	waivers []Waiver
	now     time.Time
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
			re, err := globRegexp(w.Path)
			if err != nil {
				errs = append(errs, fmt.Sprintf("%s for %s: bad path pattern %q: %v", where, w.Rule, w.Path, err))
			}
			w.pattern = re
		}
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
	return &Set{waivers: out, now: now}, nil
}

func (w *Waiver) expired(now time.Time) bool { return !w.expires.IsZero() && !now.Before(w.expires) }

func (w *Waiver) covers(f *result.Finding) bool {
	if w.Rule != f.Rule && w.Rule != f.Criterion {
		return false
	}
	if w.Line > 0 && w.Line != f.Line {
		return false
	}
	return w.pattern == nil || w.pattern.MatchString(filepath.ToSlash(filepath.Clean(f.Path)))
}

// globRegexp turns a path glob into a regular expression: `**` spans
// folders, `*` and `?` stay within one, `[...]` is a character class.
func globRegexp(glob string) (*regexp.Regexp, error) {
	glob = path.Clean(filepath.ToSlash(glob))
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(glob); i++ {
		c := glob[i]
		switch {
		case c == '*' && i+1 < len(glob) && glob[i+1] == '*':
			i++
			if i+1 < len(glob) && glob[i+1] == '/' {
				// "**/" also matches no folder at all.
				i++
				b.WriteString("(?:.*/)?")
			} else {
				b.WriteString(".*")
			}
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		case c == '[':
			end := strings.IndexByte(glob[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("unclosed [")
			}
			class := glob[i+1 : i+end]
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			b.WriteString("[" + class + "]")
			i += end
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
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
