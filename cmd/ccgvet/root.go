package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "ccgvet",
		Short: "Check CCG constitutions against governance criteria",
		Long: `ccgvet reads the constitutions of NHS clinical commissioning groups and
integrated care boards, written in Markdown or Word, and checks them against
governance criteria written as Rego policies: member sign-off, clinical
majority on joint committees, conflicts of interest safeguards, support for a
change of commissioning model, an ICB's board and how its members are
appointed and nominated, and more. Every breach is reported at the place a
person must open.`,
		Example: `  ccgvet check constitutions/
  ccgvet check --format html -o report.html constitutions/
  ccgvet diff constitution-v3.md constitution-v4-proposed.md
  ccgvet explain clinical-majority/minority
  ccgvet completion bash > /etc/bash_completion.d/ccgvet`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate(readBuildInfo().String())
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return exitWith(ExitInput, fmt.Errorf("%w (see %s --help)", err, c.CommandPath()))
	})
	root.AddCommand(newCheck(), newDiff(), newParse(), newPolicies(), newVerify(), newBundle(), newServe(), newExplain(), newVersion())
	completeFlagValues(root)
	return root
}

// completeFlagValues lets shell completion offer the values of the flags
// that take one of a few: every command that has the flag gets them.
func completeFlagValues(root *cobra.Command) {
	fixed := func(values ...string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	profiles := func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		ps, err := policy.Profiles()
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		var out []cobra.Completion
		for _, p := range ps {
			out = append(out, cobra.CompletionWithDesc(p.Name, p.Description))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
	for _, c := range root.Commands() {
		if c.Flags().Lookup("fail-on") != nil {
			_ = c.RegisterFlagCompletionFunc("fail-on", fixed(result.SeverityError, result.SeverityWarning, result.SeverityInfo))
		}
		if c.Flags().Lookup("profile") != nil {
			_ = c.RegisterFlagCompletionFunc("profile", profiles)
		}
		if f := c.Flags().Lookup("format"); f != nil && c.Name() == "check" {
			_ = c.RegisterFlagCompletionFunc("format", fixed(report.Formats()...))
		}
	}
}

// outFile is where a command writes: standard output, or --output. A
// file is written under a hidden temporary name in its folder and renamed
// into place only by commit, so that a run that fails leaves the old file
// as it was, and nothing the run reads is truncated before it is read.
type outFile struct {
	io.Writer
	tmp   *os.File // nil when writing to standard output or a device
	final string
	done  bool
}

// output opens --output, or standard output for "" and "-". The caller
// must call commit when the report is complete, and should defer discard.
func output(cmd *cobra.Command, path string) (*outFile, error) {
	if path == "" || path == "-" {
		return &outFile{Writer: cmd.OutOrStdout()}, nil
	}
	final := path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		final = real // write through a link, not over it
	}
	info, statErr := os.Stat(final)
	err := statErr
	switch {
	case err == nil && info.IsDir():
		return nil, exitWith(ExitInput, fmt.Errorf("output %s: is a folder", path))
	case err == nil && !info.Mode().IsRegular():
		// A device or a named pipe (/dev/stdout, a pipe to a log) cannot
		// be renamed over: it is written directly.
		f, err := os.OpenFile(final, os.O_WRONLY, 0)
		if err != nil {
			return nil, exitWith(ExitInput, fmt.Errorf("output: %w", err))
		}
		return &outFile{Writer: f, tmp: f, done: true}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(final), "."+filepath.Base(final)+".*.tmp")
	if err != nil {
		return nil, exitWith(ExitInput, fmt.Errorf("output: %w", unwrapPathErr(err)))
	}
	// A new report gets the mode os.Create would give it under the usual
	// umask; a report written again keeps its file's mode.
	mode := os.FileMode(0o644)
	if statErr == nil {
		mode = info.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, exitWith(ExitInput, fmt.Errorf("output: %w", err))
	}
	return &outFile{Writer: tmp, tmp: tmp, final: final}, nil
}

// commit puts the written file in place.
func (o *outFile) commit() error {
	if o.tmp == nil {
		return nil
	}
	if o.done { // a device: only closed
		o.tmp = nil
		return nil
	}
	o.done = true
	if err := o.tmp.Close(); err != nil {
		os.Remove(o.tmp.Name())
		return err
	}
	if err := os.Rename(o.tmp.Name(), o.final); err != nil {
		os.Remove(o.tmp.Name())
		return err
	}
	return nil
}

// discard removes the temporary file when commit was not reached.
func (o *outFile) discard() {
	if o == nil || o.tmp == nil {
		return
	}
	o.tmp.Close()
	if !o.done {
		os.Remove(o.tmp.Name())
	}
	o.done = true
}

// refuseInputAsOutput refuses an --output that is one of the files the
// command reads: the report would replace the document it is about.
// Folders named as inputs are not refused; the engine leaves the report
// out of them.
func refuseInputAsOutput(out string, inputs []string) error {
	if out == "" || out == "-" {
		return nil
	}
	outInfo, err := os.Stat(out)
	if err != nil || !outInfo.Mode().IsRegular() {
		return nil // it does not exist yet, or is a device: nothing to lose
	}
	for _, in := range inputs {
		if inInfo, err := os.Stat(in); err == nil && os.SameFile(outInfo, inInfo) {
			return exitWith(ExitInput, fmt.Errorf("--output %s is %s, one of the files to read: write the report to another file", out, in))
		}
	}
	return nil
}

// colour is on only when writing to a terminal and NO_COLOR is not set.
func colour(w io.Writer) bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
