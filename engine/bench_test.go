package engine_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/ccgvet/ccgvet/internal/gen"
)

// benchSeed makes every benchmark check the same generated documents.
const benchSeed = 1

// BenchmarkCheck checks one generated constitution (about 40 KB) with
// policies compiled once: read, parse, evaluate, no report.
func BenchmarkCheck(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, gen.FileName(0))
	src := gen.Generate(benchSeed, 0)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	checkBatch(b, []string{path}, 1)
}

// BenchmarkCheckBatch211 checks 211 generated constitutions, as many as
// there were CCGs in England in 2013.
func BenchmarkCheckBatch211(b *testing.B) {
	benchBatch(b, 211)
}

// BenchmarkCheckBatch10000 checks 10,000 generated constitutions, to show
// that time grows linearly with the batch (compare docs/s with 211).
func BenchmarkCheckBatch10000(b *testing.B) {
	if testing.Short() {
		b.Skip("10,000 documents: not with -short")
	}
	benchBatch(b, 10000)
}

func benchBatch(b *testing.B, n int) {
	dir := b.TempDir()
	if err := gen.WriteDir(dir, benchSeed, n); err != nil {
		b.Fatal(err)
	}
	var size int64
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			b.Fatal(err)
		}
		size += info.Size()
	}
	b.SetBytes(size)
	checkBatch(b, []string{dir}, n)
}

// checkBatch times Check over paths, which hold n documents, and reports
// documents per second.
func checkBatch(b *testing.B, paths []string, n int) {
	ctx := context.Background()
	eng, err := engine.New(ctx, engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		checked := 0
		run, err := eng.Check(ctx, paths, func(d *result.Document) error {
			checked++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		if run.InputErrors || checked != n {
			b.Fatalf("checked %d documents (want %d), input errors: %v", checked, n, run.InputErrors)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}
