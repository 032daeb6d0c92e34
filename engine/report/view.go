package report

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
)

// This file holds what the CI and reviewer formats (sarif, junit, github,
// markdown, html) share: the rule catalogue as a lookup, the criterion
// columns of the CCG x criterion matrix, findings grouped by rule, and paths
// as CI systems want them.

// catalogue looks rules up by id, so that a finding's title, guidance and
// reference come from its rule's METADATA when the finding does not carry
// them.
type catalogue map[string]policy.Rule

func newCatalogue(m Meta) catalogue {
	c := make(catalogue, len(m.Rules))
	for _, r := range m.Rules {
		c[r.ID] = r
	}
	return c
}

func (c catalogue) title(f *result.Finding) string {
	return cmp.Or(f.Title, c[f.Rule].Title, f.Rule)
}

func (c catalogue) guidance(f *result.Finding) string {
	return cmp.Or(f.Guidance, c[f.Rule].Guidance)
}

func (c catalogue) reference(f *result.Finding) string {
	return cmp.Or(f.Reference, c[f.Rule].Reference)
}

// failOn is the run's failing severity; a Meta built without one (a library
// caller) fails on errors, as the CLI does by default.
func failOn(m Meta) string {
	if result.SeverityRank(m.FailOn) == 0 {
		return result.SeverityError
	}
	return m.FailOn
}

// column is one criterion of the CCG x criterion matrix.
type column struct {
	ID    string
	Title string
}

// columns lists the criteria in catalogue order, then any criterion a
// document reports that the catalogue does not know (so a status is never
// dropped). A criterion no document reports was disabled for the run and
// gets no column, unless no document reports any (every one failed to
// read). A batch criterion gets a column only when withBatch gave the
// documents its status.
func columns(m Meta, docs []result.Document) []column {
	reported := map[string]bool{}
	for _, d := range docs {
		for _, c := range d.Criteria {
			reported[c.ID] = true
		}
	}
	var out []column
	seen := map[string]bool{}
	for _, c := range m.Criteria {
		if seen[c.ID] || (c.Batch || len(reported) > 0) && !reported[c.ID] {
			continue
		}
		seen[c.ID] = true
		out = append(out, column{ID: c.ID, Title: cmp.Or(c.Title, c.ID)})
	}
	for _, d := range docs {
		for _, c := range d.Criteria {
			if !seen[c.ID] {
				seen[c.ID] = true
				out = append(out, column{ID: c.ID, Title: cmp.Or(c.Title, c.ID)})
			}
		}
	}
	return out
}

// withBatch returns docs with a status for each batch criterion the run
// evaluated appended to their criteria: breached where an unwaived error
// across documents points at the document, not-applicable when fewer than
// two documents could be checked (nothing to compare), error for a
// document that could not be checked, else met. A
// document's headline, matrix row and "breaches" line then count the
// practice it shares with another CCG as the breach it is. The documents'
// own criteria are not changed.
func withBatch(m Meta, docs []result.Document, b *result.Batch) []result.Document {
	enabled := map[string]bool{}
	for _, r := range m.Rules {
		if r.Batch {
			enabled[r.Criterion] = true
		}
	}
	var batch []policy.Criterion
	for _, c := range m.Criteria {
		if c.Batch && enabled[c.ID] {
			batch = append(batch, c)
		}
	}
	if len(batch) == 0 {
		return docs
	}
	breached := map[[2]string]bool{}
	for i := range b.Findings {
		f := &b.Findings[i]
		if f.Waived || f.Severity != result.SeverityError {
			continue
		}
		for _, l := range locations(f) {
			breached[[2]string{f.Criterion, l.Path}] = true
		}
	}
	checked := 0
	for i := range docs {
		if len(docs[i].Errors) == 0 {
			checked++
		}
	}
	out := make([]result.Document, len(docs))
	for i, d := range docs {
		if len(d.Errors) == 0 || len(d.Criteria) > 0 {
			d.Criteria = slices.Clip(d.Criteria)
			for _, c := range batch {
				status := result.StatusMet
				switch {
				case len(d.Errors) > 0:
					status = result.StatusError
				case breached[[2]string{c.ID, d.Path}]:
					status = result.StatusBreached
				case checked < 2:
					status = result.StatusNotApplicable
				}
				d.Criteria = append(d.Criteria, result.Criterion{ID: c.ID, Title: c.Title, Status: status})
			}
		}
		out[i] = d
	}
	return out
}

// statusOf is a document's status for one criterion: the reported one, or
// error when the document could not be checked and reports no criteria at
// all. "" means the criterion was not evaluated (disabled for this run).
func statusOf(d *result.Document, id string) string {
	for _, c := range d.Criteria {
		if c.ID == id {
			return c.Status
		}
	}
	if len(d.Errors) > 0 && len(d.Criteria) == 0 {
		return result.StatusError
	}
	return ""
}

// breachedCriteria lists the ids of the criteria d breaches, in its order.
func breachedCriteria(d *result.Document) []string {
	var out []string
	for _, c := range d.Criteria {
		if c.Status == result.StatusBreached {
			out = append(out, c.ID)
		}
	}
	return out
}

// findingGroup is the findings of one rule at one severity in one document
// (or in the batch). Reviewers read guidance and reference once per rule,
// not once per unsigned practice.
type findingGroup struct {
	Rule      string
	Criterion string
	Severity  string
	Title     string
	Guidance  string
	Reference string
	Findings  []result.Finding
}

// AllWaived reports whether every finding of the group is waived.
func (g *findingGroup) AllWaived() bool {
	for _, f := range g.Findings {
		if !f.Waived {
			return false
		}
	}
	return true
}

// groupFindings groups fs by rule and severity: groups with an unwaived
// finding first, then by severity (errors first), then by the line of their
// first finding, so the most serious breach is read first. Within a group
// findings keep their order (path, line).
func groupFindings(c catalogue, fs []result.Finding) []findingGroup {
	var groups []findingGroup
	index := map[[2]string]int{}
	for _, f := range fs {
		key := [2]string{f.Rule, f.Severity}
		i, ok := index[key]
		if !ok {
			i = len(groups)
			index[key] = i
			groups = append(groups, findingGroup{
				Rule:      f.Rule,
				Criterion: f.Criterion,
				Severity:  f.Severity,
				Title:     c.title(&f),
				Guidance:  c.guidance(&f),
				Reference: c.reference(&f),
			})
		}
		groups[i].Findings = append(groups[i].Findings, f)
	}
	slices.SortStableFunc(groups, func(a, b findingGroup) int {
		return cmp.Or(
			cmpBool(a.AllWaived(), b.AllWaived()),
			cmp.Compare(result.SeverityRank(b.Severity), result.SeverityRank(a.Severity)),
			cmp.Compare(a.Findings[0].Line, b.Findings[0].Line),
			cmp.Compare(a.Rule, b.Rule),
		)
	})
	return groups
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// locations is every place a finding points at: a batch finding's
// locations, or the finding's own path and line.
func locations(f *result.Finding) []result.Location {
	if len(f.Locations) > 0 {
		return f.Locations
	}
	return []result.Location{{Path: f.Path, Line: f.Line, Section: f.Section}}
}

// workPath gives p relative to the working directory wd with forward
// slashes, the form CI systems match against their checkout. A path outside
// wd stays absolute: a relative path climbing out of the checkout would
// match nothing anyway.
func workPath(p, wd string) string {
	if filepath.IsAbs(p) && wd != "" {
		if rel, err := filepath.Rel(wd, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p = rel
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// Headline says how many constitutions meet every criterion, e.g. "2 of 4
// constitutions meet every criterion" or "1 of 5 constitutions meets every
// criterion" (the verb agrees with the count that meets): the one number a
// reviewer wants first.
func Headline(s *result.Summary) string {
	return fmt.Sprintf("%d of %d %s %s every criterion", s.Met, s.Documents,
		plural(s.Documents, "constitution", "constitutions"), plural(s.Met, "meets", "meet"))
}

// statusLabel is how people read a criterion status.
func statusLabel(status string) string {
	switch status {
	case result.StatusMet:
		return "met"
	case result.StatusBreached:
		return "breached"
	case result.StatusNotApplicable:
		return "not applicable"
	case result.StatusError:
		return "error"
	case "":
		return "not checked"
	}
	return status
}

// severityLabel capitalises a severity for headings ("Error").
func severityLabel(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// documentTitle names a document by its CCG, or by its path when it has
// none (it could not be read, or names no CCG).
func documentTitle(d *result.Document) string {
	if strings.TrimSpace(d.CCG) != "" {
		return d.CCG
	}
	return d.Path
}
