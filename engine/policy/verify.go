package policy

import (
	"context"
	"fmt"
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego unit test.
type TestResult struct {
	Name     string `json:"name"`
	Package  string `json:"package"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Pass     bool   `json:"pass"`
	Error    string `json:"error,omitempty"`
	Duration int64  `json:"duration_ns"`
}

// Store returns an in-memory store holding the base documents of the
// set's compile for CCGs (Set.Tree): the data under data.ccgvet.config and
// the catalogue of criteria.
func (s *Set) Store() storage.Store {
	return inmem.NewFromObjectWithOpts(s.Tree(), inmem.OptRoundTripOnWrite(false))
}

// Tree is the base documents the policies read, as the store and a
// bundle's data.json hold them: data.ccgvet.config, the policy data, and
// data.ccgvet.catalogue, the criteria of the compiled packages, which
// main.rego walks.
func (s *Set) Tree() map[string]any {
	return s.tree(s.running(s.family))
}

// tree is Tree for the given modules.
func (s *Set) tree(packages map[string]ast.Ref) map[string]any {
	document, batch := packageCriteria(packages)
	list := func(ids []string) []any {
		out := make([]any, len(ids))
		for i, id := range ids {
			out[i] = id
		}
		return out
	}
	return map[string]any{"ccgvet": map[string]any{
		"config":    s.Data,
		"catalogue": map[string]any{"criteria": list(document), "batch": list(batch)},
	}}
}

// RunTests runs every test_ rule of the set's modules (load the set with
// Options.Tests) with OPA's tester.
func (s *Set) RunTests(ctx context.Context) ([]TestResult, error) {
	compiled, err := s.Compiled()
	if err != nil {
		return nil, err
	}
	store := s.Store()
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	defer store.Abort(ctx, txn)
	ch, err := tester.NewRunner().
		SetCompiler(compiled.Compiler).
		SetStore(store).
		SetModules(compiled.Modules).
		RaiseBuiltinErrors(true).
		RunTests(ctx, txn)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	var out []TestResult
	for r := range ch {
		tr := TestResult{Name: r.Name, Package: r.Package, Pass: r.Pass(), Duration: int64(r.Duration)}
		if r.Location != nil {
			tr.File, tr.Line = r.Location.File, r.Location.Row
		}
		if r.Error != nil {
			tr.Error = r.Error.Error()
		}
		out = append(out, tr)
	}
	return out, nil
}
