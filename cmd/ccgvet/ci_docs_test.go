package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The snippets of docs/ci.md are parsed as YAML and each ccgvet command
// in them is run against the bundled constitutions: a renamed flag or a
// format that is not there fails here, not in a user's pipeline.
func TestCIDocs(t *testing.T) {
	text, err := os.ReadFile("docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	root, _ := os.Getwd()
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(text), -1)
	if len(blocks) < 4 {
		t.Fatalf("docs/ci.md has %d YAML snippets, want GitHub, GitLab, pre-commit and config", len(blocks))
	}
	var commands []string
	for _, b := range blocks {
		var doc any
		if err := yaml.Unmarshal([]byte(b[1]), &doc); err != nil {
			t.Errorf("snippet is not YAML: %v\n%s", err, b[1])
			continue
		}
		walkStrings(doc, func(key, s string) {
			for _, line := range strings.Split(s, "\n") {
				line = strings.TrimSpace(line)
				if strings.HasPrefix(line, "ccgvet ") && (key == "run" || key == "script") {
					commands = append(commands, line)
				}
			}
		})
	}
	if len(commands) < 3 {
		t.Fatalf("found %d ccgvet commands in docs/ci.md: %q", len(commands), commands)
	}
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(root, "constitutions"), filepath.Join(dir, "constitutions")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	summary := filepath.Join(dir, "step-summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	for _, c := range commands {
		line, _ := strings.CutSuffix(c, " || [ $? -eq 1 ]")
		args := strings.Fields(line)[1:]
		// The bundled constitutions breach: 1 is the answer, 2 a broken
		// snippet.
		code, stdout, stderr := ccgvet(t, append([]string{args[0], "--no-config"}, args[1:]...)...)
		if code != ExitFindings {
			t.Errorf("%s: exit %d, want 1 (findings)\n%s", c, code, stderr)
		}
		switch {
		case strings.Contains(line, "--format github"):
			if !strings.Contains(stdout, "::error file=constitutions/") {
				t.Errorf("%s: no annotations", c)
			}
			if b, err := os.ReadFile(summary); err != nil || !strings.Contains(string(b), "constitutions meet") {
				t.Errorf("%s: no step summary (%v)", c, err)
			}
		case strings.Contains(line, "--format sarif"):
			var log struct {
				Version string `json:"version"`
			}
			b, err := os.ReadFile("ccgvet.sarif")
			if err != nil || json.Unmarshal(b, &log) != nil || log.Version != "2.1.0" {
				t.Errorf("%s: no SARIF 2.1.0 log written (%v)", c, err)
			}
		case strings.Contains(line, "--format junit"):
			if _, err := exec.LookPath("xmllint"); err != nil {
				continue
			}
			if out, err := exec.Command("xmllint", "--noout", "--schema", filepath.Join(root, "engine/report/testdata/jenkins-junit.xsd"), "ccgvet-junit.xml").CombinedOutput(); err != nil {
				t.Errorf("%s: the JUnit file does not validate: %v\n%s", c, err, out)
			}
		}
	}
	hooks, err := os.ReadFile(filepath.Join(root, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"ccgvet", "ccgvet-system"} {
		if !strings.Contains(string(hooks), "- id: "+id+"\n") || !strings.Contains(string(text), "`"+id+"`") {
			t.Errorf("hook %q is not in both .pre-commit-hooks.yaml and docs/ci.md", id)
		}
	}
}

// walkStrings calls f with every string in a decoded YAML value and the
// key it is under ("" in a list of a key keeps the list's key).
func walkStrings(v any, f func(key, s string)) {
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(k, x)
			}
		case []any:
			for _, x := range v {
				walk(key, x)
			}
		case string:
			f(key, v)
		}
	}
	walk("", v)
}
