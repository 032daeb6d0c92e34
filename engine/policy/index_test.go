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
	compiled := precompiledFiles(t)
	if *update {
		for family, b := range compiled {
			if err := os.WriteFile(filepath.Join(filepath.Dir(indexPath), precompiledPath(family)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
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
	for family, b := range compiled {
		if got, err := policies.Compiled.ReadFile(precompiledPath(family)); err != nil || !bytes.Equal(got, b) {
			t.Errorf("policies/%s does not match the built-in modules compiled: run go test ./engine/policy -run TestBuiltinIndexIsCurrent -update", precompiledPath(family))
		}
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

// compileFamily parses and compiles the named modules, as a run without
// the precompiled files does.
func compileFamily(t *testing.T, set *Set, names map[string]ast.Ref) (map[string]*ast.Module, *ast.Compiler) {
	t.Helper()
	modules, err := set.modules(names)
	if err != nil {
		t.Fatal(err)
	}
	compiler, err := set.compile(modules)
	if err != nil {
		t.Fatal(err)
	}
	return modules, compiler
}

// precompiledFiles compiles the built-in modules of each family, as a run
// with the default policy data compiles them, and encodes them as
// policies/compiled holds them.
func precompiledFiles(t *testing.T) map[string][]byte {
	t.Helper()
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, family := range []string{DefaultFamily, "icb"} {
		names := set.running(family)
		modules, compiler := compileFamily(t, set, names)
		b, err := encodePrecompiled(precompiledKey(set.Sources, names), inputFields(modules), compiler.Modules)
		if err != nil {
			t.Fatalf("%s: %v", family, err)
		}
		out[family] = b
	}
	return out
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
	icb, err := set.Family("icb")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := icb.Modules[builtinPrefix+"icb-lib/icb.rego"]; !ok {
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

// The built-in modules read back compiled (policies/compiled) are the
// modules a compile of them gives, and nothing is parsed to check a
// document with them.
func TestPrecompiledIsTheCompile(t *testing.T) {
	for _, family := range []string{DefaultFamily, "icb"} {
		set, err := Load(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := set.Parse(family); err != nil {
			t.Fatal(err)
		}
		got, err := set.Family(family)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(set.parsed.modules); n != 0 {
			t.Errorf("%s: %d modules parsed, want none: the precompiled file was not used", family, n)
		}
		modules, want := compileFamily(t, set, set.running(family))
		if len(got.Modules) != len(want.Modules) {
			t.Fatalf("%s: %d modules read back, want %d", family, len(got.Modules), len(want.Modules))
		}
		for name, m := range want.Modules {
			// Annotations are not kept: the compile has already written
			// what the rules read of them (rego.metadata) into the rules.
			m = m.Copy()
			m.Annotations = nil
			for _, r := range m.Rules {
				r.Annotations = nil
			}
			if !m.Equal(got.Modules[name]) {
				t.Errorf("%s: %s reads back other than it compiles", family, name)
			}
		}
		if !reflect.DeepEqual(got.Inputs, inputFields(modules)) {
			t.Errorf("%s: the input fields read back are %v, want %v", family, got.Inputs, inputFields(modules))
		}
	}
}

// A run whose modules differ from those a file was compiled from, or
// whose file does not read back, compiles the modules.
func TestPrecompiledOnlyForItsModules(t *testing.T) {
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := set.running(DefaultFamily)
	if _, _, ok := set.precompiled(DefaultFamily, names); !ok {
		t.Fatal("the precompiled file of the default family is not used")
	}
	fewer := maps.Clone(names)
	for name := range fewer {
		delete(fewer, name)
		break
	}
	if _, _, ok := set.precompiled(DefaultFamily, fewer); ok {
		t.Error("a file compiled from other modules was used")
	}
	if _, _, err := set.compilePrecompiled([]byte("not an encoding")); err == nil {
		t.Error("a file that does not read back was read")
	}
	// A criterion turned off leaves its modules out of the compile.
	data := filepath.Join(t.TempDir(), "off.yaml")
	if err := os.WriteFile(data, []byte("criteria:\n  disabled: [practice-obligations]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	off, err := Load(Options{DataFiles: []string{data}})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := off.precompiled(DefaultFamily, off.running(DefaultFamily)); ok {
		t.Error("a run with a criterion turned off read the modules compiled with it")
	}
	if _, err := off.Family(DefaultFamily); err != nil {
		t.Fatal(err)
	}
	if len(off.parsed.modules) == 0 {
		t.Error("a run with a criterion turned off compiled nothing")
	}
}
