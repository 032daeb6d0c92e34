package report

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/ccgvet/ccgvet/engine/result"
)

func init() { register("html", newHTML) }

// htmlTemplate is the whole page, CSS included: the report must open from
// an e-mail attachment or a CI artifact with no network and nothing beside
// it. html/template escapes every value, so text from a constitution (a
// practice named "<script>…") is shown, never run.
//
//go:embed html.tmpl
var htmlTemplate string

// htmlPageTemplate is parsed at its first use, not when the program
// starts: every run would pay for it.
var htmlPageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("html").Funcs(template.FuncMap{
		"severityLabel": severityLabel,
	}).Parse(htmlTemplate))
})

// htmlWriter writes one self-contained HTML page for reviewers: the
// headline count, the CCG x criterion matrix, then each document's
// findings with their guidance and reference, and the findings across
// documents. The page starts with the run's totals, so documents are kept
// until Finish.
type htmlWriter struct {
	w    io.Writer
	meta Meta
	cat  catalogue
	docs []htmlDocument
	// all keeps each document's criteria, for the matrix columns.
	all []result.Document
}

// html/template escapes markup but not control characters: the page is
// built from Printable copies.
func newHTML(w io.Writer, m Meta) Writer {
	m = printableMeta(m)
	return &htmlWriter{w: w, meta: m, cat: newCatalogue(m)}
}

type htmlPage struct {
	Title       string
	Tool        string
	Profile     string
	Headline    string
	SummaryLine string
	Summary     *result.Summary
	Columns     []column
	Docs        []htmlDocument
	Batch       []findingGroup
	// Generated is when the report was made, as people read it ("6
	// December 2026 at 11:20 UTC"), and GeneratedISO as machines do.
	Generated    string
	GeneratedISO string
}

type htmlDocument struct {
	Anchor  string
	Title   string
	Path    string
	HasCCG  bool
	Verdict string
	// Outcome is met, breached or error: the document's status as a whole.
	Outcome string
	Cells   []htmlCell
	Errors  []result.InputError
	Groups  []findingGroup
}

type htmlCell struct {
	Status string
	Label  string
	Symbol string
}

func (h *htmlWriter) Document(d *result.Document) error {
	d = printableDocument(d)
	doc := htmlDocument{
		Anchor: fmt.Sprintf("doc-%d", len(h.docs)+1),
		Title:  documentTitle(d),
		Path:   d.Path,
		HasCCG: strings.TrimSpace(d.CCG) != "",
		Errors: append([]result.InputError(nil), d.Errors...),
		Groups: groupFindings(h.cat, d.Findings),
	}
	h.docs = append(h.docs, doc)
	// Only the path and criteria are kept of the document itself: the
	// matrix and verdicts are made at Finish, when the batch findings and
	// so every column are known.
	h.all = append(h.all, result.Document{Path: d.Path, Criteria: append([]result.Criterion(nil), d.Criteria...), Errors: doc.Errors})
	return nil
}

// verdict is a document's status as a whole, from its criteria including
// the batch ones.
func verdict(doc *htmlDocument, d *result.Document) {
	switch n := len(breachedCriteria(d)); {
	case len(d.Errors) > 0:
		doc.Outcome, doc.Verdict = result.StatusError, "Could not be checked"
	case n > 0:
		doc.Outcome, doc.Verdict = result.StatusBreached, fmt.Sprintf("Breaches %d %s", n, plural(n, "criterion", "criteria"))
	default:
		doc.Outcome, doc.Verdict = result.StatusMet, "Meets every criterion"
	}
}

func htmlStatus(status string) htmlCell {
	c := htmlCell{Status: cmp.Or(status, "none"), Label: statusLabel(status)}
	switch status {
	case result.StatusMet:
		c.Symbol = "✔"
	case result.StatusBreached:
		c.Symbol = "✘"
	case result.StatusNotApplicable:
		c.Symbol = "–"
	case result.StatusError:
		c.Symbol = "!"
	default:
		c.Symbol = "·"
	}
	return c
}

func (h *htmlWriter) Finish(b *result.Batch, s *result.Summary) error {
	b = printableBatch(b)
	h.all = withBatch(h.meta, h.all, b)
	cols := columns(h.meta, h.all)
	for i := range h.docs {
		verdict(&h.docs[i], &h.all[i])
		for _, c := range cols {
			h.docs[i].Cells = append(h.docs[i].Cells, htmlStatus(statusOf(&h.all[i], c.ID)))
		}
	}
	name := cmp.Or(h.meta.Tool.Name, "ccgvet")
	tool := strings.TrimSpace(name + " " + h.meta.Tool.Version)
	page := htmlPage{
		Title:       name + " report",
		Tool:        tool,
		Profile:     h.meta.Profile,
		Headline:    Headline(s),
		SummaryLine: SummaryLine(s),
		Summary:     s,
		Columns:     cols,
		Docs:        h.docs,
		Batch:       groupFindings(h.cat, b.Findings),
	}
	if t := h.meta.Generated; !t.IsZero() {
		page.Generated = t.Format("2 January 2006 at 15:04 MST")
		page.GeneratedISO = t.Format(time.RFC3339)
	}
	bw := bufio.NewWriter(h.w)
	if err := htmlPageTemplate().Execute(bw, page); err != nil {
		return fmt.Errorf("write HTML report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write HTML report: %w", err)
	}
	return nil
}
