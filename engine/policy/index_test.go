package policy

import (
	"bytes"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/ccgvet/ccgvet/policies"
	"github.com/open-policy-agent/opa/v1/ast"
)

var update = flag.Bool("update", false, "rewrite policies/index.json from the built-in modules")

// indexPath is policies/index.json from this package's folder.
var indexPath = filepath.Join("..", "..", "policies", "index.json")

// eagerSet loads the built-in policies parsing every module, as Load does
// without an index.
func eagerSet(t *testing.T) *Set {
	t.Helper()
	sources, err := readModules(Options{})
	if err != nil {
		t.Fatal(err)
	}
	set := &Set{Sources: sources, parsed: &parsedModules{modules: map[string]*ast.Module{}, caps: Capabilities(false, false)}}
	if err := set.parseAll(); err != nil {
		t.Fatal(err)
	}
	annotations, errs := ast.BuildAnnotationSet(slices.Collect(maps.Values(set.parsed.modules)))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	set.Rules, set.Criteria = catalogue(annotations)
	return set
}

// The embedded index is what the built-in modules give when parsed: a run
// trusts it for the catalogue and for which modules a family compiles.
// After changing a module, rewrite it with -update.
func TestBuiltinIndexIsCurrent(t *testing.T) {
	set := eagerSet(t)
	want, err := buildIndex(set.Sources, set.parsed.modules, set.Rules, set.Criteria).encode()
	if err != nil {
		t.Fatal(err)
	}
	yamlText, err := policies.FS.ReadFile(policies.DataFile)
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := decodeData(policies.DataFile, yamlText)
	if err != nil {
		t.Fatal(err)
	}
	twin, err := json.MarshalIndent(dataTwin{Hash: dataHash(yamlText), Data: decoded}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	twin = append(twin, '\n')
	if *update {
		if err := os.WriteFile(indexPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(filepath.Dir(indexPath), "data.json"), twin, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(policies.DataJSON, twin) {
		t.Fatal("policies/data.json does not match policies/data.yaml: run go test ./engine/policy -run TestBuiltinIndexIsCurrent -update, and review the diff")
	}
	fromTwin, err := builtinData()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromTwin, decoded) {
		t.Fatal("the policy data read from data.json differs from data.yaml's")
	}
	if !bytes.Equal(policies.Index, want) {
		t.Fatal("policies/index.json does not match the built-in modules: run go test ./engine/policy -run TestBuiltinIndexIsCurrent -update, and review the diff")
	}
	idx, packages := readIndex(set.Sources)
	if idx == nil {
		t.Fatal("Load does not use the index of the built-in modules")
	}
	if len(packages) != len(set.Sources) {
		t.Fatalf("the index names %d modules, want %d", len(packages), len(set.Sources))
	}
}

// Load with the index gives the catalogue and compiles what Load without it
// does, parsing only the modules of the family compiled; an index that does
// not match the modules is not used.
func TestLoadParsesOnlyWhatAFamilyCompiles(t *testing.T) {
	eager := eagerSet(t)
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(set.Rules, eager.Rules) || !slices.Equal(set.Criteria, eager.Criteria) {
		t.Fatal("the catalogue from the index differs from the one parsed")
	}
	if n := len(set.parsed.modules); n != 0 {
		t.Fatalf("Load parsed %d modules, want none before a compile", n)
	}
	ccg, err := set.Family(DefaultFamily)
	if err != nil {
		t.Fatal(err)
	}
	for name := range set.parsed.modules {
		if _, ok := ccg.Modules[name]; !ok {
			t.Errorf("%s was parsed for a compile that does not use it", name)
		}
	}
	if _, ok := ccg.Modules[builtinPrefix+"icb-lib/icb.rego"]; ok {
		t.Error("the integrated care boards' library is compiled for CCGs' constitutions")
	}
	if _, err := set.Family("icb"); err != nil {
		t.Fatal(err)
	}
	if _, ok := set.parsed.modules[builtinPrefix+"icb-lib/icb.rego"]; !ok {
		t.Error("the integrated care boards' library was not compiled for their constitutions")
	}

	changed := slices.Clone(eager.Sources)
	changed[0].Text += "\n# changed\n"
	if idx, _ := readIndex(changed); idx != nil {
		t.Fatal("an index of other modules was used")
	}
}

// The stages a run over the built-in modules skips change nothing in
// them: compiled with every stage and without those, the modules are the
// same.
func TestSkippedStagesChangeNothing(t *testing.T) {
	set := eagerSet(t)
	compile := func(skip ...ast.StageID) map[string]string {
		modules := map[string]*ast.Module{}
		for name, m := range set.parsed.modules {
			modules[name] = m.Copy()
		}
		c := ast.NewCompiler().WithStrict(true).WithCapabilities(Capabilities(false, false)).
			WithDefaultRegoVersion(ast.RegoV1).WithEnablePrintStatements(false).WithSkipStages(skip...)
		c.Compile(modules)
		if c.Failed() {
			t.Fatal(c.Errors)
		}
		out := map[string]string{}
		for name, m := range c.Modules {
			out[name] = m.String()
		}
		return out
	}
	full, skipped := compile(), compile(skippedStages...)
	for name, m := range full {
		if skipped[name] != m {
			t.Errorf("%s compiles differently without the skipped stages", name)
		}
	}
}
