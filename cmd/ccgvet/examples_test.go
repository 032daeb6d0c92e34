package main

import (
	"encoding/json"
	"github.com/ccgvet/ccgvet/internal/expect"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type checkOutput struct {
	Documents []struct {
		Path     string `json:"path"`
		Criteria []struct {
			ID     string `json:"id"`
			Status string `json:"status"`
		} `json:"criteria"`
		Findings []struct {
			Rule     string `json:"rule"`
			Line     int    `json:"line"`
			Section  string `json:"section"`
			Severity string `json:"severity"`
			Message  string `json:"message"`
			Guidance string `json:"guidance"`
		} `json:"findings"`
		Errors []any `json:"errors"`
	} `json:"documents"`
}

func TestExamplesMeetTheirExpectations(t *testing.T) {
	files, err := filepath.Glob("testdata/examples/*.expect.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, ".diff.expect.json") {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			want, err := expect.Load(file)
			if err != nil {
				t.Fatal(err)
			}
			checkExpectation(t, want, "check", "--format", "json", filepath.Join("testdata", "examples", want.Doc))
		})
	}
}

// checkExpectation runs ccgvet with args (a check of want's one document,
// as JSON) and holds the exit status, the criteria's statuses and the
// findings to want: every finding with a line, a message and guidance,
// every must_find at its line (any line for 0), no must_not_find. It
// returns the statuses and the document's input errors for the caller's
// own checks.
func checkExpectation(t *testing.T, want expect.Check, args ...string) (map[string]string, []any) {
	t.Helper()
	code, stdout, stderr := ccgvet(t, args...)
	if code != want.Exit {
		t.Errorf("exit status %d, want %d (stderr: %s)", code, want.Exit, stderr)
	}
	var got checkOutput
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	if len(got.Documents) != 1 {
		t.Fatalf("got %d documents, want 1", len(got.Documents))
	}
	d := got.Documents[0]
	statuses := map[string]string{}
	for _, c := range d.Criteria {
		statuses[c.ID] = c.Status
	}
	for id, status := range want.Criteria {
		if statuses[id] != status {
			t.Errorf("criterion %s: %q, want %q", id, statuses[id], status)
		}
	}
	found := map[string][]int{}
	for _, f := range d.Findings {
		found[f.Rule] = append(found[f.Rule], f.Line)
		if f.Line < 1 {
			t.Errorf("%s at line %d: every finding needs a line", f.Rule, f.Line)
		}
		if f.Guidance == "" || f.Message == "" {
			t.Errorf("%s at line %d has no message or guidance", f.Rule, f.Line)
		}
	}
	for _, mf := range want.MustFind {
		lines, ok := found[mf.Rule]
		if !ok {
			t.Errorf("missing finding %s (line %d)", mf.Rule, mf.Line)
			continue
		}
		if mf.Line > 0 && !contains(lines, mf.Line) {
			t.Errorf("finding %s at lines %v, want line %d", mf.Rule, lines, mf.Line)
		}
	}
	for _, rule := range want.MustNotFind {
		if lines, ok := found[rule]; ok {
			t.Errorf("unexpected finding %s at lines %v", rule, lines)
		}
	}
	return statuses, d.Errors
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
