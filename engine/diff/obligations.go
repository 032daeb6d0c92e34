package diff

import (
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
)

// obligationChanges reports the obligations on practices (findings of the
// practice-obligations criterion, so the policies' phrase lists decide what
// an obligation is) that NEW has and OLD did not: in a clause that is new,
// or in a reworded clause whose old wording had none of that kind.
func obligationChanges(oldDoc, newDoc *model.Document, oldRes, newRes *result.Document, pairs clausePairs) []Change {
	clauseAt := map[int]int{}
	for j := range newDoc.Clauses {
		clauseAt[newDoc.Clauses[j].Line] = j
	}
	type lineRule struct {
		line int
		rule string
	}
	oldHas := map[lineRule]bool{}
	for _, f := range oldRes.Findings {
		if f.Criterion == criterionObligations {
			oldHas[lineRule{f.Line, f.Rule}] = true
		}
	}
	var out []Change
	for _, f := range newRes.Findings {
		if f.Criterion != criterionObligations {
			continue
		}
		j, ok := clauseAt[f.Line]
		if !ok {
			continue
		}
		if i := pairs[j]; i >= 0 && oldHas[lineRule{oldDoc.Clauses[i].Line, f.Rule}] {
			continue
		}
		c := &newDoc.Clauses[j]
		out = append(out, Change{
			Kind: KindObligationAdded, Clause: c.Number, Section: c.Section, Text: c.Text, Rule: f.Rule, Severity: f.Severity, Line: f.Line,
			Description: "New in this version: " + sentence(f.Message),
		})
	}
	return out
}
