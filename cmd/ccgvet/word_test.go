package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWord: Word documents go through every command as Markdown does,
// and `diff` with one Word document reads its tracked changes.
func TestWord(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/docx/kirkhallam.docx")
	if err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.docx")
	if err := os.WriteFile(truncated, good[:len(good)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	mdCode, _, _ := ccgvet(t, "check", "constitutions/kirkhallam.md")
	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string
	}{
		{"check a .docx as its Markdown", []string{"check", "testdata/docx/kirkhallam.docx"}, mdCode, []string{"NHS Kirkhallam Clinical Commissioning Group"}},
		{"parse a .docx: Word's automatic clause numbers", []string{"parse", "testdata/docx/kirkhallam.docx"}, 0, []string{`"number": "6.3.3.4"`}},
		{"a bad .docx is an input error; the rest of the batch is checked", []string{"check", truncated, "testdata/docx/brantwick.docx"}, 2,
			[]string{"truncated.docx: input error: not a readable Word document", "NHS Brantwick Clinical Commissioning Group"}},
		{"diff one amended .docx", []string{"diff", "testdata/docx/tracked/kirkhallam-amended.docx"}, 1,
			[]string{"Tracked changes (8)", "insert by Kirkhallam CCG Governance Team, 2015-03-10T11:00:00Z", "regression"}},
		{"diff one amended .docx, Markdown", []string{"diff", "-f", "markdown", "testdata/docx/tracked/kirkhallam-amended.docx"}, 1,
			[]string{"### Tracked changes (8)", "| 53 | insert | Kirkhallam CCG Governance Team | 2015-03-10T11:00:00Z | quorum of the Committee is four voting members |"}},
		{"diff one Markdown file", []string{"diff", "constitutions/kirkhallam.md"}, 2, []string{"not a Word document: give OLD and NEW"}},
		{"diff one .docx without tracked changes", []string{"diff", "testdata/docx/kirkhallam.docx"}, 2, []string{"no tracked changes"}},
		{"diff a Word version against a Markdown one", []string{"diff", "constitutions/kirkhallam.md", "testdata/docx/kirkhallam.docx"}, 0, []string{"no regression"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := ccgvet(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, stdout, stderr)
			}
			for _, want := range tt.contains {
				if !strings.Contains(stdout+stderr, want) {
					t.Errorf("output lacks %q:\n%s%s", want, stdout, stderr)
				}
			}
		})
	}
	code, stdout, _ := ccgvet(t, "diff", "--format", "json", "testdata/docx/tracked/brantwick-amended.docx")
	var res struct {
		Tracked []map[string]any `json:"tracked_changes"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || code == 2 || len(res.Tracked) == 0 {
		t.Errorf("diff --format json: exit %d, %d tracked changes, %v", code, len(res.Tracked), err)
	}
}
