package report

import (
	"reflect"
	"testing"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
)

func TestColumns(t *testing.T) {
	m := Meta{Criteria: []policy.Criterion{
		{ID: "a", Title: "A"}, {ID: "disabled", Title: "Disabled"}, {ID: "b", Title: "B"}, {ID: "batch", Batch: true},
	}}
	docs := []result.Document{
		{Criteria: statuses("a", "met", "b", "breached")},
		{Criteria: []result.Criterion{{ID: "a", Status: "met"}, {ID: "extra", Title: "Extra", Status: "met"}}},
	}
	got := columns(m, docs)
	want := []column{{"a", "A"}, {"b", "B"}, {"extra", "Extra"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("columns = %v, want %v (catalogue order, disabled and batch left out, unknown appended)", got, want)
	}
	unread := []result.Document{{Errors: []result.InputError{{Message: "x"}}}}
	if got := columns(m, unread); len(got) != 3 {
		t.Errorf("with no criteria reported, columns = %v, want every per-document catalogue criterion", got)
	}
	if got := statusOf(&unread[0], "a"); got != result.StatusError {
		t.Errorf("status of an unread document = %q, want error", got)
	}
	if got := statusOf(&docs[0], "disabled"); got != "" {
		t.Errorf("status of a criterion not evaluated = %q, want empty", got)
	}
}

func TestGroupFindings(t *testing.T) {
	fs := []result.Finding{
		{Rule: "p/obligation", Severity: "info", Line: 2},
		{Rule: "c/waived", Severity: "error", Line: 3, Waived: true},
		{Rule: "w/seat", Severity: "warning", Line: 4},
		{Rule: "m/unsigned", Severity: "error", Line: 9},
		{Rule: "m/minority", Severity: "error", Line: 5},
		{Rule: "m/unsigned", Severity: "error", Line: 10},
	}
	var got []string
	for _, g := range groupFindings(catalogue{}, fs) {
		got = append(got, g.Rule)
		if g.Rule == "m/unsigned" && len(g.Findings) != 2 {
			t.Errorf("m/unsigned has %d findings, want 2", len(g.Findings))
		}
	}
	want := []string{"m/minority", "m/unsigned", "w/seat", "p/obligation", "c/waived"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups in order %v, want %v (errors first, waived last)", got, want)
	}
}

func TestWorkPath(t *testing.T) {
	tests := []struct{ path, wd, want string }{
		{"constitutions/a.md", "/w", "constitutions/a.md"},
		{"./a/../b.md", "/w", "b.md"},
		{"/w/c/a.md", "/w", "c/a.md"},
		{"/w", "/w", "."},
		{"/other/a.md", "/w", "/other/a.md"},
		{"/w2/a.md", "/w", "/w2/a.md"},
		{"../up.md", "/w", "../up.md"},
		{"/w/a.md", "", "/w/a.md"},
	}
	for _, tt := range tests {
		if got := workPath(tt.path, tt.wd); got != tt.want {
			t.Errorf("workPath(%q, %q) = %q, want %q", tt.path, tt.wd, got, tt.want)
		}
	}
}
