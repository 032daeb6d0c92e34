package engine_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
)

// TestCheckSourcesMatchesCheck: a document checked from memory gives the
// result the same document gives from disk, alone and as a batch, and a
// document that cannot be read is an input error in both.
func TestCheckSourcesMatchesCheck(t *testing.T) {
	eng, err := engine.New(context.Background(), engine.Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	all, err := filepath.Glob(filepath.Join("..", "constitutions", "*.md"))
	if err != nil || len(all) == 0 {
		t.Fatalf("no constitutions: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.md")
	if err := os.WriteFile(bad, []byte("---\nccg: [unclosed\n---\n# Title\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		paths []string
	}{
		{"one", all[:1]},
		{"batch", all},
		{"invalid front matter", []string{bad}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fromDisk, fromMemory []result.Document
			want, err := eng.Check(context.Background(), tt.paths, func(d *result.Document) error {
				fromDisk = append(fromDisk, *d)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			var srcs []engine.Source
			for _, p := range tt.paths {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				srcs = append(srcs, engine.Source{Name: p, Data: b})
			}
			got, err := eng.CheckSources(context.Background(), srcs, func(d *result.Document, doc *model.Document) error {
				if (doc == nil) != (len(d.Errors) > 0) {
					t.Errorf("%s: model %v with %d input errors", d.Path, doc != nil, len(d.Errors))
				}
				fromMemory = append(fromMemory, *d)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			same(t, "documents", fromMemory, fromDisk)
			same(t, "batch", got.Batch, want.Batch)
			same(t, "summary", got.Summary, want.Summary)
			if got.InputErrors != want.InputErrors {
				t.Errorf("input errors %v, want %v", got.InputErrors, want.InputErrors)
			}
		})
	}
}

// TestDiffSourcesMatchesDiff: an amendment compared from memory is the one
// compared from disk.
func TestDiffSourcesMatchesDiff(t *testing.T) {
	eng, err := engine.New(context.Background(), engine.Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	oldPath := filepath.Join("..", "testdata", "examples", "ex04-amend-old.md")
	newPath := filepath.Join("..", "testdata", "examples", "ex04-amend-new.md")
	want, err := eng.Diff(context.Background(), oldPath, newPath)
	if err != nil {
		t.Fatal(err)
	}
	read := func(p string) engine.Source {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return engine.Source{Name: p, Data: b}
	}
	got, newDoc, err := eng.DiffSources(context.Background(), read(oldPath), read(newPath))
	if err != nil {
		t.Fatal(err)
	}
	if newDoc == nil || newDoc.Path != newPath {
		t.Errorf("the proposed version's model is missing")
	}
	same(t, "diff", got, want)
}

func same(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(g) != string(w) {
		t.Errorf("%s from memory differs from disk:\n got %s\nwant %s", what, g, w)
	}
}

// TestDiffTrackedSourceMatchesDiffTracked: a Word amendment read from
// memory is the one read from disk.
func TestDiffTrackedSourceMatchesDiffTracked(t *testing.T) {
	eng, err := engine.New(context.Background(), engine.Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("..", "testdata", "docx", "tracked", "brantwick-amended.docx")
	want, err := eng.DiffTracked(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, newDoc, err := eng.DiffTrackedSource(context.Background(), engine.Source{Name: path, Data: b})
	if err != nil {
		t.Fatal(err)
	}
	if newDoc == nil || len(got.Tracked) == 0 {
		t.Errorf("no model or no tracked changes")
	}
	same(t, "tracked diff", got, want)
	if _, _, err := eng.DiffTrackedSource(context.Background(), engine.Source{Name: "a.md", Data: []byte("# A\n")}); err == nil {
		t.Errorf("a Markdown document read as a tracked amendment")
	}
}
