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
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
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
// saves about 12% of CPU (docs/performance.md). A soft memory limit caps
// what that trade costs: it follows the live heap within the memory
// available (softLimit), from a floor set by the number of documents
// checked at once and that memory (memoryFloor).
func tuneGC() {
	if _, ok := os.LookupEnv("GOGC"); !ok {
		debug.SetGCPercent(400)
	}
	if _, ok := os.LookupEnv("GOMEMLIMIT"); !ok {
		available := availableMemory("/")
		gcLimit = followLiveHeap(memoryFloor(runtime.GOMAXPROCS(0), available), available/4*3)
	}
}

// gcLimit is the soft limit tuneGC follows; nil when the user set
// GOMEMLIMIT, and in tests.
var gcLimit *softLimit

// gcWorkers sets the floor of the soft limit for the documents checked at
// once (-j), once the flags are read.
func gcWorkers(workers int) {
	if gcLimit == nil {
		return
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	gcLimit.setFloor(memoryFloor(workers, availableMemory("/")))
}

// The floor of the soft limit: what any run keeps (the compiled policies,
// the lexicon and its caches: about 25 MB live) and its garbage, and for
// each document checked at once what it allocates between collections.
// Two workers get 112 MiB, so that a long batch of ordinary constitutions
// stays near 150 MB resident; eight get 304 MiB.
const (
	floorBase      = 48 << 20
	floorPerWorker = 32 << 20
)

// memoryFloor is the floor of the soft limit for workers documents at
// once, never more than a quarter of the memory available (0: unknown):
// other processes, and other runs of ccgvet, share it.
func memoryFloor(workers int, available int64) int64 {
	floor := floorBase + int64(max(workers, 1))*floorPerWorker
	if available > 0 {
		floor = min(floor, available/4)
	}
	return floor
}

// availableMemory is the memory this process may use, in bytes, read
// under root (the file system's root; tests give another): the lowest
// cgroup limit on it (v2 memory.max on its cgroup and the cgroups above,
// or v1 memory.limit_in_bytes), and never more than MemAvailable in
// /proc/meminfo. 0 when none can be read (not Linux).
func availableMemory(root string) int64 {
	var found []int64
	if b, err := os.ReadFile(filepath.Join(root, "proc/self/cgroup")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			parts := strings.SplitN(line, ":", 3)
			if len(parts) != 3 {
				continue
			}
			switch {
			case parts[0] == "0" && parts[1] == "":
				// v2: the limit of every cgroup from this one up.
				dir := filepath.Join(root, "sys/fs/cgroup", parts[2])
				base := filepath.Join(root, "sys/fs/cgroup")
				for {
					if n, ok := readLimit(filepath.Join(dir, "memory.max")); ok {
						found = append(found, n)
					}
					if dir == base || !strings.HasPrefix(dir, base) {
						break
					}
					dir = filepath.Dir(dir)
				}
			case slices.Contains(strings.Split(parts[1], ","), "memory"):
				// v1: the memory controller's own hierarchy; inside a
				// container its root is the container's cgroup.
				for _, f := range []string{
					filepath.Join(root, "sys/fs/cgroup/memory", parts[2], "memory.limit_in_bytes"),
					filepath.Join(root, "sys/fs/cgroup/memory/memory.limit_in_bytes"),
				} {
					if n, ok := readLimit(f); ok {
						found = append(found, n)
						break
					}
				}
			}
		}
	}
	if b, err := os.ReadFile(filepath.Join(root, "proc/meminfo")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if rest, ok := strings.CutPrefix(line, "MemAvailable:"); ok {
				f := strings.Fields(rest)
				if len(f) == 2 && f[1] == "kB" {
					if n, err := strconv.ParseInt(f[0], 10, 64); err == nil && n > 0 {
						found = append(found, n<<10)
					}
				}
			}
		}
	}
	if len(found) == 0 {
		return 0
	}
	return slices.Min(found)
}

// readLimit reads a cgroup memory limit: "max", and v1's number near 2^63,
// are no limit.
func readLimit(path string) (int64, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	if err != nil || n <= 0 || n >= 1<<60 {
		return 0, false
	}
	return n, true
}

// softLimit is the soft memory limit, set again after every collection
// (followLiveHeap) to twice the live heap, or the floor when that is more.
// A limit below the live heap makes the collector run without pause, each
// cycle paying for the whole heap: one document of 40,000 unsigned
// practices (a live heap near 250 MB) took four times as long as one of
// 20,000, and 100,000 ran out of time. Above the live heap the limit
// bounds the garbage, never the work. When twice the live heap is more
// than the ceiling (three quarters of the memory available), the limit is
// the ceiling, but never under a quarter above the live heap: closer, the
// collector would take most of the CPU and still not free the memory.
type softLimit struct {
	floor   atomic.Int64
	ceiling int64
	stopped atomic.Bool
}

// next is the limit after a collection that left live bytes.
func (s *softLimit) next(live int64) int64 {
	limit := satMul(live, 2)
	if s.ceiling > 0 && limit > s.ceiling {
		limit = max(s.ceiling, satMul(live, 1.25))
	}
	return max(s.floor.Load(), limit)
}

// satMul is n × f, at most the largest int64.
func satMul(n int64, f float64) int64 {
	if p := float64(n) * f; p < math.MaxInt64 {
		return int64(p)
	}
	return math.MaxInt64
}

// setFloor changes the floor; a higher one applies at once.
func (s *softLimit) setFloor(floor int64) {
	s.floor.Store(floor)
	if cur := debug.SetMemoryLimit(-1); floor > cur {
		debug.SetMemoryLimit(floor)
	}
}

// followLiveHeap sets the soft memory limit to floor and then, after every
// collection, as softLimit says. ceiling is what the heap should stay
// under (0: unknown). Stop ends the following, for tests.
func followLiveHeap(floor, ceiling int64) *softLimit {
	s := &softLimit{ceiling: ceiling}
	s.floor.Store(floor)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	debug.SetMemoryLimit(floor)
	var arm func()
	arm = func() {
		// A cleanup runs once its object has been collected: after each
		// cycle, on the runtime's cleanup goroutine, which then re-arms it.
		sentinel := new(gcSentinel)
		runtime.AddCleanup(sentinel, func(struct{}) {
			if s.stopped.Load() {
				return
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				debug.SetMemoryLimit(s.next(int64(sample[0].Value.Uint64())))
			}
			arm()
		}, struct{}{})
	}
	arm()
	return s
}

// Stop stops following the live heap, for tests.
func (s *softLimit) Stop() { s.stopped.Store(true) }

// gcSentinel is large enough not to share a tiny-allocation block, whose
// objects are freed together.
type gcSentinel struct{ _ [32]byte }
