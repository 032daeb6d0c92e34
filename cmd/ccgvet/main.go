// Command ccgvet checks the constitutions of NHS clinical commissioning
// groups against governance criteria written as Rego policies. It is a thin
// CLI over package engine: it turns flags into options and results into
// exit codes.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0"

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the CLI and returns the exit status, so tests can call it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ex *exitError
	if errors.As(err, &ex) {
		if ex.err != nil {
			fmt.Fprintf(stderr, "ccgvet: %v\n", ex.err)
		}
		return ex.code
	}
	fmt.Fprintf(stderr, "ccgvet: %v\n", err)
	return ExitInput
}

// tuneGC trades memory for time unless the user set GOGC or GOMEMLIMIT:
// evaluation allocates a lot and keeps little, so collecting less often
// saves about 12% of CPU (docs/performance.md). The soft limit caps what
// that trade costs: the heap of a long batch stays under 200 MiB (its live
// heap is small: 16 MB after 10,000 documents), within the 300 MB the
// performance targets allow. The limit follows the live heap up when one
// large document needs more (followLiveHeap).
func tuneGC() {
	if _, ok := os.LookupEnv("GOGC"); !ok {
		debug.SetGCPercent(400)
	}
	if _, ok := os.LookupEnv("GOMEMLIMIT"); !ok {
		followLiveHeap(baseMemoryLimit)
	}
}

const baseMemoryLimit = 200 << 20

// followLiveHeap sets the soft memory limit to floor, raised after every
// collection to twice the live heap when that is more. A soft limit below
// the live heap makes the collector run without pause, each cycle paying
// for the whole heap: one document of 40,000 unsigned practices (a live
// heap near 250 MB) took four times as long as one of 20,000, and 100,000
// ran out of time. Above the live heap the limit bounds the garbage, never
// the work. The returned function stops following, for tests.
func followLiveHeap(floor int64) (stop func()) {
	var stopped atomic.Bool
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	debug.SetMemoryLimit(floor)
	var arm func()
	arm = func() {
		// A cleanup runs once its object has been collected: after each
		// cycle, on the runtime's cleanup goroutine, which then re-arms it.
		sentinel := new(gcSentinel)
		runtime.AddCleanup(sentinel, func(struct{}) {
			if stopped.Load() {
				return
			}
			metrics.Read(sample)
			limit := floor
			if sample[0].Value.Kind() == metrics.KindUint64 {
				limit = max(floor, 2*int64(sample[0].Value.Uint64()))
			}
			debug.SetMemoryLimit(limit)
			arm()
		}, struct{}{})
	}
	arm()
	return func() { stopped.Store(true) }
}

// gcSentinel is large enough not to share a tiny-allocation block, whose
// objects are freed together.
type gcSentinel struct{ _ [32]byte }
