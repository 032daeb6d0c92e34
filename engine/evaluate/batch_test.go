package evaluate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/ccgvet/ccgvet/internal/gen"
	"github.com/open-policy-agent/opa/v1/rego"
)

func practices(codes ...string) []BatchPractice {
	ps := []BatchPractice{}
	for i, c := range codes {
		ps = append(ps, BatchPractice{Name: "P " + c, Code: c, Line: i + 1})
	}
	return ps
}

// codesOf lists the codes of each document's practices as batch rules see
// them.
func codesOf(docs []BatchDocument) [][]string {
	out := [][]string{}
	for _, d := range docs {
		codes := []string{}
		for _, p := range d.Practices {
			codes = append(codes, p.Code)
		}
		out = append(out, codes)
	}
	return out
}

func TestBatchKeepsSharedPractices(t *testing.T) {
	tests := []struct {
		name string
		docs [][]string
		want [][]string
	}{
		{"nothing shared", [][]string{{"A1", "A2"}, {"B1"}}, [][]string{{}, {}}},
		{"one code in two documents", [][]string{{"A1", "X9"}, {"X9", "B1"}}, [][]string{{"X9"}, {"X9"}}},
		// Every listing of a shared code comes back as the listing that
		// made it shared wrote it.
		{"codes compared trimmed and in upper case", [][]string{{" x9 "}, {"X9"}, {"x9"}}, [][]string{{"X9"}, {"X9"}, {"X9"}}},
		{"a code listed twice by one document is not shared", [][]string{{"A1", "A1"}, {"B1"}}, [][]string{{}, {}}},
		{"a code repeated in one document and listed by another", [][]string{{"A1", "A1"}, {"A1"}}, [][]string{{"A1", "A1"}, {"A1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b Batch
			for _, codes := range tt.docs {
				b.Add(BatchDocument{Path: "x.md", PracticeCount: len(codes), Practices: practices(codes...)})
			}
			if got := codesOf(b.Documents()); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("shared practices = %q, want %q", got, tt.want)
			}
			for i, d := range b.Documents() {
				if d.PracticeCount != len(tt.docs[i]) {
					t.Errorf("document %d: practice_count = %d, want %d", i, d.PracticeCount, len(tt.docs[i]))
				}
			}
		})
	}
}

// Leaving out practices only one document lists must lose no batch
// finding: over generated documents (about one in forty lists a practice
// of its neighbour), the batch rules find the same with every practice.
func TestBatchFindsWhatEveryPracticeFinds(t *testing.T) {
	ev := builtinEvaluator(t)
	ctx := context.Background()
	var b Batch
	var all []BatchDocument
	for i := range 120 {
		doc, err := parse.Parse(gen.FileName(i), gen.Generate(7, i))
		if err != nil {
			t.Fatal(err)
		}
		bd := ForBatch(doc)
		b.Add(bd)
		all = append(all, bd)
	}
	got, err := ev.EvaluateBatch(ctx, &b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Fatal("no batch findings: the generated documents should share some practices")
	}
	for i, d := range b.Documents() {
		all[i].CCGID = d.CCGID
	}
	input, err := toValue(ctx, map[string]any{"documents": all})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := ccgQueries(t, ev).batch.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		t.Fatal(err)
	}
	want := []result.Finding{}
	if err := decode(rs, &want); err != nil {
		t.Fatal(err)
	}
	result.SortFindings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("with shared practices only:\n%v\nwith every practice:\n%v", got, want)
	}
}

// A kept listing comes back with its own line and section, whatever the
// sections of the practices around it, and with the name and code of the
// listing that made its code shared (the batch keeps no name for a code
// only one document lists).
func TestBatchKeepsPracticesWhole(t *testing.T) {
	a := []BatchPractice{
		{Name: "Riverside Surgery", Code: "Y1", Line: 10, Section: "Appendix B"},
		{Name: "Hill Top", Code: "Y2", Line: 11, Section: "Appendix B"},
		{Name: "Élan Medical Centre", Code: "Y3", Line: 30, Section: "Appendix C"},
		{Name: "", Code: "Y4", Line: 0, Section: ""},
	}
	b2 := []BatchPractice{{Name: "Other", Code: "y1 ", Line: 5, Section: "Members"}}
	var b Batch
	b.Add(BatchDocument{Path: "a.md", CCG: "NHS A CCG", Code: "01A", PracticeCount: 5, Practices: a})
	b.Add(BatchDocument{Path: "b.md", PracticeCount: 1, Practices: b2})
	b.Add(BatchDocument{Path: "c.md", PracticeCount: 3, Practices: []BatchPractice{a[1], a[2], a[3]}})
	// a's Y1 is shared by b's "y1 ": it comes back named as b names it.
	a1 := a[0]
	a1.Name, a1.Code = b2[0].Name, b2[0].Code
	want := []BatchDocument{
		{Path: "a.md", CCG: "NHS A CCG", Code: "01A", PracticeCount: 5, Practices: append([]BatchPractice{a1}, a[1:]...)},
		{Path: "b.md", PracticeCount: 1, Practices: b2, CCGID: 1},
		{Path: "c.md", PracticeCount: 3, Practices: []BatchPractice{a[1], a[2], a[3]}, CCGID: 2},
	}
	if got := b.Documents(); !reflect.DeepEqual(got, want) {
		t.Errorf("documents:\n got %+v\nwant %+v", got, want)
	}
}

// Documents of one CCG share an id: versions with its code, its name in
// another case, or joined through a third document; documents that name
// no CCG are each a CCG of their own.
func TestBatchCCGIDs(t *testing.T) {
	type doc struct{ ccg, code string }
	tests := []struct {
		name string
		docs []doc
		want []int
	}{
		{"two CCGs", []doc{{"NHS A CCG", "01A"}, {"NHS B CCG", "02B"}}, []int{0, 1}},
		{"versions by code", []doc{{"NHS A CCG", "01A"}, {"NHS A Clinical Commissioning Group", " 01a"}}, []int{0, 0}},
		{"versions by name", []doc{{"NHS A CCG", "01A"}, {"nhs a ccg", ""}}, []int{0, 0}},
		{"joined through a third", []doc{{"NHS A CCG", ""}, {"NHS Alpha CCG", "01A"}, {"NHS A CCG", "01A"}}, []int{0, 0, 0}},
		{"unnamed documents", []doc{{"", ""}, {"", ""}, {"NHS A CCG", ""}}, []int{0, 1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b Batch
			for i, d := range tt.docs {
				b.Add(BatchDocument{Path: fmt.Sprintf("%d.md", i), CCG: d.ccg, Code: d.code})
			}
			var got []int
			for _, d := range b.Documents() {
				got = append(got, d.CCGID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ids %v, want %v", got, tt.want)
			}
		})
	}
}

// Copies of one constitution, each listing the same practices, are one
// CCG: no finding, however many copies (the rule once compared every pair
// of listings: 400 copies took 20 s).
func TestBatchOfCopiesIsOneCCG(t *testing.T) {
	ev := builtinEvaluator(t)
	doc, err := parse.Parse(gen.FileName(0), gen.Generate(7, 0))
	if err != nil {
		t.Fatal(err)
	}
	var b Batch
	for i := range 400 {
		bd := ForBatch(doc)
		bd.Path = fmt.Sprintf("copy-%03d.md", i)
		b.Add(bd)
	}
	got, err := ev.EvaluateBatch(context.Background(), &b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("%d findings over copies of one constitution, want none: %v", len(got), got[0].Message)
	}
}

// decode reads the single expression value of rs into out through JSON,
// the plain way the evaluator's own reading is held to.
func decode(rs rego.ResultSet, out any) error {
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return errors.New("the aggregate query is undefined: is policies/main.rego loaded?")
	}
	// The result is small (findings, not the document), so a JSON pass here
	// costs little and keeps the mapping to result types in one place.
	b, err := json.Marshal(rs[0].Expressions[0].Value)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}
