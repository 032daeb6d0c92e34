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
	s := followLiveHeap(floor, 0)
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
// short of memory, the ceiling, but never within a quarter of the live
// heap.
func TestSoftLimitNext(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name           string
		floor, ceiling int64
		live, want     int64
	}{
		{"small live heap: the floor", 112 * mb, 0, 20 * mb, 112 * mb},
		{"large live heap: twice it", 112 * mb, 0, 300 * mb, 600 * mb},
		{"within the ceiling", 112 * mb, 600 * mb, 300 * mb, 600 * mb},
		{"past the ceiling", 112 * mb, 500 * mb, 300 * mb, 500 * mb},
		{"far past the ceiling", 112 * mb, 500 * mb, 480 * mb, 600 * mb},
		{"huge", 112 * mb, 0, math.MaxInt64 / 3 * 2, math.MaxInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &softLimit{ceiling: tt.ceiling}
			s.floor.Store(tt.floor)
			if got := s.next(tt.live); got != tt.want {
				t.Errorf("live %d MB: limit %d MB, want %d MB", tt.live/mb, got/mb, tt.want/mb)
			}
		})
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
