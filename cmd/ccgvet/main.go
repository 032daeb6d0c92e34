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
// checked at once and that memory (memoryFloor). Under that limit the
// collector runs only when the heap reaches it (GOGC off): starting, the
// compiled policies are built and all kept, and collecting while they
// grow (every 16 MB under GOGC 400) was 8 ms of a 57 ms check of one
// document. Past the floor the limit grows the heap as GOGC 400 would
// (softLimit.gogc).
func tuneGC() {
	_, userGOGC := os.LookupEnv("GOGC")
	if _, ok := os.LookupEnv("GOMEMLIMIT"); ok {
		if !userGOGC {
			debug.SetGCPercent(defaultGOGC)
		}
		return
	}
	available := availableMemory("/")
	gogc := int64(0)
	if !userGOGC {
		debug.SetGCPercent(-1)
		gogc = defaultGOGC
	}
	gcLimit = followLiveHeap(memoryFloor(runtime.GOMAXPROCS(0), available), available/4*3, gogc)
}

// defaultGOGC is how far the heap may grow past the live heap, in percent,
// unless the user sets GOGC.
const defaultGOGC = 400

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
// Two workers get 112 MiB: 1,000 generated constitutions peak at 125 MB
// resident (184 MB under the 200 MiB this replaced), for 3% more CPU at
// most; eight get 304 MiB.
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
// (followLiveHeap) to
//
//	max(floor, live heap × (1 + headroom))
//
// A limit below the live heap makes the collector run without pause, each
// cycle paying for the whole heap: one document of 40,000 unsigned
// practices (a live heap near 250 MB) took four times as long as one of
// 20,000, and 100,000 ran out of time. Above the live heap the limit
// bounds the garbage, never the work.
//
// A live heap of half the floor or less keeps the floor. Above it,
// headroom starts at 1: twice the live heap, which keeps a single large
// document's footprint near twice what it keeps. But each collection then
// marks the whole live heap for every live heap's worth allocated, four
// times what GOGC 400 costs: with many large documents at once (-j 8 on
// eight documents of 1 MB that each keep about 80 MB) the run took 60%
// more CPU than without a limit. So once the collector's share of the CPU,
// averaged over the last collections, passes gcBusy, the heap may grow as
// GOGC lets it, within four times the floor (1.2 GB for -j 8, 448 MiB for
// two workers); under gcCheap the headroom halves back towards twice the
// live heap. The heap goes past the ceiling (three quarters of the memory
// available) only to stay a quarter above the live heap: closer, the
// collector would take most of the CPU and still not free the memory.
type softLimit struct {
	floor   atomic.Int64
	ceiling int64
	// gogc, when not 0, stands for the runtime's GOGC, which ccgvet turned
	// off: the limit then triggers every collection.
	gogc    int64
	stopped atomic.Bool
	// Only the runtime's cleanup goroutine uses these.
	headroom float64
	share    float64
}

// Bounds of the collector's average share of the CPU, as the runtime
// counts it (it leaves out what collecting costs the program besides:
// assists' slow paths, caches, faulting memory in).
const (
	gcBusy  = 0.15
	gcCheap = 0.08
)

// next is the limit after a collection that left live bytes, with the
// collector's share of the CPU used since the collection before, and
// GOGC.
func (s *softLimit) next(live int64, share float64, gogc int64) int64 {
	// Averaged, so that one costly collection does not move the limit.
	s.share = (s.share + share) / 2
	most := 1.0
	if gogc > 0 {
		most = max(most, float64(gogc)/100)
	}
	switch {
	case s.share > gcBusy:
		s.headroom = most
	case s.share < gcCheap:
		s.headroom = max(s.headroom/2, 1)
	}
	limit := satMul(live, 1+s.headroom)
	floor := s.floor.Load()
	if satMul(live, 2) <= floor {
		// A live heap of half the floor or less (a batch of ordinary
		// constitutions) leaves each collection at least as much garbage
		// to free as it marks: the floor bounds the heap, and room beyond
		// it is memory spent for little time (10,000 documents: 130 MB and
		// the same CPU, where room let the heap reach 230–380 MB).
		return floor
	}
	if s.headroom > 1 {
		// Room beyond twice the live heap, within four times the floor.
		limit = max(min(limit, 4*floor), satMul(live, 2))
	}
	if s.ceiling > 0 && limit > s.ceiling {
		limit = max(s.ceiling, min(limit, satMul(live, 1.25)))
	}
	return max(floor, limit)
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

// cpuTimes are the runtime's CPU counters, in seconds.
type cpuTimes struct{ gc, gcIdle, idle, total float64 }

// share is the part of the CPU used between then and now that went to
// collecting; marking on CPUs that were idle anyway is left out.
func (now cpuTimes) share(then cpuTimes) float64 {
	busy := (now.total - then.total) - (now.idle - then.idle) - (now.gcIdle - then.gcIdle)
	if busy <= 0 {
		return 0
	}
	return ((now.gc - then.gc) - (now.gcIdle - then.gcIdle)) / busy
}

// followLiveHeap sets the soft memory limit to floor and then, after every
// collection, as softLimit says. ceiling is what the heap should stay
// under (0: unknown); gogc stands for the runtime's (0: read it). Stop
// ends the following, for tests.
func followLiveHeap(floor, ceiling, gogc int64) *softLimit {
	s := &softLimit{ceiling: ceiling, gogc: gogc, headroom: 1}
	s.floor.Store(floor)
	samples := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/gc/gogc:percent"},
		{Name: "/cpu/classes/gc/total:cpu-seconds"},
		{Name: "/cpu/classes/gc/mark/idle:cpu-seconds"},
		{Name: "/cpu/classes/idle:cpu-seconds"},
		{Name: "/cpu/classes/total:cpu-seconds"},
	}
	read := func() (live, gogc int64, cpu cpuTimes) {
		metrics.Read(samples)
		u := func(i int) int64 {
			if samples[i].Value.Kind() != metrics.KindUint64 {
				return 0
			}
			return int64(samples[i].Value.Uint64())
		}
		f := func(i int) float64 {
			if samples[i].Value.Kind() != metrics.KindFloat64 {
				return 0
			}
			return samples[i].Value.Float64()
		}
		return u(0), u(1), cpuTimes{gc: f(2), gcIdle: f(3), idle: f(4), total: f(5)}
	}
	_, _, last := read()
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
			live, gogc, cpu := read()
			if s.gogc != 0 {
				gogc = s.gogc
			}
			debug.SetMemoryLimit(s.next(live, cpu.share(last), gogc))
			last = cpu
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
