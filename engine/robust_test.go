package engine_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/result"
)

// sharedEngine compiles the built-in policies once for the package's tests.
// Its time limit is an hour: no test result may depend on how fast the
// machine is (the tests of the limit set their own).
var sharedEngine = func() func(t testing.TB) *engine.Engine {
	var eng *engine.Engine
	return func(t testing.TB) *engine.Engine {
		t.Helper()
		if eng == nil {
			var err error
			eng, err = engine.New(context.Background(), engine.Options{Timeout: time.Hour})
			if err != nil {
				t.Fatal(err)
			}
		}
		return eng
	}
}()

func practiceTable(n int) string {
	var b strings.Builder
	b.WriteString("# Appendix B – Member Practices\n\n| Practice | Code | Signed by | Date signed |\n|---|---|---|---|\n")
	for i := range n {
		fmt.Fprintf(&b, "| Practice %d Surgery | Z%05d | Dr A. Partner | 01/04/2014 |\n", i, i%100000)
	}
	return b.String()
}

// TestBadInputMatrix checks each kind of bad or hostile input in a batch
// beside a good document: each gets a result or an error naming the file
// (and line where there is one), the good document is still checked, and
// nothing panics or hangs.
func TestBadInputMatrix(t *testing.T) {
	good := filepath.Join("..", "testdata", "examples", "ex01-example-vale.md")
	const aliasBomb = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\n# 1. Membership\n"
	big := bytes.Repeat([]byte("1.1 The Group shall keep a register of interests and publish it.\n\n"), 50<<20/68)
	tests := []struct {
		name string
		// content of the bad file; nil with a setup for special files.
		content []byte
		setup   func(t *testing.T, dir string) string
		// wantErr is part of the input error expected, or "" when the
		// document must be checked.
		wantErr  string
		wantLine int
		maxSize  int64
	}{
		{name: "empty file", content: []byte{}, wantErr: "empty"},
		{name: "front matter only", content: []byte("---\nccg: NHS Test CCG\n---\n")},
		{name: "unterminated front matter", content: []byte("---\nccg: NHS Test CCG\n# 1. Membership\n"), wantErr: "front matter", wantLine: 1},
		{name: "invalid YAML", content: []byte("---\nccg: NHS Test CCG\ncode: [99X\n---\n"), wantErr: "front matter", wantLine: 3},
		{name: "YAML alias bomb", content: []byte(aliasBomb), wantErr: "front matter"},
		{name: "invalid UTF-8", content: []byte("# 3. Membership \xff\xfe\n\n| Practice | Code |\n|---|---|\n| Caf\xe9 Surgery | Y00001 |\n")},
		{name: "binary file", content: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), wantErr: "not a text file"},
		{name: "NUL bytes", content: []byte("# 1. Intro\n\nSome text\x00 more\n"), wantErr: "not a text file", wantLine: 3},
		{name: "50 MB document over the size limit", content: big, wantErr: "raise it with --max-size"},
		{name: "3,000 nested list levels", content: []byte(strings.Repeat("- ", 3000) + "x\n"), wantErr: "nest"},
		{name: "100,000 nested block quotes", content: []byte(strings.Repeat(">", 100000) + " x\n"), wantErr: "nest"},
		{name: "a table with 10,000 columns", content: []byte("# 3. Membership\n\n|" + strings.Repeat(" Practice |", 10000) + "\n|" + strings.Repeat("---|", 10000) + "\n|" + strings.Repeat(" x |", 10000) + "\n")},
		// The race detector slows evaluation tenfold: it gets a fifth of the
		// practices, which still shows the rules are not quadratic.
		{name: "100,000 practices", content: []byte(practiceTable(map[bool]int{false: 100000, true: 20000}[raceEnabled])), maxSize: 64 << 20},
		{name: "missing path", setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "missing.md") }, wantErr: "no such file"},
		{name: "symlink loop in a folder", setup: func(t *testing.T, dir string) string {
			sub := filepath.Join(dir, "loop")
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(sub, filepath.Join(sub, "again")); err != nil {
				t.Fatal(err)
			}
			return sub
		}, wantErr: "loop"},
		{name: "a non-Markdown file in a folder is skipped", setup: func(t *testing.T, dir string) string {
			sub := filepath.Join(dir, "mixed")
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(sub, "notes.pdf"), []byte("%PDF\x00\x01"), 0o644); err != nil {
				t.Fatal(err)
			}
			return sub
		}},
	}
	eng := sharedEngine(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if testing.Short() && len(tt.content) > 1<<20 {
				t.Skip("large input: skipped with -short")
			}
			dir := t.TempDir()
			var bad string
			if tt.setup != nil {
				bad = tt.setup(t, dir)
			} else {
				bad = filepath.Join(dir, "bad.md")
				if err := os.WriteFile(bad, tt.content, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			e := eng
			if tt.maxSize > 0 {
				var err error
				if e, err = engine.New(context.Background(), engine.Options{MaxSize: tt.maxSize, Timeout: time.Hour}); err != nil {
					t.Fatal(err)
				}
			}
			var docs []*result.Document
			run, err := e.Check(context.Background(), []string{bad, good}, func(d *result.Document) error {
				cp := *d
				docs = append(docs, &cp)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			last := docs[len(docs)-1]
			if last.Path != good || len(last.Errors) > 0 || len(last.Criteria) == 0 {
				t.Fatalf("the good document was not checked after the bad one: %+v", last)
			}
			var errs []result.InputError
			for _, d := range docs[:len(docs)-1] {
				if !strings.Contains(d.Path, filepath.Base(bad)) {
					t.Errorf("result names %q, not the bad input", d.Path)
				}
				errs = append(errs, d.Errors...)
			}
			if tt.wantErr == "" {
				if len(errs) > 0 || run.InputErrors {
					t.Fatalf("unexpected input errors: %+v", errs)
				}
				return
			}
			if !run.InputErrors || len(errs) == 0 {
				t.Fatalf("no input error reported, want %q", tt.wantErr)
			}
			if !strings.Contains(errs[0].Message, tt.wantErr) {
				t.Errorf("error %q, want it to contain %q", errs[0].Message, tt.wantErr)
			}
			if tt.wantLine > 0 && errs[0].Line != tt.wantLine {
				t.Errorf("error at line %d, want %d", errs[0].Line, tt.wantLine)
			}
		})
	}
}

// TestFolderOfManyDocuments checks a folder of 5,000 small documents with
// memory that stays bounded: results stream out and are not kept.
func TestFolderOfManyDocuments(t *testing.T) {
	n := 5000
	if testing.Short() || raceEnabled {
		n = 500
	}
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("---\nccg: NHS Test %d CCG\ncode: %03d\n---\n# 3. Membership\n\n| Practice | Code | Signed by |\n|---|---|---|\n| Surgery A%d | A%05d | Dr A |\n| Surgery B%d | B%05d | Dr B |\n", i, i, i, i, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("ccg-%05d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	count, prev := 0, ""
	run, err := sharedEngine(t).Check(context.Background(), []string{dir}, func(d *result.Document) error {
		if d.Path <= prev {
			return fmt.Errorf("out of order: %s after %s", d.Path, prev)
		}
		prev = d.Path
		count++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != n || run.Summary.Documents != n || run.InputErrors {
		t.Fatalf("checked %d documents (summary %d, input errors %v), want %d", count, run.Summary.Documents, run.InputErrors, n)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 200<<20 {
		t.Errorf("heap grew by %d MB over the batch", grown>>20)
	}
}
