package extract

import (
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// The example constitutions in testdata/examples, with what their
// .expect.json files and a reading of the text say the model must hold.

func TestExamplePractices(t *testing.T) {
	type practice struct {
		name, code string
		signedOff  bool
		line       int
	}
	tests := []struct {
		example     string
		count       int
		listLine    int
		sectionLine int
		section     string
		spot        []practice // includes every unsigned practice
	}{
		{"ex01-example-vale", 14, 321, 75, "APPENDIX B – LIST OF MEMBER PRACTICES", []practice{
			{"Lingworth Group Practice", "Y02956", true, 323},
			{"Deercliffe Group Practice", "Y02611", true, 330},
			{"Thrapwood Health Centre", "Y02741", true, 336},
		}},
		{"ex02-northbrook", 18, 350, 77, "APPENDIX B – LIST OF MEMBER PRACTICES", []practice{
			{"Dr Trevelyan and Partners", "P84862", true, 352},
			{"Wrenmere Surgery", "P84082", false, 357},
			{"Westerwater Surgery", "P84046", true, 358},
			{"Dr Vasquez and Partners", "P84937", false, 364},
			{"The Tarnridge Practice", "P84952", true, 365},
			{"Millworth Health Centre", "P84994", true, 369},
		}},
		{"ex03-eastmere", 47, 312, 77, "APPENDIX A – LIST OF MEMBER PRACTICES", []practice{
			{"The Deerwell Practice", "E83992", true, 314},
			{"Lower Whincliffe Health Centre", "E83139", true, 334},
			{"Foldhurst Family Practice", "E83161", true, 360},
		}},
		{"ex04-amend-old", 16, 311, 76, "APPENDIX A – LIST OF MEMBER PRACTICES", []practice{
			{"Fernley Medical Practice", "K85036", true, 313},
			{"Whinstead Surgery", "K85455", true, 328},
		}},
		{"ex04-amend-new", 16, 360, 77, "APPENDIX A – LIST OF MEMBER PRACTICES", []practice{
			{"Fernley Medical Practice", "K85036", true, 362},
			{"Lower Redwood Medical Practice", "K85407", true, 363},
			{"Coldgate Surgery", "K85382", true, 371},
			{"Whinstead Surgery", "K85455", true, 377},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.example, func(t *testing.T) {
			doc := parseExample(t, tt.example)
			m := doc.Membership
			if len(m.Practices) != tt.count || m.Line != tt.listLine || m.SectionLine != tt.sectionLine || m.Section != tt.section || !m.HasSignOffEvidence {
				t.Errorf("membership: %d practices at %d in %q, section line %d, sign-off evidence %v; want %d at %d in %q, %d",
					len(m.Practices), m.Line, m.Section, m.SectionLine, m.HasSignOffEvidence, tt.count, tt.listLine, tt.section, tt.sectionLine)
			}
			byName := map[string]model.Practice{}
			unsigned := 0
			for _, p := range m.Practices {
				byName[p.Name] = p
				if !p.SignedOff {
					unsigned++
				}
			}
			wantUnsigned := 0
			for _, w := range tt.spot {
				if !w.signedOff {
					wantUnsigned++
				}
				p, ok := byName[w.name]
				if !ok {
					t.Errorf("no practice %q", w.name)
					continue
				}
				if p.Code != w.code || p.SignedOff != w.signedOff || p.Line != w.line || p.Section != tt.section {
					t.Errorf("%s: code %s signed %v line %d section %q; want %s %v %d", w.name, p.Code, p.SignedOff, p.Line, p.Section, w.code, w.signedOff, w.line)
				}
			}
			if unsigned != wantUnsigned {
				t.Errorf("%d unsigned practices, want %d", unsigned, wantUnsigned)
			}
		})
	}
}

func TestExampleCommittees(t *testing.T) {
	type committee struct {
		name       string
		kind       string
		line       int
		count      model.SeatCounts
		withNHSE   bool
		quorumLine int
	}
	audit := func(line int) committee {
		return committee{"Audit Committee", model.KindCommittee, line, model.SeatCounts{Total: 3, Voting: 3, Clinical: 1, Lay: 2}, false, 0}
	}
	remuneration := func(line int) committee {
		return committee{"Remuneration Committee", model.KindCommittee, line, model.SeatCounts{Total: 2, Voting: 2, Lay: 2}, false, 0}
	}
	tests := []struct {
		example    string
		committees []committee
		gbLine     int
	}{
		{"ex01-example-vale", []committee{audit(169), remuneration(181)}, 199},
		{"ex02-northbrook", []committee{audit(171), remuneration(183),
			// The Healthwatch observer does not vote.
			{"Primary Care Joint Committee", model.KindJointCommittee, 190, model.SeatCounts{Total: 9, Voting: 8, Clinical: 3, Lay: 2, Executive: 3}, true, 212}}, 228},
		{"ex03-eastmere", []committee{audit(171), remuneration(183),
			{"Primary Care Commissioning Committee", model.KindJointCommittee, 190, model.SeatCounts{Total: 12, Voting: 9, Clinical: 5, Lay: 2, Executive: 2}, false, 212}}, 231},
		{"ex04-amend-old", []committee{audit(170), remuneration(182)}, 200},
		{"ex04-amend-new", []committee{audit(177), remuneration(189),
			{"Primary Care Joint Committee", model.KindJointCommittee, 196, model.SeatCounts{Total: 9, Voting: 9, Clinical: 5, Lay: 1, Executive: 3}, true, 219}}, 253},
	}
	for _, tt := range tests {
		t.Run(tt.example, func(t *testing.T) {
			doc := parseExample(t, tt.example)
			if len(doc.Committees) != len(tt.committees) {
				t.Fatalf("committees = %d, want %d", len(doc.Committees), len(tt.committees))
			}
			for i, w := range tt.committees {
				c := doc.Committees[i]
				if c.Name != w.name || c.Kind != w.kind || c.Line != w.line || c.Count != w.count || c.WithNHSEngland != w.withNHSE || !c.MembershipStated {
					t.Errorf("committee %d = %s (%s) at %d %+v with NHS England %v; want %s (%s) at %d %+v %v",
						i, c.Name, c.Kind, c.Line, c.Count, c.WithNHSEngland, w.name, w.kind, w.line, w.count, w.withNHSE)
				}
				if c.Joint != (w.kind == model.KindJointCommittee) || c.PrimaryCare != (w.kind == model.KindJointCommittee) {
					t.Errorf("%s: joint %v primary care %v", c.Name, c.Joint, c.PrimaryCare)
				}
				if w.quorumLine != 0 && (c.Quorum == nil || c.Quorum.Line != w.quorumLine) {
					t.Errorf("%s: quorum %+v, want line %d", c.Name, c.Quorum, w.quorumLine)
				}
			}
			gb := doc.GoverningBody
			want := model.SeatCounts{Total: 10, Voting: 10, Clinical: 6, Lay: 2, Executive: 2}
			if gb == nil || gb.Line != tt.gbLine || gb.Count != want || gb.Kind != model.KindGoverningBody {
				t.Errorf("governing body = %+v", gb)
			}
			if len(doc.Warnings) != 0 {
				t.Errorf("warnings = %+v", doc.Warnings)
			}
		})
	}
}

func TestExampleVotesAndModels(t *testing.T) {
	tests := []struct {
		example                        string
		votes                          []model.Vote
		model, previous, effective     string
		conflictsLine, commissioningLn int
		variationLine                  int
	}{
		{"ex01-example-vale", nil, "", "", "", 236, 188, 48},
		{"ex02-northbrook", nil, "joint", "joint", "joint", 265, 218, 50},
		{"ex03-eastmere", []model.Vote{{Source: model.VoteFromText, For: 22, Against: ip(16), Abstain: ip(5), DidNotVote: ip(4), Eligible: ip(47), Line: 225}},
			"delegated", "joint", "delegated", 268, 216, 50},
		{"ex04-amend-old", nil, "greater-involvement", "greater-involvement", "greater-involvement", 237, 189, 49},
		{"ex04-amend-new", []model.Vote{{Source: model.VoteFromTable, For: 10, Against: ip(4), Abstain: ip(1), DidNotVote: ip(1), Eligible: ip(16), Line: 234}},
			"joint", "greater-involvement", "joint", 290, 222, 50},
	}
	for _, tt := range tests {
		t.Run(tt.example, func(t *testing.T) {
			doc := parseExample(t, tt.example)
			if len(doc.Votes) != len(tt.votes) {
				t.Fatalf("votes = %+v", doc.Votes)
			}
			for i, w := range tt.votes {
				v := doc.Votes[i]
				if v.Source != w.Source || v.For != w.For || !eqp(v.Against, w.Against) || !eqp(v.Abstain, w.Abstain) || !eqp(v.DidNotVote, w.DidNotVote) || !eqp(v.Eligible, w.Eligible) || v.Line != w.Line {
					t.Errorf("vote = %s for %d against %v abstain %v none %v of %v at %d", v.Source, v.For, deref(v.Against), deref(v.Abstain), deref(v.DidNotVote), deref(v.Eligible), v.Line)
				}
				for _, pv := range v.Practices {
					if !pv.Member {
						t.Errorf("%s is not a member", pv.Practice)
					}
				}
			}
			c := doc.Commissioning
			if c.Model != tt.model || c.Previous != tt.previous || c.Effective != tt.effective || c.SectionLine != tt.commissioningLn {
				t.Errorf("commissioning = %+v", c)
			}
			if doc.Conflicts.Line != tt.conflictsLine || len(doc.Conflicts.Sections) != 1 || doc.Conflicts.Text == "" {
				t.Errorf("conflicts at %d, %d sections", doc.Conflicts.Line, len(doc.Conflicts.Sections))
			}
			if doc.Variation.Line != tt.variationLine {
				t.Errorf("variation at %d, want %d", doc.Variation.Line, tt.variationLine)
			}
		})
	}
}

// The clauses the example expectations point at.
func TestExampleClauses(t *testing.T) {
	tests := []struct {
		example, number string
		line            int
		section         string
	}{
		{"ex04-amend-new", "3.3.3", 108, "3.3 Responsibilities of Member Practices"},
		{"ex04-amend-new", "6.5.2", 228, "6.5 Primary Care Co-commissioning"},
		{"ex01-example-vale", "3.3.1", 98, "3.3 Responsibilities of Member Practices"},
		{"ex04-amend-old", "3.3.1", 99, "3.3 Responsibilities of Member Practices"},
		{"ex04-amend-old", "8.4.3", 291, "8.4 Managing Conflicts of Interest"},
		{"ex03-eastmere", "6.5.3", 225, "6.5 Primary Care Co-commissioning"},
		{"ex03-eastmere", "B.2.1", 371, "B.2 Quorum"},
	}
	for _, tt := range tests {
		doc := parseExample(t, tt.example)
		found := false
		for _, c := range doc.Clauses {
			if c.Number == tt.number {
				found = true
				if c.Line != tt.line || c.Section != tt.section {
					t.Errorf("%s %s at %d in %q, want %d in %q", tt.example, tt.number, c.Line, c.Section, tt.line, tt.section)
				}
			}
		}
		if !found {
			t.Errorf("%s: no clause %s", tt.example, tt.number)
		}
	}
	// 8.4.3 was removed from the new version.
	for _, c := range parseExample(t, "ex04-amend-new").Conflicts.Clauses {
		if c.Number == "8.4.3" {
			t.Error("ex04-amend-new has 8.4.3")
		}
	}
}

func TestExampleSectionKinds(t *testing.T) {
	doc := parseExample(t, "ex04-amend-new")
	want := map[string]string{
		"3. MEMBERSHIP": model.KindMembership,
		"1.4 Amendment and Variation of this Constitution": model.KindVariation,
		"6.4 Committees of the Group":                      "",
		"6.4.4 Primary Care Joint Committee":               model.KindJointCommittee,
		"6.5 Primary Care Co-commissioning":                model.KindCommissioning,
		"6.3 The Council of Members":                       "",
		"6.6 The Governing Body":                           model.KindGoverningBody,
		"8.2 Conflicts of Interest":                        model.KindConflicts,
		"APPENDIX A – LIST OF MEMBER PRACTICES":            model.KindMembership,
	}
	seen := 0
	for _, s := range doc.Sections {
		if k, ok := want[s.Heading]; ok {
			seen++
			if s.Kind != k {
				t.Errorf("%q is %q, want %q", s.Heading, s.Kind, k)
			}
		}
		if s.Heading == "8.3 Declaring and Registering Interests" && (s.Kind != "" || len(s.Kinds) != 1 || s.Kinds[0] != model.KindConflicts) {
			t.Errorf("8.3 kinds = %q, want its parent's conflicts-of-interest", s.Kinds)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of %d headings", seen, len(want))
	}
}
