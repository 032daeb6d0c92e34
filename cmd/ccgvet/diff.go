package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/spf13/cobra"
)

func newDiff() *cobra.Command {
	var (
		pf      policyFlags
		rf      runFlags
		format  string
		outPath string
	)
	cmd := &cobra.Command{
		Use:   "diff [flags] OLD NEW | AMENDED.docx",
		Short: "Vet an amendment: what changed in governance terms, and its breaches",
		Long: `Compare a constitution (OLD) with a proposed amendment (NEW): changes of
commissioning model, committees added, removed or recomposed, member
practices added or removed, clauses added, removed or reworded, and new
obligations on practices; then the criteria old -> new. NEW is judged with
OLD as its previous version.

Given one Word document with tracked changes, diff reads it as the
amendment: OLD is the document with every change rejected, NEW with every
change accepted (insertions, deletions, moves, in tables too); the report
also lists who made each change and when, where Word recorded it.

Exit status: 1 when the amendment breaks a criterion OLD meets, or changes
the commissioning model without majority support; 2 on input errors.`,
		Example: `  ccgvet diff constitution-v2.md constitution-v3-proposed.md
  ccgvet diff --format markdown old.md new.md > comment.md
  ccgvet diff constitution-with-tracked-changes.docx`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := pf.resolve(cmd)
			if err != nil {
				return err
			}
			opts := engine.Options{Policy: st.policy, Waivers: st.waivers}
			if err := rf.apply(&opts); err != nil {
				return err
			}
			if err := refuseInputAsOutput(outPath, args); err != nil {
				return err
			}
			eng, err := engine.New(cmd.Context(), opts)
			if err != nil {
				return exitWith(ExitInput, err)
			}
			var res *diff.Result
			if len(args) == 1 {
				res, err = eng.DiffTracked(cmd.Context(), args[0])
			} else {
				res, err = eng.Diff(cmd.Context(), args[0], args[1])
			}
			if err != nil {
				return exitWith(ExitInput, err)
			}
			w, err := output(cmd, outPath)
			if err != nil {
				return err
			}
			defer w.discard()
			meta := report.Meta{Tool: report.Tool{Name: "ccgvet", Version: version}, Color: colour(w.Writer)}
			if err := report.WriteDiff(w, format, res, meta); err != nil {
				return exitWith(ExitInput, err)
			}
			switch format {
			case "text":
				writeTracked(w, args[0], res.Tracked)
			case "markdown":
				writeTrackedMarkdown(w, res.Tracked)
			}
			if err := w.commit(); err != nil {
				return exitWith(ExitInput, fmt.Errorf("write report: %w", err))
			}
			if res.Fails() {
				return exitWith(ExitFindings, nil)
			}
			return nil
		},
	}
	pf.bind(cmd.Flags())
	rf.bind(cmd.Flags())
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+strings.Join(report.DiffFormats, ", "))
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write the report to FILE instead of standard output")
	return cmd
}

// writeTracked lists a Word amendment's tracked changes after the report:
// where, what, who and when.
func writeTracked(w io.Writer, path string, tracked []diff.TrackedChange) {
	if len(tracked) == 0 {
		return
	}
	fmt.Fprintf(w, "\nTracked changes (%d)\n", len(tracked))
	for _, t := range tracked {
		who := ""
		if t.Author != "" {
			who = " by " + report.Printable(t.Author)
		}
		if t.Date != "" {
			who += ", " + report.Printable(t.Date)
		}
		text := strings.Join(strings.Fields(t.Text), " ")
		if r := []rune(text); len(r) > 60 {
			text = string(r[:57]) + "..."
		}
		fmt.Fprintf(w, "  %s paragraph %d: %s%s: %q\n", report.Printable(path), t.Paragraph, t.Kind, who, report.Printable(text))
	}
}

// writeTrackedMarkdown lists a Word amendment's tracked changes as a
// table after the Markdown report.
func writeTrackedMarkdown(w io.Writer, tracked []diff.TrackedChange) {
	if len(tracked) == 0 {
		return
	}
	cell := func(s string) string {
		s = strings.Join(strings.Fields(report.Printable(s)), " ")
		if r := []rune(s); len(r) > 80 {
			s = string(r[:77]) + "..."
		}
		return strings.NewReplacer("|", "\\|", "`", "\\`", "<", "&lt;", ">", "&gt;", "*", "\\*", "_", "\\_").Replace(s)
	}
	fmt.Fprintf(w, "\n### Tracked changes (%d)\n\n| Paragraph | Change | By | When | Text |\n|---|---|---|---|---|\n", len(tracked))
	for _, t := range tracked {
		fmt.Fprintf(w, "| %d | %s | %s | %s | %s |\n", t.Paragraph, cell(t.Kind), cell(t.Author), cell(t.Date), cell(t.Text))
	}
}
