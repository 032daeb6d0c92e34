package wordtest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/result"
)

// TestBadWordInBatch: each unreadable Word file is an input error naming
// it, and the documents beside it in a folder are still checked.
func TestBadWordInBatch(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(root, "testdata", "docx", "brantwick.docx"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"a-truncated.docx": good[:len(good)/3],
		"b-old.doc":        append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 512)...),
		"c-text.docx":      []byte("not a zip at all"),
		"d-good.docx":      good,
		"~$d-good.docx":    []byte("\x0bowner name"),
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	eng, err := engine.New(context.Background(), engine.Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*result.Document
	paths := []string{dir, filepath.Join(dir, "b-old.doc")}
	run, err := eng.Check(context.Background(), paths, func(d *result.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !run.InputErrors {
		t.Error("no input errors reported")
	}
	want := map[string]string{
		"a-truncated.docx": "truncated or damaged",
		"b-old.doc":        "Word 97-2003",
		"c-text.docx":      "not a Word document",
		"d-good.docx":      "",
	}
	if len(docs) != len(want) {
		t.Fatalf("%d documents checked, want %d (the lock file skipped)", len(docs), len(want))
	}
	for _, d := range docs {
		w, ok := want[filepath.Base(d.Path)]
		if !ok {
			t.Errorf("checked %s", d.Path)
			continue
		}
		if w == "" {
			if len(d.Errors) > 0 || len(d.Criteria) == 0 {
				t.Errorf("%s: errors %v, %d criteria", d.Path, d.Errors, len(d.Criteria))
			}
			continue
		}
		if len(d.Errors) != 1 || !strings.Contains(d.Errors[0].Message, w) {
			t.Errorf("%s: errors %v, want %q", d.Path, d.Errors, w)
		}
	}
}
