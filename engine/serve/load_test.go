package serve

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/internal/gen"
)

// loadClients is how many uploads the load test sends at once.
const loadClients = 200

// TestLoad sends 200 generated constitutions at once over loopback, with
// the default queue: every answer is 200 or the documented 503 with
// Retry-After, after which the client waits as told and sends again (at
// most a few times). It stops by itself and asserts nothing of time; it
// logs the latencies and the peak memory (docs/performance.md).
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("the load test sends 200 documents")
	}
	s := newTestServer(t, Limits{}, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()
	client := ts.Client()
	client.Transport.(*http.Transport).MaxIdleConnsPerHost = loadClients

	docs := make([][]byte, loadClients)
	for i := range docs {
		body, ct := form(t, part{"files", gen.FileName(i), gen.Generate(16, i)})
		docs[i] = append([]byte(ct+"\n"), body.Bytes()...)
	}
	runtime.GC()

	peak := watchPeak()
	var (
		mu        sync.Mutex
		latencies []time.Duration
		refused   atomic.Int64
		failed    atomic.Int64
		gaveUp    atomic.Int64
	)
	const attempts = 5
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range loadClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ct, body, _ := bytes.Cut(docs[i], []byte("\n"))
			<-start
			for range attempts {
				began := time.Now()
				resp, err := client.Post(ts.URL+"/api/check", string(ct), bytes.NewReader(body))
				if err != nil {
					t.Errorf("upload %d: %v", i, err)
					failed.Add(1)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				took := time.Since(began)
				switch resp.StatusCode {
				case http.StatusOK:
					mu.Lock()
					latencies = append(latencies, took)
					mu.Unlock()
					return
				case http.StatusServiceUnavailable:
					refused.Add(1)
					wait, err := strconv.Atoi(resp.Header.Get("Retry-After"))
					if err != nil || wait < 1 {
						t.Errorf("upload %d: 503 without a Retry-After in seconds (%q)", i, resp.Header.Get("Retry-After"))
						return
					}
					time.Sleep(time.Duration(wait) * time.Second)
				default:
					t.Errorf("upload %d: status %d", i, resp.StatusCode)
					failed.Add(1)
					return
				}
			}
			gaveUp.Add(1)
		}()
	}
	began := time.Now()
	close(start)
	wg.Wait()
	total := time.Since(began)
	heap, all := peak()

	slices.Sort(latencies)
	q := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))]
	}
	t.Logf("%d uploads at once, %d checks at a time, queue %d, GOMAXPROCS %d: %d answered 200, %d answers 503 (retried after Retry-After), %d gave up after %d tries, %d failed; in %s",
		loadClients, s.limits.Checks, s.limits.Queue, runtime.GOMAXPROCS(0), len(latencies), refused.Load(), gaveUp.Load(), attempts, failed.Load(), total.Round(time.Millisecond))
	t.Logf("latency of a 200: p50 %s, p90 %s, p99 %s, max %s", q(.50).Round(time.Millisecond), q(.90).Round(time.Millisecond), q(.99).Round(time.Millisecond), q(1).Round(time.Millisecond))
	t.Logf("peak memory, server and clients in one process: heap objects %.1f MB, total from the OS %.1f MB", float64(heap)/(1<<20), float64(all)/(1<<20))
	if failed.Load() > 0 {
		t.Errorf("%d uploads failed other than with 503", failed.Load())
	}
}

// watchPeak samples the heap until the returned function is called, which
// returns the peaks of live and collectable heap objects and of all memory
// mapped from the OS.
func watchPeak() func() (heap, total uint64) {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/total:bytes"}}
	var heap, total uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	read := func() {
		metrics.Read(samples)
		heap = max(heap, samples[0].Value.Uint64())
		total = max(total, samples[1].Value.Uint64()-released())
	}
	go func() {
		defer close(stopped)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			read()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(done)
		<-stopped
		return heap, total
	}
}

// released is the memory given back to the OS, not counted as used.
func released() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// BenchmarkServeCheck is one upload of a generated constitution (about 40
// KB) through the handler: reading the form, checking, writing the JSON.
func BenchmarkServeCheck(b *testing.B) {
	s := newTestServer(b, Limits{}, nil)
	body, ct := form(b, part{"files", gen.FileName(3), gen.Generate(16, 3)})
	raw := body.Bytes()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/api/check", bytes.NewReader(raw))
		req.Header.Set("Content-Type", ct)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %.300s", rec.Code, rec.Body)
		}
	}
}
