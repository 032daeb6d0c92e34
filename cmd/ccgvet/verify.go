package main

import (
	"fmt"
	"time"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/spf13/cobra"
)

func newVerify() *cobra.Command {
	var (
		pf      policyFlags
		verbose bool
	)
	cmd := &cobra.Command{
		Use:   "verify [flags] [DIR...]",
		Short: "Run the Rego unit tests of the built-in or given policies",
		Long: `Run the Rego unit tests (test_ rules in *_test.rego) of the built-in
policies, or, with DIR arguments, of those folders added to them (use
--no-builtin to leave the built-in rules and their tests out).`,
		Example: `  ccgvet verify
  ccgvet verify -v local-policies/
  ccgvet verify --no-builtin local-policies/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := pf.resolve(cmd)
			if err != nil {
				return err
			}
			opts := st.policy
			// The built-in tests assert what the default data gives: they run
			// against it whatever profile or data a check would use.
			opts.Profile, opts.DataFiles = "", nil
			opts.Dirs = append(opts.Dirs, args...)
			opts.Tests = true
			set, err := policy.Load(opts)
			if err != nil {
				return exitWith(ExitInput, err)
			}
			results, err := set.RunTests(cmd.Context())
			if err != nil {
				return exitWith(ExitInput, err)
			}
			out := cmd.OutOrStdout()
			failed := 0
			for _, r := range results {
				switch {
				case !r.Pass:
					failed++
					fmt.Fprintf(out, "FAIL %s:%d: %s.%s", r.File, r.Line, r.Package, r.Name)
					if r.Error != "" {
						fmt.Fprintf(out, ": %s", r.Error)
					}
					fmt.Fprintln(out)
				case verbose:
					fmt.Fprintf(out, "PASS %s.%s (%s)\n", r.Package, r.Name, time.Duration(r.Duration))
				}
			}
			fmt.Fprintf(out, "%d passed, %d failed\n", len(results)-failed, failed)
			if failed > 0 {
				return exitWith(ExitFindings, nil)
			}
			if len(results) == 0 {
				return exitWith(ExitInput, fmt.Errorf("no Rego tests found"))
			}
			return nil
		},
	}
	pf.bind(cmd.Flags())
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list passing tests too")
	return cmd
}
