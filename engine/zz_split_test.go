package engine_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/evaluate"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/internal/gen"
)

func TestZZSplit(t *testing.T) {
	ctx := context.Background()
	t0 := time.Now()
	set, _ := policy.Load(policy.Options{})
	t1 := time.Now()
	ev, _ := evaluate.New(ctx, set)
	t2 := time.Now()
	fmt.Println("load", t1.Sub(t0), "prepare", t2.Sub(t1))
	var srcs [][]byte
	for i := range 211 {
		srcs = append(srcs, gen.Generate(1, i))
	}
	var docs []*model.Document
	t3 := time.Now()
	for i, s := range srcs {
		d, err := parse.Parse(gen.FileName(i), s)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	t4 := time.Now()
	var batch []evaluate.BatchDocument
	for _, d := range docs {
		if _, err := ev.Evaluate(ctx, d); err != nil {
			t.Fatal(err)
		}
		batch = append(batch, evaluate.ForBatch(d))
	}
	t5 := time.Now()
	f, err := ev.EvaluateBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	t6 := time.Now()
	fmt.Println("parse", t4.Sub(t3), "eval", t5.Sub(t4), "batch", t6.Sub(t5), len(f), "findings")
}
