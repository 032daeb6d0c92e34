package parse

import (
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// mustParse parses a snippet that must parse.
func mustParse(t *testing.T, src string) *model.Document {
	t.Helper()
	doc, err := Parse("snippet.md", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v\n%s", err, src)
	}
	return doc
}
