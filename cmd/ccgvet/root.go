package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "ccgvet",
		Short: "Check CCG constitutions against governance criteria",
		Long: `ccgvet reads the constitutions of NHS clinical commissioning groups, written
in Markdown, and checks them against governance criteria written as Rego
policies: member sign-off, clinical majority on joint committees, conflicts
of interest safeguards, support for a change of commissioning model, and more.
Every breach is reported at the line a person must open.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return exitWith(ExitInput, fmt.Errorf("%w (see %s --help)", err, c.CommandPath()))
	})
	root.AddCommand(newCheck(), newDiff(), newParse(), newPolicies(), newVerify(), newBundle())
	return root
}

// output opens --output, or returns standard output.
func output(cmd *cobra.Command, path string) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return cmd.OutOrStdout(), func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, exitWith(ExitInput, fmt.Errorf("output: %w", err))
	}
	return f, f.Close, nil
}

// colour is on only when writing to a terminal and NO_COLOR is not set.
func colour(w io.Writer) bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
