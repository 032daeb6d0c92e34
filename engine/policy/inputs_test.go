package policy

import (
	"maps"
	"slices"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

func TestInputFields(t *testing.T) {
	lib := `package ccgvet.lib

array_at(path) := x if {
	x := object.get(input, path, [])
	is_array(x)
} else := []
`
	tests := []struct {
		name string
		rule string
		keys []string
		all  bool
	}{
		{"a field", `package ccgvet.rules.a.b
import data.ccgvet.lib
findings contains x if { some x in input.facts.variation }`, []string{"facts"}, false},
		{"a path helper", `package ccgvet.rules.a.b
import data.ccgvet.lib
findings contains x if { some x in lib.array_at(["membership", "practices"]) }`, []string{"membership"}, false},
		{"object.get at a key", `package ccgvet.rules.a.b
findings contains x if { x := object.get(input, "icb", {}) }`, []string{"icb"}, false},
		{"object.get at a path", `package ccgvet.rules.a.b
findings contains x if { x := object.get(input, ["votes", 0], {}) }`, []string{"votes"}, false},
		{"a worked-out key", `package ccgvet.rules.a.b
findings contains x if { some k in ["blocks"]; x := input[k] }`, nil, true},
		{"the input whole", `package ccgvet.rules.a.b
findings contains x if { x := json.marshal(input) }`, nil, true},
		{"a helper with a worked-out path", `package ccgvet.rules.a.b
import data.ccgvet.lib
findings contains x if { p := ["clauses"]; some x in lib.array_at(p) }`, nil, true},
		{"an alias", `package ccgvet.rules.a.b
import data.ccgvet.lib as l
findings contains x if { some x in l.array_at(["sections"]) }`, []string{"sections"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			modules := map[string]*ast.Module{}
			for name, src := range map[string]string{"lib.rego": lib, "rule.rego": tt.rule, "rule_test.rego": "package x_test\ntest_a if { input.blocks }"} {
				m, err := ast.ParseModuleWithOpts(name, src, ast.ParserOptions{RegoVersion: ast.RegoV1})
				if err != nil {
					t.Fatal(err)
				}
				modules[name] = m
			}
			got := inputFields(modules)
			if got.All != tt.all {
				t.Errorf("All = %v, want %v", got.All, tt.all)
			}
			if !tt.all {
				if keys := slices.Sorted(maps.Keys(got.Keys)); !slices.Equal(keys, tt.keys) {
					t.Errorf("keys = %v, want %v", keys, tt.keys)
				}
			}
		})
	}
}

// The built-in policies judge facts, not the paragraphs: their input
// leaves out the blocks and clauses, most of a document.
func TestBuiltinPoliciesDoNotReadTheParagraphs(t *testing.T) {
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ccg, err := set.Compiled()
	if err != nil {
		t.Fatal(err)
	}
	in := ccg.Inputs
	if in.All || in.Has("blocks") || in.Has("clauses") {
		t.Errorf("the built-in policies read %v (all: %v)", slices.Sorted(maps.Keys(in.Keys)), in.All)
	}
	if !in.Has("facts") || !in.Has("membership") {
		t.Errorf("facts and membership should be read: %v", in.Keys)
	}
}
