package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The bundled constitutions through every format: what the README shows
// and what CI systems read. Regenerate with go test ./cmd/ccgvet -update.
func TestCheckConstitutionsGolden(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif", "junit", "github", "markdown", "html"} {
		t.Run(format, func(t *testing.T) {
			t.Setenv("GITHUB_STEP_SUMMARY", "")
			code, stdout, stderr := ccgvet(t, "check", "--no-config", "--format", format, "constitutions/")
			if code != ExitFindings {
				t.Fatalf("exit %d, want %d: %s", code, ExitFindings, stderr)
			}
			golden(t, "check-constitutions."+format, []byte(stdout))
		})
	}
}

func TestCheckExitStatus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	badYAML := write("bad.md", "---\nccg: NHS Test CCG\ncode: [unclosed\n---\n# 1. Membership\n")
	clean := "testdata/examples/ex01-example-vale.md"
	breached := "testdata/examples/ex02-northbrook.md"

	tests := []struct {
		name      string
		args      []string
		want      int
		stdoutHas []string
		stderrHas []string
	}{
		{"clean document", []string{"check", clean}, ExitOK, []string{"1 document: 1 meets every criterion"}, nil},
		{"breaches", []string{"check", breached}, ExitFindings, []string{"ex02-northbrook.md:357: error:", "[member-sign-off/unsigned-practice]"}, nil},
		{"info findings fail with --fail-on info", []string{"check", "--fail-on", "info", clean}, ExitFindings, nil, nil},
		{"bad --fail-on", []string{"check", "--fail-on", "fatal", clean}, ExitInput, nil, []string{"--fail-on must be"}},
		{"missing file among good ones", []string{"check", clean, filepath.Join(dir, "missing.md"), breached}, ExitInput,
			[]string{"missing.md: input error: no such file or folder", "ex02-northbrook.md:357", "3 documents"}, nil},
		{"invalid front matter names file and line", []string{"check", badYAML, clean}, ExitInput,
			[]string{"bad.md:3: input error: front matter", "1 meets every criterion"}, nil},
		{"no path", []string{"check"}, ExitInput, nil, []string{"give the constitutions to check", "see ccgvet check --help"}},
		{"unknown flag", []string{"check", "--bogus", clean}, ExitInput, nil, []string{"unknown flag: --bogus"}},
		{"unknown format", []string{"check", "--format", "pdf", clean}, ExitInput, nil, []string{`unknown format "pdf"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := ccgvet(t, append([]string{tt.args[0], "--no-config"}, tt.args[1:]...)...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.want, stdout, stderr)
			}
			for _, s := range tt.stdoutHas {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, stdout)
				}
			}
			for _, s := range tt.stderrHas {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
		})
	}
}

func TestCheckJSONInputError(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.md")
	if err := os.WriteFile(bad, []byte("---\nccg: [\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := ccgvet(t, "check", "--no-config", "--format", "json", bad)
	if code != ExitInput {
		t.Fatalf("exit %d", code)
	}
	var out struct {
		Documents []struct {
			Errors []struct {
				Message string `json:"message"`
				Line    int    `json:"line"`
			} `json:"errors"`
			Criteria []struct {
				Status string `json:"status"`
			} `json:"criteria"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	d := out.Documents[0]
	if len(d.Errors) != 1 || d.Errors[0].Line < 2 || !strings.Contains(d.Errors[0].Message, "front matter") {
		t.Errorf("errors = %+v", d.Errors)
	}
	for _, c := range d.Criteria {
		if c.Status != "error" {
			t.Errorf("status %q, want error", c.Status)
		}
	}
}

func TestOtherCommands(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		want      int
		stdoutHas []string
	}{
		{"policies lists every rule", []string{"policies"}, ExitOK, []string{"member-sign-off/unsigned-practice", "clinical-majority/minority", "single-membership/duplicate-membership"}},
		{"policies as JSON", []string{"policies", "--format", "json"}, ExitOK, []string{`"id": "conflicts-of-interest/no-register"`}},
		{"policies show data", []string{"policies", "--show-data"}, ExitOK, []string{`"required_fraction"`}},
		{"verify runs the Rego tests", []string{"verify"}, ExitOK, []string{" passed, 0 failed"}},
		{"verify a user folder", []string{"verify", "examples/policies"}, ExitOK, []string{" passed, 0 failed"}},
		{"parse prints the model", []string{"parse", "testdata/examples/ex02-northbrook.md"}, ExitOK, []string{`"practices"`, `"Wrenmere Surgery"`}},
		{"parse --schema", []string{"parse", "--schema"}, ExitOK, []string{`"$schema"`}},
		{"version", []string{"--version"}, ExitOK, []string{"ccgvet " + version + "\n", "opa: v1."}},
		{"bundle needs -o", []string{"bundle"}, ExitInput, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := ccgvet(t, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d: %s", code, tt.want, stderr)
			}
			for _, s := range tt.stdoutHas {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout lacks %q:\n%.2000s", s, stdout)
				}
			}
		})
	}
}

func TestBundleCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ccgvet.tar.gz")
	code, _, stderr := ccgvet(t, "bundle", "--no-config", "-o", out)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	info, err := os.Stat(out)
	if err != nil || info.Size() < 1000 {
		t.Fatalf("bundle not written: %v", err)
	}
}

// The README's quick start shows what `check constitutions/` prints; every
// line it shows must be a line the command prints, so the README stays
// true.
func TestReadmeQuickStartOutput(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```\nconstitutions/")
	if !ok {
		t.Fatal("the README shows no output of check constitutions/")
	}
	shown, _, _ := strings.Cut("constitutions/"+rest, "```")
	_, stdout, _ := ccgvet(t, "check", "--no-config", "constitutions/")
	printed := map[string]bool{}
	for _, l := range strings.Split(stdout, "\n") {
		printed[l] = true
	}
	for _, l := range strings.Split(strings.TrimSpace(shown), "\n") {
		if l != "…" && !printed[l] {
			t.Errorf("the README shows a line check does not print:\n%s", l)
		}
	}
}
