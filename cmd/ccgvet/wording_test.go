package main

import (
	"encoding/json"
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

// A Word document has no lines: each finding names its paragraph, the
// clause number Word shows there and the paragraph's first words, in the
// JSON and in the text.
func TestWordFindingsNameTheirPlace(t *testing.T) {
	doc := "testdata/docx/kirkhallam.docx"
	_, stdout, stderr := ccgvet(t, "check", "--no-config", "--format", "json", doc)
	var raw struct {
		Documents []struct {
			Findings []struct {
				Rule      string `json:"rule"`
				Line      int    `json:"line"`
				Paragraph int    `json:"paragraph"`
				Clause    string `json:"clause"`
				Excerpt   string `json:"excerpt"`
			} `json:"findings"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(stdout), &raw); err != nil || len(raw.Documents) != 1 {
		t.Fatalf("output: %v\n%s", err, stderr)
	}
	clauses := 0
	for _, f := range raw.Documents[0].Findings {
		if f.Paragraph != f.Line || f.Paragraph < 1 {
			t.Errorf("%s: paragraph %d, line %d", f.Rule, f.Paragraph, f.Line)
		}
		if f.Excerpt == "" {
			t.Errorf("%s at paragraph %d quotes no first words", f.Rule, f.Paragraph)
		}
		if f.Clause != "" {
			clauses++
		}
	}
	if clauses == 0 {
		t.Error("no finding names a clause")
	}
	_, text, _ := ccgvet(t, "check", "--no-config", doc)
	if !strings.Contains(text, ", paragraph ") || !strings.Contains(text, ", clause ") {
		t.Errorf("the text report does not name paragraphs and clauses:\n%s", text)
	}
}
