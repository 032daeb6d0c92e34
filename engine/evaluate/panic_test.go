package evaluate

import (
	"context"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
)

// An evaluator whose query was never prepared panics inside OPA; Evaluate
// must turn that into an error for the document, not crash the process.
func TestPanicInEvaluationIsAnError(t *testing.T) {
	set, err := policy.Load(policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	unprepared := &queries{}
	broken := &Evaluator{set: set, families: map[string]*queries{policy.DefaultFamily: unprepared}}
	_, err = broken.Evaluate(context.Background(), &model.Document{Path: "x.md"})
	if err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("err = %v, want a recovered panic", err)
	}
	if _, err := broken.EvaluateBatch(context.Background(), &Batch{}); err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Fatalf("batch err = %v, want a recovered panic", err)
	}
}
