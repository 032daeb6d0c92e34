package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes name -> text under dir, making folders as needed.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type cliCase struct {
	name      string
	args      []string
	want      int
	stdoutHas []string
	stderrHas []string
	stderrNot []string
}

func runCases(t *testing.T, tests []cliCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := ccgvet(t, tt.args...)
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
			for _, s := range tt.stderrNot {
				if strings.Contains(stderr, s) {
					t.Errorf("stderr has %q:\n%s", s, stderr)
				}
			}
		})
	}
}

// Nothing checked is not success.
func TestNothingChecked(t *testing.T) {
	empty := t.TempDir()
	notes := t.TempDir()
	writeFiles(t, notes, map[string]string{"notes.txt": "not Markdown"})
	runCases(t, []cliCase{
		{name: "empty folder", args: []string{"check", "--no-config", empty}, want: ExitInput,
			stderrHas: []string{"no constitutions found in " + empty}},
		{name: "folder without Markdown", args: []string{"check", "--no-config", notes}, want: ExitInput,
			stderrHas: []string{"no constitutions found in " + notes}},
		{name: "--no-builtin without --policy", args: []string{"check", "--no-config", "--no-builtin", "testdata/examples/ex01-example-vale.md"}, want: ExitInput,
			stderrHas: []string{"--no-builtin needs --policy"}},
		{name: "--no-builtin with --policy", args: []string{"policies", "--no-config", "--no-builtin", "--policy", "examples/policies"}, want: ExitOK},
	})
}

// A notes file is not a constitution: one warning, not a breach per
// criterion; a folder's README, CHANGELOG, LICENSE and .git are left out.
func TestNotAConstitution(t *testing.T) {
	silverdell, err := os.ReadFile("constitutions/silverdell.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"silverdell.md":    string(silverdell),
		"notes.md":         "# Notes from the meeting\n\nWe should look at the budget again.\n\n- ask about the estates plan\n",
		"README.md":        "# Constitutions\n\nThe CCG's constitution, for review.\n",
		"CHANGELOG.md":     "# Changes\n\n- 4.0: approved\n",
		"LICENSE.md":       "Open Government Licence\n",
		".git/HEAD.md":     "# not here\n",
		"sub/LICENCE-2.md": "Open Government Licence\n",
	})
	notes := t.TempDir()
	writeFiles(t, notes, map[string]string{"notes.md": "# Notes\n\nNothing to see.\n"})
	runCases(t, []cliCase{
		{name: "notes beside a constitution", args: []string{"check", "--no-config", dir}, want: ExitOK,
			stdoutHas: []string{"1 document: 1 meets every criterion"},
			stderrHas: []string{"warning: skipped " + filepath.Join(dir, "notes.md") + ": not a constitution"},
			stderrNot: []string{"README", "CHANGELOG", "LICEN", ".git"}},
		{name: "only notes", args: []string{"check", "--no-config", notes}, want: ExitInput,
			stderrHas: []string{"not a constitution", "no constitutions found in " + notes}},
	})
}

// Config typos are errors at their line, with the key that was meant.
func TestStrictConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".ccgvet.yaml")
	writeFiles(t, dir, map[string]string{".ccgvet.yaml": "profile: default\nfail_on: warning\nwaivers:\n  - rule: member-sign-off\n    reasn: agreed\nfrobnicate: 1\n"})
	runCases(t, []cliCase{
		{name: "unknown keys", args: []string{"check", "--config", cfg, "constitutions/silverdell.md"}, want: ExitInput,
			stderrHas: []string{
				cfg + `:2: unknown key "fail_on" (did you mean "fail-on"?)`,
				cfg + `:5: unknown key "reasn" in a waiver (did you mean "reason"?)`,
				cfg + `:6: unknown key "frobnicate" (known keys: profile, fail-on,`,
			}},
	})
}

func TestNearestKey(t *testing.T) {
	known := []string{"profile", "fail-on", "format", "policies", "data", "waivers", "exclude"}
	for k, want := range map[string]string{"fail_on": "fail-on", "FAIL-ON": "fail-on", "waiver": "waivers", "polices": "policies", "excludes": "exclude", "colour": ""} {
		if got := nearest(k, known); got != want {
			t.Errorf("nearest(%q) = %q, want %q", k, got, want)
		}
	}
}

// Waiver paths are relative to the folder of the config that holds them,
// whatever the working directory and however the documents are named.
func TestWaiversRelativeToConfig(t *testing.T) {
	ex02, err := os.ReadFile("testdata/examples/ex02-northbrook.md")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	writeFiles(t, repo, map[string]string{
		"ccgs/north/ex02-northbrook.md": string(ex02),
		".ccgvet.yaml": `waivers:
  - rule: member-sign-off
    path: "ccgs/{north,south}/**/*.md"
    reason: merged practices
  - rule: clinical-majority
    path: "ccgs/**"
    reason: committee stood down
  - rule: variation-procedure
    path: "elsewhere/*.md"
    reason: nothing matches this
`,
	})
	doc := filepath.Join(repo, "ccgs", "north", "ex02-northbrook.md")
	for _, tt := range []struct {
		name, wd, arg string
	}{
		{"from the config's folder", repo, "ccgs/north/ex02-northbrook.md"},
		{"from below it", filepath.Join(repo, "ccgs", "north"), "ex02-northbrook.md"},
		{"absolute path", t.TempDir(), doc},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(tt.wd)
			code, stdout, stderr := ccgvet(t, "check", "--config", filepath.Join(repo, ".ccgvet.yaml"), "--format", "json", tt.arg)
			if !strings.Contains(stdout, `"waiver_reason": "merged practices"`) || !strings.Contains(stdout, `"waiver_reason": "committee stood down"`) {
				t.Errorf("waivers did not apply (exit %d, %s):\n%.2000s", code, stderr, stdout)
			}
			if !strings.Contains(stdout, `the waiver of variation-procedure for \"elsewhere/*.md\" matched no finding`) || !strings.Contains(stdout, `"line": 8,`) {
				t.Errorf("the waiver that matched nothing is not reported at its line:\n%s", stdout)
			}
			if strings.Count(stdout, "config/unused-waiver") != 1 {
				t.Errorf("want exactly one unused waiver")
			}
		})
	}

	bad := filepath.Join(repo, "bad.yaml")
	writeFiles(t, repo, map[string]string{"bad.yaml": "waivers:\n  - rule: member-sign-off/unsigned-practise\n    reason: typo\n"})
	runCases(t, []cliCase{
		{name: "unknown rule id", args: []string{"check", "--config", bad, doc}, want: ExitInput,
			stderrHas: []string{bad + ":2: waiver for member-sign-off/unsigned-practise: no rule or criterion has that id"}},
	})
}

// --exclude and exclude: leave files out; the config's patterns are
// relative to its folder wherever ccgvet runs from.
func TestExclude(t *testing.T) {
	silverdell, err := os.ReadFile("constitutions/silverdell.md")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	writeFiles(t, repo, map[string]string{
		"ccgs/a.md":          string(silverdell),
		"ccgs/drafts/b.md":   string(silverdell),
		"ccgs/old/c.md":      string(silverdell),
		"ccgs/archive/d.md":  string(silverdell),
		".ccgvet.yaml":       "exclude:\n  - \"ccgs/{old,archive}/**\"\n",
		"other/.ccgvet.yaml": "exclude: [\"ccgs/*\"]\n",
	})
	cfg := filepath.Join(repo, ".ccgvet.yaml")
	docs := filepath.Join(repo, "ccgs")
	runCases(t, []cliCase{
		{name: "config excludes, relative to its folder", args: []string{"check", "--config", cfg, docs}, want: ExitOK,
			stdoutHas: []string{"2 documents"}},
		{name: "flag adds to config", args: []string{"check", "--config", cfg, "--exclude", filepath.Join(docs, "drafts"), docs}, want: ExitOK,
			stdoutHas: []string{"1 document:"}},
		{name: "** and braces", args: []string{"check", "--no-config", "--exclude", "**/{drafts,old}/*.md", docs}, want: ExitOK,
			stdoutHas: []string{"2 documents"}},
		{name: "a named file is excluded too", args: []string{"check", "--no-config", "--exclude", "**/a.md", filepath.Join(docs, "a.md")}, want: ExitInput,
			stderrHas: []string{"no constitutions found in"}},
		{name: "bad pattern", args: []string{"check", "--no-config", "--exclude", "ccgs/{a", docs}, want: ExitInput,
			stderrHas: []string{`--exclude: bad exclude pattern "ccgs/{a"`}},
	})
	t.Run("config from another working directory", func(t *testing.T) {
		t.Chdir(filepath.Join(repo, "ccgs", "drafts"))
		code, stdout, stderr := ccgvet(t, "check", "--config", cfg, "..")
		if code != ExitOK || !strings.Contains(stdout, "2 documents") {
			t.Errorf("exit %d: %s%s", code, stdout, stderr)
		}
	})
}

// - reads one document from standard input; --stdin-filename names it.
func TestStdin(t *testing.T) {
	withStdin := func(t *testing.T, file string) {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		old := os.Stdin
		os.Stdin = f
		t.Cleanup(func() { os.Stdin = old; f.Close() })
	}
	t.Run("markdown", func(t *testing.T) {
		withStdin(t, "testdata/examples/ex02-northbrook.md")
		code, stdout, stderr := ccgvet(t, "check", "--no-config", "--stdin-filename", "drafts/northbrook.md", "-")
		if code != ExitFindings || !strings.Contains(stdout, "drafts/northbrook.md:357: error:") {
			t.Errorf("exit %d:\n%s%s", code, stdout, stderr)
		}
	})
	t.Run("default name", func(t *testing.T) {
		withStdin(t, "constitutions/silverdell.md")
		code, stdout, stderr := ccgvet(t, "check", "--no-config", "-")
		if code != ExitOK || !strings.Contains(stdout, "stdin.md — NHS Silverdell") {
			t.Errorf("exit %d:\n%s%s", code, stdout, stderr)
		}
	})
	runCases(t, []cliCase{
		{name: "- with other paths", args: []string{"check", "--no-config", "-", "constitutions"}, want: ExitInput,
			stderrHas: []string{"give it alone"}},
		{name: "--stdin-filename without -", args: []string{"check", "--no-config", "--stdin-filename", "a.md", "constitutions"}, want: ExitInput,
			stderrHas: []string{"give - as the path"}},
	})
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, stdout, stderr := ccgvet(t, args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		for _, s := range []string{"ccgvet " + version, "revision: ", "go: go1.", "opa: v1.", "goldmark: v1."} {
			if !strings.Contains(stdout, s) {
				t.Errorf("%v: output lacks %q:\n%s", args, s, stdout)
			}
		}
	}
	b := buildInfo{Version: "1.2.3", Revision: "abc123", Time: "2026-12-06T10:00:00Z", Modified: true, Go: "go1.26.8", OPA: "v1.22.2", Goldmark: "v1.8.7"}
	want := "ccgvet 1.2.3\nrevision: abc123 (2026-12-06T10:00:00Z), with uncommitted changes\ngo: go1.26.8\nopa: v1.22.2\ngoldmark: v1.8.7\n"
	if got := b.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestVerifyNoBuiltinWithFolder(t *testing.T) {
	runCases(t, []cliCase{
		{name: "folder as argument", args: []string{"verify", "--no-config", "--no-builtin", "examples/policies"}, want: ExitOK,
			stdoutHas: []string{" passed, 0 failed"}},
		{name: "no folder", args: []string{"verify", "--no-config", "--no-builtin"}, want: ExitInput,
			stderrHas: []string{"--no-builtin needs --policy"}},
	})
}

// Every command's --help shows examples; shell completion offers the
// values of --format, --profile and --fail-on.
func TestHelpAndCompletion(t *testing.T) {
	root := newRoot(nil, nil)
	for _, c := range append(root.Commands(), root) {
		if c.Name() == "help" || c.Name() == "completion" || c.Hidden {
			continue
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("ccgvet %s --help has no examples", c.Name())
		}
	}
	code, stdout, _ := ccgvet(t, "check", "--help")
	if code != ExitOK || !strings.Contains(stdout, "Examples:") || !strings.Contains(stdout, "--exclude") || !strings.Contains(stdout, "--stdin-filename") {
		t.Errorf("check --help:\n%s", stdout)
	}
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"__complete", "check", "--format", ""}, []string{"text\n", "json\n", "sarif\n", "junit\n", "github\n", "markdown\n", "html\n"}},
		{[]string{"__complete", "check", "--fail-on", ""}, []string{"error\n", "warning\n", "info\n"}},
		{[]string{"__complete", "check", "--profile", ""}, []string{"default\t", "nhse-2014\t", "coi-2017\t"}},
		{[]string{"__complete", "policies", "--profile", ""}, []string{"nhse-2014\t"}},
		{[]string{"__complete", "explain", ""}, []string{"clinical-majority/minority\n", "single-membership\n"}},
	} {
		_, stdout, _ := ccgvet(t, tt.args...)
		for _, w := range tt.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("%v offers no %q:\n%s", tt.args, w, stdout)
			}
		}
	}
}

// What CI consumers are handed: JUnit valid against the Jenkins/Ant
// schema, SARIF without placeholders, Markdown without emoji on request,
// an HTML report that says when it was made.
func TestFormatsConsumersAccept(t *testing.T) {
	code, junit, _ := ccgvet(t, "check", "--no-config", "--format", "junit", "constitutions/", "testdata/examples/ex02-northbrook.md")
	if code != ExitFindings {
		t.Fatalf("exit %d", code)
	}
	if _, err := exec.LookPath("xmllint"); err == nil {
		p := filepath.Join(t.TempDir(), "junit.xml")
		if err := os.WriteFile(p, []byte(junit), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("xmllint", "--noout", "--schema", "engine/report/testdata/jenkins-junit.xsd", p).CombinedOutput(); err != nil {
			t.Errorf("JUnit does not validate: %v\n%s", err, out)
		}
	} else if os.Getenv("CI") != "" {
		t.Error("xmllint is not installed: apt-get install libxml2-utils")
	}
	_, sarif, _ := ccgvet(t, "check", "--no-config", "--format", "sarif", "constitutions/")
	for _, bad := range []string{": []", ": {}", ": -1"} {
		if strings.Contains(sarif, bad) {
			t.Errorf("SARIF has %q", bad)
		}
	}
	_, md, _ := ccgvet(t, "check", "--no-config", "--format", "markdown", "--no-emoji", "constitutions/")
	if strings.ContainsAny(md, "✅❌➖❗") || !strings.Contains(md, "| **breached** |") {
		t.Errorf("--no-emoji Markdown:\n%.600s", md)
	}
	_, html, _ := ccgvet(t, "check", "--no-config", "--format", "html", "constitutions/silverdell.md")
	if !strings.Contains(html, `<time datetime="2026-12-06T11:10:00Z">6 December 2026 at 11:10 UTC</time>`) || !strings.Contains(html, "size: A4") {
		t.Error("the HTML report does not say when it was made, or has no A4 page")
	}
}

// diff shows the words: a reworded clause's old and new text with the
// changed words marked, a removed clause whole, and a warning when the two
// files are different CCGs' constitutions.
func TestDiffShowsWords(t *testing.T) {
	old, new := "testdata/examples/ex04-amend-old.md", "testdata/examples/ex04-amend-new.md"
	runCases(t, []cliCase{
		{name: "text", args: []string{"diff", "--no-config", old, new}, want: ExitFindings, stdoutHas: []string{
			"    was: 1.3.1 This constitution is made between the member practices of the Group and has effect from 1 [-April 2014.-] It is published",
			"    now: 1.3.1 This constitution is made between the member practices of the Group and has effect from 1 {+July 2015.+} It is published",
			"clause-removed: Clause 8.4.3 is removed: A person with a conflict of interest in an item shall withdraw from the meeting while it is considered and shall not …\n    was: 8.4.3 A person with a conflict of interest in an item shall withdraw from the meeting while it is considered and shall not take part in the discussion or vote on it.\n",
		}},
		{name: "markdown", args: []string{"diff", "--no-config", "--format", "markdown", old, new}, want: ExitFindings, stdoutHas: []string{
			"| was | 1.3.1 This constitution is made between the member practices of the Group and has effect from 1 ~~April 2014.~~ It is",
			"| now | 1.3.1 This constitution is made between the member practices of the Group and has effect from 1 **July 2015.** It is",
			"> ~~8.4.3 A person with a conflict of interest in an item shall withdraw",
		}},
		{name: "html", args: []string{"diff", "--no-config", "--format", "html", old, new}, want: ExitFindings, stdoutHas: []string{
			"<p><strong>Was:</strong> 1.3.1 This constitution is made between the member practices of the Group and has effect from 1 <del>April 2014.</del> It is",
			"<p><strong>Now:</strong> 1.3.1 This constitution is made between the member practices of the Group and has effect from 1 <ins>July 2015.</ins> It is",
			"<h3>Clause 8.4.3 is removed</h3>",
			`<td class="regression">breached (regression)</td>`,
		}},
		{name: "two CCGs", args: []string{"diff", "--no-config", "constitutions/silverdell.md", "constitutions/brantwick.md"}, want: ExitFindings, stdoutHas: []string{
			"warning: the old version is NHS Silverdell Clinical Commissioning Group (93S)",
			"these are not two versions",
		}},
		{name: "two CCGs, JSON", args: []string{"diff", "--no-config", "--format", "json", "constitutions/silverdell.md", "constitutions/kirkhallam.md"}, want: ExitFindings, stdoutHas: []string{
			`"warnings": [`,
		}},
	})
}

// --explain shows each finding's evidence: the facts read from the
// wording at its line and in its section, or that there are none.
func TestCheckExplain(t *testing.T) {
	runCases(t, []cliCase{
		{name: "text", args: []string{"check", "--no-config", "--explain", "constitutions/brantwick.md"}, want: ExitFindings, stdoutHas: []string{
			"\nEvidence (--explain)\n",
			"constitutions/brantwick.md:36: variation-procedure/no-member-approval\n",
			"  facts stated at this line:\n    variation (line 36, clause 1.4.1) approvers=[nhs-england] decision=true varied_by=[governing-body]\n      \"This constitution may be amended by the Governing Body",
			"  facts of variation-procedure in this section:\n    variation (line 39, clause 1.4.2)",
			"no reserved or participation fact at this line or in its section",
		}},
		{name: "other formats", args: []string{"check", "--no-config", "--explain", "--format", "json", "constitutions/brantwick.md"}, want: ExitInput,
			stderrHas: []string{"--explain adds the evidence to the text report"}},
	})
	_, a, _ := ccgvet(t, "check", "--no-config", "--explain", "constitutions/brantwick.md")
	_, b, _ := ccgvet(t, "check", "--no-config", "--explain", "constitutions/brantwick.md")
	if a != b {
		t.Error("--explain output differs from run to run")
	}
}
