package main

import (
	"encoding/json"
	"fmt"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/spf13/cobra"
)

func newParse() *cobra.Command {
	var (
		outPath  string
		schema   bool
		maxSize  int64
		dataPath []string
	)
	cmd := &cobra.Command{
		Use:   "parse [flags] FILE",
		Short: "Print the parsed document model (JSON) that policies see as input",
		Example: `  ccgvet parse constitutions/silverdell.md
  ccgvet parse constitutions/silverdell.md | jq '.governing_body'
  ccgvet parse --schema > model.schema.json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if schema {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.ExactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := refuseInputAsOutput(outPath, args); err != nil {
				return err
			}
			if err := checkMaxSize(maxSize); err != nil {
				return err
			}
			w, err := output(cmd, outPath)
			if err != nil {
				return err
			}
			defer w.discard()
			if schema {
				if _, err := w.Write(model.Schema); err != nil {
					return exitWith(ExitInput, err)
				}
				return w.commit()
			}
			// The facts are read with the word sets of the policy data,
			// the user's --data over the built-in.
			data, err := policy.LoadData(nil, dataPath)
			if err != nil {
				return exitWith(ExitInput, err)
			}
			lx, err := language.FromData(data)
			if err != nil {
				return exitWith(ExitInput, fmt.Errorf("policy data: %w", err))
			}
			doc, err := engine.LoadWith(args[0], maxSize, lx)
			if err != nil {
				return exitWith(ExitInput, err)
			}
			b, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				return exitWith(ExitInput, fmt.Errorf("parse %s: %w", args[0], err))
			}
			if _, err := w.Write(append(b, '\n')); err != nil {
				return exitWith(ExitInput, err)
			}
			return w.commit()
		},
	}
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().BoolVar(&schema, "schema", false, "print the JSON Schema of the model instead")
	cmd.Flags().Int64Var(&maxSize, "max-size", engine.DefaultMaxSize, "largest document read, in bytes")
	cmd.Flags().StringArrayVar(&dataPath, "data", nil, "policy data FILE merged over the built-in data (its `language` word sets read the wording); repeatable")
	return cmd
}
