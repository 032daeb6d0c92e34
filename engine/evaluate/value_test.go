package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/open-policy-agent/opa/v1/ast"
)

// The model is converted straight into Rego values; this guards that the
// result is what its JSON would decode to, field for field.
func TestToValueMatchesJSON(t *testing.T) {
	two := 2
	tests := []struct {
		name string
		in   any
	}{
		{"empty document", &model.Document{}},
		{"document", &model.Document{
			Path: "a.md", CCG: "NHS Test CCG", Lines: 10,
			FrontMatter: model.FrontMatter{Present: true, Line: 1, Code: "99X",
				KeyLines: map[string]int{"ccg": 2},
				Extra:    map[string]any{"x": []any{"a", 1.5, true, nil}, "n": json.Number("3")}},
			Sections: []model.Section{{Index: 0, Heading: "1. Intro", Number: "1", Title: "Intro", Level: 1, Line: 3, Kinds: []string{}, Parent: -1}},
			Membership: model.Membership{Line: 5, Practices: []model.Practice{
				{Name: "Riverside Surgery", Code: "Y00001", SignedOff: true, Line: 6},
				{Name: "Hill Top", Line: 7},
			}},
			Committees: []model.Committee{{Name: "PCJC", Joint: true, Seats: []model.Seat{{Role: "GP", Count: 2, Voting: true, Category: "clinical", Line: 9}}, Quorum: &model.Quorum{Text: "q", Line: 9}}},
			Votes:      []model.Vote{{Source: "text", For: 3, Against: &two, Line: 4}},
		}},
		// A fact's Evidence is embedded, and its fields are the fact's,
		// as encoding/json has them.
		{"facts with their evidence", &model.Document{Facts: model.Facts{
			Variation: []model.VariationFact{{
				Evidence:  model.Evidence{Text: "The Governing Body may vary this constitution.", Line: 40, Section: "1.6 Variation", Clause: "1.6.2"},
				Approvers: []string{}, VariedBy: []string{"governing-body"}, Decision: true,
			}},
			Safeguards: []model.SafeguardFact{{Evidence: model.Evidence{Text: "A register is kept.", Line: 80}, Safeguard: "register"}},
		}}},
		// Paragraphs are listed as blocks, clauses and the blocks of
		// their section; each is converted once and shared where its JSON
		// is the same (a clause does not say whether it is a list item).
		{"paragraphs listed more than once", &model.Document{
			Blocks: []model.Block{
				{Number: "8.1", Text: "8.1 Declare.", Line: 3, EndLine: 3, Section: "8", SectionIndex: 1},
				{Number: "(a)", Text: "(a) Register.", Line: 4, EndLine: 4, Section: "8", SectionIndex: 1, ListItem: true},
				{Text: "Unnumbered.", Line: 5, EndLine: 5, SectionIndex: -1},
			},
			Clauses: []model.Clause{
				{Number: "8.1", Text: "8.1 Declare.", Line: 3, EndLine: 3, Section: "8", SectionIndex: 1},
				{Number: "(a)", Text: "(a) Register.", Line: 4, EndLine: 4, Section: "8", SectionIndex: 1},
			},
			Conflicts: model.Conflicts{
				Blocks:  []model.Block{{Number: "8.1", Text: "8.1 Declare.", Line: 3, EndLine: 3, Section: "8", SectionIndex: 1}},
				Clauses: []model.Clause{{Number: "(a)", Text: "(a) Register.", Line: 4, EndLine: 4, Section: "8", SectionIndex: 1}},
			},
		}},
		{"batch", map[string]any{"documents": []BatchDocument{{Path: "a", Practices: []BatchPractice{{Name: "x", Line: 1}}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := toValue(context.Background(), tt.in)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			want, err := ast.ValueFromReader(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if got.Compare(want) != 0 {
				t.Errorf("toValue differs from JSON:\n got %v\nwant %v", got, want)
			}
		})
	}
}
