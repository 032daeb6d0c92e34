package main

import (
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/policy"
)

// A reader fixing a finding needs to see wording that would pass, so every
// built-in rule, batch rules included, carries custom.example in its
// METADATA and explain shows it.
func TestBuiltinRulesHaveExamples(t *testing.T) {
	set, err := policy.Load(policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Rules) == 0 {
		t.Fatal("no built-in rules loaded")
	}
	batch := false
	for _, r := range set.Rules {
		batch = batch || r.Batch
		t.Run(r.ID, func(t *testing.T) {
			if strings.TrimSpace(r.Example) == "" {
				t.Fatalf("%s has no custom.example in its METADATA", r.ID)
			}
			for _, md := range []bool{false, true} {
				out := explainRule(set, r, md)
				if !strings.Contains(out, "Wording that meets it") {
					t.Errorf("explain (markdown %v) of %s shows no example", md, r.ID)
				}
			}
		})
	}
	if !batch {
		t.Error("no batch rule among the built-in rules: single-membership's should be checked too")
	}
}
