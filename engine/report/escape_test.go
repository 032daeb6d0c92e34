package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/result"
)

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, with tabs\tand café", "plain text, with tabs\tand café"},
		{"line\nbreak", `line\nbreak`},
		{"cr\r\nlf", `cr\r\nlf`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"bell\a and DEL\x7f", `bell\x07 and DEL\x7f`},
		{"C1 \u009b CSI", `C1 \x9b CSI`},
		{"bidi \u202eevil\u202c", `bidi \u202eevil\u202c`},
		{"isolate \u2066x\u2069", `isolate \u2066x\u2069`},
		{"separator \u2028 here", `separator \u2028 here`},
		{"invalid \xff byte", "invalid \uFFFD byte"},
		{"an encoded \uFFFD stays", "an encoded \uFFFD stays"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Printable(tt.in); got != tt.want {
			t.Errorf("Printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every human format writes text from documents and policies with its
// control characters escaped, in every field; no line of the output starts
// a workflow command that ccgvet did not write.
func TestHumanFormatsEscapeControlCharacters(t *testing.T) {
	const evil = "x\n::error file=forged.md::forged\x1b[2J\x1b]0;t\x07\u202e"
	doc := result.Document{
		Path: "constitutions/evil" + evil + ".md", CCG: "NHS " + evil,
		Criteria: []result.Criterion{{ID: "member-sign-off", Title: "T" + evil, Status: result.StatusBreached}},
		Findings: []result.Finding{
			{Rule: "member-sign-off/unsigned-practice", Criterion: "member-sign-off", Severity: "error", Message: "m" + evil, Path: "constitutions/evil.md", Line: 3, Section: "s" + evil, Title: "t" + evil, Guidance: "g" + evil, Reference: "r" + evil},
			{Rule: "member-sign-off/unsigned-practice", Criterion: "member-sign-off", Severity: "error", Message: "m" + evil, Path: "constitutions/evil.md", Line: 4, Waived: true, WaiverReason: "w" + evil},
		},
		Errors: []result.InputError{{Message: "e" + evil, Line: 1}},
	}
	batch := result.Batch{Findings: []result.Finding{{
		Rule: "single-membership/duplicate-membership", Criterion: "single-membership", Severity: "error", Message: "b" + evil, Path: "a.md", Line: 2,
		Locations: []result.Location{{Path: "a.md", Line: 2, CCG: "A" + evil}, {Path: "b" + evil + ".md", Line: 5, CCG: "B" + evil}},
	}}}
	for _, format := range []string{"text", "markdown", "html", "github", "junit"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			var w Writer
			if format == "github" {
				w = newGitHub(&buf, sampleMeta(), func(string) string { return "" }, func() (string, error) { return "/work", nil })
			} else {
				var err error
				if w, err = New(format, &buf, sampleMeta()); err != nil {
					t.Fatal(err)
				}
			}
			d := doc
			if err := w.Document(&d); err != nil {
				t.Fatal(err)
			}
			if err := w.Finish(&batch, &result.Summary{Documents: 1, Breached: 1}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if strings.ContainsAny(out, "\x1b\x07\u202e") {
				t.Errorf("control characters reach the output:\n%q", out)
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.Contains(strings.TrimSpace(line), "::error file=forged.md") && strings.HasPrefix(strings.TrimSpace(line), "::error file=forged") {
					t.Errorf("a forged workflow command starts a line: %q", line)
				}
			}
			if !strings.Contains(out, `\x1b[2J`) && !strings.Contains(out, `\\x1b\[2J`) && !strings.Contains(out, `\x1b\[2J`) {
				t.Errorf("the escaped text is not shown:\n%.2000s", out)
			}
		})
	}
}
