package main

import (
	"encoding/json"
	"testing"
)

func TestDiffExampleMeetsItsExpectation(t *testing.T) {
	var want struct {
		Old, New              string
		Regressions           []string         `json:"regressions"`
		ChangesMustInclude    []map[string]any `json:"changes_must_include"`
		ChangesMustNotInclude []map[string]any `json:"changes_must_not_include"`
		Exit                  int              `json:"exit"`
	}
	readJSON(t, "testdata/examples/ex04.diff.expect.json", &want)
	code, stdout, stderr := ccgvet(t, "diff", "--format", "json", "testdata/examples/"+want.Old, "testdata/examples/"+want.New)
	if code != want.Exit {
		t.Errorf("exit status %d, want %d (stderr: %s)", code, want.Exit, stderr)
	}
	var got struct {
		Changes     []map[string]any `json:"changes"`
		Regressions []string         `json:"regressions"`
		Summary     string           `json:"summary"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	if len(got.Regressions) != len(want.Regressions) || (len(want.Regressions) > 0 && got.Regressions[0] != want.Regressions[0]) {
		t.Errorf("regressions %v, want %v", got.Regressions, want.Regressions)
	}
	// matches reports whether change has every field of pattern.
	matches := func(change, pattern map[string]any) bool {
		for k, v := range pattern {
			if change[k] != v {
				return false
			}
		}
		return true
	}
	for _, p := range want.ChangesMustInclude {
		found := false
		for _, c := range got.Changes {
			found = found || matches(c, p)
		}
		if !found {
			t.Errorf("no change matching %v", p)
		}
	}
	for _, p := range want.ChangesMustNotInclude {
		for _, c := range got.Changes {
			if matches(c, p) {
				t.Errorf("unexpected change %v", c)
			}
		}
	}
	if got.Summary == "" {
		t.Error("no summary")
	}
}

func TestDiffFormats(t *testing.T) {
	for _, format := range []string{"text", "markdown", "json"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := ccgvet(t, "diff", "--format", format, "testdata/examples/ex04-amend-old.md", "testdata/examples/ex04-amend-new.md")
			if code != ExitFindings {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			golden(t, "diff-ex04."+format, []byte(stdout))
		})
	}
}
