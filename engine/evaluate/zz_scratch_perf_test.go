package evaluate

// Scratch profiling for the performance work; skipped unless
// CCGVET_SCRATCH=1. To be deleted.

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/internal/gen"
	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
)

func TestZZOPAProfile(t *testing.T) {
	if os.Getenv("CCGVET_SCRATCH") == "" {
		t.Skip()
	}
	set, _ := policy.Load(policy.Options{})
	ctx := context.Background()
	ev, _ := New(ctx, set)
	p := profiler.New()
	const n = 30
	var docs []*model.Document
	for i := 0; i < n; i++ {
		doc, _ := parse.Parse("x.md", gen.Generate(1, i))
		docs = append(docs, doc)
	}
	t0 := time.Now()
	for _, doc := range docs {
		ev.Evaluate(ctx, doc)
	}
	fmt.Println("plain eval per doc", time.Since(t0)/n)
	for _, doc := range docs {
		in, _ := toValue(doc)
		if _, err := ev.report.Eval(ctx, rego.EvalParsedInput(in), rego.EvalQueryTracer(p), rego.EvalInterQueryBuiltinValueCache(ev.regexes)); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range p.ReportTopNResults(35, []string{"total_time_ns"}) {
		fmt.Printf("%8.2fms %7d evals %7d redo %s:%d\n", float64(r.ExprTimeNs)/1e6/n, r.NumEval/n, r.NumRedo/n, r.Location.File, r.Location.Row)
	}
	// Per criterion: evaluate each criterion's findings alone.
	var ids []string
	for _, c := range set.Criteria {
		ids = append(ids, c.ID)
	}
	sort.Strings(ids)
	for _, id := range ids {
		q, err := prepare(ctx, set, set.Store(), fmt.Sprintf("x := data.ccgvet.rules[%q]", id))
		if err != nil {
			t.Fatal(err)
		}
		t0 := time.Now()
		for _, doc := range docs {
			in, _ := toValue(doc)
			q.Eval(ctx, rego.EvalParsedInput(in), rego.EvalInterQueryBuiltinValueCache(ev.regexes))
		}
		fmt.Printf("criterion %-28s %v per doc (input conversion included)\n", id, time.Since(t0)/n)
	}
}
