package engine_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/result"
)

// unsignedTable is a member list of n practices, none of which has signed:
// one finding each.
func unsignedTable(n int) []byte {
	var b strings.Builder
	b.WriteString("# Appendix B – Member Practices\n\n| Practice | Code | Signed by | Date signed |\n|---|---|---|---|\n")
	for i := range n {
		fmt.Fprintf(&b, "| Practice %d Surgery | Z%06d | | |\n", i, i)
	}
	return []byte(b.String())
}

// 100,000 unsigned practices are all reported, each at its row. The time
// limit is an hour so that the test holds behaviour, not speed (the
// benchmark below measures that); under the race detector, which slows
// evaluation tenfold, it checks a fifth as many.
func TestUnsignedPracticesAtScale(t *testing.T) {
	n := 100000
	if raceEnabled || testing.Short() {
		n = 20000
	}
	path := filepath.Join(t.TempDir(), "unsigned.md")
	if err := os.WriteFile(path, unsignedTable(n), 0o644); err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(context.Background(), engine.Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	var doc result.Document
	if _, err := eng.Check(context.Background(), []string{path}, func(d *result.Document) error {
		doc = *d
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(doc.Errors) > 0 {
		t.Fatalf("input errors: %+v", doc.Errors)
	}
	lines := map[int]bool{}
	for _, f := range doc.Findings {
		if f.Rule == "member-sign-off/unsigned-practice" {
			lines[f.Line] = true
		}
	}
	if len(lines) != n || !lines[5] || !lines[n+4] {
		t.Errorf("%d unsigned practices reported (rows 5 and %d: %v, %v), want %d", len(lines), n+4, lines[5], lines[n+4], n)
	}
}

// BenchmarkUnsignedPractices shows the time per practice staying flat as
// the list grows (it grew with the list's length before: 10,000 rows 1.8 s,
// 20,000 7.5 s, 40,000 36 s).
func BenchmarkUnsignedPractices(b *testing.B) {
	for _, n := range []int{10000, 20000, 40000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "unsigned.md")
			if err := os.WriteFile(path, unsignedTable(n), 0o644); err != nil {
				b.Fatal(err)
			}
			eng, err := engine.New(context.Background(), engine.Options{Timeout: time.Hour})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				run, err := eng.Check(context.Background(), []string{path}, func(*result.Document) error { return nil })
				if err != nil || run.InputErrors {
					b.Fatal(err, run.InputErrors)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/practice")
		})
	}
}
