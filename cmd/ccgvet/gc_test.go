package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// The soft memory limit follows the live heap up: a limit below it would
// make the collector run without pause (time growing with the square of a
// large document's findings). Collections, not the clock, pace the test.
func TestMemoryLimitFollowsTheLiveHeap(t *testing.T) {
	const floor = 8 << 20
	stop := followLiveHeap(floor)
	t.Cleanup(func() {
		stop()
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
