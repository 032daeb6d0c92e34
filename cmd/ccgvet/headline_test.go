package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Two constitutions that each meet every criterion of their own but list
// the same practices: the batch finds them, so no format may say they
// meet every criterion.
func TestHeadlineCountsBatchBreaches(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile("constitutions/silverdell.md")
	if err != nil {
		t.Fatal(err)
	}
	other := strings.ReplaceAll(string(text), "Silverdell", "Otherdell")
	other = strings.Replace(other, "code: 93S", "code: 99Z", 1)
	for name, body := range map[string]string{"silverdell.md": string(text), "otherdell.md": other} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		format string
		has    []string
	}{
		{"text", []string{"2 documents: 0 meet every criterion, 2 breach"}},
		{"markdown", []string{"**0 of 2 constitutions meet every criterion.**", "| `single-membership` |", "breaches `single-membership`"}},
		{"html", []string{"<title>ccgvet report: 0 of 2 constitutions meet every criterion</title>", `data-met="0"`, "<code>single-membership</code></th>", "Breaches 1 criterion"}},
		{"json", []string{`"met": 0`, `"breached": 2`}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, stdout, stderr := ccgvet(t, "check", "--no-config", "--format", tt.format, dir)
			if code != ExitFindings {
				t.Fatalf("exit %d, want %d: %s", code, ExitFindings, stderr)
			}
			for _, s := range tt.has {
				if !strings.Contains(stdout, s) {
					t.Errorf("output lacks %q", s)
				}
			}
		})
	}
}
