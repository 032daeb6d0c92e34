package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/spf13/cobra"
)

func newCheck() *cobra.Command {
	var (
		pf      policyFlags
		rf      runFlags
		format  string
		outPath string
		failOn  string
		exclude []string
		stdinAs string
		noEmoji bool
		empty   bool
		explain bool
	)
	cmd := &cobra.Command{
		Use:   "check [flags] PATH... | -",
		Short: "Check constitutions (files, or folders searched for *.md)",
		Example: `  ccgvet check constitutions/
  ccgvet check --format json --fail-on warning draft.md
  ccgvet check --format sarif -o ccgvet.sarif --exclude 'drafts/**' constitutions/
  ccgvet check --profile nhse-2014 constitutions/kirkhallam.md
  cat draft.md | ccgvet check --stdin-filename drafts/new.md -`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return exitWith(ExitInput, fmt.Errorf("give the constitutions to check: files, folders (searched for *.md and *.docx), or - for standard input (see %s --help)", cmd.CommandPath()))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := pf.resolve(cmd)
			if err != nil {
				return err
			}
			failOn = stringSetting(cmd, "fail-on", st.config.FailOn)
			format = stringSetting(cmd, "format", st.config.Format)
			if result.SeverityRank(failOn) == 0 {
				return exitWith(ExitInput, fmt.Errorf("--fail-on must be error, warning or info, not %q", failOn))
			}
			opts := engine.Options{Policy: st.policy, Waivers: st.waivers}
			if err := rf.apply(&opts); err != nil {
				return err
			}
			if err := refuseInputAsOutput(outPath, args); err != nil {
				return err
			}
			if outPath != "" && outPath != "-" {
				// A report written into a folder being checked is not a
				// constitution, this time or the next.
				opts.Exclude = []string{outPath}
			}
			patterns, err := excludes(exclude, st.config)
			if err != nil {
				return exitWith(ExitInput, err)
			}
			if len(patterns) > 0 {
				opts.Skip = func(p string) bool { return excluded(patterns, p) }
			}
			stdin := slices.Contains(args, "-")
			if stdin && len(args) > 1 {
				return exitWith(ExitInput, fmt.Errorf("- reads one document from standard input: give it alone, not with other paths (see %s --help)", cmd.CommandPath()))
			}
			if stdinAs != "" && !stdin {
				return exitWith(ExitInput, fmt.Errorf("--stdin-filename names the document read from standard input: give - as the path (see %s --help)", cmd.CommandPath()))
			}
			eng, err := engine.New(cmd.Context(), opts)
			if err != nil {
				return exitWith(ExitInput, err)
			}
			w, err := output(cmd, outPath)
			if err != nil {
				return err
			}
			defer w.discard()
			set := eng.Policies()
			if err := st.waivers.Unknown(waivableIDs(set)); err != nil {
				return exitWith(ExitInput, err)
			}
			rw, err := report.New(format, w, report.Meta{
				Tool:     report.Tool{Name: "ccgvet", Version: version},
				Profile:  st.profileName(),
				FailOn:   failOn,
				Rules:    set.EffectiveRules(),
				Criteria: set.Criteria,
				Color:    colour(w.Writer),
				// The HTML report says when it was made.
				Generated: reportTime(),
				NoEmoji:   noEmoji,
			})
			if err != nil {
				return exitWith(ExitInput, err)
			}
			if explain && format != "text" {
				return exitWith(ExitInput, fmt.Errorf("--explain adds the evidence to the text report: use it with --format text"))
			}
			failing := false
			var explained []result.Document
			emit := func(d *result.Document) error {
				failing = failing || anyFails(d.Findings, failOn)
				if explain && !stdin {
					explained = append(explained, result.Document{Path: d.Path, Findings: d.Findings, Errors: d.Errors})
				}
				return rw.Document(d)
			}
			var run *engine.Run
			if stdin {
				run, err = checkStdin(cmd, eng, cmp.Or(stdinAs, "stdin.md"), opts.MaxSize, emit)
			} else {
				run, err = eng.Check(cmd.Context(), args, emit)
			}
			if err != nil {
				return exitWith(ExitInput, err)
			}
			for _, s := range run.Skipped {
				fmt.Fprintf(cmd.ErrOrStderr(), "ccgvet: warning: skipped %s: %s\n", report.Printable(s.Path), s.Reason)
			}
			if run.Summary.Documents == 0 && !empty {
				// Nothing checked is not success: an empty folder, or one
				// whose every file was left out, would pass CI unseen.
				return exitWith(ExitInput, fmt.Errorf("no constitutions found in %s", quotedList(args)))
			}
			if run.BatchError != "" {
				fmt.Fprintf(cmd.ErrOrStderr(), "ccgvet: across documents: %s\n", run.BatchError)
			}
			// Every finding has been through the waivers: the ones that
			// waived nothing can be told.
			unused := result.Batch{Findings: st.waivers.Unused()}
			run.Batch.Findings = append(run.Batch.Findings, unused.Findings...)
			run.Summary.AddBatch(&unused)
			failing = failing || anyFails(run.Batch.Findings, failOn)
			if err := rw.Finish(&run.Batch, &run.Summary); err != nil {
				return exitWith(ExitInput, fmt.Errorf("write report: %w", err))
			}
			if explain {
				writeEvidence(w, explained, opts.MaxSize)
			}
			if err := w.commit(); err != nil {
				return exitWith(ExitInput, fmt.Errorf("write report: %w", err))
			}
			switch {
			case run.InputErrors:
				return exitWith(ExitInput, nil)
			case failing:
				return exitWith(ExitFindings, nil)
			}
			return nil
		},
	}
	pf.bind(cmd.Flags())
	rf.bind(cmd.Flags())
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+joinFormats())
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write the report to FILE instead of standard output")
	cmd.Flags().BoolVar(&explain, "explain", false, "after the text report, show each finding's evidence: the facts read from the wording at its line and in its section")
	cmd.Flags().BoolVar(&empty, "allow-empty", false, "exit 0 when no constitution is found (for hooks given whatever files a commit changed)")
	cmd.Flags().BoolVar(&noEmoji, "no-emoji", false, "Markdown: status and severity as words, without emoji")
	cmd.Flags().StringArrayVar(&exclude, "exclude", nil, "leave out files matching a glob (`**` spans folders, {a,b} either), relative to the working directory (repeatable; also exclude: in "+ConfigName+")")
	cmd.Flags().StringVar(&stdinAs, "stdin-filename", "", "name the document read from standard input (PATH -) has in the report; its extension picks the reader (default stdin.md)")
	cmd.Flags().StringVar(&failOn, "fail-on", result.SeverityError, "lowest severity that makes the exit status 1: error, warning or info")
	return cmd
}

// reportTime is now, or SOURCE_DATE_EPOCH when it is set, so that a
// report can be made again byte for byte (reproducible builds' convention).
func reportTime() time.Time {
	if s, ok := os.LookupEnv("SOURCE_DATE_EPOCH"); ok {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC()
}

// checkStdin checks the one document on standard input. A document larger
// than the limit is read no further than one byte past it: the engine
// reports it as too large.
func checkStdin(cmd *cobra.Command, eng *engine.Engine, name string, maxSize int64, emit func(*result.Document) error) (*engine.Run, error) {
	data, err := io.ReadAll(io.LimitReader(cmd.InOrStdin(), maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read standard input: %w", err)
	}
	return eng.CheckSources(cmd.Context(), []engine.Source{{Name: name, Data: data}}, func(d *result.Document, _ *model.Document) error {
		return emit(d)
	})
}

// waivableIDs lists what a waiver may name: every rule and criterion of
// the policies, enabled or not, and the findings about the config itself.
func waivableIDs(set *policy.Set) []string {
	ids := []string{"config", "config/expired-waiver", "config/unused-waiver"}
	for _, r := range set.Rules {
		ids = append(ids, r.ID)
	}
	for _, c := range set.Criteria {
		ids = append(ids, c.ID)
	}
	return ids
}

// quotedList names the paths given, for messages.
func quotedList(paths []string) string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = report.Printable(p)
	}
	return strings.Join(out, ", ")
}

func anyFails(fs []result.Finding, failOn string) bool {
	for _, f := range fs {
		if result.Fails(f, failOn) {
			return true
		}
	}
	return false
}

func joinFormats() string {
	s := ""
	for i, f := range report.Formats() {
		if i > 0 {
			s += ", "
		}
		s += f
	}
	return s
}
