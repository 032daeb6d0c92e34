package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/result"
)

// DiffFormats are the formats `ccgvet diff` writes.
var DiffFormats = []string{"text", "json", "markdown", "html"}

// WriteDiff writes the result of comparing two versions of a constitution.
func WriteDiff(w io.Writer, format string, r *diff.Result, m Meta) error {
	switch format {
	case "json":
		b, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	case "text":
		return diffText(w, r, m)
	case "markdown":
		return diffMarkdown(w, r)
	case "html":
		return diffHTML(w, r, m)
	}
	return fmt.Errorf("unknown format %q for diff (choose one of %s)", format, strings.Join(DiffFormats, ", "))
}

// changeLines says where a change is, in both files where it is in both.
func changeLines(r *diff.Result, c *diff.Change) string {
	switch {
	case c.Removed:
		return Place(r.Old.Path, c.Line, "")
	case c.OldLine > 0 && r.Old.Path == r.New.Path && IsWord(r.New.Path):
		// One Word document's tracked changes: its paragraphs are counted
		// the same in both versions.
		if c.OldLine == c.Line {
			return Place(r.New.Path, c.Line, "")
		}
		return fmt.Sprintf("%s (was paragraph %d)", Place(r.New.Path, c.Line, ""), c.OldLine)
	case c.OldLine > 0:
		return fmt.Sprintf("%s (was %s)", Place(r.New.Path, c.Line, ""), Place(r.Old.Path, c.OldLine, ""))
	}
	return Place(r.New.Path, c.Line, "")
}

func diffText(out io.Writer, r *diff.Result, m Meta) error {
	w := bufio.NewWriter(out)
	t := &textWriter{w: w, meta: m}
	fmt.Fprintf(w, "%s\n  %s -> %s\n\n", t.paint(ansiBold, "Amendment"), Printable(r.Old.Path), Printable(r.New.Path))
	for _, warning := range r.Warnings {
		fmt.Fprintf(w, "%s: %s\n\n", t.paint(ansiYellow, "warning"), wrap(Printable(warning), 78))
	}
	fmt.Fprintf(w, "%s\n\n", wrap(Printable(r.Summary), 78))
	if len(r.Changes) > 0 {
		fmt.Fprintln(w, t.paint(ansiBold, "Changes"))
		for i := range r.Changes {
			c := &r.Changes[i]
			fmt.Fprintf(w, "%s: %s: %s\n", Printable(changeLines(r, c)), Printable(c.Kind), Printable(c.Description))
			t.wording(c)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, t.paint(ansiBold, "Criteria (old -> new)"))
	writeStatusChanges(r, func(id, from, to string, regressed bool) {
		mark := ""
		if regressed {
			mark = "  " + t.paint(ansiRed, "REGRESSION")
		}
		fmt.Fprintf(w, "  %-28s %s -> %s%s\n", Printable(id), t.paint(statusColour(from), Printable(from)), t.paint(statusColour(to), Printable(to)), mark)
	})
	if len(r.New.Findings) > 0 {
		fmt.Fprintf(w, "\n%s\n", t.paint(ansiBold, "Findings in the new version"))
		for _, f := range printableFindings(r.New.Findings) {
			t.finding(&f)
		}
	}
	for _, e := range append(r.Old.Errors, r.New.Errors...) {
		fmt.Fprintf(w, "input error: %s\n", Printable(e.Message))
	}
	fmt.Fprintf(w, "\n%s\n", Printable(diffVerdict(r)))
	return w.Flush()
}

// wording shows a reworded clause's old and new text with the changed
// words marked ([-removed-] and {+added+}, as git diff --word-diff does,
// or red and green in colour), and a removed clause whole.
func (t *textWriter) wording(c *diff.Change) {
	switch c.Kind {
	case diff.KindClauseChanged:
		mark := func(kind byte, s string) string {
			if t.meta.Color {
				if kind == '-' {
					return t.paint(ansiRed, s)
				}
				return t.paint(ansiGreen, s)
			}
			if kind == '-' {
				return "[-" + s + "-]"
			}
			return "{+" + s + "+}"
		}
		was, now := sides(wordDiff(c.OldText, c.Text), Printable, mark)
		fmt.Fprintf(t.w, "    was: %s\n    now: %s\n", was, now)
	case diff.KindClauseRemoved:
		fmt.Fprintf(t.w, "    was: %s\n", Printable(strings.Join(strings.Fields(c.Text), " ")))
	}
}

// mdWording is wording for Markdown: removed words struck through, added
// words in bold.
func mdWording(w io.Writer, r *diff.Result) {
	first := true
	for i := range r.Changes {
		c := &r.Changes[i]
		if c.Kind != diff.KindClauseChanged && c.Kind != diff.KindClauseRemoved {
			continue
		}
		if first {
			fmt.Fprintf(w, "### Wording\n\nRemoved words are struck through, added words are in bold.\n")
			first = false
		}
		if c.Kind == diff.KindClauseRemoved {
			fmt.Fprintf(w, "\n**Clause %s** is removed (%s):\n\n> ~~%s~~\n", markdownText(c.Clause), markdownCode(changeLines(r, c)),
				markdownText(strings.Join(strings.Fields(c.Text), " ")))
			continue
		}
		mark := func(kind byte, s string) string {
			if kind == '-' {
				return "~~" + s + "~~"
			}
			return "**" + s + "**"
		}
		was, now := sides(wordDiff(c.OldText, c.Text), markdownText, mark)
		fmt.Fprintf(w, "\n**Clause %s** is reworded (%s):\n\n| | |\n|---|---|\n| was | %s |\n| now | %s |\n",
			markdownText(c.Clause), markdownCode(changeLines(r, c)), was, now)
	}
	if !first {
		fmt.Fprintln(w)
	}
}

func diffVerdict(r *diff.Result) string {
	var parts []string
	if len(r.Regressions) > 0 {
		parts = append(parts, fmt.Sprintf("regressions: %s", strings.Join(r.Regressions, ", ")))
	}
	if r.ModelChangeUnsupported {
		parts = append(parts, "the change of commissioning model lacks majority support")
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%d changes; no regression.", len(r.Changes))
	}
	return fmt.Sprintf("%d changes; %s.", len(r.Changes), strings.Join(parts, "; "))
}

// writeStatusChanges walks the criteria of NEW (and those only OLD has)
// with their old and new statuses.
func writeStatusChanges(r *diff.Result, row func(id, from, to string, regressed bool)) {
	old := map[string]string{}
	for _, c := range r.Old.Criteria {
		old[c.ID] = c.Status
	}
	regressed := map[string]bool{}
	for _, id := range r.Regressions {
		regressed[id] = true
	}
	seen := map[string]bool{}
	for _, c := range r.New.Criteria {
		seen[c.ID] = true
		from := old[c.ID]
		if from == "" {
			from = "-"
		}
		row(c.ID, from, c.Status, regressed[c.ID])
	}
	for _, c := range r.Old.Criteria {
		if !seen[c.ID] {
			row(c.ID, c.Status, "-", false)
		}
	}
}

func diffMarkdown(out io.Writer, r *diff.Result) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "## Amendment: %s → %s\n\n", markdownCode(r.Old.Path), markdownCode(r.New.Path))
	for _, warning := range r.Warnings {
		fmt.Fprintf(w, "> **Warning:** %s\n\n", markdownText(warning))
	}
	fmt.Fprintf(w, "%s\n\n", markdownText(r.Summary))
	if len(r.Changes) > 0 {
		fmt.Fprintf(w, "### Changes\n\n| Change | What | Where |\n|---|---|---|\n")
		for i := range r.Changes {
			c := &r.Changes[i]
			fmt.Fprintf(w, "| %s | %s | %s |\n", markdownText(c.Kind), markdownText(c.Description), markdownText(changeLines(r, c)))
		}
		fmt.Fprintln(w)
		mdWording(w, r)
	}
	fmt.Fprintf(w, "### Criteria\n\n| Criterion | Old | New |\n|---|---|---|\n")
	writeStatusChanges(r, func(id, from, to string, regressed bool) {
		if regressed {
			to = "**" + to + " (regression)**"
		}
		fmt.Fprintf(w, "| %s | %s | %s |\n", markdownText(id), from, to)
	})
	var errs []result.Finding
	for _, f := range r.New.Findings {
		if f.Severity == result.SeverityError {
			errs = append(errs, f)
		}
	}
	if len(errs) > 0 {
		fmt.Fprintf(w, "\n### Breaches in the new version\n\n")
		for _, f := range errs {
			fmt.Fprintf(w, "- line %d: %s (%s)\n", f.Line, markdownText(f.Message), markdownCode(f.Rule))
		}
	}
	fmt.Fprintf(w, "\n%s\n", markdownText(diffVerdict(r)))
	return w.Flush()
}

// wrap breaks text into lines of at most width characters.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for _, word := range strings.Fields(s) {
		if n > 0 && n+1+len(word) > width {
			b.WriteByte('\n')
			n = 0
		} else if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}
