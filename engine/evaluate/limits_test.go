package evaluate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/open-policy-agent/opa/v1/rego"
)

// A document whose time is up is refused by phase, before any work whose
// length depends on the machine: conversion checks the deadline as it
// goes, evaluation and the batch before they start.
func TestTimeoutNamesThePhase(t *testing.T) {
	set, err := policy.Load(policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := New(context.Background(), set, WithTimeout(0))
	if err != nil {
		t.Fatal(err)
	}
	past, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Hour))
	defer cancel()

	doc := &model.Document{Path: "x.md"}
	for i := range 5000 {
		doc.Membership.Practices = append(doc.Membership.Practices, model.Practice{Name: fmt.Sprint("Practice ", i), Line: i + 1})
	}
	if _, err := toValue(past, doc); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("toValue past its deadline: %v", err)
	}
	var te *TimeoutError
	if _, err := ev.Evaluate(past, doc); !errors.As(err, &te) || te.Phase != PhaseConvert || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Evaluate past its deadline: %v", err)
	}
	var b Batch
	b.Add(ForBatch(doc))
	if _, err := ev.EvaluateBatch(past, &b); !errors.As(err, &te) || te.Phase != PhaseBatch {
		t.Errorf("EvaluateBatch past its deadline: %v", err)
	}
	// With a timeout of its own the evaluator says what it was.
	own, err := New(context.Background(), set, WithTimeout(time.Nanosecond))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := own.Evaluate(context.Background(), doc); err == nil || !errors.As(err, &te) || te.Limit != time.Nanosecond {
		t.Errorf("Evaluate with a 1ns timeout: %v", err)
	}
}

// Findings are read from the query's result by hand; they must read as
// the JSON would, field for field, on every example's findings.
func TestReadFindingMatchesJSON(t *testing.T) {
	set, err := policy.Load(policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := New(context.Background(), set, WithTimeout(0))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/examples/*.md")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parse.Parse(file, src)
		if err != nil {
			t.Fatal(err)
		}
		input, err := toValue(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := ccgQueries(t, ev).report.Eval(context.Background(), rego.EvalParsedInput(input))
		if err != nil {
			t.Fatal(err)
		}
		var want struct {
			Findings []result.Finding `json:"findings"`
		}
		if err := decode(rs, &want); err != nil {
			t.Fatal(err)
		}
		v, _ := resultValue(rs)
		got, err := ev.findings(context.Background(), ccgQueries(t, ev), v.(map[string]any)["findings"], input, policy.RulesRoot)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Findings) == 0 || !reflect.DeepEqual(got, want.Findings) {
			t.Errorf("%s: read by hand\n%+v\nthrough JSON\n%+v", file, got, want.Findings)
		}
	}
}

func TestReadFindingRefusesMalformed(t *testing.T) {
	good := func() map[string]any {
		return map[string]any{"rule": "a/b", "criterion": "a", "severity": "error", "message": "m", "line": json.Number("3")}
	}
	with := func(key string, v any) map[string]any { m := good(); m[key] = v; return m }
	without := func(key string) map[string]any { m := good(); delete(m, key); return m }
	tests := []struct {
		name    string
		in      any
		rule    string
		problem string
	}{
		{"well formed", good(), "a/b", ""},
		{"not an object", "text", "", "it is not an object"},
		{"no rule", without("rule"), "", "it has no rule id"},
		{"rule not a string", with("rule", json.Number("1")), "", "it has no rule id"},
		{"no message", without("message"), "a/b", "message is missing, not a string"},
		{"line as text", with("line", "3"), "a/b", `line is "3", not a whole number`},
		{"line a fraction", with("line", json.Number("2.5")), "a/b", "line is 2.5, not a whole number"},
		{"unknown severity", with("severity", "fatal"), "a/b", `severity is "fatal", not error, warning or info`},
		{"section not a string", with("section", json.Number("1")), "a/b", "section is 1, not a string"},
		{"locations not a list", with("locations", "x"), "a/b", `locations is "x", not a list`},
		{"waived not a boolean", with("waived", "yes"), "a/b", `waived is "yes", not true or false`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f result.Finding
			rule, problem := readFinding(tt.in, &f)
			if rule != tt.rule || problem != tt.problem {
				t.Errorf("readFinding = %q, %q; want %q, %q", rule, problem, tt.rule, tt.problem)
			}
		})
	}
}
