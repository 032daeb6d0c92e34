package report

import (
	"bytes"
	"github.com/ccgvet/ccgvet/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/result"
)

func TestGitHubEscaping(t *testing.T) {
	tests := []struct {
		in, data, property string
	}{
		{"plain", "plain", "plain"},
		{"50% done", "50%25 done", "50%25 done"},
		{"%0A stays literal", "%250A stays literal", "%250A stays literal"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"Committee: 4 of 11, a minority", "Committee: 4 of 11, a minority", "Committee%3A 4 of 11%2C a minority"},
		{"x\n::add-mask::secret", "x%0A::add-mask::secret", "x%0A%3A%3Aadd-mask%3A%3Asecret"},
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
		}
	}
}

// TestGitHubNoInjectedCommands checks that document text cannot start a
// workflow command of its own: every line that is a command is one ccgvet
// wrote.
func TestGitHubNoInjectedCommands(t *testing.T) {
	evil := "Evil Surgery\n::add-mask::x\r\n::set-output name=a::b"
	doc := result.Document{
		Path: "constitutions/evil.md", CCG: "NHS Evil\n::warning::CCG",
		Findings: []result.Finding{
			{Rule: "member-sign-off/unsigned-practice", Severity: "error", Message: evil, Path: "constitutions/evil.md", Line: 3, Title: "t,i:t\nle"},
			{Rule: "member-sign-off/unsigned-practice", Severity: "error", Message: evil, Path: "constitutions/evil.md", Line: 4, Waived: true, WaiverReason: evil},
		},
		Errors: []result.InputError{{Message: evil, Line: 1}},
	}
	var buf bytes.Buffer
	w := newGitHub(&buf, sampleMeta(), func(string) string { return "" }, func() (string, error) { return "/work", nil })
	if err := w.Document(&doc); err != nil {
		t.Fatal(err)
	}
	if err := w.Finish(&result.Batch{}, &result.Summary{Documents: 1}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		trimmed := strings.TrimSpace(line)
		for _, bad := range []string{"::add-mask::", "::set-output", "::warning::CCG"} {
			if strings.HasPrefix(trimmed, bad) {
				t.Errorf("document text started a workflow command: %q", line)
			}
		}
		if strings.HasPrefix(trimmed, "::error ") && !strings.Contains(trimmed, ",title=") {
			t.Errorf("annotation lost its title: %q", line)
		}
	}
}

func TestGitHubPathsRelativeToCheckout(t *testing.T) {
	var buf bytes.Buffer
	w := newGitHub(&buf, Meta{}, func(string) string { return "" }, func() (string, error) { return "/home/runner/work/repo", nil })
	doc := result.Document{Path: "/home/runner/work/repo/constitutions/a.md", Findings: []result.Finding{{
		Rule: "x/y", Severity: "warning", Message: "m", Path: "/home/runner/work/repo/constitutions/a.md", Line: 7,
	}}}
	if err := w.Document(&doc); err != nil {
		t.Fatal(err)
	}
	if err := w.Finish(&result.Batch{}, &result.Summary{}); err != nil {
		t.Fatal(err)
	}
	if want := "::warning file=constitutions/a.md,line=7,title=x/y::m\n"; !strings.Contains(buf.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, buf.String())
	}
}

// TestGitHubStepSummary checks that the Markdown report is appended to the
// file GITHUB_STEP_SUMMARY names, after what earlier steps wrote.
func TestGitHubStepSummary(t *testing.T) {
	run := newSampleRun()
	path := filepath.Join(t.TempDir(), "step_summary.md")
	const earlier = "## Earlier step\n\n"
	if err := os.WriteFile(path, []byte(earlier), 0o644); err != nil {
		t.Fatal(err)
	}
	env := func(k string) string {
		if k == "GITHUB_STEP_SUMMARY" {
			return path
		}
		return ""
	}
	var log bytes.Buffer
	run.write(t, newGitHub(&log, run.meta, env, func() (string, error) { return "/work", nil }))

	if want := run.render(t, "github"); !bytes.Equal(log.Bytes(), want) {
		t.Errorf("the log differs when a step summary is written")
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := earlier + string(run.render(t, "markdown"))
	if string(got) != want {
		t.Errorf("step summary is not the earlier content followed by the Markdown report:\n%s", golden.FirstDifference(got, []byte(want)))
	}
}

func TestGitHubStepSummaryError(t *testing.T) {
	run := newSampleRun()
	dir := t.TempDir() // a folder cannot be appended to
	var log bytes.Buffer
	w := newGitHub(&log, run.meta, func(string) string { return dir }, func() (string, error) { return "/work", nil })
	for i := range run.docs {
		if err := w.Document(&run.docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	err := w.Finish(&run.batch, &run.summary)
	if err == nil || !strings.Contains(err.Error(), "step summary") {
		t.Errorf("Finish = %v, want an error naming the step summary", err)
	}
}

func TestMarkdownWithoutFindings(t *testing.T) {
	run := newSampleRun()
	short := markdownReport(run.meta, run.docs, &run.batch, &run.summary, false)
	if !strings.Contains(short, Headline(&run.summary)) || !strings.Contains(short, "| Constitution |") {
		t.Errorf("the short report lacks the headline or matrix:\n%s", short)
	}
	if strings.Contains(short, "## Findings") || !strings.Contains(short, "left out") {
		t.Errorf("the short report should say findings are left out:\n%s", short)
	}
}
