package extract

import (
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

func ip(n int) *int { return &n }

func eqp(a, b *int) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func TestVoteSentences(t *testing.T) {
	tests := []struct {
		sentence                             string
		for_                                 int
		against, abstain, notVoted, eligible *int
		motion                               string
	}{
		{"28 of the 45 member practices voted in favour.", 28, nil, nil, nil, ip(45), ""},
		{"28 practices voted for, 12 against and 5 abstained.", 28, ip(12), ip(5), nil, nil, ""},
		{"The proposal was supported by 28 of 45 practices.", 28, nil, nil, nil, ip(45), ""},
		{"At that meeting 22 of the 47 member practices voted in favour of applying for delegated commissioning, 16 voted against and 5 abstained; 4 practices did not vote.", 22, ip(16), ip(5), ip(4), ip(47), "applying for delegated commissioning"},
		{"Twenty-two of the forty-seven member practices voted in favour, sixteen voted against and five abstained.", 22, ip(16), ip(5), nil, ip(47), ""},
		{"In the ballot 30 member practices voted for the motion, 10 voted against and 2 abstentions were recorded; all 45 practices were eligible.", 30, ip(10), ip(2), nil, ip(45), ""},
		{"The motion was approved by 31 of the 61 member practices.", 31, nil, nil, nil, ip(61), ""},
		{"The vote was 28 for, 12 against.", 28, ip(12), nil, nil, nil, ""},
		{"At that meeting 14 practices voted for, 9 against and 4 abstained; two practices were not represented.", 14, ip(9), ip(4), ip(2), nil, ""},
		{"On 5 March 2015 the Members' Forum voted 31 to 5, with 4 abstentions, to apply for joint commissioning.", 31, ip(5), ip(4), nil, nil, ""},
		{"Membership Forum ballot closing 21 January 2016: 57 practices for, 11 against, 6 abstained and 11 did not vote, of 85 member practices.", 57, ip(11), ip(6), ip(11), ip(85), ""},
		{"Of the 58 member practices, 27 voted in favour, 9 voted against and 4 abstained; the other 18 practices did not vote.", 27, ip(9), ip(4), ip(18), ip(58), ""},
		// The whole named with its owner: "of the Group's 31 member practices".
		{"In the ballot 19 of the Group's 31 member practices voted in favour of the change, 7 voted against and 2 abstained; the remaining 3 did not vote.", 19, ip(7), ip(2), ip(3), ip(31), "the change"},
		{"The change was supported by 40 of the CCG’s 52 practices.", 40, nil, nil, nil, ip(52), ""},
		// Support and opposition in so many words.
		{"Ballot papers went to all 30 member practices: 19 practices supported the proposal, 8 opposed it and 3 returned their papers blank.", 19, ip(8), ip(3), nil, ip(30), ""},
		// A tally standing alone, after the sentence on the motion.
		{"For: 19, Against: 6, Abstained: 3.", 19, ip(6), ip(3), nil, nil, ""},
		{"For: 19; Against: 6.", 19, ip(6), nil, nil, nil, ""},
		// The same inside a sentence, each count after its label.
		{"The result was announced at the Members' Forum of 14 December 2016: in favour 14, against 6, abstentions 2; no ballot paper came back from two practices.", 14, ip(6), ip(2), nil, nil, ""},
		{"The ballot gave: for 14; against 6.", 14, ip(6), nil, nil, nil, ""},
		// A participle of voting after the count: "carried with 23 of … voting for it".
		{"The resolution passed with 23 of the CCG's 35 member practices voting for it; 6 voted against, 4 abstained and 2 were not represented.", 23, ip(6), ip(4), ip(2), ip(35), ""},
		{"It was agreed with 12 of 20 practices voting in favour.", 12, nil, nil, nil, ip(20), ""},
		// "with the support of …": the count in favour.
		{"The resolution passed with the backing of nineteen of the Group's twenty-six member practices; five practices voted against it and two abstained.", 19, ip(5), ip(2), nil, ip(26), ""},
		// The practices at the meeting are no count of those entitled.
		{"Of the twenty-six practices present, nineteen voted in favour and seven against.", 19, ip(7), nil, nil, nil, ""},
		{"Of the twenty-six practices entitled to vote, nineteen voted in favour and seven against.", 19, ip(7), nil, nil, ip(26), ""},
		// "carried with N practices voting for".
		{"The motion was carried with eleven practices voting for, three against and two abstaining.", 11, ip(3), ip(2), nil, nil, ""},
		// "carried, N member practices voting for it": the participle after a comma.
		{"The motion was carried, thirteen member practices voting for it and one against.", 13, ip(1), nil, nil, nil, ""},
		// The practices whose representatives voted for are no count of
		// those entitled; a whole named after "of" still is.
		{"The representatives of twenty practices voted for the motion and three against; the other six member practices sent no one to the meeting.", 20, ip(3), nil, nil, nil, ""},
		{"The representatives of 20 of the 29 practices voted for the motion and 3 against.", 20, ip(3), nil, nil, ip(29), ""},
		// "voted to support": the count in favour.
		{"Of the eighteen member practices, nine voted to support the application, five voted against it, two abstained and two were not represented at the meeting.", 9, ip(5), ip(2), ip(2), ip(18), ""},
		{"Twelve practices voted to approve the change and four voted against.", 12, ip(4), nil, nil, nil, ""},
		// A motion "carried by N votes to M": for, then against.
		{"The motion was carried by nine votes to four, with two abstentions; the representatives of the other three member practices were not present.", 9, ip(4), ip(2), ip(3), nil, ""},
		// The practices "not present" are those that did not vote, not
		// the whole.
		{"The motion was carried by six votes to two, with one abstention; the representatives of three practices were not present.", 6, ip(2), ip(1), ip(3), nil, ""},
		// Those not present counted as a share of the whole: "the other
		// three of the CCG's twenty-one member practices".
		{"The motion was carried by ten votes to six, with two abstentions; the Practice Representatives of the other three of the CCG's twenty-one member practices were not present.", 10, ip(6), ip(2), ip(3), nil, ""},
		// Ballot papers "returned … in favour", and one that "made no return".
		{"Twelve practices returned a ballot paper in favour of delegation and two against; one abstained and one made no return.", 12, ip(2), ip(1), ip(1), nil, "delegation"},
		// The count in favour of those the sentence counted present.
		{"The representatives of 15 of the 18 member practices were present; 11 of them voted in favour of the proposal, 3 voted against and 1 abstained.", 11, ip(3), ip(1), nil, ip(18), "the proposal"},
		// More votes than practices is recorded as written.
		{"50 of the 45 member practices voted in favour.", 50, nil, nil, nil, ip(45), ""},
	}
	for _, tt := range tests {
		doc := mustParse(t, "# 6.5 Co-commissioning\n\nThe ballot closed.\n"+tt.sentence+"\n")
		if len(doc.Votes) != 1 {
			t.Errorf("%q: votes = %+v, warnings %+v", tt.sentence, doc.Votes, doc.Warnings)
			continue
		}
		v := doc.Votes[0]
		if v.Source != model.VoteFromText || v.For != tt.for_ || !eqp(v.Against, tt.against) || !eqp(v.Abstain, tt.abstain) || !eqp(v.DidNotVote, tt.notVoted) || !eqp(v.Eligible, tt.eligible) {
			t.Errorf("%q: for %d against %v abstain %v not voted %v eligible %v", tt.sentence, v.For, deref(v.Against), deref(v.Abstain), deref(v.DidNotVote), deref(v.Eligible))
		}
		// The sentence starts on line 4, after "The ballot closed." on 3.
		if v.Line != 4 || v.Text != tt.sentence || v.Section != "6.5 Co-commissioning" || v.Motion != tt.motion {
			t.Errorf("%q: line %d text %q section %q motion %q", tt.sentence, v.Line, v.Text, v.Section, v.Motion)
		}
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestNotVoteSentences(t *testing.T) {
	for _, s := range []string{
		"6.3.2 Each member practice has one vote.",
		"Decisions are taken by a simple majority of the practices present and voting.",
		"1.4.2 The variation must be approved by a resolution supported by more than half of all member practices.",
		"3.3.1 Each member practice shall nominate a representative to vote on its behalf.",
		"C.3.1 Where a vote is needed, each member present has one vote.",
		"The Chair declared the motion carried as a majority of the practices voting.",
		"Ten member practices may together require the Chair to call a meeting.",
		"1.3.1 This constitution is made between the member practices of the Group, was approved by NHS England on 12 March 2015 and has effect from 1 April 2015.",
		"The members voted on paragraphs 18 to 20 of the plan at the same meeting.",
		// A share of practices in a rule, not a tally on a motion.
		"A change takes effect with the agreement of two thirds of the member practices.",
		// A count of practices voting for someone, not a tally on a motion.
		"In 2014 the 12 practices voting for the locality lead each had one vote.",
		// Labels with no counts after them, and a count that is no tally.
		"The arguments in favour, against and for abstaining were set out in the paper.",
		"The scheme runs for 14 months, against 6 in the pilot.",
	} {
		doc := mustParse(t, s+"\n")
		if len(doc.Votes) != 0 || len(doc.Warnings) != 0 {
			t.Errorf("%q: votes %+v warnings %+v", s, doc.Votes, doc.Warnings)
		}
	}
}

func TestUnreadableVoteWarns(t *testing.T) {
	doc := mustParse(t, "Intro.\n\nThe proposal was first discussed. A clear majority of member practices voted in favour.\n")
	if len(doc.Votes) != 0 || len(doc.Warnings) != 1 || doc.Warnings[0].Line != 3 {
		t.Errorf("votes %+v warnings %+v", doc.Votes, doc.Warnings)
	}
}

func TestVoteTable(t *testing.T) {
	src := `# Member practices

| Practice | Code |
|---|---|
| A Surgery | Y00001 |
| B Surgery | Y00002 |
| C Surgery | Y00003 |

## Record of the ballot

| Vote | Practice | ODS code |
|---|---|---|
| For | A Surgery | Y00001 |
| In favour | B Surgery | |
| Against | C Surgery | Y00003 |
| Yes | A Surgery | Y00001 |
| Abstained | D Surgery | Y00004 |
| | E Surgery | |
| Maybe | F Surgery | |
`
	doc := mustParse(t, src)
	if len(doc.Membership.Practices) != 3 {
		t.Fatalf("a vote table was read as members: %+v", doc.Membership.Practices)
	}
	if len(doc.Votes) != 1 {
		t.Fatalf("votes = %+v", doc.Votes)
	}
	v := doc.Votes[0]
	// A Surgery voted twice: both rows are kept, as written.
	if v.Source != model.VoteFromTable || v.Line != 11 || v.For != 3 || *v.Against != 1 || *v.Abstain != 1 || *v.DidNotVote != 2 || *v.Eligible != 7 {
		t.Errorf("vote = for %d against %v abstain %v none %v eligible %v line %d", v.For, deref(v.Against), deref(v.Abstain), deref(v.DidNotVote), deref(v.Eligible), v.Line)
	}
	wantVotes := []string{"for", "for", "against", "for", "abstain", "none", "none"}
	wantMember := []bool{true, true, true, true, false, false, false}
	for i, pv := range v.Practices {
		if pv.Vote != wantVotes[i] || pv.Member != wantMember[i] || pv.Line != 13+i {
			t.Errorf("row %d = %+v, want %s member %v line %d", i, pv, wantVotes[i], wantMember[i], 13+i)
		}
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].Line != 19 || !strings.Contains(doc.Warnings[0].Message, "Maybe") {
		t.Errorf("warnings = %+v", doc.Warnings)
	}
}

func TestFrontMatterVote(t *testing.T) {
	src := `---
ccg: NHS X CCG
member_vote: {motion: "apply for delegated commissioning", date: 2015-01-14, for: 28, against: 12, abstain: 5, eligible: 45}
---
# A
`
	doc := mustParse(t, src)
	if len(doc.Votes) != 1 {
		t.Fatalf("votes = %+v", doc.Votes)
	}
	v := doc.Votes[0]
	if v.Source != model.VoteFromFrontMatter || v.Line != 3 || v.Motion != "apply for delegated commissioning" || v.Date != "2015-01-14" ||
		v.For != 28 || *v.Against != 12 || *v.Abstain != 5 || v.DidNotVote != nil || *v.Eligible != 45 {
		t.Errorf("vote = %+v", v)
	}
	doc = mustParse(t, "---\nmember_vote:\n  - {for: 1}\n  - for: 2\n    did_not_vote: 3\n---\n")
	if len(doc.Votes) != 2 || doc.Votes[0].Line != 3 || doc.Votes[1].Line != 4 || *doc.Votes[1].DidNotVote != 3 {
		t.Errorf("votes = %+v", doc.Votes)
	}
}

// A vote told in shares: the count beside a share is read, a share of
// those voting set off by commas dropped, and shares alone taken of the
// turnout a sentence before in the paragraph gives, when they add up to
// it; the turnout's whole is the number entitled.
func TestVoteInShares(t *testing.T) {
	for _, tt := range []struct {
		text                    string
		for_, against, eligible int
		abstain                 *int
	}{
		{"Twenty of the twenty-five member practices (80%) returned a paper: twelve practices, 60% of those voting, supported the proposal, seven (35%) opposed it and one (5%) abstained.", 12, 7, 25, ip(1)},
		{"Sixteen of the twenty member practices voted, a turnout of 80%. Of those voting, 75% (twelve practices) were in favour and 25% (four practices) were against.", 12, 4, 20, nil},
		{"Ten of the twelve member practices returned a ballot paper. Of the practices voting, 70% were in favour and 30% were against.", 7, 3, 12, nil},
	} {
		doc := mustParse(t, "# 6.5 Co-commissioning\n\n"+tt.text+"\n")
		if len(doc.Votes) != 1 {
			t.Errorf("%q: votes = %+v", tt.text, doc.Votes)
			continue
		}
		v := doc.Votes[0]
		if v.For != tt.for_ || !eqp(v.Against, ip(tt.against)) || !eqp(v.Eligible, ip(tt.eligible)) || !eqp(v.Abstain, tt.abstain) {
			t.Errorf("%q: for %d against %v abstain %v eligible %v", tt.text, v.For, deref(v.Against), deref(v.Abstain), deref(v.Eligible))
		}
	}
	// Near miss: shares that do not make the turnout are no counts.
	doc := mustParse(t, "# 6.5 Co-commissioning\n\nTen of the twelve member practices returned a ballot paper. Of the practices voting, 60% were in favour and 30% were against.\n")
	for _, v := range doc.Votes {
		if v.For == 6 {
			t.Errorf("shares that do not add up read as counts: %+v", v)
		}
	}
}
