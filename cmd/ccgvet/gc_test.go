package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
)

// The soft memory limit follows the live heap up: a limit below it would
// make the collector run without pause (time growing with the square of a
// large document's findings). Collections, not the clock, pace the test.
func TestMemoryLimitFollowsTheLiveHeap(t *testing.T) {
	const floor = 8 << 20
	s := followLiveHeap(floor, 0, 0)
	t.Cleanup(func() {
		s.Stop()
		debug.SetMemoryLimit(math.MaxInt64)
	})
	live := make([]byte, 64<<20)
	for i := range live {
		live[i] = byte(i)
	}
	want := int64(2 * len(live))
	got := int64(0)
	for range 1000 {
		runtime.GC()
		runtime.Gosched()
		if got = debug.SetMemoryLimit(-1); got >= want {
			break
		}
	}
	if got < want {
		t.Fatalf("limit %d MB with a live heap of %d MB, want at least %d MB", got>>20, len(live)>>20, want>>20)
	}
	runtime.KeepAlive(live)
	live = nil
	for range 1000 {
		runtime.GC()
		runtime.Gosched()
		if got = debug.SetMemoryLimit(-1); got < want {
			break
		}
	}
	if got >= want {
		t.Errorf("limit %d MB stayed up after the heap was freed", got>>20)
	}
}

// After each collection the limit is twice the live heap, or the floor;
// while collecting is costly the heap may grow as GOGC lets it, within
// four times the floor; short of memory, the ceiling, but never within a
// quarter of the live heap.
func TestSoftLimitNext(t *testing.T) {
	const mb = 1 << 20
	type step struct {
		live  int64
		share float64
		want  int64
	}
	tests := []struct {
		name           string
		floor, ceiling int64
		steps          []step
	}{
		{"small live heap: the floor", 112 * mb, 0, []step{{20 * mb, 0.05, 112 * mb}, {30 * mb, 0.05, 112 * mb}}},
		{"large live heap: twice it", 112 * mb, 0, []step{{100 * mb, 0.05, 200 * mb}, {300 * mb, 0.05, 600 * mb}}},
		{"costly collecting: as GOGC lets it, within four times the floor, then back", 100 * mb, 0, []step{
			{60 * mb, 0.2, 120 * mb},  // one costly collection: average 10%
			{60 * mb, 0.3, 300 * mb},  // average 20%: GOGC's five times
			{100 * mb, 0.2, 400 * mb}, // four times the floor
			{300 * mb, 0.2, 600 * mb}, // never under twice the live heap
			{60 * mb, 0.12, 300 * mb}, // average 16%: still costly
			{60 * mb, 0, 300 * mb},    // 8%: not yet cheap
			{100 * mb, 0, 300 * mb},   // 4%: headroom 2
			{100 * mb, 0, 200 * mb},   // 2%: headroom 1
		}},
		{"small live heap: the floor, however costly collecting", 112 * mb, 0, []step{{45 * mb, 0.3, 112 * mb}, {56 * mb, 0.3, 112 * mb}, {57 * mb, 0.3, 285 * mb}}},
		{"short of memory", 112 * mb, 500 * mb, []step{
			{200 * mb, 0.05, 400 * mb}, // within the ceiling
			{300 * mb, 0.05, 500 * mb}, // the ceiling
			{480 * mb, 0.05, 600 * mb}, // a quarter above the live heap
		}},
		{"huge", 112 * mb, 0, []step{{math.MaxInt64 / 3 * 2, 0, math.MaxInt64}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &softLimit{ceiling: tt.ceiling, headroom: 1}
			s.floor.Store(tt.floor)
			for i, st := range tt.steps {
				if got := s.next(st.live, st.share, 400); got != st.want {
					t.Errorf("step %d: live %d MB, collector %.0f%%: limit %d MB, want %d MB", i, st.live/mb, 100*st.share, got/mb, st.want/mb)
				}
			}
		})
	}
}

// The collector's share counts the CPU used, not the CPU left idle, nor
// marking done on CPUs that were idle anyway.
func TestCollectorShare(t *testing.T) {
	then := cpuTimes{gc: 1, gcIdle: 0.5, idle: 2, total: 10}
	tests := []struct {
		now  cpuTimes
		want float64
	}{
		{cpuTimes{gc: 1, gcIdle: 0.5, idle: 2, total: 10}, 0},
		{cpuTimes{gc: 2, gcIdle: 0.5, idle: 2, total: 14}, 0.25},
		{cpuTimes{gc: 3, gcIdle: 1.5, idle: 4, total: 16}, 1.0 / 3},
	}
	for _, tt := range tests {
		if got := tt.now.share(then); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("share(%+v) = %v, want %v", tt.now, got, tt.want)
		}
	}
}

// The floor grows with the documents checked at once and stays within a
// quarter of the memory available.
func TestMemoryFloor(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		workers   int
		available int64
		want      int64
	}{
		{0, 0, 80 * mb},
		{1, 0, 80 * mb},
		{2, 0, 112 * mb},
		{8, 0, 304 * mb},
		{8, 24 << 30, 304 * mb},
		{8, 512 * mb, 128 * mb},
	}
	for _, tt := range tests {
		if got := memoryFloor(tt.workers, tt.available); got != tt.want {
			t.Errorf("memoryFloor(%d, %d MB) = %d MB, want %d MB", tt.workers, tt.available/mb, got/mb, tt.want/mb)
		}
	}
}

// The memory available is the lowest of the cgroup limits over the
// process and the memory the kernel says is available.
func TestAvailableMemory(t *testing.T) {
	const meminfo = "MemTotal:       24683772 kB\nMemFree:        20224728 kB\nMemAvailable:    4194304 kB\n"
	tests := []struct {
		name  string
		files map[string]string
		want  int64
	}{
		{"nothing to read", nil, 0},
		{"meminfo only", map[string]string{"proc/meminfo": meminfo}, 4 << 30},
		{"cgroup v2, no limit", map[string]string{
			"proc/meminfo":     meminfo,
			"proc/self/cgroup": "0::/user.slice/run.scope\n",
			"sys/fs/cgroup/user.slice/run.scope/memory.max": "max\n",
			"sys/fs/cgroup/user.slice/memory.max":           "max\n",
		}, 4 << 30},
		{"cgroup v2, limited here", map[string]string{
			"proc/meminfo":             meminfo,
			"proc/self/cgroup":         "0::/\n",
			"sys/fs/cgroup/memory.max": "1073741824\n",
		}, 1 << 30},
		{"cgroup v2, limited above", map[string]string{
			"proc/meminfo":     meminfo,
			"proc/self/cgroup": "0::/user.slice/run.scope\n",
			"sys/fs/cgroup/user.slice/run.scope/memory.max": "max\n",
			"sys/fs/cgroup/user.slice/memory.max":           "536870912\n",
		}, 512 << 20},
		{"cgroup v1, limited", map[string]string{
			"proc/meminfo":     meminfo,
			"proc/self/cgroup": "12:cpu,cpuacct:/\n11:memory:/docker/abc\n",
			"sys/fs/cgroup/memory/memory.limit_in_bytes": "2147483648\n",
		}, 2 << 30},
		{"cgroup v1, no limit", map[string]string{
			"proc/meminfo":     meminfo,
			"proc/self/cgroup": "11:memory:/\n",
			"sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712\n",
		}, 4 << 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for name, text := range tt.files {
				p := filepath.Join(root, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if got := availableMemory(root); got != tt.want {
				t.Errorf("availableMemory = %s, want %s", mib(got), mib(tt.want))
			}
		})
	}
}

func mib(n int64) string { return fmt.Sprintf("%d MiB", n>>20) }
