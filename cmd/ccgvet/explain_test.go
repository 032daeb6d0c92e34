package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/policy"
)

// docs/rules is generated from the built-in policies' METADATA: this test
// fails when a rule changes and its page does not; -update rewrites them.
func TestRuleDocs(t *testing.T) {
	set, err := policy.Load(policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := ruleDocs(set)
	root := filepath.Join("docs", "rules")
	if *update {
		if err := os.RemoveAll(root); err != nil {
			t.Fatal(err)
		}
		for p, text := range want {
			full := filepath.Join(root, filepath.FromSlash(p))
			if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var have []string
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			have = append(have, filepath.ToSlash(rel))
		}
		return nil
	})
	for p, text := range want {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil || string(got) != text {
			t.Errorf("docs/rules/%s is missing or out of step with the METADATA: go test ./cmd/ccgvet -run TestRuleDocs -update", p)
		}
	}
	for _, p := range have {
		if _, ok := want[p]; !ok {
			t.Errorf("docs/rules/%s belongs to no rule: go test ./cmd/ccgvet -run TestRuleDocs -update", p)
		}
	}
	// Every rule has a page, which SARIF's helpUri points at.
	for _, r := range set.Rules {
		if !slices.Contains(have, r.ID+".md") && !*update {
			t.Errorf("rule %s has no page", r.ID)
		}
	}
}

func TestExplain(t *testing.T) {
	runCases(t, []cliCase{
		{name: "rule", args: []string{"explain", "--no-config", "clinical-majority/minority"}, want: ExitOK,
			stdoutHas: []string{"clinical-majority/minority: Clinicians in a minority", "Severity:   error", "What to do\n  Add clinical", "Reference\n", "More: https://github.com/ccgvet/ccgvet/blob/main/docs/rules/clinical-majority/minority.md"}},
		{name: "profile severity", args: []string{"explain", "--no-config", "--format", "markdown", "member-sign-off/unsigned-practice"}, want: ExitOK,
			stdoutHas: []string{"# `member-sign-off/unsigned-practice`", "- **Severity:** error"}},
		{name: "criterion", args: []string{"explain", "--no-config", "single-membership"}, want: ExitOK,
			stdoutHas: []string{"single-membership: No practice is a member of two CCGs", "single-membership/duplicate-membership"}},
		{name: "typo", args: []string{"explain", "--no-config", "clinical-majority/minorty"}, want: ExitInput,
			stderrHas: []string{`did you mean "clinical-majority/minority"?`}},
		{name: "nothing", args: []string{"explain"}, want: ExitInput,
			stderrHas: []string{"give one rule or criterion id", "--help"}},
	})
	code, stdout, _ := ccgvet(t, "check", "--no-config", "--format", "sarif", "constitutions/silverdell.md")
	if code != ExitOK || !strings.Contains(stdout, `"helpUri": "https://github.com/ccgvet/ccgvet/blob/main/docs/rules/member-sign-off/unsigned-practice.md"`) {
		t.Errorf("SARIF rules carry no helpUri (exit %d)", code)
	}
}
