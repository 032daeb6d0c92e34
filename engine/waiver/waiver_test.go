package waiver

import (
	"strings"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/result"
)

var today = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

func TestApply(t *testing.T) {
	tests := []struct {
		name       string
		waiver     Waiver
		finding    result.Finding
		wantWaived bool
	}{
		{"rule and glob match", Waiver{Rule: "member-sign-off/unsigned-practice", Path: "constitutions/west-*.md", Reason: "merged"},
			result.Finding{Rule: "member-sign-off/unsigned-practice", Criterion: "member-sign-off", Path: "constitutions/west-kent.md"}, true},
		{"glob does not match another folder", Waiver{Rule: "member-sign-off/unsigned-practice", Path: "constitutions/west-*.md", Reason: "merged"},
			result.Finding{Rule: "member-sign-off/unsigned-practice", Path: "drafts/west-kent.md"}, false},
		{"** spans folders", Waiver{Rule: "member-sign-off", Path: "**/west-*.md", Reason: "r"},
			result.Finding{Rule: "member-sign-off/unsigned-practice", Criterion: "member-sign-off", Path: "a/b/west-kent.md"}, true},
		{"** matches no folder", Waiver{Rule: "member-sign-off", Path: "**/west-*.md", Reason: "r"},
			result.Finding{Rule: "member-sign-off/unsigned-practice", Criterion: "member-sign-off", Path: "west-kent.md"}, true},
		{"other rule", Waiver{Rule: "member-sign-off/unsigned-practice", Reason: "r"},
			result.Finding{Rule: "clinical-majority/minority", Criterion: "clinical-majority", Path: "x.md"}, false},
		{"line limits it", Waiver{Rule: "clinical-majority/minority", Line: 10, Reason: "r"},
			result.Finding{Rule: "clinical-majority/minority", Path: "x.md", Line: 11}, false},
		{"expired does not apply", Waiver{Rule: "clinical-majority/minority", Reason: "r", Expires: "2026-11-22"},
			result.Finding{Rule: "clinical-majority/minority", Path: "x.md"}, false},
		{"applies through its expiry day", Waiver{Rule: "clinical-majority/minority", Reason: "r", Expires: "2026-11-23"},
			result.Finding{Rule: "clinical-majority/minority", Path: "x.md"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New([]Waiver{tt.waiver}, today)
			if err != nil {
				t.Fatal(err)
			}
			d := &result.Document{Findings: []result.Finding{tt.finding}}
			s.Apply(d)
			if got := d.Findings[0].Waived; got != tt.wantWaived {
				t.Errorf("waived = %v, want %v", got, tt.wantWaived)
			}
			if tt.wantWaived && d.Findings[0].WaiverReason != tt.waiver.Reason {
				t.Errorf("reason = %q", d.Findings[0].WaiverReason)
			}
		})
	}
}

func TestNewRejects(t *testing.T) {
	tests := []struct {
		name   string
		waiver Waiver
		want   string
	}{
		{"no reason", Waiver{Rule: "a/b", Source: ".ccgvet.yaml", SourceLine: 7}, ".ccgvet.yaml:7: waiver for a/b: needs a reason"},
		{"no rule", Waiver{Reason: "r"}, "needs a rule"},
		{"bad date", Waiver{Rule: "a/b", Reason: "r", Expires: "31/03/2027"}, "expires must be a date"},
		{"bad glob", Waiver{Rule: "a/b", Reason: "r", Path: "x[.md"}, "bad path pattern"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New([]Waiver{tt.waiver}, today)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestExpiredIsReported(t *testing.T) {
	s, err := New([]Waiver{
		{Rule: "a/b", Reason: "r", Expires: "2025-01-01", Source: ".ccgvet.yaml", SourceLine: 9},
		{Rule: "a/c", Reason: "r", Expires: "2027-01-01"},
	}, today)
	if err != nil {
		t.Fatal(err)
	}
	got := s.Expired()
	if len(got) != 1 || got[0].Line != 9 || got[0].Path != ".ccgvet.yaml" || got[0].Severity != result.SeverityWarning {
		t.Fatalf("expired = %+v", got)
	}
}

func TestBaseAndBraces(t *testing.T) {
	base := t.TempDir()
	tests := []struct {
		name string
		path string
		doc  string
		want bool
	}{
		{"relative to the config's folder", "ccgs/*.md", base + "/ccgs/a.md", true},
		{"not relative to the working directory", "ccgs/*.md", "ccgs/a.md", false},
		{"braces", "ccgs/{north,south}/*.md", base + "/ccgs/south/a.md", true},
		{"braces exclude the rest", "ccgs/{north,south}/*.md", base + "/ccgs/east/a.md", false},
		{"an absolute pattern", base + "/ccgs/**", base + "/ccgs/x/y.md", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New([]Waiver{{Rule: "r/x", Path: tt.path, Reason: "r", Base: base}}, today)
			if err != nil {
				t.Fatal(err)
			}
			fs := []result.Finding{{Rule: "r/x", Path: tt.doc}}
			s.ApplyAll(fs)
			if fs[0].Waived != tt.want {
				t.Errorf("waived = %v, want %v", fs[0].Waived, tt.want)
			}
			if unused := len(s.Unused()) == 1; unused == tt.want {
				t.Errorf("unused = %v with waived = %v", unused, tt.want)
			}
		})
	}
}

func TestUnknownRule(t *testing.T) {
	s, err := New([]Waiver{{Rule: "a/b", Reason: "r"}, {Rule: "a", Reason: "r"}, {Rule: "a/typo", Reason: "r", Source: "c.yaml", SourceLine: 4}}, today)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Unknown([]string{"a", "a/b"})
	if err == nil || !strings.Contains(err.Error(), "c.yaml:4: waiver for a/typo: no rule or criterion") || strings.Count(err.Error(), "\n") != 0 {
		t.Errorf("err = %v", err)
	}
}
