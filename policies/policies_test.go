package policies_test

import (
	"bytes"
	"context"
	"io/fs"
	"sort"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/policies"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// sources reads every embedded Rego module, tests included, by path.
func sources(t testing.TB) map[string][]byte {
	t.Helper()
	srcs := map[string][]byte{}
	err := fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		srcs[p], err = fs.ReadFile(policies.FS, p)
		return err
	})
	if err != nil {
		t.Fatalf("read embedded policies: %v", err)
	}
	if len(srcs) == 0 {
		t.Fatal("no Rego modules embedded")
	}
	return srcs
}

// modules parses every embedded Rego module, tests included, as the engine
// does: Rego v1, annotations processed.
func modules(t testing.TB) map[string]*ast.Module {
	t.Helper()
	mods := map[string]*ast.Module{}
	for p, src := range sources(t) {
		m, err := ast.ParseModuleWithOpts(p, string(src), ast.ParserOptions{
			ProcessAnnotation: true,
			RegoVersion:       ast.RegoV1,
		})
		if err != nil {
			t.Errorf("parse %s", err)
			continue
		}
		mods[p] = m
	}
	return mods
}

// store holds the default policy data at data.ccgvet.config, and the
// catalogue of criteria main.rego walks, as the engine writes them
// (policy.Set.Tree).
func store(t testing.TB) storage.Store {
	t.Helper()
	set, err := policy.Load(policy.Options{Tests: true})
	if err != nil {
		t.Fatalf("load the built-in policies: %v", err)
	}
	return inmem.NewFromObject(set.Tree())
}

func compiler() *ast.Compiler {
	return ast.NewCompiler().WithStrict(true).WithDefaultRegoVersion(ast.RegoV1)
}

func TestPoliciesCompileStrict(t *testing.T) {
	c := compiler()
	if c.Compile(modules(t)); c.Failed() {
		for _, e := range c.Errors {
			t.Error(e)
		}
	}
}

// TestRego runs every Rego unit test (test_* rules in *_test.rego) against
// the default policy data, one Go subtest per Rego test.
func TestRego(t *testing.T) {
	ctx := context.Background()
	mods := modules(t)
	ch, err := tester.NewRunner().
		SetCompiler(compiler()).
		SetStore(store(t)).
		SetModules(mods).
		RaiseBuiltinErrors(true).
		RunTests(ctx, nil)
	if err != nil {
		t.Fatalf("compile policies and tests: %v", err)
	}
	var results []*tester.Result
	for r := range ch {
		results = append(results, r)
	}
	if len(results) == 0 {
		t.Fatal("no Rego tests found")
	}
	sort.Slice(results, func(i, j int) bool {
		a, b := results[i].Location, results[j].Location
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Row < b.Row
	})
	for _, r := range results {
		name := strings.TrimPrefix(r.Package, "data.") + "." + r.Name
		t.Run(name, func(t *testing.T) {
			switch {
			case r.Error != nil:
				t.Errorf("%s:%d: %s: error: %v", r.Location.File, r.Location.Row, r.Name, r.Error)
			case r.Fail:
				t.Errorf("%s:%d: %s: failed", r.Location.File, r.Location.Row, r.Name)
			case r.Skip:
				t.Skipf("%s:%d: %s: skipped", r.Location.File, r.Location.Row, r.Name)
			}
		})
	}
	t.Logf("%d Rego tests", len(results))
}

// Every module is as `opa fmt` writes it (Rego v1), so that a diff of the
// policies shows changes of meaning only.
func TestPoliciesAreFormatted(t *testing.T) {
	for p, src := range sources(t) {
		got, err := format.SourceWithOpts(p, src, format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			t.Errorf("format %s: %v", p, err)
			continue
		}
		if !bytes.Equal(got, src) {
			t.Errorf("%s is not formatted: run opa fmt -w on it", p)
		}
	}
}

// TestNoRegularExpressionOverText holds the built-in policies to judging
// facts: wording is read in Go (engine/language, engine/extract) from
// sentences, never matched in Rego with regular expressions.
func TestNoRegularExpressionOverText(t *testing.T) {
	err := fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") || strings.HasSuffix(p, "_test.rego") {
			return err
		}
		b, err := policies.FS.ReadFile(p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			code, _, _ := strings.Cut(line, "#")
			if strings.Contains(code, "regex.") {
				t.Errorf("%s:%d: a regular expression in a built-in policy: %s", p, i+1, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
