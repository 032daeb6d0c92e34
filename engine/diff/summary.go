package diff

import (
	"fmt"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
)

// summarise says in a few plain sentences what the amendment does in
// governance terms, most important first: the model and its support,
// committees losing a clinical majority, safeguards and members removed,
// new obligations, and the criteria it breaks.
func summarise(r *Result, oldDoc, newDoc *model.Document, newRes *result.Document) string {
	var s []string
	for _, c := range r.Changes {
		if c.Kind != KindModel {
			continue
		}
		s = append(s, fmt.Sprintf("This amendment moves the CCG from %s to %s.", modelWords(fmt.Sprint(c.From)), modelWords(fmt.Sprint(c.To))))
		s = append(s, supportSentence(newDoc, newRes))
	}
	for _, c := range r.Changes {
		switch c.Kind {
		case KindCommitteeAdded, KindCommitteeRemoved, KindCommitteeChanged, KindMemberAdded, KindMemberRemoved:
			s = append(s, c.Description)
		case KindClauseRemoved:
			s = append(s, fmt.Sprintf("Clause %s (%s) is removed.", c.Clause, excerpt(c.Text, c.Clause)))
		case KindObligationAdded:
			s = append(s, fmt.Sprintf("Clause %s places a new obligation on practices (%s).", c.Clause, c.Severity))
		}
	}
	added, changed := 0, 0
	for _, c := range r.Changes {
		switch c.Kind {
		case KindClauseAdded:
			added++
		case KindClauseChanged:
			changed++
		}
	}
	if added+changed > 0 {
		s = append(s, fmt.Sprintf("%s added and %s reworded.", clauses(added), clauses(changed)))
	}
	if len(r.Regressions) > 0 {
		s = append(s, fmt.Sprintf("It breaks %s, which the current constitution meets.", strings.Join(r.Regressions, ", ")))
	}
	if len(s) == 0 {
		return "This amendment makes no change in governance terms."
	}
	return strings.Join(s, " ")
}

func clauses(n int) string {
	if n == 1 {
		return "1 clause"
	}
	return fmt.Sprintf("%d clauses", n)
}

// supportSentence reports the member vote behind a change of model, in the
// words of the model-change-support finding when there is one.
func supportSentence(newDoc *model.Document, newRes *result.Document) string {
	for _, f := range newRes.Findings {
		if f.Criterion == criterionModelSupport && f.Severity == result.SeverityError {
			return f.Message + "."
		}
	}
	if len(newDoc.Votes) == 0 {
		return "No vote of the member practices is recorded."
	}
	v := newDoc.Votes[0]
	members := len(newDoc.Membership.Practices)
	if members == 0 && v.Eligible != nil {
		members = *v.Eligible
	}
	if members == 0 {
		return fmt.Sprintf("%d member practices voted in favour.", v.For)
	}
	return fmt.Sprintf("%d of %d member practices voted in favour: a majority.", v.For, members)
}
