package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

// Extraction is tested on Markdown, the format its examples are written
// in: a snippet reads as the constitution it stands for.

// examples are the example constitutions shared with the policies' tests.
const examples = "../../testdata/examples"

// extractMarkdown reads src as Markdown and extracts its model.
func extractMarkdown(t testing.TB, path string, src []byte) *model.Document {
	t.Helper()
	o, ierr := markdown.Read(src)
	if ierr != nil {
		ierr.Path = path
		t.Fatalf("Read: %v", ierr)
	}
	doc, err := Extract(o, Options{})
	if err != nil {
		t.Fatalf("Extract(%s): %v", path, err)
	}
	doc.Path = path
	return doc
}

// mustParse extracts a Markdown snippet that must read.
func mustParse(t *testing.T, src string) *model.Document {
	t.Helper()
	return extractMarkdown(t, "snippet.md", []byte(src))
}

// parseExample extracts one example by its base name, e.g.
// "ex02-northbrook".
func parseExample(t testing.TB, name string) *model.Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(examples, name+".md"))
	if err != nil {
		t.Fatal(err)
	}
	return extractMarkdown(t, "testdata/examples/"+name+".md", src)
}
