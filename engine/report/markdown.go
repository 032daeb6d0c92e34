package report

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/ccgvet/ccgvet/engine/result"
)

func init() { register("markdown", newMarkdown) }

// markdownWriter writes a GitHub-flavoured Markdown report for pull request
// comments, step summaries and wikis: the headline count first, then the CCG
// x criterion matrix, then the findings of each document that has any. The
// headline needs the whole run, so documents are kept until Finish.
type markdownWriter struct {
	w    io.Writer
	meta Meta
	docs []result.Document
}

func newMarkdown(w io.Writer, m Meta) Writer { return &markdownWriter{w: w, meta: printableMeta(m)} }

func (m *markdownWriter) Document(d *result.Document) error {
	m.docs = append(m.docs, *printableDocument(d))
	return nil
}

func (m *markdownWriter) Finish(b *result.Batch, s *result.Summary) error {
	if _, err := io.WriteString(m.w, markdownReport(m.meta, m.docs, printableBatch(b), s, true)); err != nil {
		return fmt.Errorf("write Markdown report: %w", err)
	}
	return nil
}

// markdownReport renders the report. Without findings it keeps the
// headline and matrix only, for places with a size limit.
func markdownReport(m Meta, docs []result.Document, b *result.Batch, s *result.Summary, findings bool) string {
	out := markdownBody(m, docs, b, s, findings)
	if m.NoEmoji {
		out = noEmoji.Replace(out)
	}
	return out
}

// noEmoji turns the marks into words: a status keeps its word, and a
// breach or an error is set in bold so it still stands out.
var noEmoji = strings.NewReplacer(
	"✅ met", "met",
	"❌ breached", "**breached**",
	"➖ not applicable", "not applicable",
	"❗ error", "**error**",
	"**❗ Could not be checked**", "**Could not be checked**",
	"**❌ Error:", "**Error:",
	"**⚠️ Warning:", "**Warning:",
	"**ℹ️ Info:", "**Info:",
)

func markdownBody(m Meta, docs []result.Document, b *result.Batch, s *result.Summary, findings bool) string {
	var w strings.Builder
	cat := newCatalogue(m)
	docs = withBatch(m, docs, b)
	fmt.Fprintf(&w, "# %s report\n\n", markdownText(cmp.Or(m.Tool.Name, "ccgvet")))
	fmt.Fprintf(&w, "**%s.**\n\n%s\n", Headline(s), SummaryLine(s))

	cols := columns(m, docs)
	if len(docs) > 0 && len(cols) > 0 {
		w.WriteString("\n## Criteria\n\n| Constitution |")
		for _, c := range cols {
			fmt.Fprintf(&w, " %s |", markdownCode(c.ID))
		}
		w.WriteString("\n| --- |")
		for range cols {
			w.WriteString(" --- |")
		}
		w.WriteString("\n")
		for i := range docs {
			d := &docs[i]
			name := markdownCode(d.Path)
			if strings.TrimSpace(d.CCG) != "" {
				name = markdownText(d.CCG) + " (" + name + ")"
			}
			fmt.Fprintf(&w, "| %s |", name)
			for _, c := range cols {
				fmt.Fprintf(&w, " %s |", mdStatus(statusOf(d, c.ID)))
			}
			w.WriteString("\n")
		}
		w.WriteString("\n")
		for _, c := range cols {
			fmt.Fprintf(&w, "- %s: %s\n", markdownCode(c.ID), markdownText(c.Title))
		}
	}

	if !findings {
		w.WriteString("\nFindings are left out: the full report is larger than this page allows. " +
			"Run with `--format markdown` or `--format html` to see every finding.\n")
		return w.String()
	}

	w.WriteString("\n## Findings\n")
	listed := 0
	for i := range docs {
		d := &docs[i]
		if len(d.Findings) == 0 && len(d.Errors) == 0 {
			continue
		}
		listed++
		// A document without a CCG is headed by its path, which then needs
		// no line of its own.
		var about []string
		if strings.TrimSpace(d.CCG) != "" {
			fmt.Fprintf(&w, "\n### %s\n", markdownText(d.CCG))
			about = append(about, markdownCode(d.Path))
		} else {
			fmt.Fprintf(&w, "\n### %s\n", markdownCode(d.Path))
		}
		if ids := breachedCriteria(d); len(ids) > 0 {
			for j := range ids {
				ids[j] = markdownCode(ids[j])
			}
			about = append(about, "breaches "+strings.Join(ids, ", "))
		}
		if len(about) > 0 {
			fmt.Fprintf(&w, "\n%s\n", strings.Join(about, " · "))
		}
		if len(d.Errors) > 0 {
			w.WriteString("\n**❗ Could not be checked**\n\n")
			for _, e := range d.Errors {
				if e.Line > 0 {
					fmt.Fprintf(&w, "- line %d: %s\n", e.Line, markdownText(e.Message))
				} else {
					fmt.Fprintf(&w, "- %s\n", markdownText(e.Message))
				}
			}
		}
		for _, g := range groupFindings(cat, d.Findings) {
			mdGroup(&w, &g)
		}
	}
	if listed == 0 {
		w.WriteString("\nNo findings.\n")
	}

	if len(b.Findings) > 0 {
		w.WriteString("\n## Across constitutions\n")
		for _, g := range groupFindings(cat, b.Findings) {
			mdGroup(&w, &g)
		}
	}

	fmt.Fprintf(&w, "\n---\n\nChecked by %s", markdownText(cmp.Or(m.Tool.Name, "ccgvet")))
	if m.Tool.Version != "" {
		fmt.Fprintf(&w, " %s", markdownText(m.Tool.Version))
	}
	if m.Profile != "" {
		fmt.Fprintf(&w, " with profile %s", markdownText(m.Profile))
	}
	w.WriteString(".\n")
	return w.String()
}

// mdGroup writes one rule's findings: a bold heading with severity, title
// and rule id, a list item per finding (a batch finding lists every
// location under it), then the rule's guidance and reference once.
func mdGroup(w *strings.Builder, g *findingGroup) {
	fmt.Fprintf(w, "\n**%s %s: %s** · %s\n\n", mdSeverity(g.Severity), severityLabel(g.Severity), markdownText(g.Title), markdownCode(g.Rule))
	for _, f := range g.Findings {
		w.WriteString("- ")
		if len(f.Locations) == 0 {
			if IsWord(f.Path) {
				fmt.Fprintf(w, "paragraph %d", f.Line)
				if f.Clause != "" {
					fmt.Fprintf(w, ", clause %s", markdownText(f.Clause))
				}
			} else {
				fmt.Fprintf(w, "line %d", f.Line)
			}
			if f.Section != "" {
				fmt.Fprintf(w, " (%s)", markdownText(f.Section))
			}
			if f.Excerpt != "" && f.Excerpt != f.Section {
				fmt.Fprintf(w, " “%s”", markdownText(f.Excerpt))
			}
			w.WriteString(": ")
		}
		w.WriteString(markdownText(f.Message))
		if f.Waived {
			w.WriteString(" — *waived*")
			if f.WaiverReason != "" {
				fmt.Fprintf(w, ": %s", markdownText(f.WaiverReason))
			}
		}
		w.WriteString("\n")
		if len(f.Locations) > 0 {
			for _, l := range f.Locations {
				fmt.Fprintf(w, "  - %s line %d", markdownCode(l.Path), l.Line)
				if l.CCG != "" {
					fmt.Fprintf(w, " (%s)", markdownText(l.CCG))
				}
				w.WriteString("\n")
			}
		}
	}
	var notes []string
	if g.Guidance != "" {
		notes = append(notes, "> **Guidance:** "+markdownText(g.Guidance))
	}
	if g.Reference != "" {
		notes = append(notes, "> **Reference:** "+markdownText(g.Reference))
	}
	if len(notes) > 0 {
		fmt.Fprintf(w, "\n%s\n", strings.Join(notes, "\n>\n"))
	}
}

func mdStatus(status string) string {
	switch status {
	case result.StatusMet:
		return "✅ met"
	case result.StatusBreached:
		return "❌ breached"
	case result.StatusNotApplicable:
		return "➖ not applicable"
	case result.StatusError:
		return "❗ error"
	case "":
		return "·"
	}
	return markdownText(status)
}

func mdSeverity(severity string) string {
	switch severity {
	case result.SeverityError:
		return "❌"
	case result.SeverityWarning:
		return "⚠️"
	}
	return "ℹ️"
}

// markdownEscaper makes text from documents inert in Markdown: punctuation that
// starts emphasis, code, links, tables, strikethrough or maths is
// backslash-escaped, and HTML is written as entities so that a practice
// named "<script>" is shown, not run, where Markdown allows raw HTML.
// Newlines would end a list item or table row, so they become spaces.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"|", `\|`, "~", `\~`, "$", `\$`,
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	"\r\n", " ", "\n", " ", "\r", " ",
)

// markdownText also makes s Printable, for text that did not come through
// a printable copy of its document.
func markdownText(s string) string { return markdownEscaper.Replace(Printable(oneLine(s))) }

// markdownCode writes s as a code span, or as escaped text when s has a backtick
// or a pipe (a pipe ends a table cell even inside a code span).
func markdownCode(s string) string {
	s = Printable(s)
	if s == "" || strings.ContainsAny(s, "`|\r\n") {
		return markdownText(s)
	}
	return "`" + s + "`"
}
