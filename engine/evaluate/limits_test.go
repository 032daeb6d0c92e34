package evaluate

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
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
