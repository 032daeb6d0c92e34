package evaluate

import (
	"context"
	"fmt"
	"testing"

	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/internal/gen"
	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
)

func TestZZOPAProfile(t *testing.T) {
	set, _ := policy.Load(policy.Options{})
	ctx := context.Background()
	ev, _ := New(ctx, set)
	p := profiler.New()
	for i := 0; i < 20; i++ {
		doc, _ := parse.Parse("x.md", gen.Generate(1, i))
		in, _ := toValue(doc)
		if _, err := ev.report.Eval(ctx, rego.EvalParsedInput(in), rego.EvalQueryTracer(p)); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range p.ReportTopNResults(40, []string{"total_time_ns"}) {
		fmt.Printf("%8.1fms %7d evals %s:%d\n", float64(r.ExprTimeNs)/1e6/20, r.NumEval/20, r.Location.File, r.Location.Row)
	}
}
