package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/spf13/cobra"
)

func newPolicies() *cobra.Command {
	var (
		pf       policyFlags
		format   string
		outPath  string
		showData bool
	)
	cmd := &cobra.Command{
		Use:   "policies [flags]",
		Short: "List the rules: id, criterion, severity, title, reference",
		Example: `  ccgvet policies
  ccgvet policies --profile nhse-2014
  ccgvet policies --format json --policy local-policies/
  ccgvet policies --show-data`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, w, err := pf.loadWithOutput(cmd, outPath)
			if err != nil {
				return err
			}
			defer w.discard()
			switch {
			case showData:
				b, err := json.MarshalIndent(set.Data, "", "  ")
				if err != nil {
					return exitWith(ExitInput, err)
				}
				fmt.Fprintln(w, string(b))
			case format == "json":
				b, err := json.MarshalIndent(map[string]any{"profile": set.Profile, "criteria": enabledCriteria(set), "rules": set.EffectiveRules()}, "", "  ")
				if err != nil {
					return exitWith(ExitInput, err)
				}
				fmt.Fprintln(w, string(b))
			case format == "text":
				fmt.Fprintf(w, "Profile %s: %s\n\n", set.Profile.Name, set.Profile.Description)
				tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "RULE\tCRITERION\tSEVERITY\tTITLE\tREFERENCE")
				for _, r := range set.EffectiveRules() {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Criterion, r.Severity, r.Title, r.Reference)
				}
				if err := tw.Flush(); err != nil {
					return exitWith(ExitInput, err)
				}
			default:
				return exitWith(ExitInput, fmt.Errorf("unknown format %q (choose text or json)", format))
			}
			return w.commit()
		},
	}
	pf.bind(cmd.Flags())
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().BoolVar(&showData, "show-data", false, "print the effective policy data (defaults, profile and --data merged)")
	return cmd
}

func enabledCriteria(set *policy.Set) []policy.Criterion {
	disabled := set.Disabled()
	var out []policy.Criterion
	for _, c := range set.Criteria {
		if !disabled[c.ID] {
			out = append(out, c)
		}
	}
	return out
}
