package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// variationNames reports whether any variation fact read from src names
// actor in the field pick returns (Approvers, VariedBy).
func variationNames(t *testing.T, src string, pick func(model.VariationFact) []string, actor string) bool {
	t.Helper()
	for _, f := range mustParse(t, src).Facts.Variation {
		if slices.Contains(pick(f), actor) {
			return true
		}
	}
	return false
}

func variationApprovers(f model.VariationFact) []string { return f.Approvers }
func variationVariedBy(f model.VariationFact) []string  { return f.VariedBy }

// "A proposal is put to the Members' Forum, and it goes forward only if a
// majority of all the member practices vote for it", after a sentence on
// proposing a change to the constitution, needs the members' approval;
// after a sentence on something else it says nothing of variation.
func TestVariationProposalAfterTheChange(t *testing.T) {
	const src = "# 1.3 Varying this constitution\n\n1.3.1 %s A proposal is put to the Members' Forum, and it goes forward only if a majority of all the member practices vote for it.\n"
	if !variationNames(t, fmt.Sprintf(src, "Any member practice may propose a change to this constitution."), variationApprovers, model.ActorMembers) {
		t.Error("a proposal after one on changing the constitution: no members' approval read")
	}
	if variationNames(t, fmt.Sprintf(src, "The Governing Body meets in public."), variationApprovers, model.ActorMembers) {
		t.Error("a proposal after a sentence on something else read as a variation")
	}
}

// A proposal sent to the practices for comment is no approval of theirs.
func TestVariationProposalSentForComment(t *testing.T) {
	if variationNames(t, "# 1.4 Varying this constitution\n\n1.4.2 Proposals to amend the constitution are prepared by the Accountable Officer. Each proposal is sent to every member practice and to the Members' Forum, which have 28 days to comment on it.\n", variationApprovers, model.ActorMembers) {
		t.Error("a proposal sent for comment read as the members' approval")
	}
}

// A condition that opens the sentence belongs to the main clause after it:
// "Unless … the member practices have voted for it, no application to
// vary this constitution may be made" needs their approval; one whose
// main clause grants ("Unless the members object, the Governing Body may
// vary …") does not, and a denial in a later clause of the main clause
// is not the condition's.
func TestVariationConditionFirst(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		members        bool
	}{
		{"unless the members approved, nothing goes forward", "Unless at least three fifths of the member practices have endorsed it at a Members' Assembly, no proposal to amend this constitution is sent to NHS England.", true},
		{"unless the members approved, no application", "Unless the member practices have first approved the change, the Group does not apply to vary this constitution.", true},
		{"near miss: unless the members object, the Governing Body may vary", "Unless the member practices object within a month, the Governing Body may vary this constitution.", false},
	} {
		if got := variationNames(t, "# 1.4 Varying this constitution\n\n1.4.1 "+tc.sentence+"\n", variationApprovers, model.ActorMembers); got != tc.members {
			t.Errorf("%s: members' approval %v, want %v", tc.name, got, tc.members)
		}
	}
}

// "any proposal the Governing Body supports" says which proposals go on,
// not who varies; "each variation the Governing Body has approved" says
// who approves.
func TestVariationProposalTheBodySupports(t *testing.T) {
	varies := func(sentence string) bool {
		return variationNames(t, "# 1.4 Varying this constitution\n\n1.4.1 "+sentence+"\n", variationVariedBy, model.ActorGoverningBody)
	}
	if varies("The Chief Officer may propose amendments, and must put any proposal the Governing Body supports to the member practices within two months.") {
		t.Error("a proposal the Governing Body supports read as the Governing Body varying the constitution")
	}
	if !varies("The Chief Officer applies to NHS England for each variation the Governing Body has approved under 1.4.3.") {
		t.Error("near miss: a variation the Governing Body has approved not read as its own")
	}
}

// A table of the steps of varying the constitution ("| Who | What |") or
// of who approves which amendment ("| Amendment | Approved by |") is read
// row by row as the sentence it stands for; a clause of concession grants
// nothing ("Although most functions are delegated to the Governing Body,
// the Council keeps to itself …").
func TestVariationTablesAndConcessions(t *testing.T) {
	const steps = "# 7. Amending the constitution\n\n7.1 The constitution is amended in these steps.\n\n| Step | Who | What |\n|---|---|---|\n| 1 | Governing Body | Proposes the amendment |\n| 2 | Members' Meeting | %s |\n"
	if !variationNames(t, fmt.Sprintf(steps, "Approves the amendment only if more than half of all member practices vote for it"), variationApprovers, model.ActorMembers) {
		t.Error("a step of the members' approval in a table not read")
	}
	if variationNames(t, fmt.Sprintf(steps, "Is told of the amendment at its next meeting"), variationApprovers, model.ActorMembers) {
		t.Error("near miss: the members told of an amendment read as their approval")
	}
	const rows = "# 10. Amendment of this constitution\n\n| Row | Amendment | Approved by |\n|---|---|---|\n| A | Any amendment not in row B | The Council of Members, with more than half of all member practices voting in favour |\n| B | Amendments to Schedule 2 | %s |\n"
	if !variationNames(t, fmt.Sprintf(rows, "The Board alone, without reference to the Council of Members"), variationVariedBy, model.ActorGoverningBody) {
		t.Error("a row letting the Board amend alone not read as its grant")
	}
	if variationNames(t, fmt.Sprintf(rows, "The Council of Members"), variationVariedBy, model.ActorGoverningBody) {
		t.Error("near miss: rows needing the Council read as the Board's grant")
	}
	if variationNames(t, "# 3. Decisions\n\n3.2 Although most of the Group's functions are delegated to the Governing Body, the Council of Members keeps to itself the approval of any proposal to vary this constitution.\n", variationVariedBy, model.ActorGoverningBody) {
		t.Error("a clause of concession read as the Governing Body's grant")
	}
}

// "Where, however, a change is needed only to correct an error, to reflect
// a change in the law, or to update names, and the Governing Body is
// satisfied that it does not affect the practices' rights, the Governing
// Body may approve the change itself …" grants the Governing Body a power,
// on a condition; the denial inside the condition is the condition's.
func TestVariationConditionWithHoweverAndAList(t *testing.T) {
	const src = "# 13. Changing this constitution\n\n13.3 Where, however, a change is needed only to correct an error, to reflect new law, or to update the names of the member practices, and the Governing Body is satisfied that the change does not affect the rights of the member practices, the Governing Body %s.\n"
	if !variationNames(t, fmt.Sprintf(src, "may approve the change itself"), variationVariedBy, model.ActorGoverningBody) {
		t.Error("a conditional grant after \"Where, however, …\" not read")
	}
	if variationNames(t, fmt.Sprintf(src, "may not approve the change itself"), variationVariedBy, model.ActorGoverningBody) {
		t.Error("near miss: a denial after the condition read as a grant")
	}
}
