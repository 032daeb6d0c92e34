package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

func TestSeatCount(t *testing.T) {
	tests := []struct {
		role string
		want int
	}{
		{"Two GP members of the governing body", 2},
		{"3 lay members", 3},
		{"2 x practice nurses", 2},
		{"2x practice nurses", 2},
		{"2 × practice nurses", 2},
		{"the three GP members", 3},
		{"Four GP members of the Governing Body", 4},
		{"twelve locality leads", 12},
		{"Eleven GPs", 11},
		{"one GP member", 1},
		{"a registered nurse", 1},
		{"the Accountable Officer", 1},
		{"up to five co-opted members", 5},
		{"one of the lay members", 1},
		{"Second representative of NHS England", 1},
		{"", 1},
	}
	for _, tt := range tests {
		if got := seatCount(norm(tt.role)); got != tt.want {
			t.Errorf("seatCount(%q) = %d, want %d", tt.role, got, tt.want)
		}
	}
}

func TestVotingCell(t *testing.T) {
	tests := []struct {
		cell           string
		voting, stated bool
	}{
		{"Yes", true, true}, {"yes", true, true}, {"Y", true, true}, {"Voting", true, true}, {"Yes (casting vote)", true, true},
		{"No", false, true}, {"Non-voting", false, true}, {"non voting", false, true}, {"Observer", false, true},
		{"In attendance", false, true}, {"Attendance", false, true}, {"Advisory", false, true}, {"No vote", false, true},
		{"", false, false}, {"Sometimes", false, false},
	}
	for _, tt := range tests {
		v, ok := votingCell(tt.cell)
		if v != tt.voting || ok != tt.stated {
			t.Errorf("votingCell(%q) = %v, %v; want %v, %v", tt.cell, v, ok, tt.voting, tt.stated)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		role, category, want, source string
	}{
		// documents.md §4's own examples.
		{"Assistant Director of Nursing, NHS England", "", model.CategoryExecutive, "role"},
		{"Medical Adviser", "", model.CategoryClinical, "profession"},
		{"Secondary Care Doctor (Vice Chair)", "", model.CategoryClinical, "profession"},
		{"GP Chair", "", model.CategoryClinical, "role"},
		// Each rule in order.
		{"General practitioner member", "", model.CategoryClinical, "role"},
		{"Clinical Director for Planned Care", "", model.CategoryClinical, "role"},
		{"Clinical lead for children", "", model.CategoryClinical, "role"},
		{"GP representative of NHS England", "", model.CategoryClinical, "role"},
		{"Accountable Officer", "", model.CategoryExecutive, "role"},
		{"the Chief Executive", "", model.CategoryExecutive, "role"},
		{"Chief Finance Officer", "", model.CategoryExecutive, "role"},
		{"Chief Financial Officer", "", model.CategoryExecutive, "role"},
		{"Chief Operating Officer", "", model.CategoryExecutive, "role"},
		{"Head of Primary Care", "", model.CategoryExecutive, "role"},
		{"Primary care manager", "", model.CategoryExecutive, "role"},
		{"Representative of NHS England (area team)", "", model.CategoryExecutive, "role"},
		{"Sub-regional team representative", "", model.CategoryExecutive, "role"},
		{"Local authority officer", "", model.CategoryExecutive, "role"},
		{"Registered nurse", "", model.CategoryClinical, "profession"},
		{"Practice nurses", "", model.CategoryClinical, "profession"},
		{"Secondary care specialist", "", model.CategoryClinical, "profession"},
		{"Consultant", "", model.CategoryClinical, "profession"},
		{"Pharmacist", "", model.CategoryClinical, "profession"},
		{"Healthcare professional", "", model.CategoryClinical, "profession"},
		{"Lay member for audit and governance", "", model.CategoryLay, "role"},
		{"Healthwatch representative", "", model.CategoryLay, "role"},
		{"Patient representative", "", model.CategoryLay, "role"},
		{"Independent member", "", model.CategoryLay, "role"},
		{"Non-executive director", "", model.CategoryLay, "role"},
		{"Local authority councillor", "", model.CategoryUnclassified, "none"},
		{"Chair", "", model.CategoryUnclassified, "none"},
		// An explicit category wins.
		{"Accountable Officer", "Clinical", model.CategoryClinical, "column"},
		{"GP member", "Lay", model.CategoryLay, "column"},
		{"Someone", "Executive", model.CategoryExecutive, "column"},
		{"Someone", "Non-executive", model.CategoryLay, "column"},
		{"Someone", "GP", model.CategoryClinical, "column"},
		{"Someone", "Patient representative", model.CategoryLay, "column"},
		{"GP member", "", model.CategoryClinical, "role"},
		{"GP member", "Other", model.CategoryClinical, "role"},
		// A qualifying clause says what the holder does, not what the
		// seat is, unless it states the holder's clinical profession.
		{"the Managing Director, who supports the GP Chair", "", model.CategoryExecutive, "role"},
		{"the Director of Nursing and Quality, who is a registered nurse", "", model.CategoryClinical, "profession"},
		{"the Medical Director, who must be a practising doctor", "", model.CategoryClinical, "profession"},
		{"a lay member, who is not a GP", "", model.CategoryLay, "role"},
		{"four locality leads, each of whom must be a GP", "", model.CategoryClinical, "profession"},
		{"the Chair, who is a GP", "", model.CategoryClinical, "profession"},
	}
	for _, tt := range tests {
		cat, src := classify(norm(tt.role), tt.category)
		if cat != tt.want || src != tt.source {
			t.Errorf("classify(%q, %q) = %s (%s), want %s (%s)", tt.role, tt.category, cat, src, tt.want, tt.source)
		}
	}
}

func TestCommitteeSeats(t *testing.T) {
	tests := []struct {
		name, src  string
		joint      bool
		withNHSE   bool
		count      model.SeatCounts
		chair      string
		quorumLine int
	}{
		{
			name: "what each of several groups appoints, and members they share",
			src: `### Joint Commissioning Committee

6.1.2 Each of the three CCGs appoints three members of the joint committee: its Chair, who is a GP; one other GP member of its governing body; and one of its lay members. The Accountable Officer and the Chief Finance Officer whom the three CCGs share are also members.
`,
			joint: true,
			count: model.SeatCounts{Total: 11, Voting: 11, Clinical: 6, Lay: 3, Executive: 2},
		},
		{
			name: "one seat held by one member or another",
			src: `### Joint Committee

Each of the eight groups appoints two voting members to the Joint Committee: its Clinical Chair, or another GP member of its governing body in the Clinical Chair's place, and its Chief Officer.
`,
			joint: true,
			count: model.SeatCounts{Total: 16, Voting: 16, Clinical: 8, Executive: 8},
		},
		{
			name: "list items that keep their labels, and a count that names its members",
			src: `### Primary Care Commissioning Committee

The voting members of the Committee are:

- (a) two lay members: the lay member for primary care, who chairs the Committee, and the lay member for patient and public involvement;
- (b) the Director of Commissioning;
- (c) the Chief Nurse;
- (d) two GPs from outside the area.
`,
			joint: true,
			count: model.SeatCounts{Total: 6, Voting: 6, Clinical: 3, Lay: 2, Executive: 1},
		},
		{
			name: "a count in brackets after the title",
			src: `### Audit Committee

| Member | Voting |
|---|---|
| Lay member (chair) | Yes |
| Locality Clinical Leads (three GPs) | Yes |
`,
			count: model.SeatCounts{Total: 4, Voting: 4, Clinical: 3, Lay: 1},
			chair: "Lay member",
		},
		{
			name: "who may not sit is no seat",
			src: `### Audit and Risk Committee

The Audit and Risk Committee is chaired by a Non-Executive Member. Its other members are two further Non-Executive Members; the Chair of the ICB may not be a member.
`,
			count: model.SeatCounts{Total: 3, Voting: 3, Lay: 3},
			chair: "a Non-Executive Member",
		},
		{
			name: "table with voting words in cells",
			src: `### Primary Care Joint Committee

The Group and NHS England have established a joint committee.

| Role | Name | Type | Voting rights |
|---|---|---|---|
| Two GP members | | Clinical | Yes |
| Lay member (Chair) | Ms L | | yes |
| Director of Commissioning, NHS England | | | Yes |
| Healthwatch representative | | Lay | Observer |
| LMC representative | | | In attendance |
| Public health consultant | | | Non-voting |

Four members form a quorum.
`,
			joint: true, withNHSE: true,
			count: model.SeatCounts{Total: 7, Voting: 4, Clinical: 2, Lay: 1, Executive: 1},
			chair: "Lay member", quorumLine: 14,
		},
		{
			name: "a Vote column",
			src: `### Joint Committee

| Member | Vote |
|---|---|
| Three GP members | Yes |
| Chief Officer | No |
`,
			joint: true,
			count: model.SeatCounts{Total: 4, Voting: 3, Clinical: 3},
		},
		{
			name: "list led in by members, voting words in the text",
			src: `## Co-commissioning Committee

1.1 The Committee is established jointly with the NHS England area team.

1.2 The members of the Committee are:

- 3 lay members;
- 2 x practice nurses;
- the Chief Officer;
- a Healthwatch observer; and
- the Medical Director (non-voting).

1.3 The Committee's functions are:

- approving contracts;
- managing the budget.
`,
			joint: true, withNHSE: true,
			count: model.SeatCounts{Total: 8, Voting: 6, Clinical: 2, Lay: 3, Executive: 1},
		},
		{
			name: "joint by its first paragraph",
			src: `## Primary Care Group

This section describes the joint committee of the Group and NHS England.

The voting members are: the Chair, two GP members and a lay member.
`,
			joint: false, // the title does not name a committee
		},
		{
			name: "sentence membership",
			src: `### Remuneration Committee

Its members are the two lay members of the Governing Body and the Chair, and it is chaired by the lay member for patient and public involvement.
`,
			count: model.SeatCounts{Total: 3, Voting: 3, Lay: 2, Unclassified: 1},
			chair: "lay member for patient and public involvement",
		},
		{
			name: "chair added to other members",
			src: `### Audit Committee

The Audit Committee is chaired by the lay member for audit and governance. Its other members are:

- the lay member for patient and public involvement;
- one GP member of the Governing Body, who is not the Chair.
`,
			count: model.SeatCounts{Total: 3, Voting: 3, Clinical: 1, Lay: 2},
			chair: "lay member for audit and governance",
		},
		{
			name: "chair and includes in one sentence",
			src: `### Audit Committee

The Audit Committee is chaired by the lay member for audit and governance and includes the lay member for patient and public involvement and one GP member of the Governing Body.
`,
			count: model.SeatCounts{Total: 3, Voting: 3, Clinical: 1, Lay: 2},
			chair: "lay member for audit and governance",
		},
		{
			name: "who chairs it, inside the list",
			src: `### Audit Committee

The Audit Committee consists of the lay member for patient and public involvement, who chairs it, the secondary care specialist doctor and one GP member of the Governing Body.
`,
			count: model.SeatCounts{Total: 3, Voting: 3, Clinical: 2, Lay: 1},
			chair: "the lay member for patient and public involvement",
		},
		{
			name: "and is chaired by",
			src: `### Remuneration Committee

The Remuneration Committee consists of the three lay members of the Governing Body and is chaired by the lay member for patient and public involvement.
`,
			count: model.SeatCounts{Total: 3, Voting: 3, Lay: 3},
			chair: "lay member for patient and public involvement",
		},
		{
			name: "one of whom chairs",
			src: `### Primary Care Committee

The voting members of the Committee are:

-   Two GP members of the Governing Body;
-   3 lay members of the Governing Body, one of whom chairs the
    Committee;
-   the Chief Officer.
`,
			count: model.SeatCounts{Total: 6, Voting: 6, Clinical: 2, Lay: 3, Executive: 1},
			chair: "3 lay members of the Governing Body",
		},
		{
			name: "non-voting lead-in",
			src: `### Finance Committee

The following attend as non-voting members:

- the Chief Finance Officer;
- the Head of Contracts.
`,
			count: model.SeatCounts{Total: 2},
		},
		{
			name: "a former joint committee does not make it joint with NHS England",
			src: `### Primary Care Commissioning Committee

NHS England has delegated functions to the Group. The Committee replaces the joint committee that the Group and NHS England established in 2014.
`,
			joint: true,
		},
		{
			name: "lettered paragraphs after 'The members of the <named> Committee are:'",
			src: `### Quality and Performance Committee

5.2 The members of the Quality and Performance Committee are:

(a) the lay member for governance, who chairs it;

(b) the Chief Nurse;

(c) two GP members of the Governing Body.
`,
			count: model.SeatCounts{Total: 4, Voting: 4, Clinical: 3, Lay: 1},
			chair: "the lay member for governance",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.src)
			if tt.name == "joint by its first paragraph" {
				if len(doc.Committees) != 0 {
					t.Fatalf("committees = %+v", doc.Committees)
				}
				return
			}
			if len(doc.Committees) != 1 {
				t.Fatalf("committees = %+v", doc.Committees)
			}
			c := doc.Committees[0]
			if c.Joint != tt.joint || c.WithNHSEngland != tt.withNHSE {
				t.Errorf("joint %v with NHS England %v, want %v %v", c.Joint, c.WithNHSEngland, tt.joint, tt.withNHSE)
			}
			if (c.Kind == model.KindJointCommittee) != tt.joint {
				t.Errorf("kind %s", c.Kind)
			}
			if c.Count != tt.count {
				t.Errorf("count = %+v, want %+v\nseats %+v", c.Count, tt.count, c.Seats)
			}
			if c.MembershipStated != (tt.count.Total > 0) {
				t.Errorf("membership stated = %v", c.MembershipStated)
			}
			if c.Chair != tt.chair {
				t.Errorf("chair = %q, want %q", c.Chair, tt.chair)
			}
			if tt.quorumLine != 0 && (c.Quorum == nil || c.Quorum.Line != tt.quorumLine) {
				t.Errorf("quorum = %+v, want line %d", c.Quorum, tt.quorumLine)
			}
			if c.Line != 1 {
				t.Errorf("line = %d, want the heading's", c.Line)
			}
		})
	}
}

// An unclassified voting seat is left for the policies to report
// (model.ParseWarning: "a committee row it could not classify is not one").
// Seats that do not vote are not classified at all.
func TestUnclassifiedSeat(t *testing.T) {
	doc := mustParse(t, "### Primary Care Joint Committee\n\nThe members are:\n\n- the Chair;\n- a councillor (non-voting);\n- two GP members.\n")
	c := doc.Committees[0]
	if c.Count.Unclassified != 1 || c.Count.Voting != 3 || c.Count.Total != 4 {
		t.Fatalf("count = %+v", c.Count)
	}
	if s := c.Seats[0]; s.Category != model.CategoryUnclassified || s.CategorySource != "none" || s.Line != 5 {
		t.Errorf("seat = %+v", s)
	}
	if s := c.Seats[1]; s.Voting || s.Category != "" || s.CategorySource != "" {
		t.Errorf("non-voting seat = %+v", s)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings = %+v", doc.Warnings)
	}
}

func TestGoverningBody(t *testing.T) {
	src := `# 6. The Governing Body

6.1 The Governing Body is chaired by a GP.

## 6.2 Composition of the Governing Body

6.2.1 The Governing Body has the following members:

- the Chair, a GP elected by the member practices;
- three GP members elected by the member practices;
- the lay member for audit and governance;
- the Accountable Officer.

6.2.2 It exercises these functions:

- approving the budget.

## 6.3 Audit Committee

The members of the committee are:

- two lay members.
`
	doc := mustParse(t, src)
	gb := doc.GoverningBody
	if gb == nil {
		t.Fatal("no governing body")
	}
	if gb.Kind != model.KindGoverningBody || gb.Line != 1 || gb.Count.Total != 6 || gb.Count.Clinical != 4 || gb.Count.Lay != 1 || gb.Count.Executive != 1 {
		t.Errorf("governing body = %+v", gb)
	}
	if !strings.Contains(gb.Text, "6.2.1 The Governing Body has the following members:") || strings.Contains(gb.Text, "two lay members") {
		t.Errorf("text = %q: want its own subsections and not the audit committee's", gb.Text)
	}
	if len(doc.Committees) != 1 || doc.Committees[0].Count.Lay != 2 {
		t.Errorf("committees = %+v", doc.Committees)
	}
}

// The governing body's members in lettered paragraphs after "has N
// voting members:", and another committee's members stated in prose in
// the governing body's part, which are not the governing body's.
func TestGoverningBodyLetteredMembers(t *testing.T) {
	src := `**PART 4: THE BOARD**

*4.2 Who sits on the Board*

4.2.1 The Board has six voting members:

(a) the Chair, a GP elected by the member practices;

(b) two GP members elected by the member practices;

(c) a lay member for governance and audit;

(d) a registered nurse; and

(e) the Accountable Officer.

*4.3 Committees*

4.3.1 The Audit Committee is made up of the three lay members.
`
	gb := mustParse(t, src).GoverningBody
	if gb == nil {
		t.Fatal("no governing body")
	}
	if gb.Count.Total != 6 || gb.Count.Clinical != 4 || gb.Count.Lay != 1 || gb.Count.Executive != 1 {
		t.Errorf("governing body seats = %+v (%+v)", gb.Count, gb.Seats)
	}
}

// Lead-ins of lettered paragraphs that name no member themselves: the
// paragraphs are the members, whatever the lead-in counts or adds.
func TestGoverningBodyLetteredLeadIns(t *testing.T) {
	for _, lead := range []string{
		"4.2.1 The Board is made up of the following, all of whom vote:",
		"4.2.1 The Board shall comprise six members, namely:",
		"4.2.1 Composition of the Board – the Board shall comprise six members, namely:",
		"4.2.1 The Board consists of six members:",
		"4.2.1 The Board is made up of the following six members:",
	} {
		src := "**PART 4: THE BOARD**\n\n*4.2 Who sits on the Board*\n\n" + lead + `

(a) the Chair, a GP elected by the member practices;

(b) two GP members elected by the member practices;

(c) a lay member for governance and audit;

(d) a registered nurse; and

(e) the Accountable Officer.
`
		gb := mustParse(t, src).GoverningBody
		if gb == nil {
			t.Errorf("%s: no governing body", lead)
			continue
		}
		if gb.Count.Total != 6 || gb.Count.Clinical != 4 || gb.Count.Lay != 1 || gb.Count.Executive != 1 {
			t.Errorf("%s: governing body seats = %+v (%+v)", lead, gb.Count, gb.Seats)
		}
	}
}

// Lettered paragraphs after "The members of the Governing Body are:",
// one of which counts members its roman sub-items then name; a sentence
// on what most members are states no seat; and a committee's seat is
// clinical when the governing body's list says the holder of that role
// is a registered nurse.
func TestGoverningBodySubItemsAndStatedProfession(t *testing.T) {
	src := `**5. THE GOVERNING BODY**

5\.1 Most of its members are doctors.

5\.2 The members of the Governing Body are:

(a) the GP Chair;

(b) three Locality GP Members;

(c) the Managing Director, who supports the GP Chair;

(d) the Director of Nursing, who is a registered nurse;

(e) two lay members:

(i) one, the Lay Member for Audit and Governance; and

(ii) one, the Lay Member for Patient and Public Involvement.

**6. JOINT COMMITTEE**

6\.1 The Joint Commissioning Committee is a joint committee of the CCG and the Council. Its members are:

| Member | Voting |
|---|---|
| GP Chair of the CCG | Yes |
| Director of Nursing of the CCG | Yes |
| Managing Director of the CCG | Yes |
`
	doc := mustParse(t, src)
	gb := doc.GoverningBody
	if gb == nil {
		t.Fatal("no governing body")
	}
	if gb.Count.Total != 8 || gb.Count.Clinical != 5 || gb.Count.Lay != 2 || gb.Count.Executive != 1 {
		t.Errorf("governing body seats = %+v (%+v)", gb.Count, gb.Seats)
	}
	jc := committeeWhere(t, doc, "joint", func(c model.Committee) bool { return c.Joint })
	if jc.Count.Clinical != 2 || jc.Count.Executive != 1 {
		t.Errorf("joint committee seats = %+v (%+v)", jc.Count, jc.Seats)
	}
}

// A joint committee set up in a section whose title names no committee
// takes the name its text gives it, so its terms of reference in an
// appendix are found by that name and its findings name it.
func TestJointCommitteeNamedByItsText(t *testing.T) {
	const appendix = `
**APPENDIX 3 – TERMS OF REFERENCE OF THE RIVERMEET JOINT COMMISSIONING COMMITTEE**

A3.1 The Committee is a joint committee of NHS Rivermeet Integrated Care Board and NHS Coldwater Integrated Care Board.

A3.2 Each ICB appoints three voting members: a Non-Executive Member, its Director of Finance and its Partner Member for primary medical services, who is a practising GP.
`
	for _, tt := range []struct {
		name, text, want string
		voting           int
	}{
		{"in apposition", "**4.2 Joint arrangements**\n\n4.2.1 The ICB and the partner ICB have established a joint committee, the Rivermeet Joint Commissioning Committee, to exercise their primary medical services functions.\n" + appendix,
			"Rivermeet Joint Commissioning Committee", 6},
		{"named before", "**4.2 Joint arrangements**\n\n4.2.1 The two ICBs have established the Rivermeet Joint Commissioning Committee, a joint committee of both, to exercise their primary medical services functions.\n" + appendix,
			"Rivermeet Joint Commissioning Committee", 6},
		// Near miss: a title that names a committee keeps its name.
		{"titled", "**4.2 Primary Care Joint Committee**\n\n4.2.1 The two ICBs have established a joint committee, the Rivermeet Joint Commissioning Committee, to exercise their primary medical services functions.\n",
			"Primary Care Joint Committee", 0},
	} {
		doc := mustParse(t, tt.text)
		if c := committeeWhere(t, doc, "joint", func(c model.Committee) bool { return c.Joint }); c.Name != tt.want || c.Line != 1 || c.Count.Voting != tt.voting {
			t.Errorf("%s: joint committee %q at line %d with %d voting, want %q at line 1 with %d", tt.name, c.Name, c.Line, c.Count.Voting, tt.want, tt.voting)
		}
	}
}

// Counts read from a body's text: how many members it says it has
// (statedMembers), and how many parties it names as whose joint committee
// it is, each a CCG or ICB by name (namedParties); none where the count is
// of something else.
func TestCountsReadFromText(t *testing.T) {
	reads := map[string]func(string) int{"statedMembers": statedMembers, "namedParties": namedParties}
	for _, tt := range []struct {
		read, text string
		want       int
	}{
		{"statedMembers", "The Governing Body has fourteen members.", 14},
		{"statedMembers", "Seven members of the Committee vote.", 7},
		{"statedMembers", "All eighteen members of the Governing Body have a vote.", 18},
		{"statedMembers", "Fourteen people sit on the Governing Body, and each of them has a vote.", 14},
		{"statedMembers", "Every one of these ten members has a vote.", 10},
		// Near misses.
		{"statedMembers", "All members of the Governing Body have a vote.", 0},
		{"statedMembers", "All eighteen practices have a vote.", 0},
		{"namedParties", "It is a joint committee of NHS Rivermeet Integrated Care Board and NHS Coldwater Integrated Care Board.", 2},
		{"namedParties", "The Committee is a joint committee between Ashby CCG, Barrow CCG and Colne Clinical Commissioning Group; it meets monthly.", 3},
		// Near misses: a party that is not a CCG or ICB by name, or a
		// name with a comma in it, which cannot be told from two names.
		{"namedParties", "It is a joint committee of the CCG and NHS England.", 0},
		{"namedParties", "It is a joint committee of Ashby CCG and the County Council.", 0},
		{"namedParties", "It is a joint committee of NHS Isis, Chiltern and Kennet Integrated Care Board and NHS Coldwater Integrated Care Board.", 0},
		{"namedParties", "The groups have set up a joint committee.", 0},
	} {
		if got := reads[tt.read](tt.text); got != tt.want {
			t.Errorf("%s(%q) = %d, want %d", tt.read, tt.text, got, tt.want)
		}
	}
}

// A committee in common whose own text says it is not a joint committee
// is not one.
func TestCommitteeInCommonNotJoint(t *testing.T) {
	doc := mustParse(t, "### 5.4 Acute Services Review Committee in Common\n\n5.4.1 The committee meets in common with those of two other groups. It is not a joint committee: each committee decides for its own group.\n\n5.4.2 Its members are the Chief Officer, a lay member and a GP member.\n")
	if len(doc.Committees) != 1 || doc.Committees[0].Joint || doc.Committees[0].Kind != model.KindCommittee {
		t.Errorf("committees = %+v", doc.Committees)
	}
}

// A committee in common is no joint committee even where its text does
// not say so: each group's committee decides for its own group.
func TestCommitteesInCommonTitle(t *testing.T) {
	doc := mustParse(t, "**6.5 Committees in Common**\n\n6.5.1 The Group may meet in common with the committees of other clinical commissioning groups. Each group's committee takes its own decisions.\n")
	for _, c := range doc.Committees {
		if c.Joint || c.Kind == model.KindJointCommittee {
			t.Errorf("committees in common read as a joint committee: %+v", c)
		}
	}
}

// A governing body table's count column gives each row's seats, and its
// notes column the deputy chair and the chair's profession.
func TestGoverningBodyTableCountAndNotes(t *testing.T) {
	src := `## Our Governing Body

18. The Governing Body has these members:

| Member | How many | Notes |
|---|---|---|
| Chair | 1 | a GP, elected by the member practices |
| GP members | 6 | three elected by each locality |
| Lay member for audit and governance | 1 | also the Vice Chair |
| Lay member for patient and public involvement | 1 | |
| Chief Officer | 1 | our Accountable Officer |
`
	doc := mustParse(t, src)
	gb := doc.GoverningBody
	if gb == nil {
		t.Fatal("no governing body")
	}
	if gb.Count.Total != 10 || gb.Count.Clinical != 7 || gb.Count.Lay != 2 || gb.Count.Executive != 1 || gb.Count.Unclassified != 0 {
		t.Errorf("governing body seats = %+v (%+v)", gb.Count, gb.Seats)
	}
	deputy := false
	for _, f := range doc.Facts.Roles {
		if f.Role == "deputy-chair" && f.Evidence.Line == 9 {
			deputy = true
		}
	}
	if !deputy {
		t.Errorf("no deputy chair read from the notes: %+v", doc.Facts.Roles)
	}
}

// TestPrimaryCareByText: a committee whose own text says it commissions
// primary medical services, whatever its title; not when the text says
// NHS England does.
func TestPrimaryCareByText(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Committee commissions primary medical services for the Group's area.", true},
		{"NHS England has delegated to the Group the commissioning of primary medical services, which the Committee exercises.", true},
		{"NHS England still commissions primary medical services in the area; the Committee advises the Group on quality.", false},
	}
	for _, tt := range tests {
		doc := mustParse(t, "## Commissioning Committee\n\n"+tt.text+"\n")
		if len(doc.Committees) != 1 || doc.Committees[0].PrimaryCare != tt.want {
			t.Errorf("%q: committees %+v, want primary care %v", tt.text, doc.Committees, tt.want)
		}
	}
}

func TestPrimaryCare(t *testing.T) {
	for title, want := range map[string]bool{
		"Primary Care Committee":               true,
		"Primary Care Joint Committee":         true,
		"Primary Care Commissioning Committee": true,
		"Primary Care Quality Committee":       false,
		"Audit Committee":                      false,
	} {
		doc := mustParse(t, "## "+title+"\n\nText.\n")
		if len(doc.Committees) != 1 || doc.Committees[0].PrimaryCare != want {
			t.Errorf("%s: committees %+v, want primary care %v", title, doc.Committees, want)
		}
	}
}

func TestQuorum(t *testing.T) {
	tests := map[string]bool{
		"6.4.4.3 Five voting members form a quorum, provided that one GP member is present.":                             true,
		"6.4.4.3 The quorum is 5 voting members.":                                                                        true,
		"The Committee is quorate when half of its members are present.":                                                 true,
		"6.2.4.2 The membership, quorum and voting arrangements of the Committee will be set out in terms of reference.": false,
		"6.4.4.3 The Committee meets monthly.":                                                                           false,
	}
	for text, want := range tests {
		doc := mustParse(t, "### Audit Committee\n\n"+text+"\n")
		if got := doc.Committees[0].Quorum != nil; got != want {
			t.Errorf("%q: quorum found %v, want %v", text, got, want)
		}
	}
}

// TestWithNHSEngland: a committee is set up with NHS England when NHS
// England is a party to setting it up, not when the words only meet in a
// sentence.
func TestWithNHSEngland(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Group and NHS England have established a joint committee.", true},
		{"The Group and NHS England have jointly established the Committee under section 13Z.", true},
		{"NHS England and the Group have agreed to establish a Primary Care Joint Committee.", true},
		{"The Primary Care Committee is established jointly with NHS England.", true},
		{"The Group has established, jointly with NHS England’s area team, a Primary Care Joint Committee.", true},
		{"It is a joint committee of the Group and NHS England.", true},
		{"The Committee exercises the Group’s primary care functions jointly with NHS England.", true},
		{"The Committee was set up by the Group and the area team.", true},
		{"NHS England will be invited to attend meetings of the joint committee.", false},
		{"The Committee was established by the Governing Body and reports to NHS England.", false},
		{"The joint committee’s decisions are reported to NHS England each quarter.", false},
		{"NHS England’s area team has established a local professional network, which the Committee consults.", false},
		{"The Committee was established by the Governing Body. NHS England will be invited to attend.", false},
		{"It replaces the joint committee that the Group and NHS England established in 2014.", false},
		{"The CCG may, jointly with NHS England, set up a committee to commission GP services.", true},
		{"NHS England and the CCG will each nominate three members of the joint committee.", true},
		{"The Joint Committee comprises NHS England and the four CCGs of the county.", true},
		{"The primary care joint committees of the three CCGs of the county and NHS England meet together.", true},
		{"The Committee comprises representatives of the CCG, NHS England and Healthwatch.", false},
		{"This is not a joint committee: NHS England attends as an observer.", false},
	}
	for _, tt := range tests {
		if _, got := jointMentions(tt.text, false); got != tt.want {
			t.Errorf("%q: with NHS England %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A committee whose members are described only in words that give no
// seats keeps the sentence that describes them; a quorum is not one.
func TestMembersInWords(t *testing.T) {
	for _, tt := range []struct {
		name, body, want string
	}{
		{"appointed in numbers agreed", "6.1.2 The three CCGs appoint the members of the joint committee in the numbers they agree each year.\n",
			"6.1.2 The three CCGs appoint the members of the joint committee in the numbers they agree each year."},
		{"quorum only", "6.1.5 A meeting is quorate when at least seven members are present.\n", ""},
		{"seats read", "6.1.2 The members of the Committee are: two GP members and a lay member.\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "# 6. Joint Commissioning Committee\n\n"+tt.body)
			if len(doc.Committees) != 1 {
				t.Fatalf("committees = %+v", doc.Committees)
			}
			if got := doc.Committees[0].MembersText; got != tt.want {
				t.Errorf("members text = %q, want %q", got, tt.want)
			}
		})
	}
}

// Committees set out one to a row of a table: each row a committee, its
// members read from their cell, voting and not.
func TestCommitteesFromATable(t *testing.T) {
	doc := mustParse(t, `# 6. Committees of the Board

| Committee | Chair | Membership | Quorum |
|---|---|---|---|
| Audit Committee | Lay Member for Governance | The Lay Member for Governance and the Lay Member for Patient and Public Involvement. The auditors attend. | Two members |
| Primary Care Joint Committee (with NHS England) | Lay Member for Patient and Public Involvement | Voting members: the Lay Member for Patient and Public Involvement, two GP members and two representatives of NHS England. Non-voting: a representative of the Local Medical Committee. | Three members |
`)
	if len(doc.Committees) != 2 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	audit, joint := doc.Committees[0], doc.Committees[1]
	if audit.Joint || audit.Count.Lay != 2 || audit.Count.Total != 2 || audit.Line != 5 {
		t.Errorf("audit = %+v", audit)
	}
	if !joint.Joint || !joint.WithNHSEngland || joint.Count.Voting != 5 || joint.Count.Clinical != 2 || joint.Count.Total != 6 || joint.Quorum == nil {
		t.Errorf("joint = %+v", joint)
	}
}

// A governing body under the name the constitution gives it: its
// sections are the governing body's, and another section that only
// mentions the name is not.
func TestGoverningBodyUnderItsOwnName(t *testing.T) {
	for _, naming := range []string{
		"5.4.1 The CCG's governing body, which the 2006 Act requires it to have, is called the Clinical Executive.",
		"5.4.1 The Act requires the CCG to have a governing body. The CCG calls its governing body the Clinical Executive.",
		"5.4.1 In this constitution “the Clinical Executive” means the governing body of the CCG.",
		"5.4.1 The Clinical Executive is the CCG's governing body for the purposes of the 2006 Act.",
	} {
		t.Run(naming, func(t *testing.T) {
			doc := mustParse(t, "# 5. Decision making\n\n"+naming+`

## 5.5 Composition of the Clinical Executive

| Member | Category |
|---|---|
| Chair, a GP elected by the member practices | Clinical |
| Lay member for governance | Lay |
| Accountable Officer | Executive |

## 5.6 Committees of the Clinical Executive

5.6.1 The Clinical Executive has an Audit Committee.
`)
			gb := doc.GoverningBody
			if gb == nil || gb.Count.Total != 3 {
				t.Fatalf("governing body = %+v", gb)
			}
			for _, s := range doc.Sections {
				if s.Title == "Committees of the Clinical Executive" && s.Kind == model.KindGoverningBody {
					t.Errorf("%q is read as the governing body's own section", s.Heading)
				}
			}
		})
	}
}

// A governing body stated in prose across the sentences of a paragraph:
// the sentences are read when they make up the number it states, and
// left when they do not.
func TestGoverningBodyInProse(t *testing.T) {
	const text = `# 4. THE GOVERNING BODY

4.1 The Governing Body has %s voting members. The Chair is a GP chosen by the member practices, and four other GPs sit on it as locality leads: one for each locality. The Accountable Officer and the Chief Finance Officer are members by virtue of their posts. The other three members are independent of the practices: a registered nurse and two lay members, one of whom leads on audit, risk and conflicts while the other leads on engagement.
`
	doc := mustParse(t, fmt.Sprintf(text, "ten"))
	gb := doc.GoverningBody
	if gb == nil || gb.Count.Total != 10 || gb.Count.Clinical != 6 || gb.Count.Lay != 2 || gb.Count.Executive != 2 {
		t.Fatalf("governing body = %+v", gb)
	}
	// Eleven stated, ten read: the prose is not taken, and the three
	// after the colon, too few to be its members, are not taken either:
	// it is judged by the roles its sentences name.
	doc = mustParse(t, fmt.Sprintf(text, "eleven"))
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total != 0 || len(roleNames(doc)) < 5 {
		t.Fatalf("governing body of eleven = %+v, roles %v; want no seats and the roles its sentences name", gb, roleNames(doc))
	}
}

// The same in other words: members "appointed to it" by a count, one "who
// sits on it by virtue of that post, and so does" another, "the remaining
// two are a …"; and the group's chair on a joint committee is a GP where
// a sentence of the governing body's says so.
func TestGoverningBodyInProseOtherWords(t *testing.T) {
	const text = `# 4. THE GOVERNING BODY

4.1 The Governing Body has %s members. Five of them are GPs elected by the practices. The Chief Officer, who is shared with the neighbouring group, sits on it by virtue of that post, and so does the Finance Director. Two lay members are appointed to it: one who leads on audit and one who leads on engagement. The remaining two are a registered nurse and a hospital consultant, neither of whom may work for a provider the Group commissions from.

4.2 The Chair is elected by the practices from among the GP members.

# 7. Primary Care Joint Committee

7.1 The Group and NHS England have set up a joint committee to commission primary medical services.

7.2 The Group appoints three voting members: the lay member for engagement, who chairs it; the Chair of the Group; and the Finance Director. NHS England appoints two voting members: its Head of Primary Care and a finance manager.
`
	doc := mustParse(t, fmt.Sprintf(text, "eleven"))
	gb := doc.GoverningBody
	if gb == nil || gb.Count.Total != 11 || gb.Count.Clinical != 7 || gb.Count.Lay != 2 || gb.Count.Executive != 2 {
		t.Fatalf("governing body = %+v", gb)
	}
	if len(doc.Committees) != 1 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	if c := doc.Committees[0].Count; c.Voting != 5 || c.Clinical != 1 || c.Unclassified != 0 {
		t.Errorf("joint committee = %+v, want 5 voting, 1 clinical (the group's chair, a GP)", c)
	}
	// Twelve stated, eleven read: the prose is not taken.
	doc = mustParse(t, fmt.Sprintf(text, "twelve"))
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total == 12 || gb.Count.Total == 11 {
		t.Fatalf("governing body of twelve = %+v", gb)
	}
	// Near miss: a chair the text makes no GP stays unclassified.
	doc = mustParse(t, strings.Replace(fmt.Sprintf(text, "eleven"), "The Chair is elected by the practices from among the GP members.", "The Chair is elected by the practices.", 1))
	if c := doc.Committees[0].Count; c.Clinical != 0 || c.Unclassified != 1 {
		t.Errorf("joint committee, chair no GP = %+v", c)
	}
}

// A paragraph that counts the governing body's members, names a share of
// them after a colon and ends "The others are:", then the others in
// lettered paragraphs: the share and every lettered member are its seats.
// A paragraph ending otherwise leaves the lettered paragraphs to no one.
func TestGoverningBodySharesThenOthers(t *testing.T) {
	const text = `# 6. THE GOVERNING BODY

6\.2 *Membership.* The Governing Body has eleven voting members. Five of them are GPs from the member practices: the Clinical Chair, and four locality GP leads, one from each locality. %s

a. the Accountable Officer;

b. the Chief Finance Officer;

c. a registered nurse;

d. a secondary care doctor;

e. the lay member for governance;

f. the lay member for patient and public involvement.
`
	gb := mustParse(t, fmt.Sprintf(text, "The others are:")).GoverningBody
	if gb == nil || gb.Count.Voting != 11 || gb.Count.Clinical != 7 || gb.Count.Lay != 2 || gb.Count.Executive != 2 {
		t.Fatalf("governing body = %+v", gb)
	}
	gb = mustParse(t, fmt.Sprintf(text, "They meet monthly.")).GoverningBody
	if gb != nil && gb.Count.Voting == 11 {
		t.Errorf("lettered paragraphs after a paragraph that leads into nothing read as members: %+v", gb.Seats)
	}
}

// A governing body stated clause by clause, each numbered: a share of its
// members, a chair, a member by office and others "so are", one who sits
// on it, and "there are two further lay members".
func TestGoverningBodyInNumberedProseClauses(t *testing.T) {
	const text = `# 5. THE GOVERNING BODY

5.1 The Governing Body has %s members, all of whom vote.

5.2 Its Chair is a lay member, chosen by the members after open competition.

5.3 Five of its members are GPs from member practices, elected by the localities.

5.4 The Accountable Officer, who is also a practising GP, is the Chief Executive and a member of the Governing Body by virtue of that office. So are the Director of Finance and the Director of Quality, who is a registered nurse.

5.5 A hospital consultant who works for no provider in the area sits on the Governing Body.

5.6 Besides the Chair there are two further lay members: one for audit and one for engagement.
`
	doc := mustParse(t, fmt.Sprintf(text, "twelve"))
	gb := doc.GoverningBody
	if gb == nil || gb.Count.Total != 12 || gb.Count.Lay != 3 || gb.Count.Clinical != 8 || gb.Count.Executive != 1 {
		t.Fatalf("governing body = %+v", gb)
	}
	// Thirteen stated, twelve read: the prose is not taken.
	doc = mustParse(t, fmt.Sprintf(text, "thirteen"))
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total == 12 || gb.Count.Total == 13 {
		t.Fatalf("governing body of thirteen = %+v", gb)
	}
	// Other words for the same: "Four other GPs sit on", "also includes",
	// "There are two lay members", "are members by virtue of their posts".
	const other = `# 5. THE GOVERNING BODY

5.1 The Governing Body has ten members. Its Chair is a GP from a member practice.

5.2 Four other GPs sit on the Governing Body, one for each locality.

5.3 The Governing Body also includes a registered nurse.

5.4 There are two lay members. One leads on audit; the other on engagement.

5.5 The Accountable Officer and the Chief Finance Officer are members by virtue of their posts.
`
	doc = mustParse(t, other)
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total != 10 || gb.Count.Lay != 2 || gb.Count.Clinical != 6 || gb.Count.Executive != 2 {
		t.Fatalf("governing body in other words = %+v", gb)
	}
	// And others: "So is …", "sits on … as its registered nurse, and … is
	// a member as well", "There is one …", "Three members are lay
	// members", "Its Chair is the Clinical Chair, a GP …".
	const more = `# 5. THE GOVERNING BODY

5.1 The Governing Body has %s members. Its Chair is the Clinical Chair, a GP from a member practice.

5.2 Four of its members are locality GPs.

5.3 The Accountable Officer and the Chief Finance Officer are members by virtue of their posts.

5.4 So is the Director of Operations, who leads the day-to-day work.

5.5 The Director of Nursing sits on the Governing Body as its registered nurse, and the Medical Director is a member as well.

5.6 There is one secondary care specialist doctor.

5.7 Three members are lay members. The first leads on audit; the second on engagement; the third on primary care.
`
	doc = mustParse(t, fmt.Sprintf(more, "fourteen"))
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total != 14 || gb.Count.Lay != 3 {
		t.Fatalf("governing body in more words = %+v", gb)
	}
	// And: "It is chaired jointly by two Co-Chairs, each a GP", "Three
	// other GPs … are elected by the members to sit on the Governing
	// Body", "are members because of the posts they hold".
	const coChairs = `# 5. THE GOVERNING BODY

5.5.1 The Governing Body has nine members. It is chaired jointly by two Co-Chairs, each a GP working in a member practice.

5.5.2 Three other GPs from member practices are elected by the members to sit on the Governing Body. The Accountable Officer and the Chief Finance Officer are members because of the posts they hold.

5.5.3 There are two lay members.
`
	doc = mustParse(t, coChairs)
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total != 9 || gb.Count.Clinical != 5 || gb.Count.Lay != 2 {
		t.Fatalf("governing body with co-chairs = %+v", gb)
	}
	// "drawn from three places. From the member practices come …".
	const drawn = `# 5. THE GOVERNING BODY

5.1 The members of the Governing Body are drawn from three places. From the member practices come four GPs elected by the members, one of whom is the Clinical Chair; the Clinical Chair chairs the Governing Body. From the staff come the Accountable Officer and the Chief Finance Officer. From outside the Group come a registered nurse and two lay members: one who leads on audit, and one who leads on engagement.
`
	doc = mustParse(t, drawn)
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total != 9 || gb.Count.Clinical != 5 || gb.Count.Lay != 2 || gb.Count.Executive != 2 {
		t.Fatalf("governing body drawn from three places = %+v", gb)
	}
	doc = mustParse(t, fmt.Sprintf(more, "fifteen"))
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total == 14 || gb.Count.Total == 15 {
		t.Fatalf("governing body in more words, fifteen stated = %+v", gb)
	}
}

// A governing body whose chair "leads it", whose other titles the member
// practices elect, whose GPs "also sit on it", and whose officers
// "complete it: …"; a member renamed after the series that names it ("a
// hospital consultant, the secondary care doctor") is one member.
func TestGoverningBodyLedAndCompleted(t *testing.T) {
	const text = `# 4. THE GOVERNING BODY

4.1 The Governing Body has %s voting members. The GP Chair leads it. The member practices elect the GP Chair from their own GPs, and elect a Deputy GP Chair the same way. Four locality GPs also sit on it, one for each locality.

4.2 Besides the GPs there are two lay members, one for audit and one for engagement.

4.3 The Governing Body also includes a practice nurse and a hospital consultant, the secondary care doctor, neither of whom may work for a local provider. Two officers complete it: the Chief Officer and the Director of Finance.
`
	doc := mustParse(t, fmt.Sprintf(text, "twelve"))
	gb := doc.GoverningBody
	if gb == nil || gb.Count.Total != 12 || gb.Count.Clinical != 8 || gb.Count.Lay != 2 || gb.Count.Executive != 2 {
		t.Fatalf("governing body = %+v", gb)
	}
	// Thirteen stated: the sentences give twelve, so they are not taken.
	if gb := mustParse(t, fmt.Sprintf(text, "thirteen")).GoverningBody; gb == nil || gb.Count.Total >= 12 {
		t.Fatalf("governing body of thirteen = %+v", gb)
	}
	// A deputy the Governing Body elects from among its members is no
	// seat of its own: the twelve are then eleven and a stated twelve
	// is not made up.
	other := strings.Replace(fmt.Sprintf(text, "twelve"), "and elect a Deputy GP Chair the same way", "and the Governing Body elects a Deputy Chair from among its members", 1)
	if gb := mustParse(t, other).GoverningBody; gb == nil || gb.Count.Total >= 11 {
		t.Fatalf("governing body with a deputy from its members = %+v", gb)
	}
}

// Lettered members after "… comprise sixteen members, each with a vote, as
// follows:", one of them counted and described after a dash: the count
// is the seats, the description's parts no seats of their own.
func TestGoverningBodyLetteredWithDashes(t *testing.T) {
	doc := mustParse(t, `# 5. THE GOVERNING BODY

5.3.1 The Governing Body shall comprise six members, each with a vote, as follows:

a) **the Chair** – a GP working in a member practice;

b) **the Accountable Officer** – the CCG's Chief Executive;

c) **the Chief Finance Officer**;

d) **three lay members** – one who leads on audit; one who leads on patient and public involvement; one who leads on primary care.
`)
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total != 6 || gb.Count.Lay != 3 || gb.Count.Unclassified != 0 {
		t.Fatalf("governing body = %+v", gb)
	}
}

// A committee whose members are stated in shares after their count:
// "Two are Non-Executive Members, …", "Three are executives: …", "The
// other two are GP Clinical Leads"; or named after "They are".
func TestCommitteeMembersInCountedShares(t *testing.T) {
	for _, tt := range []struct {
		name, text       string
		voting, clinical int
	}{
		{"shares, the last the other two", "The Committee has seven voting members. Two are Non-Executive Members, one of whom chairs the Committee. Three are executives: the Director of Finance, the Director of Nursing and the Director of Primary Care. The other two are GP Clinical Leads, appointed by the Medical Director.", 7, 2},
		{"they are, named", "The Committee has five voting members. They are the Lay Member for Governance, who chairs it; the Lay Member for Engagement; the Chief Finance Officer; the Director of Nursing; and the secondary care doctor.", 5, 1},
		{"shares of the governing body's and the seventh", "The Committee has five voting members. Two are lay members of the Governing Body: the lay member for audit and the lay member for engagement. Two are officers of the CCG: the Chief Finance Officer and the Director of Primary Care. The fifth is the secondary care doctor.", 5, 1},
		{"members as well, after what each party appoints", "Each of the two CCGs appoints two members of the Committee: its lay member for primary care and one of its GP members. The Chief Finance Officer and the Director of Nursing are members as well.", 6, 2},
		{"members for and who complete the membership", "The Committee has six voting members. Three of them are lay members of the Governing Body. The Accountable Officer and the Chief Finance Officer are members for the executive. The secondary care doctor completes the voting membership.", 6, 1},
	} {
		doc := mustParse(t, "## 4.3 Primary Care Commissioning Committee\n\n4.3.2 "+tt.text+"\n")
		if len(doc.Committees) != 1 {
			t.Fatalf("%s: committees = %+v", tt.name, doc.Committees)
		}
		if c := doc.Committees[0].Count; c.Voting != tt.voting || c.Clinical != tt.clinical {
			t.Errorf("%s: committee = %+v, want %d voting, %d clinical", tt.name, c, tt.voting, tt.clinical)
		}
	}
}

// A committee whose members are named in sentences with no count: who
// chairs it, its vice chair, and those who "also sit on it with a vote,
// as does …".
func TestCommitteeMembersNamedWithoutCount(t *testing.T) {
	doc := mustParse(t, `## 6.5 Primary Care Commissioning Committee

6.5.2 The lay member for engagement chairs the Committee, and the lay member for audit is its Vice Chair. The Accountable Officer and the Chief Finance Officer also sit on it with a vote, as does the registered nurse member.
`)
	if len(doc.Committees) != 1 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	if c := doc.Committees[0].Count; c.Voting != 5 || c.Lay != 2 || c.Clinical != 1 || c.Executive != 2 {
		t.Errorf("committee = %+v, want 5 voting: 2 lay, 1 clinical, 2 executive", c)
	}
}

// A committee whose members are named in sentences, the last of them as
// "the seventh voting member": the ordinal counts them.
func TestCommitteeMembersNamedToTheLast(t *testing.T) {
	const text = `## 4.3 Primary Care Commissioning Committee

4.3.2 The Committee is chaired by the lay member for primary care, and the lay member for engagement is its Vice Chair. The lay member for audit is also a voting member. So are the Chief Finance Officer and the Director of Primary Care. The secondary care doctor is the %s voting member.
`
	doc := mustParse(t, fmt.Sprintf(text, "sixth"))
	if len(doc.Committees) != 1 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	if c := doc.Committees[0].Count; c.Voting != 6 || c.Lay != 3 || c.Clinical != 1 || c.Executive != 2 {
		t.Errorf("committee = %+v, want 6 voting: 3 lay, 1 clinical, 2 executive", c)
	}
	// "the seventh" of six named: the prose is not taken.
	doc = mustParse(t, fmt.Sprintf(text, "seventh"))
	if c := doc.Committees[0].Count; c.Voting == 6 || c.Voting == 7 {
		t.Errorf("committee with the seventh of six = %+v", c)
	}
}

// What each party appoints to a joint committee, with the parties counted
// elsewhere: by the total, as "the two groups" or "both CCGs"; none of
// them, nothing read.
func TestEachPartyAppoints(t *testing.T) {
	const head = `## 6.4 Northvale and Southmere Joint Committee

6.4.1 The Group and NHS Southmere CCG have formed a joint committee to take the decisions %s must take together on hospital services.

6.4.2 Each CCG appoints three voting members to the Joint Committee: its Clinical Chair, its lay member for governance and its Chief Officer.%s
`
	for _, tt := range []struct {
		name, parties, total string
		voting, clinical     int
	}{
		{"by the total", "both CCGs", " The Joint Committee therefore has six voting members.", 6, 2},
		{"as the two groups", "the two groups", "", 6, 2},
		{"as both", "both CCGs", "", 6, 2},
		{"not counted", "the CCGs", "", 0, 0},
	} {
		doc := mustParse(t, fmt.Sprintf(head, tt.parties, tt.total))
		got := committeeWhere(t, doc, tt.name+": joint", func(c model.Committee) bool { return c.Joint })
		if got.Count.Voting != tt.voting || got.Count.Clinical != tt.clinical {
			t.Errorf("%s: seats = %+v (%+v), want %d voting, %d clinical", tt.name, got.Count, got.Seats, tt.voting, tt.clinical)
		}
	}
}

// What each party appoints, where a member's description says "each of
// the …" too: the sentence is still one party's, its members counted for
// every party.
func TestEachPartyAppointsWithEachOfTheInside(t *testing.T) {
	const head = `## 6.5 Joint Committee of the Thamesbank CCGs

6.5.1 The Group and the three other CCGs of the collaboration have established a joint committee.

6.5.2 %s
`
	for _, tt := range []struct {
		name, sentence   string
		voting, clinical int
	}{
		{"qualifier with each of the", "Each CCG appoints two voting members: its Chair, who in each of the four CCGs is a GP elected by its practices, and one other GP member of its governing body.", 8, 8},
		{"each of the as the subject", "Each of the four CCGs appoints two voting members: its Clinical Chair and its Chief Officer.", 8, 4},
		{"each party is represented by", "Each of the four CCGs is represented by two members, both of whom vote: its Clinical Chair; and one of its lay members.", 8, 4},
		{"each party is represented on the committee by", "Each of the four CCGs is represented on the Joint Committee by two voting members: its Clinical Chair and its Chief Officer.", 8, 4},
	} {
		got := committeeIn(t, fmt.Sprintf(head, tt.sentence), isJoint)
		if got.Count.Voting != tt.voting || got.Count.Clinical != tt.clinical {
			t.Errorf("%s: seats = %+v (%+v), want %d voting, %d clinical", tt.name, got.Count, got.Seats, tt.voting, tt.clinical)
		}
	}
}

// Members in two tables, under lines "Voting members" and "Non-voting
// members": the second table's seats do not vote.
func TestVotingAndNonVotingTables(t *testing.T) {
	doc := mustParse(t, `## 5.4 Primary Care Commissioning Committee

5.4.1 The Committee is made up as follows.

Voting members

| Member | Role on the Committee |
|---|---|
| Lay Member for Primary Care | Chair |
| Chief Finance Officer | Member |
| Registered Nurse | Member |

Non-voting members

| Member | Role on the Committee |
|---|---|
| Two GP members | Clinical adviser |
| Representative of the Local Medical Committee | Attends |
`)
	c := committeeWhere(t, doc, "primary care", func(c model.Committee) bool { return c.PrimaryCare })
	if c.Count.Voting != 3 || c.Count.Clinical != 1 || c.Count.Unclassified != 0 {
		t.Errorf("count = %+v (%+v)", c.Count, c.Seats)
	}
}

// A committee's members stated in shares of the number it states: read
// when the shares make up the number, left when they do not.
func TestCommitteeMembersInShares(t *testing.T) {
	const text = `## 6.4 Primary Care Commissioning Committee

6.4.1 The Primary Care Commissioning Committee exercises the functions NHS England has delegated to the CCG.

6.4.2 The Committee has %s voting members. Four of them are the Lay Member for Governance, who chairs it, the Lay Member for Patient and Public Involvement, the Accountable Officer and the Chief Finance Officer. The other four are the Registered Nurse Member and three GP members chosen by the Governing Body.
`
	find := func(doc *model.Document) *model.Committee {
		return committeeWhere(t, doc, "primary care", func(c model.Committee) bool { return c.PrimaryCare })
	}
	c := find(mustParse(t, fmt.Sprintf(text, "eight")))
	if c.Count.Voting != 8 || c.Count.Clinical != 4 || c.Count.Lay != 2 || c.Count.Executive != 2 {
		t.Errorf("committee of eight = %+v (%+v)", c.Count, c.Seats)
	}
	if c := find(mustParse(t, fmt.Sprintf(text, "nine"))); c.Count.Total == 8 {
		t.Errorf("committee of nine read as its eight named members: %+v", c.Seats)
	}
}

// A committee set up in a clause with an italic run-in title, among the
// governing body's committees, its members in shares in the clause
// after: "Three of them are the lay members of the Governing Body, …"
// is one group of three, whatever the commas after it set off, and a
// plural group with nothing after it is one too.
func TestCommitteeInClausesWithGroupShares(t *testing.T) {
	const text = `## 4.4 Committees of the Governing Body

4\.4.1 The Governing Body has an Audit Committee and a Remuneration Committee. Their terms of reference are in the Governance Handbook.

4\.4.2 *Primary Care Commissioning Committee.* NHS England has delegated primary medical services to the CCG, and the Governing Body has established a Primary Care Commissioning Committee to exercise them.

4\.4.3 The Committee has seven voting members. Three of them are the lay members of the Governing Body%s The others are the Managing Director, the Chief Finance Officer, the registered nurse and the secondary care specialist doctor.
`
	for _, rest := range []string{
		", one of whom, the lay member for primary care, chairs it.",
		", of whom the lay member for primary care chairs it.",
		".",
		", appointed for their independence.",
	} {
		c := committeeWhere(t, mustParse(t, fmt.Sprintf(text, rest)), "primary care", func(c model.Committee) bool { return c.PrimaryCare })
		if c.Count.Voting != 7 || c.Count.Clinical != 2 || c.Count.Lay != 3 {
			t.Errorf("%q: committee = %+v (%+v)", rest, c.Count, c.Seats)
		}
	}
}

// A committee in a paragraph under a run-in title, italic or bold, among
// the governing body's committees: its chair and vice chair are members
// besides "its other voting members".
func TestCommitteeUnderRunInTitle(t *testing.T) {
	const text = `## 4.5 Committees of the Governing Body

4\.5.1 The Governing Body has set up the committees below.

**Audit Committee** – The Audit Committee is chaired by the lay member for audit. Its other members are the lay member for engagement and the secondary care doctor.

%s The CCG exercises its delegated functions through this committee. The committee is chaired by the lay member for audit, and the lay member for engagement is its vice chair. Its other voting members are the Accountable Officer, the Chief Finance Officer and one GP member of the Governing Body. The committee is quorate when three voting members are present.
`
	for _, title := range []string{"*Primary Care Commissioning Committee.*", "**Primary Care Commissioning Committee** –"} {
		c := committeeWhere(t, mustParse(t, fmt.Sprintf(text, title)), "primary care", func(c model.Committee) bool { return c.PrimaryCare })
		if c.Count.Voting != 5 || c.Count.Clinical != 1 || c.Count.Lay != 2 || c.Count.Executive != 2 {
			t.Errorf("%s: committee = %+v (%+v)", title, c.Count, c.Seats)
		}
	}
	// Near miss: a run-in title of a body the criteria do not judge.
	doc := mustParse(t, fmt.Sprintf(text, "*Clinical Reference Group.*"))
	for _, c := range doc.Committees {
		if c.PrimaryCare || strings.Contains(c.Name, "Reference") {
			t.Errorf("read a committee from a group's run-in title: %+v", c)
		}
	}
}

// Each of N parties appoints one member, what it must be said after a
// comma: N seats of that kind.
func TestEachPartyAppointsOne(t *testing.T) {
	const text = `## 7.2 Healthier Valleys Joint Committee

7.2.1 The Group and the other five CCGs of the valleys have established a joint committee, the Healthier Valleys Joint Committee.

7.2.2 Each of the six groups appoints one voting member of the Joint Committee, who must be %s.
`
	c := committeeWhere(t, mustParse(t, fmt.Sprintf(text, "its Clinical Chair or another GP member of its governing body")), "valleys", func(c model.Committee) bool { return true })
	if c.Count.Voting != 6 || c.Count.Clinical != 6 {
		t.Errorf("joint committee of GPs = %+v (%+v)", c.Count, c.Seats)
	}
	c = committeeWhere(t, mustParse(t, fmt.Sprintf(text, "one of its lay members")), "valleys", func(c model.Committee) bool { return true })
	if c.Count.Voting != 6 || c.Count.Clinical != 0 {
		t.Errorf("joint committee of lay members = %+v (%+v)", c.Count, c.Seats)
	}
}

// A committee "chaired by a Non-Executive Member", with "a second …
// also sits on it", officers who "are members, as is" another, and "The
// other four voting members are GPs: …" naming them after a colon.
func TestCommitteeChairedByAnotherSitsOn(t *testing.T) {
	const text = `**SCHEDULE 3 – PRIMARY CARE COMMISSIONING COMMITTEE: TERMS OF REFERENCE (EXTRACT)**

**Membership**

2\. The Committee has %s voting members. It is chaired by a Non-Executive Member, and a second Non-Executive Member also sits on it. The Director of Primary Care and the Director of Finance are members, as is the Partner Member for primary medical services. The other three voting members are GPs: the Clinical Lead for Primary Care, and two GP leads chosen by the practices, one from each place.
`
	find := func(doc *model.Document) *model.Committee {
		return committeeWhere(t, doc, "primary care", func(c model.Committee) bool { return c.PrimaryCare })
	}
	if c := find(mustParse(t, fmt.Sprintf(text, "eight"))); c.Count.Voting != 8 || c.Count.Lay != 2 || c.Count.Executive != 2 || c.Name != "PRIMARY CARE COMMISSIONING COMMITTEE" {
		t.Errorf("committee %q = %+v (%+v)", c.Name, c.Count, c.Seats)
	}
	// "independent of the practices" is no kind of member: the members
	// after the colon are read as named, a clinical lead and two GPs.
	other := strings.Replace(fmt.Sprintf(text, "eight"), "are GPs:", "are independent of the practices:", 1)
	if c := find(mustParse(t, other)); c.Count.Voting != 8 || c.Count.Clinical != 3 {
		t.Errorf("the members after 'independent of the practices:' = %+v (%+v)", c.Count, c.Seats)
	}
}

// Each party appoints "five further voting members: …", the two ICBs
// counted elsewhere in the text.
func TestEachPartyAppointsFurther(t *testing.T) {
	doc := mustParse(t, `## 4.4 Joint Committee of the Two ICBs

4.4.1 The ICB and NHS Eastmarch ICB have established a joint committee, the Joint Committee of the Two ICBs, for the services the two ICBs buy in common.

4.4.2 The Joint Chair chairs the Joint Committee. Each ICB appoints three further voting members: its Chief Executive, one of its Non-Executive Members, and its Partner Member for primary medical services, who is a practising GP.
`)
	c := committeeWhere(t, doc, "two icbs", func(c model.Committee) bool { return true })
	if c.Count.Voting < 6 || c.Count.Clinical != 2 || c.Count.Lay != 2 {
		t.Errorf("joint committee = %+v (%+v)", c.Count, c.Seats)
	}
}

// A joint committee's list of members, some held "of each CCG" or "from
// each CCG", the parties counted elsewhere in its text ("the two CCGs"):
// each such seat once for each party; uncounted parties leave it one.
func TestJointSeatsOfEachParty(t *testing.T) {
	const text = `## 6.5 Joint Clinical Committee

6.5.1 The Joint Clinical Committee is a joint committee of the CCG and NHS Westmere CCG.

6.5.2 Its voting members are:

- the Clinical Chair of each CCG;
- one practice nurse from each CCG; and
- three officers %s: the Chief Officer, the Chief Finance Officer and the Director of Commissioning.
`
	c := committeeWhere(t, mustParse(t, fmt.Sprintf(text, "shared by the two CCGs")), "joint clinical", func(c model.Committee) bool { return true })
	if c.Count.Voting != 7 || c.Count.Clinical != 4 {
		t.Errorf("joint committee = %+v (%+v)", c.Count, c.Seats)
	}
	c = committeeWhere(t, mustParse(t, fmt.Sprintf(text, "whom they share")), "joint clinical", func(c model.Committee) bool { return true })
	if c.Count.Voting != 5 {
		t.Errorf("parties not counted: %+v (%+v)", c.Count, c.Seats)
	}
}

// A joint committee whose members are the Group's, the other party's
// "represented in the same way", and shared officers who "each sit on the
// Joint Committee once".
func TestOtherPartyInTheSameWay(t *testing.T) {
	const text = `## 6.6 Marsh and Vale Joint Committee

6.6.1 The Group and NHS Vale CCG have formed a joint committee, the Marsh and Vale Joint Committee.

6.6.3 The Group's members of the Joint Committee are its Clinical Chair, its Lay Member for Audit and its Lay Member for Primary Care.%s

6.6.4 The Chief Officer and the Chief Finance Officer, who hold their posts in both CCGs, each sit on the Joint Committee once.
`
	c := committeeWhere(t, mustParse(t, fmt.Sprintf(text, " NHS Vale CCG is represented in the same way, by the holders of the same three posts.")), "marsh", func(c model.Committee) bool { return true })
	if c.Count.Voting != 8 || c.Count.Lay != 4 || c.Count.Executive != 2 {
		t.Errorf("joint committee = %+v (%+v)", c.Count, c.Seats)
	}
	c = committeeWhere(t, mustParse(t, fmt.Sprintf(text, "")), "marsh", func(c model.Committee) bool { return true })
	if c.Count.Voting != 5 {
		t.Errorf("with the other party not said: %+v (%+v)", c.Count, c.Seats)
	}
}

// Governing bodies stated in prose, each read when its sentences make up
// the number stated, and left when they do not (one more stated): the
// people who "sit on" it, chaired "by the Clinical Chair, a GP …", with
// officers members by virtue of their offices "as is" another, "also
// has" members counted before a colon; "A sixth member is …", "and so
// is …", "The remaining two members are lay members"; the chair's
// electors "also elect five other GPs to sit on it, …, and a practice
// nurse", officers who "sit on it by virtue of their posts, as does" a
// third, and remaining members that name one twice ("a hospital doctor,
// a consultant who …"), which the count shows.
func TestGoverningBodyInProseCounted(t *testing.T) {
	for _, tt := range []struct {
		name, text, stated, more string
		total, lay, executive    int
	}{
		{"people who sit on it", `# 6. THE GOVERNING BODY

6.2 %s people sit on the Governing Body, and all of them vote. It is chaired by the Clinical Chair, a GP whom the member practices elect. Each locality elects a Locality Lead from its GPs, and all five Locality Leads sit on the Governing Body. The Accountable Officer and the Chief Finance Officer are members by virtue of their offices, as is the Director of Quality, who must be a registered nurse. The Governing Body also has a secondary care doctor and two lay members, appointed after open competition: one for audit, the other for engagement.
`, "Twelve", "Thirteen", 12, 2, 2},
		{"counted on", `# 5. THE BOARD

5.2.1 The Board has %s members. Five of them are GPs working in member practices, elected by the practices. A sixth member is a practice nurse, elected by the practice nurses. The Chief Officer and the Chief Finance Officer are members because of the posts they hold, and so is the Director of Quality, who must be a registered nurse. The remaining two members are lay members.
`, "eleven", "twelve", 11, 2, 2},
		{"led by, elected by each, appointed by the chair", `# 5. THE GOVERNING BODY

5.4.1 %s people sit on the Governing Body.

5.4.2 It is led by the Clinical Chair, a GP whom the Practice Representatives elect. Each of the three localities elects one GP from its practices to sit with the Clinical Chair, and the members as a whole elect a fifth GP, who leads on prescribing.

5.4.3 The Chief Officer and the Chief Finance Officer are members because of the posts they hold. The Clinical Chair appoints, after open recruitment, a registered nurse and a hospital doctor.

5.4.4 The remaining two members are lay members.
`, "Eleven", "Twelve", 11, 2, 2},
		{"elected to sit on it", `# 6. THE GOVERNING BODY

6.3.2 The Governing Body has %s members, each of whom has a vote. Its Chair is a GP elected by the member practices, who also elect five other GPs to sit on it, one of whom the Governing Body chooses as Vice Chair, and a practice nurse. The Chief Officer and the Chief Finance Officer sit on it by virtue of their posts, as does the Director of Quality, who must be a registered nurse. The remaining three members are a hospital doctor, a consultant who works for no local provider, and two lay members.
`, "thirteen", "fourteen", 13, 2, 3},
	} {
		gb := mustParse(t, fmt.Sprintf(tt.text, tt.stated)).GoverningBody
		if gb == nil || gb.Count.Total != tt.total || gb.Count.Lay != tt.lay || gb.Count.Executive != tt.executive {
			t.Errorf("%s: governing body = %+v", tt.name, gb)
		}
		if gb := mustParse(t, fmt.Sprintf(tt.text, tt.more)).GoverningBody; gb != nil && gb.Count.Total == tt.total {
			t.Errorf("%s: %s stated, %d read: %+v", tt.name, tt.more, tt.total, gb.Seats)
		}
	}
}

// A committee whose section says what it does and whose members are only
// in a summary table in an appendix takes the table's row; one whose
// section states its members keeps them.
func TestCommitteeMembersInASummaryTable(t *testing.T) {
	const text = `# 4. Committees

**4.3.4 Primary Care Commissioning Committee**

The Board has delegated to the Primary Care Commissioning Committee its decisions on primary medical services.%s

# Appendix 3 – Summary of the Board's committees

| Committee | Chaired by | Voting members | Quorum |
|---|---|---|---|
| Primary Care Commissioning Committee | A Non-Executive Member | Two Non-Executive Members; Chief Finance Officer; Partner Member for primary medical services (a practising GP) | Three voting members, including one Non-Executive Member |
`
	find := func(doc *model.Document) *model.Committee {
		return committeeWhere(t, doc, "primary care", func(c model.Committee) bool { return c.PrimaryCare })
	}
	if c := find(mustParse(t, fmt.Sprintf(text, ""))); c.Count.Voting != 4 || c.Count.Lay != 2 || c.Quorum == nil {
		t.Errorf("committee from the summary table = %+v (%+v)", c.Count, c.Seats)
	}
	if c := find(mustParse(t, fmt.Sprintf(text, " Its members are the Chief Executive, the Medical Director and two GPs."))); c.Count.Voting != 4 || c.Count.Lay != 0 {
		t.Errorf("committee with members of its own = %+v (%+v)", c.Count, c.Seats)
	}
}

// A joint committee of ICBs whose chair "chairs it", whose shared
// officers "sit on it for all three ICBs", and of which each ICB "then
// appoints two further voting members: …", read when they make up the
// number stated; and one party named with its region in brackets that
// "appoints three: its …".
func TestJointCommitteeChairedSharedAndEach(t *testing.T) {
	for _, tt := range []struct {
		stated string
		voting int
	}{{"nine", 9}, {"eleven", 6}} {
		c := committeeWhere(t, mustParse(t, fmt.Sprintf(`## 4.5 Cluster Dental Joint Committee

4.5.1 The ICB, NHS Eastfen ICB and NHS Westfen ICB have established the Cluster Dental Joint Committee, a joint committee of the three ICBs.

4.5.2 The Joint Committee has %s voting members. A Non-Executive Member, chosen by the three Boards, chairs it, and the Chief Finance Officer and the Chief Nursing Officer sit on it for all three ICBs. Each ICB then appoints two further voting members: its Director of Primary Care and its Partner Member for primary medical services, who is a GP.
`, tt.stated)), "dental", func(c model.Committee) bool { return true })
		if c.Count.Voting != tt.voting {
			t.Errorf("%s stated: %+v (%+v)", tt.stated, c.Count, c.Seats)
		}
	}
	c := committeeWhere(t, mustParse(t, `## 6 Primary Care Joint Committee

6.1 The Group and NHS England have established a joint committee, the Primary Care Joint Committee.

6.2 The Group appoints three members of the Committee: the Lay Member, who chairs it, the Chief Officer and the Clinical Chair. NHS England (South West) appoints two: its Head of Primary Care and its Medical Director.
`), "primary care", func(c model.Committee) bool { return true })
	if c.Count.Voting != 5 {
		t.Errorf("party with its region in brackets: %+v (%+v)", c.Count, c.Seats)
	}
}

// A joint committee with NHS England whose Group "is represented on the
// Committee by" its members set off by semicolons, and NHS England's
// "members of the Committee are its …, or the deputy each of them names".
func TestPartyRepresentedBy(t *testing.T) {
	doc := mustParse(t, `## 6.5 Eastbrook Primary Care Joint Committee

6.5.1 The Group and NHS England have established the Eastbrook Primary Care Joint Committee, a joint committee of the two bodies.

6.5.2 The Group is represented on the Committee by its lay member for audit, who chairs the Committee; the Chief Officer; the Clinical Chair; and one other GP member of the Governing Body.

6.5.3 NHS England's members of the Committee are its Director of Commissioning Operations and its Medical Director, or the deputy each of them names.
`)
	c := committeeWhere(t, doc, "eastbrook", func(c model.Committee) bool { return true })
	if c.Count.Voting != 6 || c.Count.Lay != 1 || c.Count.Unclassified != 0 {
		t.Errorf("joint committee = %+v (%+v)", c.Count, c.Seats)
	}
}

// A joint committee of four bodies: the ICB's members after a colon; "Each
// of the two trusts appoints one voting member: A its … and B its …", one
// named for each; "The Council appoints two voting members, its … and its
// …"; and "The Clinical Directors of two of the borough's networks".
func TestJointCommitteeOfFourBodies(t *testing.T) {
	doc := mustParse(t, `## 4.7 Eastwick Partnership Joint Committee

4.7.1 The ICB exercises its functions in Eastwick jointly with Eastwick Hospital NHS Trust, Eastwick Care NHS Trust and Eastwick Council, through the Eastwick Partnership Joint Committee, a joint committee under section 65Z5 of the 2006 Act.

4.7.3 The ICB appoints three voting members: a Non-Executive Member, who chairs the joint committee; the Place Lead for Eastwick, an executive director of the ICB; and the Eastwick Primary Care Clinical Lead, a GP. Each of the two trusts appoints one voting member: Eastwick Hospital its Chief Operating Officer and Eastwick Care its Director of Nursing. Eastwick Council appoints two voting members, its Director of Adult Social Care and its Director of Public Health.

4.7.4 The Clinical Directors of two of the borough's primary care networks are also voting members of the joint committee.
`)
	c := committeeWhere(t, doc, "eastwick", func(c model.Committee) bool { return true })
	if c.Count.Voting != 9 || c.Count.Lay != 1 || c.Count.Clinical != 3 {
		t.Errorf("joint committee = %+v (%+v)", c.Count, c.Seats)
	}
}

// "Voting membership of the Committee is confined to the two lay members
// …, and to three officers: …".
func TestVotingMembershipConfinedTo(t *testing.T) {
	doc := mustParse(t, `## 6.6 Primary Care Commissioning Committee

6.6.2 Voting membership of the Committee is confined to the two lay members of the Governing Body, of whom the Lay Member for Audit chairs the Committee, and to three officers: the Chief Officer, the Chief Finance Officer and the Director of Commissioning.
`)
	c := committeeWhere(t, doc, "primary care", func(c model.Committee) bool { return c.PrimaryCare })
	if c.Count.Voting != 5 || c.Count.Lay != 2 || c.Count.Executive != 3 {
		t.Errorf("committee = %+v (%+v)", c.Count, c.Seats)
	}
}

// "Nine members have a vote: from the Council's nominations, …; from the
// CCG's nominations, …; and, nominated by the two bodies jointly, …":
// whose nominations each part holds is no member.
func TestMembersVoteByNominations(t *testing.T) {
	doc := mustParse(t, `## 6.6 Eastmoor Integrated Commissioning Board

6.6.1 The CCG and Eastmoor Council have established the Eastmoor Integrated Commissioning Board, a joint committee of the two bodies.

6.6.2 Five members have a vote: from the Council's nominations, the Leader of the Council and the Council's Chief Executive; from the CCG's nominations, the Clinical Chair and the Chief Officer; and, nominated by the two bodies jointly, the Chief Officer of Healthwatch Eastmoor.
`)
	c := committeeWhere(t, doc, "eastmoor", func(c model.Committee) bool { return true })
	if c.Count.Voting != 5 || c.Count.Clinical != 1 {
		t.Errorf("joint committee = %+v (%+v)", c.Count, c.Seats)
	}
}

// Primary care committees stated in prose, each read when its sentences
// make up the number stated and left when they do not (another number
// stated): shares counted on ("Three more are the …", taken only when the
// names are as many); a chair who "chairs it and" a vice chair who "is its
// Vice Chair", officers who "are members, and so are" two more; "Five
// members vote: …" and the members after it; a chair who "is the …" and
// whose "Vice Chair the …", officers who "sit on it, as does" another,
// two who "complete the voting membership"; "nine members, six of whom
// vote", the six named, those who "are its other voting members".
func TestPrimaryCareCommitteeInProseCounted(t *testing.T) {
	find := func(doc *model.Document) *model.Committee {
		return committeeWhere(t, doc, "primary care", func(c model.Committee) bool { return c.PrimaryCare })
	}
	for _, tt := range []struct {
		name, text, stated, other string
		voting, lay               int
	}{
		{"three more are the …", `## B4 Primary Care Commissioning Committee

B4.2 The Committee has eight voting members. Two are Lay Members, one of whom chairs it. %s are the Chief Finance Officer, the Medical Director and the Director of Nursing. The other three are GPs, each chosen by the GPs of one place.
`, "Three more", "Two more", 8, 2},
		{"chairs it and … is its Vice Chair; are members, and so are", `## 6.5 Primary Care Commissioning Committee

6.5.2 The Committee has %s voting members. The lay member for audit chairs it and the lay member for engagement is its Vice Chair. The Accountable Officer and the Chief Finance Officer are members, and so are the Director of Quality and the secondary care doctor. The other two voting members are GPs from the Governing Body.
`, "eight", "nine", 8, 2},
		{"Five members vote: …", `**APPENDIX D – PRIMARY CARE COMMISSIONING COMMITTEE: TERMS OF REFERENCE**

D2 %s members vote: the Lay Member for Primary Care, who chairs the Committee; the Lay Member for Audit; the Accountable Officer; the Chief Finance Officer; and the Registered Nurse Member.
`, "Five", "Six", 5, 2},
		{"Its chair is the … and its Vice Chair the …", `## 7.4 Primary Care Commissioning Committee

7.4.2 The Committee has %s voting members. Its chair is the lay member for audit and its Vice Chair the lay member for engagement. The Chief Officer and the Chief Finance Officer sit on it, as does the registered nurse member of the Governing Body. The Chair of the CCG, who is a GP, and one other GP member complete the voting membership.
`, "seven", "eight", 7, 2},
		{"a second … is its vice chair; A, B and C sit on it; each of the five … nominates a GP to sit on it; … is the sixth GP member", `**Appendix 3 – Terms of reference of the Primary Care Commissioning Committee**

A3.2 The Committee has %s voting members. A Non-Executive Member appointed by the Board chairs it, and a second Non-Executive Member is its vice chair.

A3.3 The Director of Primary Care and Communities, the Chief Finance Officer's nominated deputy and the Deputy Chief Nursing Officer sit on it for the ICB's executive.

A3.4 Each of the five Local Care Partnerships nominates a GP who works in its place to sit on the Committee, and the Partner Member nominated by the providers of primary medical services is the sixth GP member. All six vote.
`, "eleven", "twelve", 11, 2},
		{"nine members, six of whom vote", `## 8 Primary Care Commissioning Committee

8.2 The Committee has nine members, %s of whom vote. It is chaired by the Lay Member for Audit, and the Lay Member for Engagement is its Vice Chair. The Chief Officer, the Chief Finance Officer, the Director of Primary Care and the Director of Nursing are its other voting members.
`, "six", "seven", 6, 2},
	} {
		if c := find(mustParse(t, fmt.Sprintf(tt.text, tt.stated))); c.Count.Voting != tt.voting || c.Count.Lay != tt.lay {
			t.Errorf("%s: committee = %+v (%+v)", tt.name, c.Count, c.Seats)
		}
		if c := find(mustParse(t, fmt.Sprintf(tt.text, tt.other))); c.Count.Voting == tt.voting {
			t.Errorf("%s: %q stated, %d read: %+v", tt.name, tt.other, tt.voting, c.Seats)
		}
	}
}

// A joint committee whose parties each appoint a count of members, named
// for one party and then the same for the others in a sentence of their
// own, with shared officers "as well": each party's members are as many
// as the count, three times over. It lasts "until they merge": no former
// arrangement.
func TestEachPartyCountedThenNamed(t *testing.T) {
	const text = `## 7.4 The Riverside Joint Committee

7.4.1 The Group and NHS Eastbank CCG and NHS Westbank CCG have set up a joint committee, the Riverside Joint Committee, to commission acute services together until they merge.

7.4.2 Each of the three groups appoints %s voting members to it. This Group appoints its Clinical Chair, one other GP from its Governing Body and its lay member for audit. The other two groups each appoint their own Clinical Chair, one other GP from their governing body and one of their lay members. The shared Chief Officer and the shared Director of Finance are voting members as well.
`
	doc := mustParse(t, fmt.Sprintf(text, "three"))
	c := committeeWhere(t, doc, "riverside", func(c model.Committee) bool { return true })
	if !c.Joint || c.Count.Voting != 11 || c.Count.Clinical != 6 || c.Count.Lay != 3 || c.Count.Executive != 2 {
		t.Errorf("joint committee = joint %v, %+v (%+v)", c.Joint, c.Count, c.Seats)
	}
	// Four each, three named: what each appoints is not made up.
	c = committeeWhere(t, mustParse(t, fmt.Sprintf(text, "four")), "riverside", func(c model.Committee) bool { return true })
	if c.Count.Clinical == 6 {
		t.Errorf("four each read as the three named: %+v", c.Seats)
	}
	// An arrangement that ended on a date is a former one.
	ended := strings.Replace(fmt.Sprintf(text, "three"), "until they merge", "until 31 March 2019", 1)
	if c := committeeWhere(t, mustParse(t, ended), "riverside", func(c model.Committee) bool { return true }); c.Joint {
		t.Errorf("a joint committee until 31 March 2019 read as joint today")
	}
}

// A joint committee whose members are named as each party's ("the
// Clinical Chair and the Chief Officer of each of the five groups"), with
// members the parties appoint together after them.
func TestEachPartysMembersNamed(t *testing.T) {
	const text = `## 8.3 Joint Committee of the Southshire CCGs

8.3.1 The Group and the other four CCGs of Southshire have established a joint committee, the Joint Committee of the Southshire CCGs.

8.3.2 The Clinical Chair and the Chief Officer of each of the %s groups are voting members of the Joint Committee. The groups also appoint three lay members together, one of whom chairs it.
`
	c := committeeWhere(t, mustParse(t, fmt.Sprintf(text, "five")), "southshire", func(c model.Committee) bool { return true })
	if !c.Joint || c.Count.Voting != 13 || c.Count.Clinical != 5 || c.Count.Executive != 5 || c.Count.Lay != 3 {
		t.Errorf("joint committee = joint %v, %+v (%+v)", c.Joint, c.Count, c.Seats)
	}
	// "each of the groups" with no number: not counted.
	c = committeeWhere(t, mustParse(t, strings.Replace(fmt.Sprintf(text, "five"), "each of the five groups", "each group", 1)), "southshire", func(c model.Committee) bool { return true })
	if c.Count.Voting == 13 {
		t.Errorf("each group, uncounted, read as five: %+v", c.Seats)
	}
}

// A joint committee of ICBs, each of which appoints its members named
// after a colon.
func TestEachICBAppoints(t *testing.T) {
	doc := mustParse(t, `## 5.2 Western Dental Joint Committee

5.2.1 The ICB and two neighbouring ICBs have established a joint committee of the three ICBs, the Western Dental Joint Committee.

5.2.2 Each of the three ICBs appoints two members to the Joint Committee: one of its Non-Executive Members and its Chief Medical Officer.
`)
	c := committeeWhere(t, doc, "western", func(c model.Committee) bool { return true })
	if c.Count.Voting != 6 || c.Count.Lay != 3 {
		t.Errorf("joint committee = %+v (%+v)", c.Count, c.Seats)
	}
}

// A committee said to be made up of representatives of two bodies, whose
// members are then named by where they come from and by ordinal: the
// organisations are no seat, the members named are.
func TestMembersComeFromAParty(t *testing.T) {
	const text = `**APPENDIX F – PRIMARY CARE COMMISSIONING COMMITTEE: TERMS OF REFERENCE**

**Membership**

3\. The Committee is made up of representatives of the CCG and of the council's public health team.

4\. Five of its voting members come from the CCG: the Lay Member for Audit, who chairs it; the Lay Member for Engagement; the Chief Officer; the Chief Finance Officer; and a GP member of the Governing Body. The %s is the council's Director of Public Health, or a deputy whom the Director names.
`
	find := func(doc *model.Document) *model.Committee {
		return committeeWhere(t, doc, "primary care", func(c model.Committee) bool { return c.PrimaryCare })
	}
	if c := find(mustParse(t, fmt.Sprintf(text, "sixth"))); c.Count.Voting != 6 || c.Count.Lay != 2 || c.Count.Clinical != 1 || c.Count.Unclassified > 1 {
		t.Errorf("committee = %+v (%+v)", c.Count, c.Seats)
	}
	if c := find(mustParse(t, fmt.Sprintf(text, "seventh"))); c.Count.Voting != 5 {
		t.Errorf("the seventh after five read as a member: %+v (%+v)", c.Count, c.Seats)
	}
}

// A joint committee's terms of reference in an appendix: a sub-heading on
// its role is part of it, not a committee of its own, and its members are
// given party by party, each party's lettered after a line naming it.
func TestJointCommitteeMembersByParty(t *testing.T) {
	for _, sub := range []string{"C2 Role of the Joint Committee", "C2 Constitution of the Joint Committee"} {
		jointCommitteeMembersByParty(t, jointSrc, sub)
	}
	// Led into by who appoints them, the labels unnumbered.
	src := strings.Replace(jointSrc, "The voting members of the Joint Committee are drawn from the Group and from NHS England as follows.", "Its voting members are appointed by the two parties as follows.", 1)
	src = strings.Replace(strings.Replace(src, "C3\\.2 From the Group:", "From the Group:", 1), "C3\\.3 From NHS England:", "From NHS England:", 1)
	if src == jointSrc {
		t.Fatal("the terms of reference were not changed")
	}
	jointCommitteeMembersByParty(t, src, "C2 Role of the Joint Committee")
}

// jointSrc is a joint committee's terms of reference, its members
// given party by party under numbered labels.
var jointSrc = `**APPENDIX C – TERMS OF REFERENCE: NORTHVALE PRIMARY CARE JOINT COMMITTEE**

**C1 Introduction**

C1\.1 The Group and NHS England have established the Northvale Primary Care Joint Committee ("the Joint Committee"), a joint committee of the Group and NHS England.

**C2 Role of the Joint Committee**

C2\.1 The Joint Committee decides on the commissioning of primary medical services in the Group's area.

**C3 Membership**

C3\.1 The voting members of the Joint Committee are drawn from the Group and from NHS England as follows.

C3\.2 From the Group:

a\) the Lay Member for Governance, who chairs the Joint Committee;

b\) the Chief Officer;

c\) two GP members of the Governing Body.

C3\.3 From NHS England:

d\) the Head of Primary Care;

e\) a Senior Finance Manager.
`

func jointCommitteeMembersByParty(t *testing.T, src, sub string) {
	t.Helper()
	doc := mustParse(t, strings.Replace(src, "C2 Role of the Joint Committee", sub, 1))
	var joint []model.Committee
	for _, c := range doc.Committees {
		if c.Joint {
			joint = append(joint, c)
		}
	}
	if len(joint) != 1 {
		t.Fatalf("%s: joint committees = %+v, want one", sub, joint)
	}
	if c := joint[0].Count; c.Voting != 6 || c.Clinical != 2 {
		t.Errorf("%s: joint committee seats = %+v (%+v)", sub, c, joint[0].Seats)
	}
}

// A governing body given a long name and a short one in brackets after
// it, its sections titled with the short one.
func TestGoverningBodyUnderItsShortName(t *testing.T) {
	doc := mustParse(t, `# PART 5 – THE EXECUTIVE BOARD

5.1 The CCG's governing body is called the Northvale Clinical Commissioning Executive Board (“the Executive Board”). It exercises the functions the members have not reserved.

5.2 The members of the Executive Board are set out below.

| Member | Category |
|---|---|
| Chair, a GP elected by the member practices | Clinical |
| Lay member for governance | Lay |
| Accountable Officer | Executive |
`)
	if gb := doc.GoverningBody; gb == nil || gb.Count.Total != 3 {
		t.Fatalf("governing body = %+v", doc.GoverningBody)
	}
}

// A governing body named "in this constitution" by a name of its own and
// stated in clauses with run-in titles under a heading on the governing
// structure: its members in the table after "Composition of the …", its
// deputy chair in the clause on chairing after them.
func TestGoverningBodyInRunInClausesUnderItsName(t *testing.T) {
	const src = `**6. DECISION MAKING: THE GOVERNING STRUCTURE**

6\.2 *The Governance Board.* The governing body the 2006 Act requires is called, in this constitution, the Governance Board.

6\.3 *Composition of the Governance Board.* The Governance Board has the following members:

| Member | How the seat is filled | Vote |
|---|---|---|
| Clinical Chair, a GP from a member practice | elected by the members | Yes |
| Lay member for audit and governance | appointed after open recruitment | Yes |
| Accountable Officer | appointed by the Governance Board | Yes |

6\.5 *%s.* The Clinical Chair chairs the Governance Board. The lay member for audit and governance is Deputy Chair.
`
	for _, tc := range []struct {
		title  string
		deputy bool
	}{{"Chairing", true}, {"Audit Committee", false}} {
		doc := mustParse(t, fmt.Sprintf(src, tc.title))
		if gb := doc.GoverningBody; gb == nil || gb.Count.Total != 3 {
			t.Fatalf("%s: governing body = %+v", tc.title, doc.GoverningBody)
		}
		deputy := false
		for _, r := range doc.Facts.Roles {
			deputy = deputy || r.Role == "deputy-chair"
		}
		if deputy != tc.deputy {
			t.Errorf("%s: deputy chair read %v, want %v (%+v)", tc.title, deputy, tc.deputy, doc.Facts.Roles)
		}
	}
	if doc := mustParse(t, strings.Replace(fmt.Sprintf(src, "Chairing"), "is called, in this constitution, the Governance Board", "is described below", 1)); doc.GoverningBody != nil {
		t.Errorf("a board the constitution never calls its governing body read as it: %+v", doc.GoverningBody)
	}
}

// A "Role on the Committee" column names the chair and vice chair, as
// "(Chair)" after a role does, and a quorum that needs either is judged
// with them.
func TestRoleOnTheCommitteeColumn(t *testing.T) {
	doc := mustParse(t, `### Primary Care Commissioning Committee

The voting members of the Committee are:

| Member | Role on the Committee |
|---|---|
| Lay Member for Governance | Chair |
| Lay Member for Patient and Public Involvement | Vice Chair |
| Accountable Officer | Member |
| Chief Finance Officer | Member |
| GP member of the Governing Body | Member |

The Committee is quorate when three voting members are present, including the Chair or Vice Chair.
`)
	if len(doc.Committees) != 1 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	c := doc.Committees[0]
	if c.Seats[0].Role != "Lay Member for Governance (Chair)" || c.Seats[1].Role != "Lay Member for Patient and Public Involvement (Vice Chair)" {
		t.Errorf("seats = %+v", c.Seats)
	}
	if c.Quorum == nil || c.Quorum.ClinicianRequired != model.ClinicianRequiredNo {
		t.Errorf("quorum = %+v", c.Quorum)
	}
}

// A joint committee whose members are stated in prose, party by party,
// after the number it has: each party's list is its seats, and "two of
// the GP members" are two.
func TestPartySeats(t *testing.T) {
	doc := mustParse(t, `### 6.4 Joint Commissioning Board

6.4.1 The CCG and the Council have established a joint committee, the Joint Commissioning Board.

6.4.2 The Board has eight voting members. The Council appoints the Leader of the Council and three Cabinet Members. The CCG appoints the Clinical Chair, two of the GP members of the Governing Body and the Lay Member for Patient and Public Involvement.
`)
	if len(doc.Committees) != 1 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	c := doc.Committees[0]
	if !c.Joint || c.Count.Voting != 8 || c.Count.Clinical != 3 || c.Count.Lay != 1 {
		t.Errorf("committee = %+v (%+v)", c.Count, c.Seats)
	}
}

// A governing body named only in a clause's run-in title, under a heading
// that names none: "6.2 The Governing Body. … Its members are:" and the
// lettered paragraphs after it.
func TestRunInGoverningBody(t *testing.T) {
	doc := mustParse(t, `**6. DECISION MAKING: THE GOVERNING STRUCTURE**

6.1 Authority to act. The Group acts through its members and its Governing Body.

6.2 The Governing Body. The Governing Body has the functions the Act confers on it. Its members are:

(a) the Chair, a GP elected by the members;

(b) three GP members;

(c) the Accountable Officer;

(d) two lay members.

6.3 The Lay Member for audit may not be the Chair.
`)
	gb := doc.GoverningBody
	if gb == nil || gb.Count.Total != 7 || gb.Count.Clinical != 4 || gb.Count.Lay != 2 {
		t.Errorf("governing body = %+v", gb)
	}
}

// isJoint and isPrimaryCare pick a joint committee and a primary care
// committee.
func isJoint(c model.Committee) bool       { return c.Joint }
func isPrimaryCare(c model.Committee) bool { return c.PrimaryCare }

// committeeIn parses src and returns the last of its committees that is
// is true of, failing the test when none is.
func committeeIn(t *testing.T, src string, is func(model.Committee) bool) *model.Committee {
	t.Helper()
	return committeeWhere(t, mustParse(t, src), "matching", is)
}

// committeeWhere is the last of a document's committees that is is true
// of, failing the test when none is.
func committeeWhere(t *testing.T, doc *model.Document, what string, is func(model.Committee) bool) *model.Committee {
	t.Helper()
	var found *model.Committee
	for i := range doc.Committees {
		if is(doc.Committees[i]) {
			found = &doc.Committees[i]
		}
	}
	if found == nil {
		t.Fatalf("no %s committee in %+v", what, doc.Committees)
	}
	return found
}

// A committee's name without the words that say its heading heads its
// terms of reference.
func TestWithoutTermsOfReference(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Primary Care Commissioning Committee – terms of reference", "Primary Care Commissioning Committee"},
		{"Audit Committee: Terms of Reference", "Audit Committee"},
		{"Terms of reference: Remuneration Committee", "Remuneration Committee"},
		{"TERMS OF REFERENCE OF THE QUALITY COMMITTEE", "QUALITY COMMITTEE"},
		{"PRIMARY CARE COMMITTEE: TERMS OF REFERENCE (EXTRACT FROM THE HANDBOOK)", "PRIMARY CARE COMMITTEE"},
		{"Terms of Reference", "Terms of Reference"},
		{"Committee reviewing the terms of reference of others", "Committee reviewing the terms of reference of others"},
	} {
		if got := withoutTermsOfReference(tt.in); got != tt.want {
			t.Errorf("withoutTermsOfReference(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// roleNames are the distinct roles a document's role facts name.
func roleNames(doc *model.Document) []string {
	var out []string
	for _, f := range doc.Facts.Roles {
		if !slices.Contains(out, f.Role) {
			out = append(out, f.Role)
		}
	}
	return out
}

// A governing body whose section sends the reader to a run of sections
// for who its members are ("Sections 6.6 to 6.9 describe who they are")
// takes the roles those sections name; the sections after the run, and
// a run named by a section that is not the governing body's, do not.
func TestGoverningBodyDescribedInSections(t *testing.T) {
	const text = `**6.4 %s**

6.4.1 The Governing Body has twelve members. Sections 6.6 to 6.9 describe who they are.

**6.5 Meetings**

6.5.1 The Governing Body meets in public six times a year.

**6.6 The Chair**

6.6.1 The Chair is a GP elected by the member practices.

**6.7 The Accountable Officer**

6.7.1 The Accountable Officer sits on the Governing Body, and so does the Chief Finance Officer.

**6.8 Lay Members**

6.8.1 The Lay Member for Audit and Governance chairs the Audit Committee, and the Lay Member for Patient and Public Involvement is the Deputy Chair.

**6.9 Clinical Members**

6.9.1 Six GPs, a registered nurse and a secondary care specialist doctor also sit on the Governing Body.

**6.10 Attendance**

6.10.1 The Director of Public Health attends its meetings and may speak. The Director of Finance of the Council is not a member.
`
	for _, tt := range []struct {
		title string
		want  []string
	}{
		{"The Governing Body", []string{"accountable-officer", "chief-finance-officer", "audit-lay-member", "ppi-lay-member", "deputy-chair", "registered-nurse", "secondary-care-doctor"}},
		{"Procedures", nil},
	} {
		doc := mustParse(t, fmt.Sprintf(text, tt.title))
		got := roleNames(doc)
		for _, r := range tt.want {
			if !slices.Contains(got, r) {
				t.Errorf("%s: role %s not read: %v", tt.title, r, got)
			}
		}
		if tt.want == nil && slices.Contains(got, "accountable-officer") {
			t.Errorf("%s: roles read from sections no governing body sends the reader to: %v", tt.title, got)
		}
		if gb := doc.GoverningBody; gb != nil && gb.Count.Total > 0 && gb.Count.Total < 6 {
			t.Errorf("%s: a few of twelve members taken as its members: %+v", tt.title, gb.Seats)
		}
	}
}

// Members in lists each under a label of its own ("Elected by the member
// practices:", then "Appointed:"): after a list of members, a short label
// leads into more of them. A label's list that no list of members comes
// before is not members.
func TestMembersInLabelledLists(t *testing.T) {
	const src = `**6.4 The Governing Body**

6.4.1 %s

%s

- the Clinical Chair;
- four GPs.

Appointed:

- the Chief Officer;
- the Chief Finance Officer;
- the Chief Nurse, who is a registered nurse; and
- two lay members.
`
	for _, tt := range []struct {
		lead, label string
		total       int
	}{
		{"It has the following voting members.", "Elected by the member practices:", 10},
		{"It has the following voting members.", "Elected:", 10},
		// Near miss: nothing before the first list leads into members,
		// so neither list is read as the members.
		{"It leads the commissioning of care in the borough.", "Elected:", 0},
	} {
		doc := mustParse(t, fmt.Sprintf(src, tt.lead, tt.label))
		gb := doc.GoverningBody
		if gb == nil || gb.Count.Total != tt.total {
			t.Errorf("%q, %q: governing body = %+v", tt.lead, tt.label, gb)
			continue
		}
		for _, s := range gb.Seats {
			if strings.HasSuffix(s.Role, "and") {
				t.Errorf("%q: seat %q keeps the list's closing \"and\"", tt.lead, s.Role)
			}
		}
	}
}

// One party's members counted in one sentence and named in the next
// ("The Group appoints six voting members to the Joint Committee. They
// are …"), then the other party's after a colon: both read, when the names
// make up the count.
func TestPartyCountsThenTheyAre(t *testing.T) {
	const src = `**APPENDIX D – PRIMARY CARE JOINT COMMISSIONING COMMITTEE**

D1 NHS England and the Group have established the Primary Care Joint Commissioning Committee, a joint committee.

D3 The Group appoints %s voting members to the Joint Committee. They are the lay member for primary care, who chairs it; the Chief Officer; and four of the GP members of the Board.

D4 NHS England appoints three voting members: its Director of Commissioning Operations, its Head of Primary Care, and its Medical Adviser, who is a GP.
`
	jointCounts(t, src, []seatCountCase{
		{"six", 9, 5},
		// Near miss: the names do not make up the count.
		{"seven", 3, 1},
	})
}

// seatCountCase is a fill of a source's %s and the voting and clinical
// seats its joint committee has then.
type seatCountCase struct {
	fill             string
	voting, clinical int
}

// jointCounts checks the joint committee's seats for each fill of src.
func jointCounts(t *testing.T, src string, cases []seatCountCase) {
	t.Helper()
	for _, tc := range cases {
		c := committeeIn(t, fmt.Sprintf(src, tc.fill), isJoint)
		if c.Count.Voting != tc.voting || c.Count.Clinical != tc.clinical {
			t.Errorf("%s: seats = %+v (%+v), want %d voting, %d clinical", tc.fill, c.Count, c.Seats, tc.voting, tc.clinical)
		}
	}
}

// A committee's members after a label that says whether they vote
// ("Members with a vote: …", "Members without a vote: …").
func TestMembersAfterVotingLabel(t *testing.T) {
	const src = `**4.6 Primary Care Commissioning Committee**

4.6.1 The Board delegates to the Committee its decisions on primary medical services.

4.6.2 %s a Non-Executive Member, who chairs the Committee; the Partner Member for primary medical services, who is a practising GP; two GP Clinical Leads; the Director of Primary Care; and the Chief Finance Officer.
`
	for _, tt := range []struct {
		label         string
		total, voting int
	}{
		{"Members with a vote:", 6, 6},
		{"Voting members:", 6, 6},
		{"Members without a vote:", 6, 0},
		// Near miss: a label of something else.
		{"Matters it decides:", 0, 0},
	} {
		c := committeeIn(t, fmt.Sprintf(src, tt.label), isPrimaryCare)
		if c.Count.Total != tt.total || c.Count.Voting != tt.voting {
			t.Errorf("%s: seats = %+v (%+v), want %d, %d voting", tt.label, c.Count, c.Seats, tt.total, tt.voting)
		}
	}
}

// A count of members that says nothing of what they are ("made up of
// thirteen members, all of whom have a vote", "represented … by seven
// members, all of whom vote: …") is no seat: the members named after a
// colon are, when they make up the count (else the count stands, of no
// known kind), and with no colon the sentences after say who. Members
// "drawn from" a body's members are where they come from, not who.
func TestBareCountsOfMembers(t *testing.T) {
	gb := mustParse(t, `**6.4 The Governing Body**

6.4.2 The Governing Body is made up of eight members, all of whom have a vote. It is led by the Chair of the Group, a GP whom the practices elect.

6.4.3 The Governing Body also includes a registered nurse and a secondary care specialist doctor.

6.4.4 There are three lay members. The first leads on audit and governance; the second on patient and public involvement; the third on primary care.

6.4.5 The Chief Officer and the Chief Finance Officer sit on the Governing Body by virtue of their posts.
`).GoverningBody
	if gb == nil || gb.Count.Total != 8 || gb.Count.Lay != 3 {
		t.Errorf("governing body = %+v", gb)
	}
	const represented = `6.5.2 The CCG is represented on the Committee by %s members, all of whom vote: the lay member for primary care, who chairs it; the Chief Officer; the Chief Finance Officer; and the secondary care specialist doctor. NHS England is represented by two members: its Head of Primary Care and a medical adviser, who is a GP.`
	for _, tt := range []struct {
		name, text                     string
		voting, clinical, unclassified int
	}{
		{"represented by a bare count, then the members", fmt.Sprintf(represented, "four"), 6, 2, 0},
		{"the members named do not make up the count", fmt.Sprintf(represented, "five"), 7, 1, 5},
		{"drawn from, then named", `6.5.2 The Committee's voting members are drawn from the lay, officer and non-GP clinical members of the Governing Body. The lay member for governance chairs the committee and the lay member for engagement is its vice chair. The Chief Officer and the Chief Finance Officer are voting members, as are the registered nurse and the secondary care doctor.`, 6, 2, 0},
	} {
		c := committeeIn(t, "**6.5 Primary Care Commissioning Committee**\n\n"+tt.text+"\n", isPrimaryCare)
		if c.Count.Voting != tt.voting || c.Count.Clinical != tt.clinical || c.Count.Unclassified != tt.unclassified {
			t.Errorf("%s: seats = %+v (%+v)", tt.name, c.Count, c.Seats)
		}
	}
}

// Two committees that send the reader to one appendix of terms of
// reference, each under a lettered heading of its own, stay two
// committees, each with the members its part names ("A2 Members with a
// vote: …").
func TestCommitteesSharingAnAppendix(t *testing.T) {
	doc := mustParse(t, `# NHS Tame Integrated Care Board Constitution

### 4.5 Primary Care Commissioning Committee

4.5.1 The Committee exercises the ICB's primary medical services functions. Its terms of reference are in Appendix 3.

### 4.7 West Midlands Joint Commissioning Committee

4.7.1 The ICB and the other integrated care boards of the region exercise jointly, with NHS England, the specialised services functions through the West Midlands Joint Commissioning Committee, a joint committee. Its membership is set out in Appendix 3.

## Appendix 3: Terms of Reference

**A. Primary Care Commissioning Committee**

A2 Members with a vote: a Non-Executive Member, who chairs the Committee; the Partner Member for primary medical services, who is a practising GP; two Place Clinical Leads, each a practising GP; and the Director of Primary Care.

**B. West Midlands Joint Commissioning Committee**

B2 NHS England appoints two voting members: its Regional Director of Commissioning and its Regional Director of Finance.
`)
	if len(doc.Committees) != 2 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	pc := committeeWhere(t, doc, "primary care", func(c model.Committee) bool { return strings.HasPrefix(c.Name, "Primary Care") })
	wm := committeeWhere(t, doc, "west midlands", func(c model.Committee) bool { return strings.HasPrefix(c.Name, "West Midlands") })
	if pc.Count.Voting != 5 || pc.Count.Clinical != 3 {
		t.Errorf("primary care committee = %+v (%+v)", pc.Count, pc.Seats)
	}
	if wm.Count.Voting != 2 || !wm.Joint {
		t.Errorf("joint committee = %+v (%+v)", wm.Count, wm.Seats)
	}
}

// A committee's section that says the primary medical services functions
// are kept by the Board itself does not make the committee the primary
// care commissioning committee; one that says they are delegated to it
// does.
func TestPrimaryCareFunctionKeptByTheBoard(t *testing.T) {
	const src = `# NHS Frome Integrated Care Board Constitution

**4.5 Quality and Performance Committee**

4.5.1 The Quality and Performance Committee is chaired by a Non-Executive Member and oversees the quality of the services the ICB commissions.

4.5.2 %s
`
	for _, tt := range []struct {
		sentence    string
		primaryCare bool
	}{
		{"The ICB's functions in commissioning primary medical services are kept by the Board itself, which takes advice from the Primary Care Forum.", false},
		{"The Board has delegated to it the ICB's functions in commissioning primary medical services.", true},
	} {
		doc := mustParse(t, fmt.Sprintf(src, tt.sentence))
		if len(doc.Committees) != 1 || doc.Committees[0].PrimaryCare != tt.primaryCare {
			t.Errorf("%q: committees = %+v", tt.sentence, doc.Committees)
		}
	}
}

// "Eight members of the Committee vote:" leads into lettered paragraphs,
// each a member; a count that is no lead-in ("Eight members of the
// Committee vote." and nothing after) names none.
func TestCountedVotersLeadIntoLetteredMembers(t *testing.T) {
	const src = `**Appendix 3: Primary Care Commissioning Committee – terms of reference**

PCA 2 **Voting members.** Four members of the Committee vote%s

(a) a Non-Executive Member, who chairs the Committee;

(b) the Partner Member for primary medical services, a practising GP;

(c) the Chief Finance Officer; and

(d) a Place Clinical Lead, who is a GP.
`
	for _, tt := range []struct {
		end              string
		voting, clinical int
	}{
		{":", 4, 2},
		{".", 0, 0},
	} {
		c := committeeIn(t, fmt.Sprintf(src, tt.end), isPrimaryCare)
		if c.Count.Voting != tt.voting || c.Count.Clinical != tt.clinical {
			t.Errorf("%q: seats = %+v (%+v)", tt.end, c.Count, c.Seats)
		}
	}
}

// "… made up of the Clinical Chair and ten other members, all of whom
// vote" counts the members and names one: the sentences after say who the
// others are, and one of them that names some by kind ("The executive
// members are …") is not the whole membership.
func TestOneAndOtherMembersCounted(t *testing.T) {
	gb := mustParse(t, `**5.3 The Governing Body**

5.3.1 The Governing Body is made up of the Clinical Chair and eight other members, all of whom vote.

5.3.2 Three GPs from the member practices sit on it with the Clinical Chair.

5.3.3 The executive members are the Chief Officer and the Chief Finance Officer.

5.3.4 A registered nurse and a secondary care specialist doctor are appointed to it after open recruitment.

5.3.5 Two lay members complete the Governing Body.
`).GoverningBody
	if gb == nil {
		t.Fatal("no governing body")
	}
	if gb.Count.Total != 0 && gb.Count.Total != 9 {
		t.Errorf("governing body seats = %+v (%+v), want all nine or none (judged by its roles)", gb.Count, gb.Seats)
	}
	if got := statedMembers(gb.Text); got != 9 {
		t.Errorf("stated members = %d, want 9", got)
	}
}

// A governing body named only in a clause's run-in title with lower-case
// words ("5.2 Composition of the Board."), its members in the table
// after the clause.
func TestRunInTitleWithATable(t *testing.T) {
	doc := mustParse(t, `**PART 5 – DECISION MAKING – THE GOVERNING STRUCTURE**

5.1 **Authority to act.** The members have delegated to the Board, which is the Group's governing body, the functions in the Scheme of Reservation and Delegation.

5.2 **Composition of the Board.** The Board has the following members:

| Role | Number | Voting |
|---|---|---|
| Chair (an elected GP member) | 1 | Yes |
| Elected GP members | 4 | Yes |
| Accountable Officer | 1 | Yes |
| Lay Member – Audit and Governance | 1 | Yes |

5.3 The Board meets in public.
`)
	gb := doc.GoverningBody
	if gb == nil || gb.Count.Voting != 7 || gb.Count.Clinical != 5 || gb.Count.Lay != 1 {
		t.Errorf("governing body = %+v", gb)
	}
}

// A governing body in a run-in clause whose members follow in the next
// clause, after "has N members, each of whom has a vote:", and the
// clause after that opens a subject of its own.
func TestRunInGoverningBodyMembersInTheNextClause(t *testing.T) {
	gb := mustParse(t, `**ARTICLE 6-DECISION MAKING: THE GOVERNING STRUCTURE**

6.3 **The Governing Body.** The Governing Body is responsible for the Group's governance.

6.4 The Governing Body has four members, each of whom has a vote:

(a) the Clinical Chair, a GP elected by the practices;

(b) two lay members;

(c) the Accountable Officer.

6.5 **Committees.** The Governing Body has an Audit Committee.
`).GoverningBody
	if gb == nil || gb.Count.Total != 4 || gb.Count.Lay != 2 || gb.Count.Clinical != 1 {
		t.Errorf("governing body = %+v", gb)
	}
}

// A governing body under a run-in title whose members are in a numbered
// sub-clause of it ("6.2 The Governing Body. …" then "6.2.1 Composition.
// The Governing Body comprises:" and a list), or in sentences of the
// clause itself ("Its Chair is a GP …. Four other GPs … sit on it.
// Alongside them are …; …; and …"); a clause numbered after it is not
// its own.
func TestRunInGoverningBodySubClausesAndProse(t *testing.T) {
	gb := mustParse(t, `**6. HOW DECISIONS ARE MADE**

**6.2 The Governing Body.** The Council of Members has delegated to the Governing Body the functions in the Scheme of Reservation and Delegation.

6\.2.1 Composition. The Governing Body comprises:

- the Chair, a GP elected by the member practices;
- two Locality GP Leads;
- the Chief Officer;
- two lay members, one of whom is the Deputy Chair.

**6.3 Committees of the Governing Body.** The Governing Body has an Audit Committee of three members.
`).GoverningBody
	if gb == nil || gb.Count.Total != 6 || gb.Count.Clinical != 3 || gb.Count.Lay != 2 {
		t.Errorf("sub-clause: governing body = %+v", gb)
	}
	const prose = `## Part 6: Decisions

**6.3** *Governing Body.* The Governing Body has nine members, each with a vote. Its Chair is a GP elected by the practices. Three other GPs from member practices are elected to sit on it. Alongside them are a registered nurse and a secondary care doctor, neither of whom works for a local provider; the Chief Officer, who is a member by virtue of that post; and %s, one of whom is the Deputy Chair.

**6.4** *Committees.* The Governing Body has an Audit Committee.
`
	gb = mustParse(t, fmt.Sprintf(prose, "two lay members")).GoverningBody
	if gb == nil || gb.Count.Total != 9 || gb.Count.Clinical != 6 || gb.Count.Lay != 2 {
		t.Errorf("prose: governing body = %+v", gb)
	}
	// Near miss: members that do not add up to the nine stated are not read.
	if gb := mustParse(t, fmt.Sprintf(prose, "three lay members")).GoverningBody; gb != nil && gb.Count.Total > 0 {
		t.Errorf("prose that does not add up read as the governing body: %+v", gb.Count)
	}
}

// A committee's members given party by party in sentences of one
// paragraph, "From the CCG: …. From NHS England: …", after one that says
// the parties appoint them; one such sentence alone is not read as them.
func TestMembersByPartyInSentences(t *testing.T) {
	const src = `## 7.2 Primary Care Joint Committee

7.2.1 The Primary Care Joint Committee is a joint committee of the CCG and NHS England.

7.2.2 Its voting members are appointed by the two bodies. From the CCG: the lay member for audit, who chairs it; two GP members of the Governing Body; and the registered nurse.%s
`
	c := committeeIn(t, fmt.Sprintf(src, " From NHS England: the Head of Primary Care and the Director of Finance."), isJoint)
	if c.Count.Voting != 6 || c.Count.Clinical != 3 || c.Count.Lay != 1 {
		t.Errorf("seats = %+v (%+v), want 6 voting, 3 clinical, 1 lay", c.Count, c.Seats)
	}
	if c := committeeIn(t, fmt.Sprintf(src, ""), isJoint); c.Count.Voting == 4 {
		t.Errorf("one party's sentence read as the whole membership: %+v", c.Seats)
	}
}

// A committee's members listed party by party under numbered labels
// ("2.2 From the CCG:" and its list) after a sentence that counts them;
// a party's label after a sentence that neither counts nor leads into
// members is no list of seats.
func TestMembersListedByPartyAfterACount(t *testing.T) {
	const src = `## Appendix C – Primary Care Joint Committee: terms of reference

**1. Constitution of the Committee**

1\.1 The CCG and NHS England have established a joint committee, the Primary Care Joint Committee.

**2. Membership**

2\.1 %s

2\.2 From the CCG:

- the lay member for primary care, who chairs the Committee;
- the Chief Finance Officer; and
- two GP members of the Governing Body.

2\.3 From NHS England:

- the Head of Primary Care; and
- the Assistant Director of Finance.
`
	c := committeeIn(t, fmt.Sprintf(src, "The Committee has six voting members."), isJoint)
	if c.Count.Voting != 6 || c.Count.Clinical != 2 {
		t.Errorf("seats = %+v (%+v), want 6 voting, 2 clinical", c.Count, c.Seats)
	}
	seatParties(t, c, partyCCG, partyCCG, partyCCG, partyNHSEngland, partyNHSEngland)
	if c := committeeIn(t, fmt.Sprintf(src, "The Committee meets every two months."), isJoint); c.Count.Voting == 6 {
		t.Errorf("lists under party labels read as seats with nothing leading into them: %+v", c.Seats)
	}
}

// A joint committee's members given party by party by who appoints
// them: "C2.2 The Group appoints seven of them:" and lettered members,
// then "C2.3 NHS England appoints the other two: …"; the lettered members
// are read only when they make up the count. The Chair of the Group, who
// chairs the committee, is what the group's chair is.
func TestMembersByWhoAppointsThem(t *testing.T) {
	const src = `# 5. The Governing Body

5.2 The Chair of the Group is a GP from a member practice, elected by the members.

## Appendix C – Primary Care Joint Committee: terms of reference

C1.1 The Group and NHS England have established a joint committee, the Primary Care Joint Committee.

C2.1 The Committee has six voting members.

C2.2 The Group appoints %s of them:

(a) the Chair of the Group, who chairs the Committee;

(b) two GP members of the Governing Body; and

(c) the Chief Officer.

C2.3 NHS England appoints the other two: the Head of Primary Care and the Director of Finance.
`
	c := committeeIn(t, fmt.Sprintf(src, "four"), isJoint)
	if c.Count.Voting != 6 || c.Count.Clinical != 3 || c.Count.Unclassified != 0 {
		t.Errorf("seats = %+v (%+v), want 6 voting, 3 clinical", c.Count, c.Seats)
	}
	seatParties(t, c, partyCCG, partyCCG, partyCCG, partyNHSEngland, partyNHSEngland)
	if c := committeeIn(t, fmt.Sprintf(src, "five"), isJoint); c.Count.Voting == 6 && c.Count.Clinical == 3 {
		t.Errorf("lettered members that do not make up the count read as the party's: %+v", c.Seats)
	}
}

// "Each of the three groups appoints two GP members of its governing body
// …, one of whom …": members of one kind, counted, that many for each
// party; "one voting member" each is one for each party.
func TestEachPartyAppointsCountedMembers(t *testing.T) {
	const src = `## Appendix D – Federation Joint Committee: terms of reference

D1 The three groups exercise their functions jointly through this joint committee.

D2 Membership. Each of the three groups appoints %s. The shared Accountable Officer is also a member.
`
	jointCounts(t, src, []seatCountCase{
		{"two GP members of its governing body to the Committee, one of whom is normally its Chair", 7, 6},
		{"one GP member of its governing body", 4, 3},
	})
}

// A committee's table with a "Nominated by" column gives each seat its
// party.
func TestSeatPartiesFromTheirColumn(t *testing.T) {
	c := committeeIn(t, `## Appendix 3 – Place Committee: terms of reference

1\.1 The Place Committee is a committee of the Board. It commissions primary medical services for the place.

2\.1 The members of the Committee are:

| Member | Nominated by | Voting |
|---|---|---|
| Independent chair | the ICB | Yes |
| Two clinical directors of primary care networks | the primary care networks | Yes |
| Chief Executive of the hospital trust | the trust | Yes |
| Director of Adult Services | the council | Yes |
| Chair of Healthwatch | Healthwatch | No |
`, func(c model.Committee) bool { return len(c.Seats) > 0 })
	seatParties(t, c, partyICB, partyPCN, partyTrust, partyCouncil, "")
}

// seatParties checks the parties of a committee's seats, in order.
func seatParties(t *testing.T, c *model.Committee, want ...string) {
	t.Helper()
	var parties []string
	for _, s := range c.Seats {
		parties = append(parties, s.Party)
	}
	if fmt.Sprint(parties) != fmt.Sprint(want) {
		t.Errorf("parties = %q, want %q", parties, want)
	}
}

// A governing body stated in shares whose second share is listed at
// semicolons, its last item a count of members and what some of them
// lead on: "… and three lay members, one of whom leads on audit …, one on
// …".
func TestSharesListedAtSemicolons(t *testing.T) {
	gb := mustParse(t, `## 4. The Governing Body

4.2 The Governing Body has nine members, all of whom vote. Four of them are GPs: the Chair and three locality GP members. The other five are the Chief Officer, who is the accountable officer; a registered nurse, who is not employed by any provider; and three lay members, one of whom leads on audit and governance, one on patient and public involvement and one on primary care.
`).GoverningBody
	if gb == nil || gb.Count.Total != 9 || gb.Count.Lay != 3 || gb.Count.Clinical != 5 {
		t.Errorf("governing body = %+v", gb)
	}
}

// "… consists of the Clinical Chair, who is a GP, and the following other
// members:" and lettered members: the one named first, then the lettered.
func TestMemberNamedThenTheFollowing(t *testing.T) {
	gb := mustParse(t, `## 3. The Governing Body

3.1 The Governing Body consists of the Clinical Chair, who is a GP, and the following other members:

a\. four GPs elected by the practices;

b\. the Accountable Officer; and

c\. a lay member with responsibility for audit and governance.
`).GoverningBody
	if gb == nil || gb.Count.Total != 7 || gb.Count.Clinical != 5 || gb.Count.Lay != 1 {
		t.Errorf("governing body = %+v", gb)
	}
}

// A governing body stated in shares that ends "The others are …": the
// members named there make up the stated number.
func TestSharesThenTheOthers(t *testing.T) {
	gb := mustParse(t, `## 6. The Governing Body

6.2 The Governing Body has nine members. Four of them are GPs from member practices. Two are lay members: one who leads on audit and one who leads on patient involvement. The others are a registered nurse, the Chief Officer, who is the Accountable Officer, and the Chief Finance Officer.
`).GoverningBody
	if gb == nil || gb.Count.Total != 9 || gb.Count.Lay != 2 || gb.Count.Executive != 2 || gb.Count.Clinical != 5 {
		t.Errorf("governing body = %+v", gb)
	}
}

// "The Committee has the following voting members:" (three words between
// "has" and "members") before lettered members.
func TestFollowingVotingMembersLettered(t *testing.T) {
	c := committeeIn(t, `**APPENDIX D – PRIMARY CARE COMMISSIONING COMMITTEE: TERMS OF REFERENCE**

**2. Membership**

2.1 The Committee has the following voting members:

a\) the lay member for primary care, who chairs the Committee;

b\) the Chief Officer;

c\) a GP member of the Governing Body.
`, isPrimaryCare)
	if c.Count.Voting != 3 || c.Count.Clinical != 1 {
		t.Errorf("seats = %+v (%+v)", c.Count, c.Seats)
	}
}

// A joint committee's seat whose title says nothing of its holders is
// clinical when the governing body gives the same title with words after
// a comma that make it so ("three Locality Chairs, each a GP elected by
// …"); without those words it stays unclassified. A terms of reference
// sub-heading "1. Constitution" is a part of its committee, not one.
func TestSeatTitleMadeClinicalElsewhere(t *testing.T) {
	const src = `# 6. The Governing Body

6\.1 The Governing Body has seven members, all of whom vote:

(a) the Clinical Chair, a GP elected by the Council of Practices;

(b) three Locality Chairs, each %s by the practices of one locality;

(c) the Chief Officer;

(d) the Chief Finance Officer;

(e) the lay member for governance.

**SCHEDULE 3 – TERMS OF REFERENCE: PRIMARY CARE JOINT COMMITTEE**

**1. Constitution**

1\.1 The Primary Care Joint Committee is a joint committee of the Group and NHS England.

**2. Membership**

2\.1 Seven members vote. From the Group: the lay member for governance, who chairs the Committee; the three Locality Chairs; and the Chief Officer. From NHS England: the Head of Primary Care and a Senior Primary Care Manager.
`
	doc := mustParse(t, fmt.Sprintf(src, "a GP elected"))
	joint := 0
	for _, c := range doc.Committees {
		if c.Joint {
			joint++
		}
	}
	if joint != 1 {
		t.Fatalf("joint committees = %d, want 1 (%+v)", joint, doc.Committees)
	}
	c := committeeWhere(t, doc, "joint", isJoint)
	if c.Count.Voting != 7 || c.Count.Clinical != 3 || c.Count.Unclassified != 0 {
		t.Errorf("joint committee = %+v (%+v), want 3 clinical of 7", c.Count, c.Seats)
	}
	c = committeeIn(t, fmt.Sprintf(src, "elected"), isJoint)
	if c.Count.Clinical != 0 || c.Count.Unclassified != 3 {
		t.Errorf("joint committee, locality chairs not said to be GPs = %+v", c.Count)
	}
}

// What one party appoints, counted and named after a colon, where the last
// members named are described in a clause after them ("…, whose
// portfolios are adult social care, children and families, …"): the
// clause names no members.
func TestPartyAppointsWhosePortfolios(t *testing.T) {
	const src = `# 5. Joint arrangements

**5.11 The Strategic Commissioning Board**

5\.11.1 The Strategic Commissioning Board is a joint committee of the CCG and Tarnby Borough Council.

5\.11.2 The Council appoints four voting members from among its councillors: the Leader of the Council, who chairs the Board, and three Cabinet Members, whose portfolios are %s.

5\.11.3 The CCG appoints four voting members from its Governing Body: the Clinical Chair, one other GP member, the Lay Member for Governance and the Chief Finance Officer.
`
	for _, portfolios := range []string{"adult social care, children and families, and housing", "health"} {
		c := committeeIn(t, fmt.Sprintf(src, portfolios), isJoint)
		if c.Count.Voting != 8 {
			t.Errorf("%s: joint committee = %+v (%+v), want 8 voting", portfolios, c.Count, c.Seats)
		}
	}
}

// A governing body stated sentence by sentence in more of the ways real
// ones are: a count of members elected "in the same way", officers who
// sit on it "because of the offices they hold" and one who "So does",
// one who "is a further GP member", members "the regulations require"
// listed after a colon, a count "appointed after open competition:" and
// its members, one the practice managers "elect … as the practice manager
// member", and a lay member whose relative clause holds an "and the".
// The members read must make up the count stated.
func TestGoverningBodyInProseMoreWords(t *testing.T) {
	const text = `# 6. THE GOVERNING BODY

6\.2 There are %s members of the Governing Body, all of whom vote. The Chair is a GP from a member practice, elected by the Council of Members. Three GP members are elected with the Chair in the same way. The Medical Director is a further GP member. The Accountable Officer and the Chief Finance Officer sit on the Governing Body because of the offices they hold. So does the Director of Quality, who must be a registered nurse. It also has the members the regulations require: a secondary care doctor; and a lay member who can bring the views of patients and the public to its work. Two further members are appointed after open competition: a lay member for audit; and a lay member for strategy. Finally, the practice managers of the member practices elect one of their number as the practice manager member.
`
	gb := mustParse(t, fmt.Sprintf(text, "thirteen")).GoverningBody
	if gb == nil || gb.Count.Total != 13 || gb.Count.Clinical != 7 || gb.Count.Lay != 3 || gb.Count.Unclassified != 0 {
		t.Fatalf("governing body = %+v", gb)
	}
	// Near miss: fourteen stated, thirteen read: the prose is not taken.
	if gb := mustParse(t, fmt.Sprintf(text, "fourteen")).GoverningBody; gb != nil && gb.Count.Total == 13 {
		t.Errorf("governing body of fourteen read as thirteen: %+v", gb.Seats)
	}
}

// "There are ten members of the Governing Body." counts them; it is no
// seat of ten members of no kind, which would stand for the roles the
// prose after it names.
func TestGoverningBodyThereAreMembersIsACount(t *testing.T) {
	gb := mustParse(t, `# 4. THE GOVERNING BODY

4\.1 There are ten members of the Governing Body. The Clinical Chair and three other GPs, elected by the member practices, are joined by two lay members and by the Chief Officer.
`).GoverningBody
	if gb == nil {
		t.Fatal("no governing body")
	}
	for _, s := range gb.Seats {
		if s.Count == 10 {
			t.Errorf("the count read as a seat: %+v", gb.Seats)
		}
	}
}

// "… comprises the following members, each with a vote:" leads into the
// lettered members; a lead-in that says something else of them does not.
func TestGoverningBodyFollowingEachWithAVote(t *testing.T) {
	const text = `# 7. The Governing Body

7\.3.1 The Governing Body comprises the following members, %s:

(a) the Clinical Chair, a GP elected by the member practices;

(b) the Chief Officer;

(c) the Chief Finance Officer;

(d) a lay member for audit; and

(e) a lay member for patient and public involvement.
`
	gb := mustParse(t, fmt.Sprintf(text, "each with a vote")).GoverningBody
	if gb == nil || gb.Count.Voting != 5 || gb.Count.Lay != 2 {
		t.Fatalf("governing body = %+v", gb)
	}
}

// "Each of the three CCGs appoints five voting members of the Committee:"
// and lettered members: each member that many times; lettered members
// that do not make up the count are no seats.
func TestEachPartyAppointsLetteredMembers(t *testing.T) {
	const src = `# Schedule 4 – Joint Commissioning Committee

1\.1 The Joint Commissioning Committee is a joint committee of the three CCGs.

2\.1 Each of the three CCGs appoints %s voting members of the Committee:

(a) its Clinical Chair;

(b) two of its GP Board members;

(c) its Chief Officer; and

(d) one of its lay members.
`
	c := committeeIn(t, fmt.Sprintf(src, "five"), isJoint)
	if c.Count.Voting != 15 || c.Count.Clinical != 9 {
		t.Errorf("joint committee = %+v (%+v), want 9 clinical of 15", c.Count, c.Seats)
	}
	if c := committeeIn(t, fmt.Sprintf(src, "six"), isJoint); c.Count.Voting == 15 || c.Count.Voting == 18 {
		t.Errorf("lettered members that do not make up six read as seats: %+v", c.Seats)
	}
}

// "There is a registered nurse and a secondary care specialist doctor, …"
// is two members, beside officers who "are members because of the posts
// they hold" and "The remaining three are lay members: …".
func TestGoverningBodyThereIsOneAndAnother(t *testing.T) {
	gb := mustParse(t, `# 6. THE GOVERNING BODY

6\.2 **Composition.** The Governing Body has nine members, all of whom have a vote. Two of them are GPs from member practices. The Chief Executive and the Chief Finance Officer are members because of the posts they hold. There is a registered nurse and a secondary care specialist doctor, each appointed after open recruitment. The remaining three are lay members: one for audit, one for patient involvement and one for strategy.
`).GoverningBody
	if gb == nil || gb.Count.Total != 9 || gb.Count.Clinical != 4 || gb.Count.Lay != 3 {
		t.Fatalf("governing body = %+v", gb)
	}
}

// A governing body whose list names its chair, in a text that also says
// "it is chaired by a GP": the chair is not a second member, and the
// sentences after the list ("Three lay members sit on the Governing
// Body: …", "… are members because of the posts they hold") make up the
// count.
func TestGoverningBodyChairedByAGPOnceListed(t *testing.T) {
	gb := mustParse(t, `# 4. THE GOVERNING BODY

4\.2.1 The Governing Body has nine members. Clinicians hold the majority of its seats, and it is chaired by a GP.

4\.2.2 The clinical members are:

a\) the Chair, a GP elected by the Members' Forum;

b\) two further GPs elected by the Members' Forum;

c\) a registered nurse.

4\.2.3 Three lay members sit on the Governing Body: the lay member for audit, the lay member for patient and public involvement, and a lay member for primary care.

4\.2.4 The Chief Officer and the Chief Finance Officer are members because of the posts they hold.
`).GoverningBody
	if gb == nil || gb.Count.Total != 9 || gb.Count.Lay != 3 || gb.Count.Executive != 2 {
		t.Fatalf("governing body = %+v", gb)
	}
}

// "three lay members, one of whom leads on audit, one on patient
// involvement and one on primary care" is three members, what each leads
// on after the first said without its verb.
func TestGoverningBodyOthersAreWithWhatEachLeads(t *testing.T) {
	gb := mustParse(t, `## Part C – The Governing Body

12\. The Governing Body has ten members. Five of them are GPs from member practices: the Chair and one GP elected by each of the four localities. The others are the Accountable Officer, a registered nurse, and three lay members, one of whom leads on audit, one on patient involvement and one on primary care commissioning.
`).GoverningBody
	if gb == nil || gb.Count.Total != 10 || gb.Count.Lay != 3 {
		t.Errorf("governing body = %+v", gb)
	}
}

// A committee stated only in numbered clauses of a part on several
// bodies: the clause that leads into its members and the clauses after it
// that speak of it ("That Committee is quorate when …"); not a clause
// after one that names another body, and not a committee whose own section
// states it.
func TestCommitteeInNumberedClauses(t *testing.T) {
	const src = `**PART D – COMMITTEES**

17\. The Governing Body has an Audit Committee and a Primary Care Commissioning Committee.

18\. The voting members of the Primary Care Commissioning Committee are the lay member for primary care, who chairs it, the lay member for audit, the Accountable Officer, the Chief Finance Officer and one GP member of the Governing Body.

19\. That Committee is quorate when three voting members are present, one of them a lay member.

20\. %s
`
	doc := mustParse(t, fmt.Sprintf(src, "The Audit Committee has three lay members."))
	var pccc *model.Committee
	for i := range doc.Committees {
		if doc.Committees[i].Name == "Primary Care Commissioning Committee" {
			pccc = &doc.Committees[i]
		}
	}
	if pccc == nil || pccc.Count.Voting != 5 || pccc.Count.Clinical != 1 || !pccc.PrimaryCare || pccc.Quorum == nil || pccc.Line != 5 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	// Near miss: the committee's own section states it; the clause that
	// names its members again is no second committee.
	doc = mustParse(t, "## 7 Primary Care Commissioning Committee\n\n7.1 The voting members of the Primary Care Commissioning Committee are the lay member for primary care, who chairs it, and two GP members.\n")
	if n := len(doc.Committees); n != 1 {
		t.Errorf("a committee with a section of its own read %d times: %+v", n, doc.Committees)
	}
}

// A committee a clause establishes or opens on, its members in the
// clause's sub-clauses or its next sentence; one of a kind the criteria do
// not judge (an audit committee) is left to the readers of sections.
func TestCommitteeEstablishedInAClause(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		voting    int
	}{
		{"established, members in a sub-clause", "## Part 6 – Committees and joint arrangements\n\n6.4 NHS England has delegated its primary care functions to the Group. The Governing Body has set up a Primary Care Commissioning Committee to exercise them.\n\n6.4.1 Its voting members are the lay member for primary care, who chairs it; the Accountable Officer; the Chief Finance Officer; and two GP members.\n\n6.4.2 Two observers attend but do not vote.\n\n6.4.3 A meeting is quorate when three voting members are present.\n", 5},
		{"opened on, members after a colon", "## Part 7 – Committees\n\n7.5 The Primary Care Commissioning Committee decides on GP contracts in public. It has four voting members: the lay member for primary care, who chairs it; the Accountable Officer; and two locality GP members.\n", 4},
		{"near miss: an audit committee in a clause", "## Part 7 – Committees\n\n7.2 The Audit Committee reviews internal control. Its members are the lay member for audit, who chairs it, and two other lay members.\n", 0},
	} {
		voting := -1
		for _, c := range mustParse(t, tc.src).Committees {
			voting = c.Count.Voting
		}
		if tc.voting == 0 && voting != -1 || tc.voting > 0 && voting != tc.voting {
			t.Errorf("%s: voting seats %d, want %d", tc.name, voting, tc.voting)
		}
	}
}

// A governing body in prose: a share that leads into lettered members is
// those members, not more; "The others are …; …; and …" runs past its
// semicolons; "three lay members: the lay member who …, the lay member
// who …, the lay member who …" is three members, not five.
func TestGoverningBodySharesAndOthers(t *testing.T) {
	for _, tc := range []struct {
		name, src   string
		total, lays int
	}{
		{"a share leading into lettered members", "## 5. The Board\n\n5.1 The Board has nine members, each with one vote.\n\n5.2 Four of them are GPs working in member practices, elected by the Council of Members:\n\n(a) the Chair; and\n\n(b) three GP members.\n\n5.3 The others are the Chief Officer; the Chief Finance Officer; a registered nurse; the lay member for audit; and the lay member for patient involvement.\n", 9, 2},
		{"a counted member named one by one", "## 4. The Governing Body\n\n4.1 The Governing Body has ten members, all of whom vote.\n\n4.2 Four of them are GPs from the member practices: the Clinical Chair and three locality GPs.\n\n4.3 The Accountable Officer and the Chief Finance Officer sit on it by virtue of their posts.\n\n4.4 The others are a registered nurse, and three lay members: the lay member who leads on audit, the lay member who leads on engagement, and the lay member who leads on finance.\n", 10, 3},
	} {
		gb := mustParse(t, tc.src).GoverningBody
		if gb == nil || gb.Count.Total != tc.total || gb.Count.Lay != tc.lays {
			t.Errorf("%s: governing body = %+v", tc.name, gb)
		}
	}
}

// A committee's members in shares: a group counted before ", of whom …"
// (what the clause says of them names no more members), a share named
// after a colon, and the rest.
func TestCommitteeMembersInSharesOfWhom(t *testing.T) {
	const src = "## 8. Primary Care Commissioning Committee\n\n8.2 The Committee has %s voting members. Three of them are the lay members of the Governing Body, of whom the lay member for primary care chairs the Committee and the lay member for engagement is its Vice Chair. Two more are officers of the Group: the Chief Officer and the Chief Finance Officer. The remaining two are the Chief Nurse and one of the GP members of the Governing Body.\n"
	c := committeeIn(t, fmt.Sprintf(src, "seven"), func(c model.Committee) bool { return c.PrimaryCare })
	if c.Count.Voting != 7 || c.Count.Lay != 3 || c.Count.Clinical != 2 {
		t.Errorf("seats = %+v (%+v), want 7 voting, 3 lay, 2 clinical", c.Count, c.Seats)
	}
	// Near miss: shares that do not add up to the count stated are not read.
	if c := committeeIn(t, fmt.Sprintf(src, "nine"), func(c model.Committee) bool { return c.PrimaryCare }); c.Count.Voting == 9 {
		t.Errorf("shares that do not add up read as the membership: %+v", c.Seats)
	}
}

// A body's members as numbered sub-clauses of the clause that leads into
// them ("2.1 The Governing Body has the following voting members:" then
// "2.1.1 the Chair, …"), in an appendix of terms of reference of the
// governing body; a numbered sub-clause that is a sentence of its own is
// no member.
func TestMembersAsNumberedSubClauses(t *testing.T) {
	const src = "# Appendix D – Terms of Reference of the Governing Body\n\n**2. Membership**\n\n2\\.1 The Governing Body has the following voting members:\n\n2\\.1.1 the Chair, a GP elected by the member practices;\n\n2\\.1.2 two locality GP members;\n\n2\\.1.3 the Accountable Officer;\n\n2\\.1.4 %s\n\n2\\.2 The lay member for patient and public involvement is the Deputy Chair.\n"
	gb := mustParse(t, fmt.Sprintf(src, "the lay member for audit; and\n\n2\\.1.5 the lay member for patient and public involvement.")).GoverningBody
	if gb == nil || gb.Count.Total != 6 || gb.Count.Lay != 2 || gb.Count.Clinical != 3 {
		t.Errorf("governing body = %+v", gb)
	}
	gb = mustParse(t, fmt.Sprintf(src, "The Governing Body meets in public every two months.")).GoverningBody
	if gb != nil && gb.Count.Total > 4 {
		t.Errorf("a sentence numbered as a sub-clause read as a member: %+v", gb.Seats)
	}
}

// A governing body under a run-in title in italics that says what the
// clause is about ("6.2 *The Governing Body and its composition.*"), its
// members a share in a sentence, a list in the next clause and "the
// remaining two" after it; the chair of "The Clinical Chair is a GP …" is
// one of the share that names it, not one more.
func TestRunInGoverningBodyAndItsComposition(t *testing.T) {
	const src = `**PART 6 – DECISION MAKING**

6\.1 *Authority to act.* The Group acts through its Governing Body and its committees.

6\.2 *The Governing Body and its composition.* The Governing Body has twelve voting members. %s

6\.3 The independent members of the Governing Body are:

(a) a lay member who leads on audit and governance;

(b) a lay member who leads on patient and public involvement;

(c) a registered nurse; and

(d) a secondary care specialist doctor.

6\.4 The remaining two members are the Accountable Officer and the Chief Finance Officer.

6\.5 *Chair and Deputy Chair.* The Clinical Chair is a GP elected by the member practices.

6\.6 *Committees.* The Governing Body has an Audit Committee.
`
	for _, tc := range []struct {
		name, share       string
		total, clinicians int
	}{
		{"chair among the share", "Six of them are GPs: the Clinical Chair, and one GP elected by each of the five localities.", 12, 8},
		// Near miss: a share that does not name the chair leaves the
		// chair one more, and the members no longer add up to twelve.
		{"chair not named", "Six of them are GPs elected by the localities.", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gb := mustParse(t, fmt.Sprintf(src, tc.share)).GoverningBody
			if tc.total == 0 {
				if gb != nil && gb.Count.Total == 12 {
					t.Errorf("read as adding up: %+v", gb.Count)
				}
				return
			}
			if gb == nil || gb.Count.Total != tc.total || gb.Count.Clinical != tc.clinicians || gb.Count.Executive != 2 {
				t.Fatalf("governing body = %+v", gb)
			}
		})
	}
}

// Lettered members end at the next clause, even one that refers back to
// them by their letters ("6.7.3 … one of the lay members in 6.7.2(d) and
// (e) …"): its words are no members.
func TestLetteredMembersEndAtAClauseThatCitesThem(t *testing.T) {
	gb := mustParse(t, `## 6.7 The Governing Body

6\.7.2 The Governing Body shall comprise the following six members:

(a) the Chair, who shall be a GP from a member practice;

(b) two Locality GP Members;

(c) a lay member for audit;

(d) a lay member for patient and public involvement; and

(e) the Accountable Officer.

6\.7.3 The Governing Body shall appoint one of the lay members referred to in paragraph 6.7.2(c) and (d) to be its Deputy Chair, provided that the member in paragraph 6.7.2(c) shall not be so appointed.
`).GoverningBody
	if gb == nil || gb.Count.Total != 6 || gb.Count.Lay != 2 || gb.Count.Unclassified != 0 {
		t.Fatalf("governing body = %+v", gb)
	}
}

// A lettered item that opens with the party its members are for, "(a)
// from the Group: the Chair of the Governing Body, …; two of the Locality
// GP Members; …": the party is the members', not a word of the first
// member's role, so the group's chair is read as the GP the governing
// body's section makes it.
func TestLetteredItemOpensWithItsParty(t *testing.T) {
	doc := mustParse(t, `## 6.7 The Governing Body

6\.7.1 The Governing Body has five members: the Chair, who shall be a GP from a member practice; a Locality GP Member; a lay member for audit; a lay member for patient and public involvement; and the Accountable Officer.

## Appendix D – Terms of reference: Primary Care Joint Committee

1\.1 The Primary Care Joint Committee is a joint committee of the Group and NHS England.

2\.1 The voting members of the Joint Committee shall be:

(a) from the Group: the Chair of the Governing Body, who shall chair the Joint Committee; the Locality GP Member; and the lay member for patient and public involvement;

(b) from NHS England: the Director of Commissioning Operations.
`)
	if len(doc.Committees) != 1 {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	c := doc.Committees[0]
	if c.Count.Voting != 4 || c.Count.Clinical != 2 || c.Count.Unclassified != 0 {
		t.Errorf("count = %+v, seats %+v", c.Count, c.Seats)
	}
	for _, s := range c.Seats {
		if strings.HasPrefix(strings.ToLower(s.Role), "from ") || s.Party == "" {
			t.Errorf("seat %q, party %q", s.Role, s.Party)
		}
	}
}

// A run-in title alone in its paragraph, "6.6 *The Governing Body.*", its
// clauses numbered under it; the next clause with a title of its own,
// "6.7 *Committees.*", is not the governing body's.
func TestRunInGoverningBodyTitleAlone(t *testing.T) {
	doc := mustParse(t, `**6. GOVERNANCE**

6\.6 *The Governing Body.*

6\.6.1 The Governing Body's main function is to ensure that the Group acts effectively.

6\.6.2 The Governing Body has six voting members: the Clinical Chair, a GP; two GP members; a lay member for audit; a lay member for patient and public involvement; and the Accountable Officer.

6\.7 *Committees.*

6\.7.1 The Audit Committee has three members: the lay member for audit, the lay member for patient and public involvement and a GP member.
`)
	gb := doc.GoverningBody
	if gb == nil || gb.Count.Total != 6 || gb.Count.Lay != 2 || gb.Count.Clinical != 3 {
		t.Fatalf("governing body = %+v", gb)
	}
	if strings.Contains(gb.Text, "Audit Committee") {
		t.Errorf("the committees' clause read as the governing body's: %q", gb.Text)
	}
}

// A governing body counted, then given in sentences: "Each of the three
// localities elects one GP to sit on it" (three GPs, not six), "the
// member practices elect one further GP" (one more), and "The remaining
// members are appointed after open competition: a registered nurse, …,
// and two lay members, one of whom …" (each named, as the list counts).
// Near miss: "the three Forums each elect one further GP" is said of each
// Forum, and its count is another sentence's.
func TestGoverningBodyInSentencesEachAndFurther(t *testing.T) {
	const src = `## 4. The Governing Body

4\.2 Composition. The Governing Body has %s members. It is led by the Clinical Chair, a GP elected by the member practices. %s The Accountable Officer and the Chief Finance Officer are members by virtue of their posts. The remaining members are appointed after open competition: a registered nurse, a secondary care doctor, and two lay members, one of whom leads on audit and the other on patient and public involvement.
`
	for _, tc := range []struct {
		name, count, gps    string
		clinical, lay, exec int
	}{
		{"each elects, one further", "eleven", "Each of the three localities elects one GP to sit on it, and the member practices elect one further GP from across the Group's area.", 7, 2, 2},
		{"each elects only", "ten", "Each of the three localities elects one GP to sit on it.", 6, 2, 2},
		{"forums each elect one further", "ten", "The three Forums each elect one further GP, so that three Locality GP Leads sit on it with the Chair.", 6, 2, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gb := mustParse(t, fmt.Sprintf(src, tc.count, tc.gps)).GoverningBody
			if gb == nil || gb.Count.Clinical != tc.clinical || gb.Count.Lay != tc.lay || gb.Count.Executive != tc.exec || gb.Count.Unclassified != 0 {
				t.Fatalf("governing body = %+v", gb)
			}
		})
	}
}

// A committee set up in a numbered clause of a part on several bodies,
// its members in items lettered (i), (ii), … under a sub-clause: the
// items are the committee's, as its sub-clauses are. Near miss: lettered
// items after a clause on something else are not its members.
func TestClauseCommitteeWithLetteredItems(t *testing.T) {
	const src = `**PART 7 – COMMITTEES**

7\.1 The Governing Body has an Audit Committee.

7\.2 **Primary Care Commissioning Committee.** The CCG has set up a Primary Care Commissioning Committee to take the decisions NHS England has delegated to it.

7\.2.1 %s

(i) the three lay members of the Governing Body;

(ii) the Accountable Officer;

(iii) the nurse member;

(iv) two of the GP members.

7\.2.2 Four voting members form a quorum.
`
	doc := mustParse(t, fmt.Sprintf(src, "The Committee's voting members are:"))
	var pc *model.Committee
	for i := range doc.Committees {
		if doc.Committees[i].PrimaryCare {
			pc = &doc.Committees[i]
		}
	}
	if pc == nil || pc.Count.Voting != 7 || pc.Count.Clinical != 3 || pc.Quorum == nil {
		t.Fatalf("committees = %+v", doc.Committees)
	}
	doc = mustParse(t, fmt.Sprintf(src, "It reports to the Governing Body on the following:"))
	for _, c := range doc.Committees {
		if c.PrimaryCare && c.Count.Total > 0 {
			t.Errorf("items on something else read as members: %+v", c)
		}
	}
}

// A joint committee's members in a table with a row for each body that
// appoints them: a column for each member ("| CCG | Clinical Chair | GP
// member | Lay member |", the holders named in its cells), or one column
// listing each body's members ("| Body | Voting members |"). A column
// naming only the people who hold the seats leaves the seats to the
// sentence that says what each body appoints.
func TestJointCommitteeRosterTables(t *testing.T) {
	const head = "## Schedule 3 – Central Joint Committee\n\n1\\. The Central Joint Committee is a joint committee of the CCGs.\n\n%s\n"
	for _, tc := range []struct {
		name, body        string
		voting, clinicals int
	}{
		{"a column for each member", "2\\. Each CCG appoints three voting members. They are:\n\n| CCG | Clinical Chair | GP member | Lay member |\n|---|---|---|---|\n| NHS Arun CCG | Dr M. Ellery | Dr K. Sandhu | Mr P. Grey |\n| NHS Tilgate CCG | Dr A. Morrow | Dr B. Nwosu | Ms V. Holloway |\n", 6, 4},
		{"each body's members in its cell", "2\\. The voting members are:\n\n| Body | Voting members |\n|---|---|\n| NHS Welland ICB | the Chief Executive; the Chief Finance Officer; a Non-Executive Member |\n| North Welland Council | the Director of Adult Social Services; the Executive Director of Finance |\n", 5, 0},
		{"the holders named, the sentence gives the seats", "2\\. Each of the two groups appoints two voting members, its Chair and one other elected GP member of its governing body. They are today:\n\n| Group | Members appointed |\n|---|---|\n| NHS Arun CCG | Dr H. Arkwright (Chair); Dr S. Qureshi (Vice Chair) |\n| NHS Tilgate CCG | Dr O. Adebayo (Chair); Dr M. Feeney (Clinical Director) |\n", 4, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := mustParse(t, fmt.Sprintf(head, tc.body))
			if len(doc.Committees) != 1 {
				t.Fatalf("committees = %+v", doc.Committees)
			}
			if c := doc.Committees[0].Count; c.Voting != tc.voting || c.Clinical != tc.clinicals || c.Unclassified != 0 {
				t.Errorf("count = %+v, seats %+v", c, doc.Committees[0].Seats)
			}
		})
	}
}
