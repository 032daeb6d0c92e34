package diff_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/parse"
)

const examples = "../../testdata/examples"

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(examples, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// compare parses and checks two versions given as text, as `ccgvet diff`
// does.
func compare(t *testing.T, eng *engine.Engine, oldText, newText string) *diff.Result {
	t.Helper()
	oldDoc, err := parse.Parse("old.md", []byte(oldText))
	if err != nil {
		t.Fatal(err)
	}
	newDoc, err := parse.Parse("new.md", []byte(newText))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	oldRes, err := eng.Evaluate(ctx, oldDoc)
	if err != nil {
		t.Fatal(err)
	}
	diff.JudgeAgainst(newDoc, oldDoc)
	newRes, err := eng.Evaluate(ctx, newDoc)
	if err != nil {
		t.Fatal(err)
	}
	return diff.Compare(oldDoc, newDoc, &oldRes, &newRes)
}

func kinds(r *diff.Result) map[string]int {
	out := map[string]int{}
	for _, c := range r.Changes {
		out[c.Kind]++
	}
	return out
}

// replace applies edits in order, failing if one does not apply, so that a
// test cannot pass because its edit silently missed.
func replace(t *testing.T, s string, pairs ...string) string {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("edit does not apply: %q", pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

func TestCompare(t *testing.T) {
	eng, err := engine.New(context.Background(), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	oldText := read(t, "ex04-amend-old.md")
	newText := read(t, "ex04-amend-new.md")

	// Swap 8.4.1 and 8.4.2 and renumber them: the same clauses in another
	// order.
	renumbered := replace(t, oldText,
		"8.4.1 Where a person has a conflict of interest in an item of business,\nthe person presiding at the meeting will decide how it is to be managed,\nand the decision will be recorded in the minutes.\n\n8.4.2 Where, because of conflicts of interest, a meeting would not be\nquorate for an item, the item shall be deferred to the next meeting or\nreferred to the Governing Body for decision.",
		"8.4.1 Where, because of conflicts of interest, a meeting would not be\nquorate for an item, the item shall be deferred to the next meeting or\nreferred to the Governing Body for decision.\n\n8.4.2 Where a person has a conflict of interest in an item of business,\nthe person presiding at the meeting will decide how it is to be managed,\nand the decision will be recorded in the minutes.")
	reworded := replace(t, oldText,
		"8.3.1 The Group will maintain a register of interests of its members,",
		"8.3.1 The Group shall keep and maintain a register of interests of its members,")
	// A practice leaves, another joins, and a committee gains a member.
	members := replace(t, oldText,
		"| Whinstead Surgery              | K85455        | 128 Albion Street, Whinstead, KB3 1YT  | 10,334              | Dr W. Coombes (Senior Partner)    | 09/01/2014 |",
		"| Moorgate Surgery               | K85999        | 1 Moor Gate, Kelderbrook, KB1 1AA      | 5,000               | Dr A. Moor (Partner)              | 09/01/2014 |")
	// The joint committee loses two GP seats to executives.
	outvoted := replace(t, newText,
		"-   three GP members of the Governing Body;",
		"-   one GP member of the Governing Body;\n-   two directors of the Group;")

	tests := []struct {
		name            string
		old, new        string
		wantKinds       map[string]int // exact counts for the kinds named
		wantRegressions []string
		wantFails       bool
		summaryHas      []string
	}{
		{
			name: "the ex04 amendment", old: oldText, new: newText,
			wantKinds: map[string]int{
				diff.KindModel: 1, diff.KindCommitteeAdded: 1, diff.KindClauseRemoved: 1, diff.KindObligationAdded: 2,
				diff.KindMemberAdded: 0, diff.KindMemberRemoved: 0, diff.KindCommitteeRemoved: 0,
			},
			wantRegressions: []string{"conflicts-of-interest"},
			wantFails:       true,
			summaryHas:      []string{"from greater involvement to joint commissioning", "10 of 16 member practices voted in favour: a majority", "Clause 8.4.3", "is removed"},
		},
		{
			name: "the reverse: a committee removed, the model going back", old: newText, new: oldText,
			wantKinds: map[string]int{diff.KindModel: 1, diff.KindCommitteeRemoved: 1, diff.KindCommitteeAdded: 0, diff.KindObligationAdded: 0},
			// Going back to greater involvement is a change of model too, and
			// OLD's text records no vote for it.
			wantRegressions: []string{"model-change-support"},
			wantFails:       true,
			summaryHas:      []string{"from joint commissioning to greater involvement", "but no vote of the member practices is recorded"},
		},
		{
			name: "renumbering alone is no change", old: oldText, new: renumbered,
			wantKinds:  map[string]int{diff.KindClauseAdded: 0, diff.KindClauseRemoved: 0, diff.KindClauseChanged: 0, diff.KindModel: 0},
			summaryHas: []string{"no change in governance terms"},
		},
		{
			name: "wording inside a clause is a reworded clause, not a structural change", old: oldText, new: reworded,
			wantKinds: map[string]int{diff.KindClauseChanged: 1, diff.KindClauseAdded: 0, diff.KindClauseRemoved: 0, diff.KindModel: 0, diff.KindCommitteeChanged: 0, diff.KindMemberAdded: 0},
		},
		{
			name: "members added and removed", old: oldText, new: members,
			wantKinds:  map[string]int{diff.KindMemberAdded: 1, diff.KindMemberRemoved: 1},
			summaryHas: []string{"Moorgate Surgery (K85999) becomes a member practice", "Whinstead Surgery (K85455) is no longer a member practice"},
		},
		{
			name: "a committee loses its clinical majority", old: newText, new: outvoted,
			wantKinds:       map[string]int{diff.KindCommitteeChanged: 1},
			wantRegressions: []string{"clinical-majority"},
			wantFails:       true,
			summaryHas:      []string{"loses its clinical majority (5 of 9 -> 3 of 9"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := compare(t, eng, tt.old, tt.new)
			got := kinds(r)
			for kind, n := range tt.wantKinds {
				if got[kind] != n {
					t.Errorf("%d %s changes, want %d (all: %v)", got[kind], kind, n, got)
				}
			}
			if strings.Join(r.Regressions, ",") != strings.Join(tt.wantRegressions, ",") {
				t.Errorf("regressions %v, want %v", r.Regressions, tt.wantRegressions)
			}
			if r.Fails() != tt.wantFails {
				t.Errorf("Fails() = %v, want %v", r.Fails(), tt.wantFails)
			}
			for _, s := range tt.summaryHas {
				if !strings.Contains(r.Summary, s) {
					t.Errorf("summary lacks %q:\n%s", s, r.Summary)
				}
			}
			for _, c := range r.Changes {
				if c.Line < 1 || c.Description == "" {
					t.Errorf("change %+v has no line or description", c)
				}
			}
		})
	}
}
