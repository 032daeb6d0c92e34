package diff

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
)

// summarise says in a few plain sentences what the amendment does in
// governance terms, most important first: the model and its support,
// committees losing a clinical majority, safeguards and members removed,
// new obligations, and the criteria it breaks.
func summarise(r *Result, newDoc *model.Document, newRes *result.Document) string {
	var s []string
	count := map[string]int{}
	for _, c := range r.Changes {
		count[c.Kind]++
	}
	for _, c := range r.Changes {
		if c.Kind == KindModel {
			s = append(s, fmt.Sprintf("This amendment moves the CCG from %s to %s.", modelWords(fmt.Sprint(c.From)), modelWords(fmt.Sprint(c.To))))
			s = append(s, supportSentence(newDoc, newRes))
		}
	}
	for _, c := range r.Changes {
		switch c.Kind {
		case KindCommitteeAdded, KindCommitteeRemoved, KindCommitteeChanged:
			s = append(s, c.Description)
		}
	}
	s = append(s, memberSentences(r.Changes, count)...)
	s = append(s, icbSentences(r.Changes)...)
	s = append(s, removedClauseSentences(r.Changes)...)
	s = append(s, obligationSentences(r.Changes)...)
	if n := count[KindClauseAdded] + count[KindClauseChanged]; n > 0 {
		s = append(s, fmt.Sprintf("In all, %s added and %s reworded.", clauses(count[KindClauseAdded]), clauses(count[KindClauseChanged])))
	}
	for _, id := range r.Regressions {
		// The support sentence has already said why a change of model fails.
		explained := id == criterionModelSupport && count[KindModel] > 0
		s = append(s, regressionSentence(id, newRes, explained))
	}
	if len(s) == 0 {
		return "This amendment makes no change in governance terms."
	}
	return strings.Join(s, " ")
}

// memberSentences names the practices that join or leave, or counts them
// when there are many.
func memberSentences(changes []Change, count map[string]int) []string {
	const listed = 3
	var out []string
	for _, kind := range []string{KindMemberAdded, KindMemberRemoved} {
		if count[kind] > listed {
			verb := "join"
			if kind == KindMemberRemoved {
				verb = "leave"
			}
			out = append(out, fmt.Sprintf("%d member practices %s.", count[kind], verb))
			continue
		}
		for _, c := range changes {
			if c.Kind == kind {
				out = append(out, c.Description)
			}
		}
	}
	return out
}

// removedClauseSentences names removed clauses: a safeguard deleted is the
// kind of change an LMC officer must not miss.
func removedClauseSentences(changes []Change) []string {
	const listed = 5
	var out []string
	n := 0
	for _, c := range changes {
		if c.Kind != KindClauseRemoved {
			continue
		}
		n++
		if n <= listed {
			out = append(out, fmt.Sprintf("Clause %s (%s) is removed.", c.Clause, excerpt(c.Text, c.Clause)))
		}
	}
	if n > listed {
		out = append(out, fmt.Sprintf("%d more clauses are removed.", n-listed))
	}
	return out
}

// obligationSentences gives one sentence per clause, in the words of its
// most serious new finding.
func obligationSentences(changes []Change) []string {
	var order []string
	worst := map[string]Change{}
	for _, c := range changes {
		if c.Kind != KindObligationAdded {
			continue
		}
		prev, ok := worst[c.Clause]
		if !ok {
			order = append(order, c.Clause)
		}
		if !ok || result.SeverityRank(c.Severity) > result.SeverityRank(prev.Severity) {
			worst[c.Clause] = c
		}
	}
	var out []string
	for _, clause := range order {
		c := worst[clause]
		what := "places a new obligation on practices"
		if c.Severity != result.SeverityInfo {
			what = "places a new obligation on practices, with a sanction for those who do not meet it"
		}
		out = append(out, fmt.Sprintf("Clause %s %s.", clause, what))
	}
	return out
}

// regressionSentence says which criterion the amendment breaks, and why, in
// the words of its first breach.
func regressionSentence(id string, newRes *result.Document, explained bool) string {
	for _, f := range newRes.Findings {
		if explained {
			break
		}
		if f.Criterion == id && f.Severity == result.SeverityError && !f.Waived {
			return fmt.Sprintf("It breaks %s, which the current constitution meets: %s.", id, strings.TrimSuffix(f.Message, "."))
		}
	}
	return fmt.Sprintf("It breaks %s, which the current constitution meets.", id)
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
			return sentence(f.Message)
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

// sentence makes a finding's message a sentence: capital first, full stop.
func sentence(msg string) string {
	msg = strings.TrimSuffix(strings.TrimSpace(msg), ".")
	if msg == "" {
		return ""
	}
	r := []rune(msg)
	r[0] = unicode.ToUpper(r[0])
	return string(r) + "."
}
