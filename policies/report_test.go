package policies_test

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/ccgvet/ccgvet/internal/expect"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/util"
)

// The documents of testdata/*.json are models of the examples in
// ../testdata/examples, cut down to what the policies read; each is judged
// against the example's expect file.
var examples = []string{"ex02-northbrook", "ex03-eastmere"}

type finding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Line     int    `json:"line"`
}

type report struct {
	Findings   []finding       `json:"findings"`
	Applicable map[string]bool `json:"applicable"`
}

// prepare compiles the policies, without their tests, as the engine does.
func prepare(t testing.TB) rego.PreparedEvalQuery {
	t.Helper()
	opts := []func(*rego.Rego){rego.Query("data.ccgvet.main.report"), rego.Store(store(t))}
	for name, m := range modules(t) {
		if !strings.HasSuffix(name, "_test.rego") {
			opts = append(opts, rego.ParsedModule(m))
		}
	}
	pq, err := rego.New(opts...).PrepareForEval(context.Background())
	if err != nil {
		t.Fatalf("prepare data.ccgvet.main.report: %v", err)
	}
	return pq
}

func document(t testing.TB, name string) ast.Value {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := util.UnmarshalJSON(src, &doc); err != nil {
		t.Fatalf("testdata/%s.json: %v", name, err)
	}
	v, err := ast.InterfaceToValue(doc)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func evaluate(t testing.TB, pq rego.PreparedEvalQuery, doc ast.Value) report {
	t.Helper()
	rs, err := pq.Eval(context.Background(), rego.EvalParsedInput(doc))
	if err != nil {
		t.Fatalf("evaluate: %v", err)
	}
	if len(rs) != 1 {
		t.Fatalf("evaluate: %d results", len(rs))
	}
	b, err := json.Marshal(rs[0].Expressions[0].Value)
	if err != nil {
		t.Fatal(err)
	}
	var r report
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// status is a criterion's status as the engine gives it.
func status(r report, criterion string) string {
	for _, f := range r.Findings {
		if f.Severity == "error" && strings.HasPrefix(f.Rule, criterion+"/") {
			return "breached"
		}
	}
	if a, ok := r.Applicable[criterion]; ok && !a {
		return "not-applicable"
	}
	return "met"
}

func TestReportOnExamples(t *testing.T) {
	pq := prepare(t)
	for _, name := range examples {
		t.Run(name, func(t *testing.T) {
			want, err := expect.Load(filepath.Join("..", "testdata", "examples", name+".expect.json"))
			if err != nil {
				t.Fatal(err)
			}
			r := evaluate(t, pq, document(t, name))
			var all strings.Builder
			for _, f := range r.Findings {
				fmt.Fprintf(&all, "\n\t%d %s %s: %s", f.Line, f.Severity, f.Rule, f.Message)
				if f.Line < 1 {
					t.Errorf("%s: line %d", f.Rule, f.Line)
				}
			}
			for criterion, s := range want.Criteria {
				if got := status(r, criterion); got != s {
					t.Errorf("%s: %s, want %s", criterion, got, s)
				}
			}
			for _, m := range want.MustFind {
				found := false
				for _, f := range r.Findings {
					found = found || (f.Rule == m.Rule && (m.Line == 0 || f.Line == m.Line))
				}
				if !found {
					t.Errorf("no %s at line %d", m.Rule, m.Line)
				}
			}
			for _, rule := range want.MustNotFind {
				for _, f := range r.Findings {
					if f.Rule == rule {
						t.Errorf("unexpected %s at line %d: %s", f.Rule, f.Line, f.Message)
					}
				}
			}
			if t.Failed() {
				t.Logf("findings:%s", all.String())
			}
		})
	}
}

// BenchmarkReport times one document's evaluation, prepared once as the
// engine does.
func BenchmarkReport(b *testing.B) {
	pq := prepare(b)
	for _, name := range examples {
		doc := document(b, name)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := pq.Eval(context.Background(), rego.EvalParsedInput(doc)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
