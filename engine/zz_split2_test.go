package engine_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/evaluate"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/internal/gen"
)

func TestZZBatchScale(t *testing.T) {
	ctx := context.Background()
	set, _ := policy.Load(policy.Options{})
	ev, _ := evaluate.New(ctx, set)
	var batch []evaluate.BatchDocument
	for i := range 1600 {
		d, _ := parse.Parse(gen.FileName(i), gen.Generate(1, i))
		batch = append(batch, evaluate.ForBatch(d))
	}
	for _, n := range []int{200, 400, 800, 1600} {
		t0 := time.Now()
		f, _ := ev.EvaluateBatch(ctx, batch[:n])
		fmt.Println(n, time.Since(t0), len(f))
		// With front matter for all (the policy bug aside).
		b2 := make([]evaluate.BatchDocument, n)
		copy(b2, batch[:n])
		for i := range b2 {
			if b2[i].CCG == "" {
				b2[i].CCG = fmt.Sprint("CCG ", i)
			}
		}
		t0 = time.Now()
		f, _ = ev.EvaluateBatch(ctx, b2)
		fmt.Println(" named", n, time.Since(t0), len(f))
	}
}
