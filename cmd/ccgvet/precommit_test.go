package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The hook in .pre-commit-hooks.yaml, run by Debian's pre-commit on a
// temporary repository as a user's commit would run it: it builds ccgvet
// with Go, fails on a breach, passes a clean constitution and a commit
// that only touches the README.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("builds ccgvet in a pre-commit environment: skipped with -short")
	}
	for _, tool := range []string{"pre-commit", "git"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed (apt-get install pre-commit git)", tool)
			}
			t.Skipf("%s is not installed (apt-get install pre-commit git)", tool)
		}
	}
	root := hookSource(t)
	repo := t.TempDir()
	writeFiles(t, repo, map[string]string{
		"ccgs/silverdell.md": mustRead(t, "constitutions/silverdell.md"),
		"ccgs/northbrook.md": mustRead(t, "testdata/examples/ex02-northbrook.md"),
		"README.md":          "# Our constitutions\n",
	})
	goEnv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(out))
	}
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(t.TempDir(), "pre-commit"),
		// The hook's Go environment shares the module and build caches, so
		// it builds from what this test run already has.
		"GOMODCACHE="+goEnv("GOMODCACHE"), "GOCACHE="+goEnv("GOCACHE"),
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org",
	)
	cmd := func(name string, args ...string) (int, string) {
		c := exec.Command(name, args...)
		c.Dir, c.Env = repo, env
		out, err := c.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		} else if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return 0, string(out)
	}
	if code, out := cmd("git", "init", "-q"); code != 0 {
		t.Fatal(out)
	}
	if code, out := cmd("git", "add", "."); code != 0 {
		t.Fatal(out)
	}
	tests := []struct {
		name  string
		files []string
		want  int
		has   []string
	}{
		{"a clean constitution passes", []string{"ccgs/silverdell.md"}, 0, []string{"Passed"}},
		{"a breach fails the commit", []string{"ccgs/northbrook.md"}, 1, []string{"Failed", "ccgs/northbrook.md:357: error:"}},
		{"the README is left out", []string{"README.md"}, 0, []string{"(no files to check)Skipped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out := cmd("pre-commit", append([]string{"try-repo", root, "ccgvet", "--files"}, tt.files...)...)
			if code != tt.want {
				t.Errorf("exit %d, want %d:\n%s", code, tt.want, out)
			}
			for _, s := range tt.has {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
		})
	}
}

// hookSource copies the working tree, as git sees it (tracked and new
// files, not ignored ones), into a repository of its own with one commit:
// pre-commit builds the hook from a commit, and the tree under test may
// hold files not yet committed.
func hookSource(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	dst := filepath.Join(t.TempDir(), "ccgvet")
	for _, p := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		b, err := os.ReadFile(p)
		if err != nil {
			continue // deleted in the working tree
		}
		full := filepath.Join(dst, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "tree under test"}} {
		c := exec.Command("git", args...)
		c.Dir = dst
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	return dst
}
