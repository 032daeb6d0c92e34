package engine

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
)

const exampleVale = "../testdata/examples/ex01-example-vale.md"

func checkAll(t *testing.T, eng *Engine, paths ...string) (*Run, []result.Document) {
	t.Helper()
	var docs []result.Document
	run, err := eng.Check(context.Background(), paths, func(d *result.Document) error {
		docs = append(docs, *d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return run, docs
}

// The time limit covers a document from opening it to its findings, and
// an error names the phase that ran out of time. Each case runs out of
// time whatever the speed of the machine: reading never ends, or a policy
// never ends, or the time is up before the phase starts.
func TestTimeoutCoversEveryPhase(t *testing.T) {
	never := make(chan struct{})
	t.Cleanup(func() { close(never) })
	dir := t.TempDir()
	spin := filepath.Join(dir, "spin.rego")
	if err := os.WriteFile(spin, []byte(`package ccgvet.rules["spin"]["forever"]

findings contains f if {
	some i in numbers.range(1, 50000)
	some j in numbers.range(1, 50000)
	i * j < 0
	f := data.ccgvet.lib.finding(rego.metadata.chain(), {"line": 1}, "never")
}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	parsed, err := Load(exampleVale, 0)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		opts    Options
		load    func(string, int64) (*model.Document, error)
		timeout time.Duration
		want    string
	}{
		{
			name:    "reading never ends",
			load:    func(string, int64) (*model.Document, error) { <-never; return nil, nil },
			timeout: 10 * time.Millisecond,
			want:    "reading the document did not finish within 10ms (raise it with --timeout)",
		},
		{
			// Read before the clock starts, so that only the policies
			// can run out of time.
			name:    "a policy never ends",
			opts:    Options{Policy: policy.Options{NoBuiltin: true, Dirs: []string{spin}}},
			load:    func(string, int64) (*model.Document, error) { return parsed, nil },
			timeout: 2 * time.Second,
			want:    "the policies did not finish within 2s (raise it with --timeout)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eng, err := New(context.Background(), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			eng.opts.Timeout = tt.timeout
			if tt.load != nil {
				eng.load = tt.load
			}
			run, docs := checkAll(t, eng, exampleVale)
			if !run.InputErrors || len(docs) != 1 || len(docs[0].Errors) != 1 || !strings.Contains(docs[0].Errors[0].Message, tt.want) {
				t.Fatalf("got %+v, want an input error %q", docs, tt.want)
			}
			for _, c := range docs[0].Criteria {
				if c.Status != result.StatusError {
					t.Errorf("%s is %s, want error", c.ID, c.Status)
				}
			}
		})
	}
}

// The rules across documents run under a bound of their own; past it the
// documents' results stand and the run says the batch could not be run.
func TestBatchTimeout(t *testing.T) {
	eng, err := New(context.Background(), Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	// Past already, whatever this machine's speed.
	eng.opts.BatchTimeout = -time.Hour
	run, docs := checkAll(t, eng, exampleVale, "../testdata/examples/ex03-eastmere.md")
	if len(docs) != 2 || len(docs[0].Errors) > 0 || len(docs[1].Errors) > 0 {
		t.Fatalf("the documents were not checked: %+v", docs)
	}
	if !run.InputErrors || !strings.Contains(run.BatchError, "the rules across documents did not finish within") {
		t.Errorf("batch error %q, input errors %v", run.BatchError, run.InputErrors)
	}
}

// A named pipe blocks open(2) until someone writes to it: named, it is an
// input error and the batch goes on; in a folder it is reported as skipped.
func TestSpecialFilesNeverBlock(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	eng, err := New(context.Background(), Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	_, docs := checkAll(t, eng, fifo, exampleVale, dir)
	if len(docs) != 2 || len(docs[0].Errors) != 1 || !strings.Contains(docs[0].Errors[0].Message, "not a regular file (a named pipe)") {
		t.Fatalf("documents %+v, want the pipe refused", docs)
	}
	if len(docs[1].Errors) > 0 || len(docs[1].Criteria) == 0 {
		t.Errorf("the good document was not checked: %+v", docs[1])
	}
	// The folder's pipe is the one already named: reached twice, it is one
	// target. Another in a folder of its own is skipped.
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(sub, "other.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	run, docs := checkAll(t, eng, sub, exampleVale)
	if len(docs) != 1 || len(run.Skipped) != 1 || run.Skipped[0].Reason != "not a regular file (a named pipe)" {
		t.Errorf("documents %d, skipped %+v; want the pipe in the folder skipped and said", len(docs), run.Skipped)
	}
	// Load, as parse and diff call it, refuses it too.
	if _, err := Load(fifo, 0); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("Load(pipe) = %v", err)
	}
}

// Documents over a megabyte are checked one at a time, so that -j does
// not multiply the memory the largest take; small ones are not held up.
func TestLargeDocumentsOneAtATime(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, size := range []int{2 << 20, 2 << 20, 1 << 10, 3 << 20} {
		p := filepath.Join(dir, string(rune('a'+i))+".md")
		if err := os.WriteFile(p, []byte(strings.Repeat("x", size)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	// One worker, so that the turn seen is this document's own.
	eng, err := New(context.Background(), Options{Workers: 1, Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]bool{}
	eng.load = func(p string, _ int64) (*model.Document, error) {
		held[filepath.Base(p)] = len(eng.large) == 1
		return &model.Document{Path: p}, nil
	}
	checkAll(t, eng, paths...)
	want := map[string]bool{"a.md": true, "b.md": true, "c.md": false, "d.md": true}
	for name, w := range want {
		if held[name] != w {
			t.Errorf("%s checked holding the large-document turn: %v, want %v", name, held[name], w)
		}
	}
}

// A constitution is checked alike whatever its line ends and Unicode
// encoding: every finding at the same line, every criterion the same.
func TestLineEndsAndEncodingsCheckAlike(t *testing.T) {
	b, err := os.ReadFile(exampleVale)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	utf16le := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		utf16le = binary.LittleEndian.AppendUint16(utf16le, u)
	}
	dir := t.TempDir()
	variants := []struct{ name, file string }{
		{"LF", text},
		{"CR", strings.ReplaceAll(text, "\n", "\r")},
		{"CRLF", strings.ReplaceAll(text, "\n", "\r\n")},
		{"UTF-16", string(utf16le)},
	}
	var paths []string
	for _, v := range variants {
		p := filepath.Join(dir, v.name+".md")
		if err := os.WriteFile(p, []byte(v.file), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	eng, err := New(context.Background(), Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	_, docs := checkAll(t, eng, paths...)
	summary := func(d result.Document) string {
		var b strings.Builder
		for _, e := range d.Errors {
			fmt.Fprintf(&b, "error %s\n", e.Message)
		}
		for _, c := range d.Criteria {
			fmt.Fprintf(&b, "%s %s\n", c.ID, c.Status)
		}
		for _, f := range d.Findings {
			fmt.Fprintf(&b, "%s:%d %s\n", f.Rule, f.Line, f.Message)
		}
		return b.String()
	}
	want := summary(docs[0])
	for i, d := range docs[1:] {
		if got := summary(d); got != want {
			t.Errorf("%s is checked differently from LF:\n%s\nwant\n%s", variants[i+1].name, got, want)
		}
	}
}

// A document over a megabyte is stopped once the heap passes MaxMemory:
// the time limit bounds its work, this what it keeps. The heap is read as
// the document starts, so a limit below what the process already holds
// stops it whatever the speed of the machine; a small document is not
// watched.
func TestMemoryLimitStopsALargeDocument(t *testing.T) {
	dir := t.TempDir()
	large := filepath.Join(dir, "large.md")
	if err := os.WriteFile(large, []byte("# 1. Members\n\n"+strings.Repeat("- Each practice shall attend the meetings of its locality.\n", 20000)), 0o644); err != nil {
		t.Fatal(err)
	}
	eng, err := New(context.Background(), Options{MaxMemory: 1 << 10, Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	run, docs := checkAll(t, eng, large, exampleVale)
	if !run.InputErrors || len(docs[0].Errors) != 1 || !strings.Contains(docs[0].Errors[0].Message, "of memory, more than the limit of 1.0 KB (raise it with --max-memory)") {
		t.Fatalf("large document: %+v", docs[0].Errors)
	}
	if len(docs[1].Errors) > 0 {
		t.Errorf("a small document is not held to the limit: %+v", docs[1].Errors)
	}
	// The rules across documents are held to it: documents that share
	// many practices make their input as large as all of them.
	run, docs = checkAll(t, eng, exampleVale, "../testdata/examples/ex03-eastmere.md")
	if len(docs[0].Errors)+len(docs[1].Errors) > 0 || !strings.Contains(run.BatchError, "the rules across documents stopped: checking it kept") {
		t.Errorf("batch error %q, want the batch stopped for its memory", run.BatchError)
	}
}
