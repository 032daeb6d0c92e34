package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --output never destroys what the run reads: the report is written beside
// its final name and renamed into place at the end, an --output that is an
// input is refused, and a report in a folder being checked is not checked.
func TestOutputNeverDestroysAnInput(t *testing.T) {
	doc := mustRead(t, "testdata/examples/ex01-example-vale.md")
	tests := []struct {
		name string
		// args get DIR replaced by a fresh folder holding a.md and b.md.
		args      []string
		want      int
		stderrHas string
		// unchanged files must read as they were written.
		unchanged []string
	}{
		{"check -o an input file", []string{"check", "-o", "DIR/b.md", "DIR/b.md"}, ExitInput, "one of the files to read", []string{"b.md"}},
		{"check -o an input by another path", []string{"check", "-o", "DIR/./b.md", "DIR/a.md", "DIR/b.md"}, ExitInput, "one of the files to read", []string{"a.md", "b.md"}},
		{"check -o a link to an input", []string{"check", "-o", "DIR/link.md", "DIR/b.md"}, ExitInput, "one of the files to read", []string{"b.md"}},
		{"diff -o the old version", []string{"diff", "-o", "DIR/a.md", "DIR/a.md", "DIR/b.md"}, ExitInput, "one of the files to read", []string{"a.md", "b.md"}},
		{"parse -o its input", []string{"parse", "-o", "DIR/a.md", "DIR/a.md"}, ExitInput, "one of the files to read", []string{"a.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, name := range []string{"a.md", "b.md"} {
				writeFile(t, dir, name, doc)
			}
			if err := os.Symlink(filepath.Join(dir, "b.md"), filepath.Join(dir, "link.md")); err != nil {
				t.Fatal(err)
			}
			args := []string{tt.args[0]}
			if tt.args[0] != "parse" {
				args = append(args, "--no-config")
			}
			for _, a := range tt.args[1:] {
				args = append(args, strings.ReplaceAll(a, "DIR", dir))
			}
			code, _, stderr := ccgvet(t, args...)
			if code != tt.want || !strings.Contains(stderr, tt.stderrHas) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.want, tt.stderrHas)
			}
			for _, name := range tt.unchanged {
				if got := mustRead(t, filepath.Join(dir, name)); got != doc {
					t.Errorf("%s was changed (%d bytes, was %d)", name, len(got), len(doc))
				}
			}
			assertNoTemporaryFiles(t, dir)
		})
	}
}

func assertNoTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// A report written into the folder being checked is not read as a
// constitution, on the run that writes it or the next.
func TestReportInTheCheckedFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "ex01.md", mustRead(t, "testdata/examples/ex01-example-vale.md"))
	report := filepath.Join(dir, "report.md")
	for run := 1; run <= 2; run++ {
		code, _, stderr := ccgvet(t, "check", "--no-config", "--format", "markdown", "-o", report, dir)
		if code == ExitInput {
			t.Fatalf("run %d: exit %d: %s", run, code, stderr)
		}
		got := mustRead(t, report)
		if !strings.Contains(got, "1 document:") || strings.Contains(got, "report.md") {
			t.Errorf("run %d checked its own report:\n%.600s", run, got)
		}
	}
	assertNoTemporaryFiles(t, dir)

	// Through a link the report is written where the link points, and the
	// link stays a link.
	target := filepath.Join(t.TempDir(), "real.md")
	writeFile(t, filepath.Dir(target), "real.md", "old")
	link := filepath.Join(dir, "latest.md")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	ccgvet(t, "check", "--no-config", "--format", "markdown", "-o", link, filepath.Join(dir, "ex01.md"))
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if got := mustRead(t, target); !strings.Contains(got, "1 document:") {
		t.Errorf("the report was not written through the link: %q", got)
	}
}

// Values the engine would quietly replace with a default are refused.
func TestRunFlagsAreValidated(t *testing.T) {
	ex01 := "testdata/examples/ex01-example-vale.md"
	tests := []struct {
		args      []string
		stderrHas string
	}{
		{[]string{"check", "--timeout", "-1s", ex01}, "--timeout must be a time above zero"},
		{[]string{"check", "--timeout", "0", ex01}, "--timeout must be a time above zero"},
		{[]string{"check", "--batch-timeout", "0s", ex01}, "--batch-timeout must be a time above zero"},
		{[]string{"check", "-j", "-5", ex01}, "-j must be 1 or more"},
		{[]string{"check", "--max-size", "-1", ex01}, "--max-size must be a number of bytes above zero"},
		{[]string{"check", "--max-size", "0", ex01}, "--max-size must be a number of bytes above zero"},
		{[]string{"check", "--max-memory", "-1", ex01}, "--max-memory must be a number of bytes above zero"},
		{[]string{"diff", "--timeout", "-1s", ex01, ex01}, "--timeout must be a time above zero"},
		{[]string{"parse", "--max-size", "-1", ex01}, "--max-size must be a number of bytes above zero"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			args := tt.args
			if args[0] != "parse" {
				args = append([]string{args[0], "--no-config"}, args[1:]...)
			}
			code, stdout, stderr := ccgvet(t, args...)
			if code != ExitInput || !strings.Contains(stderr, tt.stderrHas) || stdout != "" {
				t.Errorf("exit %d, stderr %q, stdout %.100q; want %d, %q and nothing checked", code, stderr, stdout, ExitInput, tt.stderrHas)
			}
		})
	}
}

// Builtins whose result changes from run to run are refused like those
// that reach the network, unless allowed; pure net.cidr_* functions are
// always allowed.
func TestNondeterministicBuiltinsAreRefused(t *testing.T) {
	tests := []struct {
		name, call string
		flags      []string
		want       int
		stderrHas  string
	}{
		{"time.now_ns", `sprintf("%d", [time.now_ns()])`, nil, ExitInput, "time.now_ns is not allowed: its result changes from run to run"},
		{"rand.intn", `sprintf("%d", [rand.intn("x", 10)])`, nil, ExitInput, "rand.intn is not allowed"},
		{"uuid.rfc4122", `uuid.rfc4122("x")`, nil, ExitInput, "uuid.rfc4122 is not allowed"},
		{"net.lookup_ip_addr", `sprintf("%v", [net.lookup_ip_addr("localhost")])`, nil, ExitInput, "net.lookup_ip_addr is not allowed: ccgvet policies cannot reach the network"},
		{"time.now_ns allowed", `sprintf("%d", [time.now_ns()])`, []string{"--allow-nondeterminism"}, ExitOK, ""},
		{"net.cidr_contains is pure", `sprintf("%v", [net.cidr_contains("10.0.0.0/8", "10.1.2.3")])`, nil, ExitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "p/p.rego", `package ccgvet.rules["odd"]["call"]

findings contains f if {
	contains(input.ccg, "Nowhere")
	f := data.ccgvet.lib.finding(rego.metadata.chain(), {"line": 1}, `+tt.call+`)
}
`)
			args := append([]string{"check", "--no-config", "--no-builtin", "--policy", filepath.Join(dir, "p")}, tt.flags...)
			code, _, stderr := ccgvet(t, append(args, "testdata/examples/ex01-example-vale.md")...)
			if code != tt.want || !strings.Contains(stderr, tt.stderrHas) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.want, tt.stderrHas)
			}
			if tt.want == ExitInput && !strings.Contains(stderr, "p.rego:5") {
				t.Errorf("stderr %q does not name the file and line", stderr)
			}
		})
	}
}

// A finding a user's rule builds by hand, wrongly, is an error that names
// the rule, whether or not the finding carries its id.
func TestMalformedFindingNamesItsRule(t *testing.T) {
	tests := []struct {
		name, finding string
		want          string
	}{
		{"line is text", `{"rule": "odd/hand", "criterion": "odd", "severity": "error", "message": "m", "line": "ten"}`, `rule odd/hand made a malformed finding: line is "ten", not a whole number`},
		{"unknown severity", `{"rule": "odd/hand", "criterion": "odd", "severity": "fatal", "message": "m", "line": 1}`, `rule odd/hand made a malformed finding: severity is "fatal"`},
		{"no rule id", `{"message": "m", "line": 1}`, "rule odd/hand made a malformed finding: it has no rule id"},
		{"not an object", `"just text"`, "rule odd/hand made a malformed finding: it is not an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "p/p.rego", "package ccgvet.rules[\"odd\"][\"hand\"]\n\nfindings contains "+tt.finding+" if true\n")
			code, stdout, stderr := ccgvet(t, "check", "--no-config", "--no-builtin", "--policy", filepath.Join(dir, "p"), "testdata/examples/ex01-example-vale.md")
			if code != ExitInput || !strings.Contains(stdout+stderr, tt.want) {
				t.Errorf("exit %d, want %d and %q in:\n%s%s", code, ExitInput, tt.want, stdout, stderr)
			}
		})
	}
}

// Text from a document reaches terminals and CI logs escaped: a line break
// in a CCG's name cannot start a GitHub workflow command, and an ESC byte
// cannot reach the terminal. JSON keeps the text as it is.
func TestDocumentTextCannotInjectIntoLogs(t *testing.T) {
	dir := t.TempDir()
	doc := writeFile(t, dir, "evil.md", "---\nccg: \"NHS Evil CCG\\n::error file=x.md,line=1::forged\\u001b[2J\\u001b]0;title\\u0007\"\n---\n# 1. Membership\n\nText.\n")
	for _, format := range []string{"text", "markdown", "html", "github", "junit"} {
		t.Run(format, func(t *testing.T) {
			t.Setenv("GITHUB_STEP_SUMMARY", "")
			_, stdout, _ := ccgvet(t, "check", "--no-config", "--format", format, doc)
			if !strings.Contains(stdout, "Evil") {
				t.Fatalf("the CCG's name is not in the report:\n%s", stdout)
			}
			for _, line := range strings.Split(stdout, "\n") {
				if strings.Contains(line, "::error file=x.md") && !strings.HasPrefix(line, "::group::") && strings.HasPrefix(strings.TrimSpace(line), "::") {
					t.Errorf("a forged workflow command starts a line: %q", line)
				}
			}
			if strings.ContainsAny(stdout, "\x1b\x07") {
				t.Errorf("control characters reach the output: %q", stdout)
			}
		})
	}
	_, stdout, _ := ccgvet(t, "check", "--no-config", "--format", "json", doc)
	if !strings.Contains(stdout, `"ccg": "NHS Evil CCG\n::error file=x.md,line=1::forged\u001b[2J\u001b]0;title\u0007"`) {
		t.Errorf("JSON must keep the name as it is:\n%.400s", stdout)
	}
}

// parse writes the model out, so front matter whose aliases repeat a
// large value hundreds of times would be written out as many times (a
// 1 MB string, 30 × 30 aliases: a gigabyte of JSON). It is refused.
func TestParseRefusesAliasAmplification(t *testing.T) {
	big := strings.Repeat("x", 1<<20)
	doc := writeFile(t, t.TempDir(), "bomb.md", "---\nccg: NHS Test CCG\na: &a \""+big+"\"\nb: &b ["+strings.Repeat("*a,", 29)+"*a]\nc: ["+strings.Repeat("*b,", 29)+"*b]\n---\n# 1. Intro\n")
	code, stdout, stderr := ccgvet(t, "parse", doc)
	if code != ExitInput || !strings.Contains(stderr, "bomb.md:4: front matter: b: its aliases repeat it") || len(stdout) > 0 {
		t.Errorf("exit %d, %d bytes out, stderr %.300q", code, len(stdout), stderr)
	}
}
