package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newBundle() *cobra.Command {
	var (
		pf      policyFlags
		outPath string
	)
	cmd := &cobra.Command{
		Use:   "bundle -o FILE",
		Short: "Write an OPA bundle of the effective policies and data",
		Long: `Write the effective policies (built-in, --policy, profile) and policy data as
an OPA bundle (.tar.gz with a .manifest owning the root "ccgvet"). A stock
OPA serves it:

  opa run --server --bundle ccgvet.tar.gz
  ccgvet parse constitution.md | jq '{input: .}' | \
    curl -s -X POST --data-binary @- localhost:8181/v1/data/ccgvet/main/report`,
		Example: `  ccgvet bundle -o ccgvet.tar.gz
  ccgvet bundle --profile nhse-2014 --policy local-policies/ -o ccgvet.tar.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if outPath == "" {
				return exitWith(ExitInput, fmt.Errorf("name the bundle file with -o FILE"))
			}
			set, w, err := pf.loadWithOutput(cmd, outPath)
			if err != nil {
				return err
			}
			defer w.discard()
			if err := set.WriteBundle(w, "ccgvet-"+version); err != nil {
				return exitWith(ExitInput, err)
			}
			if err := w.commit(); err != nil {
				return exitWith(ExitInput, fmt.Errorf("write bundle: %w", err))
			}
			return nil
		},
	}
	pf.bind(cmd.Flags())
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "the bundle file to write (.tar.gz)")
	return cmd
}
