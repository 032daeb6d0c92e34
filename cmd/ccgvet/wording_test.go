package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A user's word sets (--data, `language`) read the wording: a constitution
// that names its conflicts of interest guardian in its own words has one
// when the user's data says those words name a guardian, and not before.
func TestDataWordSetsReadTheWording(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "x.md")
	words := filepath.Join(dir, "words.yaml")
	if err := os.WriteFile(doc, []byte("# 8. Conflicts of interest\n\n8.1 The Probity Champion advises anyone concerned about a conflict of interest.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(words, []byte("language:\n  sets:\n    guardian: [guardian, probity champion]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		noGuardian bool
	}{
		{"built-in words", []string{"check", "--no-config", "--format", "json", doc}, true},
		{"the user's words", []string{"check", "--no-config", "--format", "json", "--data", words, doc}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stdout, stderr := ccgvet(t, tt.args...)
			if got := strings.Contains(stdout, "conflicts-of-interest/no-guardian"); got != tt.noGuardian {
				t.Errorf("no-guardian reported: %v, want %v\n%s", got, tt.noGuardian, stderr)
			}
		})
	}
	// ccgvet parse shows the fact with the same data.
	_, stdout, _ := ccgvet(t, "parse", "--data", words, doc)
	if !strings.Contains(stdout, `"safeguard": "guardian"`) {
		t.Errorf("parse --data: no guardian fact:\n%s", stdout)
	}
}
