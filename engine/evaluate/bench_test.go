package evaluate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/internal/gen"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/rego"
)

// benchDocument is a generated constitution (about 40 KB), parsed.
func benchDocument(b testing.TB) *model.Document {
	b.Helper()
	src := gen.Generate(1, 0)
	doc, err := parse.Parse(gen.FileName(0), src)
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// builtinEvaluator prepares the built-in policies with their default data,
// with no time limit: no test result may depend on the machine's speed.
func builtinEvaluator(tb testing.TB) *Evaluator {
	tb.Helper()
	set, err := policy.Load(policy.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	ev, err := New(context.Background(), set, WithTimeout(0))
	if err != nil {
		tb.Fatal(err)
	}
	return ev
}

// BenchmarkEval evaluates one parsed document with queries prepared once:
// the cost per document of the policies, input conversion included.
func BenchmarkEval(b *testing.B) {
	doc := benchDocument(b)
	ev := builtinEvaluator(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.Evaluate(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvalSteps counts the evaluator's steps for one parsed document:
// builtin calls, plugs (values bound into terms) and rule index lookups,
// as OPA's instrumentation counts them. Unlike time, the counts do not
// move with the machine's load, so a change to a policy can be measured by
// them alone (docs/performance.md). Its time per op includes the
// instrumentation and means nothing.
func BenchmarkEvalSteps(b *testing.B) {
	doc := benchDocument(b)
	ev := builtinEvaluator(b)
	ctx := context.Background()
	q := ccgQueries(b, ev)
	input, err := documentValue(ctx, doc, q.compiled.Inputs)
	if err != nil {
		b.Fatal(err)
	}
	var m metrics.Metrics
	for b.Loop() {
		m = metrics.New()
		if _, err := q.report.Eval(ctx, rego.EvalParsedInput(input), rego.EvalInstrument(true), rego.EvalMetrics(m)); err != nil {
			b.Fatal(err)
		}
	}
	all := m.All()
	for _, c := range []struct{ metric, unit string }{
		{"builtin_call", "builtin-calls/op"}, {"plug", "plugs/op"},
		{"rule_index", "rule-lookups/op"}, {"resolve", "resolves/op"},
	} {
		h, _ := all["histogram_eval_op_"+c.metric].(map[string]any)
		n, _ := h["count"].(int64)
		b.ReportMetric(float64(n), c.unit)
	}
}

// BenchmarkToValue converts one parsed document into the Rego input
// value: the fields the built-in policies read.
func BenchmarkToValue(b *testing.B) {
	doc := benchDocument(b)
	set, err := policy.Load(policy.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ccg, err := set.Compiled()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := documentValue(context.Background(), doc, ccg.Inputs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPolicyCompile reads, parses and compiles the built-in policies
// and their data: what every run pays once at start.
func BenchmarkPolicyCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := policy.Load(policy.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrepare prepares the aggregate queries over a compiled set: the
// rest of what every run pays once at start.
func BenchmarkPrepare(b *testing.B) {
	set, err := policy.Load(policy.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(ctx, set); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBatch400Copies runs the batch rules over 400 copies of one
// generated constitution, a folder of versions of one document: the batch
// phase must grow with the practices listed, not with their pairs.
func BenchmarkBatch400Copies(b *testing.B) {
	doc := benchDocument(b)
	ev := builtinEvaluator(b)
	var batch Batch
	for i := range 400 {
		bd := ForBatch(doc)
		bd.Path = fmt.Sprintf("copy-%03d.md", i)
		batch.Add(bd)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ev.EvaluateBatch(context.Background(), &batch); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvalByCriterion evaluates one parsed document with one
// criterion enabled at a time (the others disabled, so never evaluated):
// the cost of each criterion, for docs/performance.md. "none" is the cost
// of the aggregate alone.
func BenchmarkEvalByCriterion(b *testing.B) {
	doc := benchDocument(b)
	base, err := policy.Load(policy.Options{}) // for the list of criteria
	if err != nil {
		b.Fatal(err)
	}
	var ids []string
	for _, c := range base.Criteria {
		if !c.Batch {
			ids = append(ids, c.ID)
		}
	}
	dir := b.TempDir()
	for _, only := range append([]string{"none"}, ids...) {
		b.Run(only, func(b *testing.B) {
			var disabled []string
			for _, id := range ids {
				if id != only {
					disabled = append(disabled, strconv.Quote(id))
				}
			}
			data := filepath.Join(dir, only+".yaml")
			yaml := fmt.Sprintf("criteria:\n  disabled: [%s]\n  enabled: [%q]\n", strings.Join(disabled, ", "), only)
			if err := os.WriteFile(data, []byte(yaml), 0o644); err != nil {
				b.Fatal(err)
			}
			set, err := policy.Load(policy.Options{DataFiles: []string{data}})
			if err != nil {
				b.Fatal(err)
			}
			ev, err := New(context.Background(), set, WithTimeout(0))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ev.Evaluate(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// ccgQueries are ev's queries for CCGs' constitutions, prepared.
func ccgQueries(tb testing.TB, ev *Evaluator) *queries {
	tb.Helper()
	q, err := ev.queries(context.Background(), policy.DefaultFamily)
	if err != nil {
		tb.Fatal(err)
	}
	return q
}
