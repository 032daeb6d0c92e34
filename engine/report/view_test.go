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

func TestHeadlineGrammar(t *testing.T) {
	tests := []struct {
		met, docs int
		want      string
	}{
		{1, 5, "1 of 5 constitutions meets every criterion"},
		{2, 5, "2 of 5 constitutions meet every criterion"},
		{0, 5, "0 of 5 constitutions meet every criterion"},
		{1, 1, "1 of 1 constitution meets every criterion"},
	}
	for _, tt := range tests {
		if got := Headline(&result.Summary{Met: tt.met, Documents: tt.docs}); got != tt.want {
			t.Errorf("Headline(%d of %d) = %q, want %q", tt.met, tt.docs, got, tt.want)
		}
	}
}

// A document that meets every criterion of its own but shares a practice
// with another CCG breaches single-membership: the summary, the matrix
// column and the headline all say so.
func TestBatchFindingBreaches(t *testing.T) {
	run := newSampleRun()
	if run.summary.Met != 1 || run.summary.Breached != 2 {
		t.Errorf("summary met %d, breached %d: want 1 and 2 (hill-and-dale shares a practice)", run.summary.Met, run.summary.Breached)
	}
	docs := withBatch(run.meta, run.docs, &run.batch)
	cols := columns(run.meta, docs)
	if last := cols[len(cols)-1]; last.ID != "single-membership" {
		t.Fatalf("last column %q, want the batch criterion single-membership", last.ID)
	}
	want := map[string]string{
		"constitutions/east-vale.md":     result.StatusMet,
		"constitutions/example-vale.md":  result.StatusBreached,
		"constitutions/hill-and-dale.md": result.StatusBreached,
		"constitutions/broken.md":        result.StatusError,
	}
	for i := range docs {
		if got := statusOf(&docs[i], "single-membership"); got != want[docs[i].Path] {
			t.Errorf("%s single-membership = %q, want %q", docs[i].Path, got, want[docs[i].Path])
		}
	}
	if len(run.docs[2].Criteria) != 5 {
		t.Errorf("withBatch changed the document's own criteria: %v", run.docs[2].Criteria)
	}
	// A waived batch finding breaches nothing.
	var s result.Summary
	d := result.Document{Path: "a.md", Criteria: statuses("a", "met")}
	s.Add(&d)
	s.AddBatch(&result.Batch{Findings: []result.Finding{{Severity: "error", Waived: true, Path: "a.md"}}})
	if s.Met != 1 {
		t.Errorf("a waived batch finding moved a document out of met: %+v", s)
	}
}
