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

// variationCase is a passage and whether its variation facts name an
// actor in one field.
type variationCase struct {
	name, src string
	pick      func(model.VariationFact) []string
	actor     string
	want      bool
}

func checkVariationCases(t *testing.T, cases []variationCase) {
	t.Helper()
	for _, tc := range cases {
		if got := variationNames(t, tc.src, tc.pick, tc.actor); got != tc.want {
			t.Errorf("%s: %s named %v, want %v", tc.name, tc.actor, got, tc.want)
		}
	}
}

// "any proposal the Governing Body supports" says which proposals go on,
// not who varies; "each variation the Governing Body has approved" says
// who approves. A table of the steps of varying the constitution ("| Who
// | What |") or of who approves which amendment ("| Amendment | Approved
// by |") is read row by row as the sentence it stands for; a clause of
// concession grants nothing ("Although most functions are delegated to
// the Governing Body, the Council keeps to itself …"). "Where, however, a
// change is needed only to correct an error, to reflect …, or to update
// …, and the Governing Body is satisfied that it does not affect the
// practices' rights, the Governing Body may approve the change itself"
// grants the Governing Body a power on a condition; the denial inside the
// condition is the condition's.
func TestVariationProposalsTablesAndConditions(t *testing.T) {
	const (
		clause = "# 1.4 Varying this constitution\n\n1.4.1 %s\n"
		steps  = "# 7. Amending the constitution\n\n7.1 The constitution is amended in these steps.\n\n| Step | Who | What |\n|---|---|---|\n| 1 | Governing Body | Proposes the amendment |\n| 2 | Members' Meeting | %s |\n"
		rows   = "# 10. Amendment of this constitution\n\n| Row | Amendment | Approved by |\n|---|---|---|\n| A | Any amendment not in row B | The Council of Members, with more than half of all member practices voting in favour |\n| B | Amendments to Schedule 2 | %s |\n"
		where  = "# 13. Changing this constitution\n\n13.3 Where, however, a change is needed only to correct an error, to reflect new law, or to update the names of the member practices, and the Governing Body is satisfied that the change does not affect the rights of the member practices, the Governing Body %s.\n"
	)
	gb, members := model.ActorGoverningBody, model.ActorMembers
	checkVariationCases(t, []variationCase{
		{"a proposal the Governing Body supports", fmt.Sprintf(clause, "The Chief Officer may propose amendments, and must put any proposal the Governing Body supports to the member practices within two months."), variationVariedBy, gb, false},
		{"near miss: a variation the Governing Body has approved", fmt.Sprintf(clause, "The Chief Officer applies to NHS England for each variation the Governing Body has approved under 1.4.3."), variationVariedBy, gb, true},
		{"a step of the members' approval in a table", fmt.Sprintf(steps, "Approves the amendment only if more than half of all member practices vote for it"), variationApprovers, members, true},
		{"near miss: the members told of an amendment", fmt.Sprintf(steps, "Is told of the amendment at its next meeting"), variationApprovers, members, false},
		{"a row letting the Board amend alone", fmt.Sprintf(rows, "The Board alone, without reference to the Council of Members"), variationVariedBy, gb, true},
		{"near miss: rows needing the Council", fmt.Sprintf(rows, "The Council of Members"), variationVariedBy, gb, false},
		{"a clause of concession", "# 3. Decisions\n\n3.2 Although most of the Group's functions are delegated to the Governing Body, the Council of Members keeps to itself the approval of any proposal to vary this constitution.\n", variationVariedBy, gb, false},
		{"a conditional grant after \"Where, however, …\"", fmt.Sprintf(where, "may approve the change itself"), variationVariedBy, gb, true},
		{"near miss: a denial after the condition", fmt.Sprintf(where, "may not approve the change itself"), variationVariedBy, gb, false},
	})
}

// "A change to the membership of the Governing Body is a variation like
// any other" says what changes, not who varies; "The Governing Body may
// vary the membership of its committees" still grants.
func TestVariationOfWhoseMembership(t *testing.T) {
	const clause = "# 1.4 Varying this constitution\n\n1.4.1 %s\n"
	checkVariationCases(t, []variationCase{
		{"the body whose membership changes", fmt.Sprintf(clause, "Nothing in this paragraph allows the Governing Body to make a variation by itself. A change to the membership of the Governing Body is a variation like any other."), variationVariedBy, model.ActorGoverningBody, false},
		{"near miss: the body that varies", fmt.Sprintf(clause, "The Governing Body may vary this constitution to change the membership of its committees."), variationVariedBy, model.ActorGoverningBody, true},
	})
}
