package engine

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
)

// A panic while reading one document becomes an input error for that
// document; the batch goes on.
func TestPanicInParserIsContained(t *testing.T) {
	eng, err := New(context.Background(), Options{Workers: 2, Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	eng.load = func(path string, maxSize int64) (*model.Document, error) {
		if strings.Contains(path, "ex02") {
			panic("parser bug")
		}
		return Load(path, maxSize)
	}
	paths := []string{
		filepath.Join("..", "testdata", "examples", "ex01-example-vale.md"),
		filepath.Join("..", "testdata", "examples", "ex02-northbrook.md"),
		filepath.Join("..", "testdata", "examples", "ex03-eastmere.md"),
	}
	var docs []result.Document
	run, err := eng.Check(context.Background(), paths, func(d *result.Document) error {
		docs = append(docs, *d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 || !run.InputErrors {
		t.Fatalf("got %d documents, input errors %v", len(docs), run.InputErrors)
	}
	if len(docs[1].Errors) != 1 || !strings.Contains(docs[1].Errors[0].Message, "parser bug") {
		t.Errorf("ex02 errors = %+v, want the recovered panic", docs[1].Errors)
	}
	for _, i := range []int{0, 2} {
		if len(docs[i].Errors) != 0 || len(docs[i].Criteria) == 0 {
			t.Errorf("%s was not checked: %+v", docs[i].Path, docs[i])
		}
	}
}
