package engine

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
)

// With more workers than CPUs each document gets a share of one, and its
// time grows by the same factor; up to one worker per CPU it is --timeout.
func TestAllowanceScalesWithWorkers(t *testing.T) {
	tests := []struct {
		timeout       time.Duration
		workers, cpus int
		want          time.Duration
	}{
		{10 * time.Second, 1, 2, 10 * time.Second},
		{10 * time.Second, 2, 2, 10 * time.Second},
		{10 * time.Second, 3, 2, 15 * time.Second},
		{10 * time.Second, 16, 2, 80 * time.Second},
		{10 * time.Second, 16, 0, 10 * time.Second},
		{time.Duration(math.MaxInt64), 4, 2, time.Duration(math.MaxInt64)},
		{time.Hour, math.MaxInt32, 1, time.Duration(math.MaxInt64)},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %d on %d", tt.timeout, tt.workers, tt.cpus), func(t *testing.T) {
			if got := allowance(tt.timeout, tt.workers, tt.cpus); got != tt.want {
				t.Errorf("allowance = %s, want %s", got, tt.want)
			}
		})
	}
}

// A document out of its scaled time says what it was allowed and why, so
// that the user knows which flag to raise.
func TestScaledTimeoutIsSaid(t *testing.T) {
	never := make(chan struct{})
	t.Cleanup(func() { close(never) })
	cpus := runtime.GOMAXPROCS(0)
	tests := []struct {
		name    string
		workers int
		want    string
	}{
		{"one per CPU", cpus, "reading the document did not finish within 10ms (raise it with --timeout)"},
		{"four per CPU", 4 * cpus, fmt.Sprintf("reading the document did not finish within 40ms (--timeout 10ms, scaled for %d documents checked at once on %d CPUs; raise it with --timeout)", 4*cpus, cpus)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng, err := New(context.Background(), Options{Workers: tt.workers, Timeout: 10 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			eng.load = func(string, int64) (*model.Document, error) { <-never; return nil, nil }
			_, docs := checkAll(t, eng, exampleVale)
			if len(docs) != 1 || len(docs[0].Errors) != 1 || docs[0].Errors[0].Message != tt.want {
				t.Fatalf("got %+v, want the input error %q", docs, tt.want)
			}
		})
	}
}

// A document's time starts when a worker starts it, and a worker whose
// document ran out of time while being read starts nothing else until
// that read ends (the parser cannot be stopped): otherwise the late read
// takes CPU from the next document, whose clock is running, and a
// loaded machine fails one document after another. A large document's
// read keeps the large-document turn too. The first document's read ends
// only once its result is out, after its whole time; the second would be
// out of time already had its clock started with the run.
func TestNextDocumentWaitsForALateRead(t *testing.T) {
	parsed, err := Load(exampleVale, 0)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		workers int
		size    int
	}{
		{"one worker", 1, 10},
		{"large documents on two workers", 2, largeDocument + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			first, second := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
			for _, p := range []string{first, second} {
				if err := os.WriteFile(p, []byte(strings.Repeat("x", tt.size)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			eng, err := New(context.Background(), Options{Workers: tt.workers, Timeout: 2 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			release := make(chan struct{})
			var firstReading, secondBeside atomic.Bool
			eng.load = func(p string, _ int64) (*model.Document, error) {
				if p == first {
					firstReading.Store(true)
					<-release
					firstReading.Store(false)
					return nil, fmt.Errorf("read too late")
				}
				// With two workers the second document may have its
				// turn first; it must never be read beside the first.
				secondBeside.Store(firstReading.Load())
				doc := *parsed
				doc.Path = p
				return &doc, nil
			}
			var docs []result.Document
			_, err = eng.Check(context.Background(), []string{first, second}, func(d *result.Document) error {
				if d.Path == first {
					close(release)
				}
				docs = append(docs, *d)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 2 || len(docs[0].Errors) != 1 || !strings.Contains(docs[0].Errors[0].Message, "reading the document did not finish within 2s") {
				t.Fatalf("first document: %+v, want it out of time", docs)
			}
			if secondBeside.Load() {
				t.Errorf("the second document was read while the first one's read went on")
			}
			if len(docs[1].Errors) > 0 {
				t.Errorf("second document: %+v, want it checked in its own time", docs[1].Errors)
			}
		})
	}
}

// The rules across documents stop alike, with the same words, whether the
// documents come from disk (check) or from memory (serve, check -).
func TestBatchStopsAlikeFromDiskAndMemory(t *testing.T) {
	paths := []string{exampleVale, "../testdata/examples/ex03-eastmere.md"}
	var srcs []Source
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, Source{Name: p, Data: b})
	}
	tests := []struct {
		name string
		opts Options
		want string
	}{
		// Past already, whatever this machine's speed.
		{"time", Options{Timeout: time.Hour, BatchTimeout: -time.Hour}, "the rules across documents did not finish within -1h0m0s (raise it with --batch-timeout)"},
		// Below what the process holds as the batch starts.
		{"memory", Options{Timeout: time.Hour, MaxMemory: 1 << 10}, "the rules across documents stopped: checking it kept "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng, err := New(context.Background(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			// New replaces a negative bound with its default.
			if tt.opts.BatchTimeout != 0 {
				eng.opts.BatchTimeout = tt.opts.BatchTimeout
			}
			fromDisk, _ := checkAll(t, eng, paths...)
			var checked int
			fromMemory, err := eng.CheckSources(context.Background(), srcs, func(d *result.Document, _ *model.Document) error {
				if len(d.Errors) == 0 {
					checked++
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if checked != len(srcs) {
				t.Errorf("%d of %d documents checked from memory", checked, len(srcs))
			}
			for _, r := range []struct {
				from string
				run  *Run
			}{{"disk", fromDisk}, {"memory", fromMemory}} {
				if !r.run.InputErrors || !strings.HasPrefix(r.run.BatchError, tt.want) {
					t.Errorf("from %s: batch error %q, input errors %v; want %q", r.from, r.run.BatchError, r.run.InputErrors, tt.want)
				}
				if tt.name == "memory" && !strings.HasSuffix(r.run.BatchError, "(raise it with --max-memory)") {
					t.Errorf("from %s: batch error %q does not say how to raise the limit", r.from, r.run.BatchError)
				}
			}
		})
	}
}
