package serve

import (
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strings"
	"sync"

	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/ccgvet/ccgvet/engine/result"
)

// The pages are rendered with html/template, which escapes every value:
// text from a document ("<script>", onerror=) is shown, never run, and
// the Content-Security-Policy allows no script in any case.
//
//go:embed templates/*.tmpl
var templateFS embed.FS

//go:embed static/style.css
var styleCSS []byte

// pages are parsed at their first use, not when the program starts:
// every run of the CLI would pay for them (1.5 ms).
var pages = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(template.FuncMap{
		"severityLabel": severityLabel,
		"join":          strings.Join,
	}).ParseFS(templateFS, "templates/*.tmpl"))
})

// pageFormats are the downloads a page form offers, besides the page.
var pageFormats = []string{"html", "markdown", "json", "sarif"}

// common is what every page shows: the forms' choices and the limits.
type common struct {
	Title    string
	Nav      string
	Profiles []profileOption
	Limits   Limits
	MaxFile  string
	Criteria []policy.Criterion
	// Filter is what a check page shows of its findings.
	Filter filter
	Tool   string
}

type profileOption struct {
	Name        string
	Description string
	Selected    bool
}

type filter struct {
	Criterion string
	Severity  string
}

// keeps reports whether a finding passes the filter.
func (f filter) keeps(fd *result.Finding) bool {
	if f.Criterion != "" && fd.Criterion != f.Criterion {
		return false
	}
	return f.Severity == "" || result.SeverityRank(fd.Severity) >= result.SeverityRank(f.Severity)
}

func (s *Server) common(title, nav, profile string, f filter) common {
	c := common{Title: title, Nav: nav, Limits: s.limits, MaxFile: bytesWords(s.limits.MaxFileBytes), Filter: f,
		Tool: strings.TrimSpace(s.cfg.Tool.Name + " " + s.cfg.Tool.Version)}
	profile = cmpOr(profile, s.cfg.Default)
	for _, p := range s.cfg.Profiles {
		desc := cmpOr(p.Description, p.Engine.Policies().Profile.Description)
		c.Profiles = append(c.Profiles, profileOption{Name: p.Name, Description: desc, Selected: p.Name == profile})
	}
	if p := s.profiles[profile]; p != nil {
		c.Criteria = enabledCriteria(p.Engine.Policies())
	}
	return c
}

func (s *Server) render(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := pages().ExecuteTemplate(&buf, name, data); err != nil {
		s.log.Error("render", "template", name, "error", err.Error())
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

type errorView struct {
	common
	Status  int
	Heading string
	Message string
}

func (s *Server) errorPage(w http.ResponseWriter, status int, msg string) {
	s.render(w, status, "error.tmpl", errorView{
		common:  s.common("Error", "", "", filter{}),
		Status:  status,
		Heading: http.StatusText(status),
		Message: msg,
	})
}

func (s *Server) style(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(styleCSS)
}

func (s *Server) checkForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "check.tmpl", checkView{common: s.common("Check a constitution", "check", "", filter{})})
}

func (s *Server) diffForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "amendment.tmpl", diffView{common: s.common("Vet an amendment", "amendment", "", filter{})})
}

// checkView is the check page, with its results once documents were sent.
type checkView struct {
	common
	Checked     bool
	Headline    string
	SummaryLine string
	Summary     result.Summary
	Columns     []column
	Docs        []docView
	Batch       []groupView
	BatchError  string
	Hidden      int
}

type column struct {
	ID    string
	Title string
}

type docView struct {
	Anchor  string
	Title   string
	Path    string
	HasCCG  bool
	Outcome string
	Verdict string
	Cells   []cell
	Errors  []result.InputError
	Groups  []groupView
}

type cell struct {
	Status string
	Label  string
	Symbol string
}

type groupView struct {
	Rule      string
	Criterion string
	Severity  string
	Title     string
	Guidance  string
	Reference string
	Findings  []findingView
}

type findingView struct {
	// Unit is "Line", or "Paragraph" in a Word document.
	Unit      string
	Line      int
	Section   string
	Message   string
	Waived    bool
	Reason    string
	Locations []result.Location
	Passage   *passage
}

func (s *Server) checkPage(w http.ResponseWriter, r *http.Request) {
	ctx, up, p, release, err := s.begin(w, r, false)
	if err != nil {
		s.error(w, r, err)
		return
	}
	defer release()
	f := cmpOr(up.value(r, "format"), "page")
	if f != "page" {
		if !slices.Contains(pageFormats, f) {
			s.error(w, r, refuse(http.StatusBadRequest, "unknown format %q (choose one of page, %s)", f, strings.Join(pageFormats, ", ")))
			return
		}
		out, err := s.check(ctx, p, up.files, f)
		if err != nil {
			s.error(w, r, err)
			return
		}
		s.send(w, f, "ccgvet-report", http.StatusOK, out.body, true)
		return
	}
	out, err := s.check(ctx, p, up.files, "")
	if err != nil {
		s.error(w, r, err)
		return
	}
	flt := filter{Criterion: up.value(r, "criterion"), Severity: up.value(r, "severity")}
	if result.SeverityRank(flt.Severity) == 0 {
		flt.Severity = ""
	}
	v := s.checkResults(out, flt)
	status := http.StatusOK
	if out.run.InputErrors {
		status = http.StatusUnprocessableEntity
	}
	s.render(w, status, "check.tmpl", v)
}

// checkResults builds the page of a check: what the HTML report shows,
// each finding with its passage.
func (s *Server) checkResults(out *checked, flt filter) checkView {
	v := checkView{common: s.common("Check a constitution", "check", out.profile.Name, flt), Checked: true}
	set := out.profile.Engine.Policies()
	cat := map[string]policy.Rule{}
	for _, r := range set.EffectiveRules() {
		cat[r.ID] = r
	}
	run := out.run
	v.Summary = run.Summary
	v.Headline = report.Headline(&run.Summary)
	v.SummaryLine = report.SummaryLine(&run.Summary)
	v.BatchError = run.BatchError
	var all []result.Document
	for i := range out.docs {
		all = append(all, out.docs[i].res)
	}
	v.Columns = columns(set, all)
	for i := range out.docs {
		cd := &out.docs[i]
		d := &cd.res
		src := newSource(d.Path, cd.data, cd.doc)
		dv := docView{
			Anchor: fmt.Sprintf("doc-%d", i+1),
			Title:  report.Printable(cmpOr(strings.TrimSpace(d.CCG), d.Path)),
			Path:   report.Printable(d.Path),
			HasCCG: strings.TrimSpace(d.CCG) != "",
		}
		for _, e := range d.Errors {
			dv.Errors = append(dv.Errors, result.InputError{Line: e.Line, Message: report.Printable(e.Message)})
		}
		switch n := breached(d); {
		case len(d.Errors) > 0:
			dv.Outcome, dv.Verdict = result.StatusError, "Could not be checked"
		case n > 0:
			dv.Outcome, dv.Verdict = result.StatusBreached, fmt.Sprintf("Breaches %d %s", n, plural(n, "criterion", "criteria"))
		default:
			dv.Outcome, dv.Verdict = result.StatusMet, "Meets every criterion"
		}
		for _, c := range v.Columns {
			dv.Cells = append(dv.Cells, cellOf(statusOf(d, c.ID)))
		}
		var kept []result.Finding
		for _, f := range d.Findings {
			if flt.keeps(&f) {
				kept = append(kept, f)
			} else {
				v.Hidden++
			}
		}
		dv.Groups = groups(cat, kept, src, unitOf(d.Path, cd.data))
		v.Docs = append(v.Docs, dv)
	}
	var batch []result.Finding
	for _, f := range run.Batch.Findings {
		if flt.keeps(&f) {
			batch = append(batch, f)
		} else {
			v.Hidden++
		}
	}
	v.Batch = groups(cat, batch, nil, "Line")
	return v
}

func breached(d *result.Document) int {
	n := 0
	for _, c := range d.Criteria {
		if c.Status == result.StatusBreached {
			n++
		}
	}
	return n
}

// columns are the criteria documents report, in the catalogue's order.
func columns(set *policy.Set, docs []result.Document) []column {
	reported := map[string]string{}
	var order []string
	for _, d := range docs {
		for _, c := range d.Criteria {
			if _, ok := reported[c.ID]; !ok {
				reported[c.ID] = c.Title
				order = append(order, c.ID)
			}
		}
	}
	var out []column
	seen := map[string]bool{}
	for _, c := range set.Criteria {
		if _, ok := reported[c.ID]; ok && !c.Batch {
			seen[c.ID] = true
			out = append(out, column{ID: c.ID, Title: cmpOr(c.Title, c.ID)})
		}
	}
	for _, id := range order {
		if !seen[id] {
			out = append(out, column{ID: id, Title: cmpOr(reported[id], id)})
		}
	}
	return out
}

func statusOf(d *result.Document, id string) string {
	for _, c := range d.Criteria {
		if c.ID == id {
			return c.Status
		}
	}
	return ""
}

func cellOf(status string) cell {
	c := cell{Status: cmpOr(status, "none")}
	switch status {
	case result.StatusMet:
		c.Symbol, c.Label = "✔", "met"
	case result.StatusBreached:
		c.Symbol, c.Label = "✘", "breached"
	case result.StatusNotApplicable:
		c.Symbol, c.Label = "–", "not applicable"
	case result.StatusError:
		c.Symbol, c.Label = "!", "error"
	default:
		c.Symbol, c.Label = "·", "not checked"
	}
	return c
}

// groups gathers findings by rule and severity, most serious first, as
// the HTML report does, each finding with its passage when src is known.
func groups(cat map[string]policy.Rule, fs []result.Finding, src *source, unit string) []groupView {
	var out []groupView
	index := map[[2]string]int{}
	for _, f := range fs {
		key := [2]string{f.Rule, f.Severity}
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			r := cat[f.Rule]
			out = append(out, groupView{
				Rule:      report.Printable(f.Rule),
				Criterion: report.Printable(f.Criterion),
				Severity:  f.Severity,
				Title:     report.Printable(cmp.Or(f.Title, r.Title, f.Rule)),
				Guidance:  report.Printable(cmp.Or(f.Guidance, r.Guidance)),
				Reference: report.Printable(cmp.Or(f.Reference, r.Reference)),
			})
		}
		fv := findingView{
			Unit:    unit,
			Line:    f.Line,
			Section: report.Printable(f.Section),
			Message: report.Printable(f.Message),
			Waived:  f.Waived,
			Reason:  report.Printable(f.WaiverReason),
		}
		for _, l := range f.Locations {
			fv.Locations = append(fv.Locations, result.Location{Path: report.Printable(l.Path), Line: l.Line, Section: report.Printable(l.Section), CCG: report.Printable(l.CCG)})
		}
		if len(f.Locations) == 0 {
			fv.Passage = src.passage(f.Line, f.Message)
		}
		out[i].Findings = append(out[i].Findings, fv)
	}
	slices.SortStableFunc(out, func(a, b groupView) int {
		return cmp.Or(
			cmp.Compare(result.SeverityRank(b.Severity), result.SeverityRank(a.Severity)),
			cmp.Compare(a.Findings[0].Line, b.Findings[0].Line),
			cmp.Compare(a.Rule, b.Rule),
		)
	})
	return out
}

// diffView is the amendment page.
type diffView struct {
	common
	Checked     bool
	OldPath     string
	NewPath     string
	Summary     string
	Regressions []string
	Unsupported bool
	Criteria    []statusChange
	Changes     []changeView
	Reworded    []changeView
	Findings    []groupView
	Tracked     []trackedView
}

// trackedView is one change Word tracked in an amended document.
type trackedView struct {
	Kind      string
	Author    string
	Date      string
	Paragraph int
	Text      string
}

// unitOf names what a document's findings count: lines, or a Word
// document's paragraphs.
func unitOf(name string, data []byte) string {
	if parse.IsWord(name, data) {
		return "Paragraph"
	}
	return "Line"
}

type statusChange struct {
	ID        string
	Title     string
	From      cell
	To        cell
	Regressed bool
}

type changeView struct {
	Kind        string
	Where       string
	Description string
	Clause      string
	Old         string
	New         string
}

// diffResult is an amendment with the proposed version, for passages.
type diffResult struct {
	*diff.Result
	newDoc  *model.Document
	newData []byte
}

func (s *Server) diffPage(w http.ResponseWriter, r *http.Request) {
	ctx, up, p, release, err := s.begin(w, r, false)
	if err != nil {
		s.error(w, r, err)
		return
	}
	defer release()
	f := cmpOr(up.value(r, "format"), "page")
	if f != "page" && !slices.Contains(diffFormats, f) {
		s.error(w, r, refuse(http.StatusBadRequest, "unknown format %q (choose one of page, %s)", f, strings.Join(diffFormats, ", ")))
		return
	}
	res, err := s.diff(ctx, p, up)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if f != "page" {
		var buf bytes.Buffer
		if err := report.WriteDiff(&buf, f, res.Result, report.Meta{Tool: s.cfg.Tool}); err != nil {
			s.error(w, r, err)
			return
		}
		s.send(w, f, "ccgvet-amendment", http.StatusOK, buf.Bytes(), true)
		return
	}
	s.render(w, http.StatusOK, "amendment.tmpl", s.diffResults(p, res))
}

func (s *Server) diffResults(p *Profile, res *diffResult) diffView {
	v := diffView{common: s.common("Vet an amendment", "amendment", p.Name, filter{}), Checked: true,
		OldPath: report.Printable(res.Old.Path), NewPath: report.Printable(res.New.Path),
		Summary: report.Printable(res.Summary), Regressions: res.Regressions, Unsupported: res.ModelChangeUnsupported}
	old := map[string]string{}
	for _, c := range res.Old.Criteria {
		old[c.ID] = c.Status
	}
	for _, c := range res.New.Criteria {
		v.Criteria = append(v.Criteria, statusChange{ID: c.ID, Title: report.Printable(cmpOr(c.Title, c.ID)),
			From: cellOf(old[c.ID]), To: cellOf(c.Status), Regressed: slices.Contains(res.Regressions, c.ID)})
	}
	unit := unitOf(res.New.Path, res.newData)
	where := strings.ToLower(unit)
	for _, c := range res.Tracked {
		v.Tracked = append(v.Tracked, trackedView{Kind: report.Printable(c.Kind), Author: report.Printable(c.Author), Date: report.Printable(c.Date),
			Paragraph: c.Paragraph, Text: report.Printable(c.Text)})
	}
	for _, c := range res.Changes {
		cv := changeView{Kind: report.Printable(c.Kind), Description: report.Printable(c.Description), Clause: report.Printable(c.Clause),
			Old: report.Printable(c.OldText), New: report.Printable(c.Text)}
		switch {
		case c.Removed:
			cv.Where = fmt.Sprintf("old %s %d", where, c.Line)
		case c.OldLine > 0:
			cv.Where = fmt.Sprintf("%s %d (was %s %d)", where, c.Line, where, c.OldLine)
		default:
			cv.Where = fmt.Sprintf("%s %d", where, c.Line)
		}
		if c.Kind == diff.KindClauseChanged && c.OldText != "" && c.Text != "" {
			v.Reworded = append(v.Reworded, cv)
			continue
		}
		v.Changes = append(v.Changes, cv)
	}
	cat := map[string]policy.Rule{}
	for _, r := range p.Engine.Policies().EffectiveRules() {
		cat[r.ID] = r
	}
	v.Findings = groups(cat, res.New.Findings, newSource(res.New.Path, res.newData, res.newDoc), unit)
	return v
}

func severityLabel(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
