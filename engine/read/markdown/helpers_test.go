package markdown

import (
	"testing"

	"github.com/ccgvet/ccgvet/engine/outline"
)

// mustRead reads a snippet that must read.
func mustRead(t *testing.T, src string) *outline.Outline {
	t.Helper()
	o, err := Read([]byte(src))
	if err != nil {
		t.Fatalf("Read: %v\n%s", err, src)
	}
	return o
}
