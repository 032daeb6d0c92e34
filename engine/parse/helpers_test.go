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

func committeeNamed(t *testing.T, doc *model.Document, name string) model.Committee {
	t.Helper()
	for _, c := range doc.Committees {
		if c.Name == name {
			return c
		}
	}
	var names []string
	for _, c := range doc.Committees {
		names = append(names, c.Name)
	}
	t.Fatalf("no committee %q; have %q", name, names)
	return model.Committee{}
}
