package language_test

import (
	"encoding/json"
	"testing"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/policies"
)

// BenchmarkFromData builds the lexicon of the built-in policy data, which
// every run does before it reads its first document.
func BenchmarkFromData(b *testing.B) {
	var twin struct {
		Data map[string]any `json:"data"`
	}
	if err := json.Unmarshal(policies.DataJSON, &twin); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := language.FromData(twin.Data); err != nil {
			b.Fatal(err)
		}
	}
}
