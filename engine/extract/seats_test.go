package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// seatSummary is a seat as TestSeatsInRealWording checks it.
type seatSummary struct {
	count    int
	category string // "" for a seat that does not vote
}

// TestSeatsInRealWording: members as real terms of reference state them,
// counted wherever the count stands in an item or sentence.
func TestSeatsInRealWording(t *testing.T) {
	const gb = `# 5. The Governing Body

5.1 The members of the Governing Body are the Chair, three GP members, the
two lay members and the Chief Officer.

`
	tests := []struct {
		name, src string
		// committee is the index of the committee checked.
		want  []seatSummary
		chair string
	}{
		{
			name: "counts inside a list item",
			src: `## Primary Care Commissioning Committee

The voting members of the Committee are:

- a GP Chair and two further GP members;
- four locality leads (one for each locality), each of whom is a GP;
- the Director of Nursing, Quality and Safety;
- the Chief Officer.
`,
			want: []seatSummary{{1, "clinical"}, {2, "clinical"}, {4, "clinical"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "one for each of several parties",
			src: `## Joint Committee of the Four Boroughs

The members of the Joint Committee are:

- an Independent Lay Chair, appointed by the four boroughs together;
- the GP lead of each of the four boroughs;
- a finance director from each of the four boroughs;
- two GPs, one from each of the two northern boroughs.
`,
			want: []seatSummary{{1, "lay"}, {4, "clinical"}, {4, "executive"}, {2, "clinical"}},
		},
		{
			name: "what each group appoints, then one party's members counted and named",
			src: `## Joint Committee for Primary Care

Each of the three CCGs appoints two voting members of the Joint Committee: its GP Chair and its lay member for governance. NHS England appoints two voting members: the Head of Primary Care and the Director of Finance.
`,
			want: []seatSummary{{3, "clinical"}, {3, "lay"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "one party's members counted but not all named",
			src: `## Joint Committee for Primary Care

Each of the three CCGs appoints two voting members of the Joint Committee: its GP Chair and its lay member for governance. NHS England appoints three voting members: the Head of Primary Care and the Director of Finance.
`,
			want: []seatSummary{{3, "clinical"}, {3, "lay"}},
		},
		{
			name: "a sentence on the balance of kinds before the lettered members",
			src: `## Appendix G – Primary Care Commissioning Committee

G2. Since it decides on the members' own contracts, the Committee is constituted so that lay and executive members are in the majority.

G3. The voting members of the Committee are:

(a) the Lay Member for Audit, who chairs the Committee;

(b) the Chief Finance Officer;

(c) the registered nurse member.
`,
			want: []seatSummary{{1, "lay"}, {1, "executive"}, {1, "clinical"}},
		},
		{
			name: "each party's members counted without a noun before the colon",
			src: `## Primary Care Joint Committee

Each party appoints its own members. The Group appoints three: its GP Chair, the Finance Director and the lay member for engagement. NHS England appoints two: its Head of Primary Care and a finance manager.
`,
			want: []seatSummary{{1, "clinical"}, {1, "executive"}, {1, "lay"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "how many vote, then shares of them",
			src: `## Primary Care Commissioning Committee

Six members of the Committee vote. Two of them are GP Clinical Leads, chosen by the Medical Director. The other four are a Non-Executive Member, who chairs it; the Director of Primary Care; the Chief Finance Officer or a deputy; and the Chief Nursing Officer.
`,
			want: []seatSummary{{2, "clinical"}, {1, "lay"}, {1, "executive"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "each party's members in the passive, the count capitalised",
			src: `## Joint Committee

Four of its members are appointed by the Group: the lay member for audit, who chairs it; the Clinical Chair; and the two GP members. Two are appointed by NHS England: its Head of Primary Care and a finance manager.
`,
			want: []seatSummary{{1, "lay"}, {1, "clinical"}, {2, "clinical"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "a column of members for each way of appointing",
			src: `## Joint Committee

| From each of the two CCGs | Shared between the two CCGs |
|---|---|
| Its Clinical Chair | The Accountable Officer |
| Its Lay Member for Audit | |
`,
			want: []seatSummary{{2, "clinical"}, {2, "lay"}, {1, "executive"}},
		},
		{
			name: "a matrix of counts with a total row",
			src: `## Joint Committee

| Voting members | Appointed by the ICB | Appointed by the partner ICB | Total |
|---|---|---|---|
| Non-Executive Member | 1 | 1 | 2 |
| GP Clinical Lead | 1 | 1 | 2 |
| Total | 2 | 2 | 4 |
`,
			want: []seatSummary{{2, "lay"}, {2, "clinical"}},
		},
		{
			name: "a row for each party, how many and who they are",
			src: `## Joint Committee

| Appointed by | Voting members | Who they are |
|---|---|---|
| Each of the three CCGs | 2 each (6) | Its Clinical Chair and its Lay Member for Governance |
| NHS England | 2 | The Head of Primary Care and the Finance Manager |
`,
			want: []seatSummary{{3, "clinical"}, {3, "lay"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "a shared officer who sits with the groups' members",
			src: `## Joint Committee of the Five CCGs

Each of the five CCGs sends two members of its governing body to the Joint Committee: its Clinical Chair and a lay member. The Chief Officer the five CCGs share sits with them.
`,
			want: []seatSummary{{5, "clinical"}, {5, "lay"}, {1, "executive"}},
		},
		{
			name: "who votes said in a column of roles on the committee",
			src: `## Primary Care Committee

The Committee's members are:

| Member | Role on the Committee |
|---|---|
| Lay Member for Patient Involvement | Chair; voting member |
| Chief Finance Officer | Voting member |
| GP Clinical Lead | Voting member |
| Representative of the Local Medical Committee | Attends; does not vote |
| Directors of Public Health | Attend, without a vote |
`,
			want:  []seatSummary{{1, "lay"}, {1, "executive"}, {1, "clinical"}, {1, ""}, {1, ""}},
			chair: "Lay Member for Patient Involvement",
		},
		{
			name: "every party represented by its members, the parties counted as this one and others",
			src: `## Joint Committee of the Coastal CCGs

The Group and the four other clinical commissioning groups of the coast have formed a joint committee.

Every member CCG is represented by two voting members, its Clinical Chair and its Chief Finance Officer.
`,
			want: []seatSummary{{5, "clinical"}, {5, "executive"}},
		},
		{
			name: "each of several parties sends its members",
			src: `## Joint Committee of the Four CCGs

Each of the four CCGs sends two members of its governing body to the Joint Committee: its Clinical Chair and a Lay Member chosen by that governing body.
`,
			want: []seatSummary{{4, "clinical"}, {4, "lay"}},
		},
		{
			name: "each board appoints members it names without counting them, the boards counted elsewhere",
			src: `## Joint Committee for Primary Care

The two ICBs have set up a joint committee under section 65Z5 of the Act.

Each ICB appoints one of its Independent Non-Executive Members, its Director of Finance and two GP clinical leads. The Chief Executive both boards share is the ninth member.
`,
			want: []seatSummary{{2, "lay"}, {2, "executive"}, {4, "clinical"}, {1, "executive"}},
		},
		{
			name: "each board appoints members it names, the boards not counted",
			src: `## Joint Committee for Primary Care

The ICB and its neighbour have set up a joint committee under section 65Z5 of the Act.

Each ICB appoints one of its Independent Non-Executive Members, its Director of Finance and two GP clinical leads.
`,
			want: []seatSummary{},
		},
		{
			name: "each party's share of a stated total, an organisation's name with an and inside a member",
			src: `## Primary Care Joint Committee

The Joint Committee has six voting members. The Group appoints four of them: the lay member for governance, who chairs it, two GP members of the Governing Body and the Chief Finance Officer. NHS England appoints the other two: the Head of Commissioning of its Cheshire and the Wirral area team and its Director of Finance.
`,
			want: []seatSummary{{1, "lay"}, {2, "clinical"}, {1, "executive"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "each party's share, the names one more than the count with no organisation among them",
			src: `## Primary Care Joint Committee

The Joint Committee has six voting members. The Group appoints four of them: the lay member for governance, who chairs it, two GP members of the Governing Body and the Chief Finance Officer. NHS England appoints the other two: the Head of Commissioning and the Finance Lead and the Medical Director.
`,
			want: []seatSummary{{1, "lay"}, {2, "clinical"}, {1, "executive"}},
		},
		{
			name: "each party's members, then shared officers who also sit on it and another party's named members",
			src: `## Primary Care Joint Committee

Each of the three CCGs appoints two members of the Committee: one of its GP members and one of its lay members. The shared Accountable Officer also sits on the Committee. NHS England appoints its Head of Primary Care and its Head of Finance.
`,
			want: []seatSummary{{3, "clinical"}, {3, "lay"}, {1, "executive"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "each party's members, then a sentence on what another party does",
			src: `## Primary Care Joint Committee

Each of the three CCGs appoints two members of the Committee: one of its GP members and one of its lay members. NHS England appoints a secretary to the Committee from its own staff, who does not vote.
`,
			want: []seatSummary{{3, "clinical"}, {3, "lay"}},
		},
		{
			name: "a column of counts for each party",
			src: `## Primary Care Joint Committee

Each ICB appoints the following voting members:

| Member | Northfold | Southfold | Eastfold |
|---|---|---|---|
| Non-Executive Member | 1 | 1 | 1 |
| GP Partner Member | 1 | 1 | 1 |
| Director of Finance | 1 | 1 | 0 |
`,
			want: []seatSummary{{3, "lay"}, {3, "clinical"}, {2, "executive"}},
		},
		{
			name: "two columns of years are no counts",
			src: `## Primary Care Committee

| Member | Appointed | Term ends |
|---|---|---|
| Lay member (Chair) | 2019 | 2023 |
| GP member | 2020 | 2024 |
`,
			want: []seatSummary{{1, "lay"}, {1, "clinical"}},
		},
		{
			name: "each party's members counted and named, then members who also sit on it",
			src: `## Primary Care Joint Committee

9.3 The Group appoints two voting members: the Lay Member for Governance, who chairs it, and the Chief Finance Officer.

9.4 NHS England appoints two voting members: its Head of Primary Care and its Head of Finance.

9.5 Two of the GP members of the Governing Body, chosen by it, also sit on the Joint Committee as voting members.
`,
			want: []seatSummary{{1, "lay"}, {1, "executive"}, {1, "executive"}, {1, "executive"}, {2, "clinical"}},
		},
		{
			name: "a table headed Post, with how each is appointed",
			src: `## 6.3 Primary Care Committee

6.3.1 The Committee is made up as follows:

| Post | How appointed |
|---|---|
| Lay Member – Governance (Chair) | Appointed by the Governing Body |
| GP Member | Elected by the practices |
| Chief Finance Officer | By virtue of office |
`,
			want: []seatSummary{{1, "lay"}, {1, "clinical"}, {1, "executive"}},
		},
		{
			name: "each party's chair and one other GP member: the chair a GP too; a chaired-by clause no member",
			src: `## Joint Committee of the Four CCGs

Each of the four CCGs appoints three voting members of the Joint Committee: its Chair and one other GP member of its Governing Body, and its Accountable Officer.

The Joint Committee is chaired by an independent lay chair appointed by the four CCGs together, and two lay members chosen by the CCGs also sit on it.
`,
			want: []seatSummary{{1, "lay"}, {4, "clinical"}, {4, "clinical"}, {4, "executive"}, {2, "lay"}},
		},
		{
			name: "each party's chair beside a member of no kind: the chair stays unclassified",
			src: `## Joint Committee of the Four CCGs

Each of the four CCGs appoints three voting members of the Joint Committee: its Chair, one other member of its Governing Body and its Accountable Officer.
`,
			want: []seatSummary{{4, "unclassified"}, {4, "unclassified"}, {4, "executive"}},
		},
		{
			name: "members grouped under labels in a nested list",
			src: `## Primary Care Committee

The members of the Committee are:

- Clinical members:
  - two GP members;
  - the Executive Nurse, a registered nurse.
- Lay members:
  - the Lay Member for Governance (Chair).
`,
			want: []seatSummary{{2, "clinical"}, {1, "clinical"}, {1, "lay"}},
		},
		{
			name: "a status column that says who attends without a vote",
			src: `## Primary Care Committee

| Post | Status on the Committee |
|---|---|
| Lay Member for Governance | Chair |
| GP Member | Voting member |
| Representative of the Local Medical Committee | Non-voting attendee |
`,
			want:  []seatSummary{{1, "lay"}, {1, "clinical"}, {1, ""}},
			chair: "Lay Member for Governance",
		},
		{
			name: "members from each party counted, then named for every party",
			src: `## Joint Committee of the Four CCGs

The four CCGs have formed a joint committee.

The Joint Committee is made up of three members from each of the four CCGs. For every CCG these are its Clinical Chair, its Chief Officer and one of its lay members, whom its governing body chooses.
`,
			want: []seatSummary{{4, "clinical"}, {4, "executive"}, {4, "lay"}},
		},
		{
			name: "every party represented, the parties not counted",
			src: `## Joint Committee of the Coastal CCGs

The clinical commissioning groups of the coast have formed a joint committee.

Every member CCG is represented by two voting members, its Clinical Chair and its Chief Finance Officer.
`,
			want: []seatSummary{},
		},
		{
			name: "a paragraph for each post after words leading into them",
			src: `## Primary Care Committee

The Committee has eight members, in the posts below.

Clinical Chair – a GP from a member practice, elected by the members.

Locality GP Leads (four posts) – one GP for each locality.

Chief Finance Officer – a qualified accountant employed by the Group.

Lay Member for Audit – a lay person who chairs the Audit Committee.

Lay Member for Patient Involvement – a lay person, who is Deputy Chair.
`,
			want: []seatSummary{{1, "clinical"}, {4, "clinical"}, {1, "executive"}, {1, "lay"}, {1, "lay"}},
		},
		{
			name: "members of the governing body counted from it",
			src: gb + `## 5.2 Remuneration Committee

5.2.1 Its members are the lay members of the Governing Body and the GP
members of the Governing Body.
`,
			want: []seatSummary{{2, "lay"}, {3, "clinical"}},
		},
		{
			name: "one of them is one",
			src: gb + `## 5.2 Audit Committee

5.2.1 Its members are one of the lay members of the Governing Body and a
registered nurse.
`,
			want: []seatSummary{{1, "lay"}, {1, "clinical"}},
		},
		{
			name: "organisations invited are no seats",
			src: `## Primary Care Commissioning Committee

It is a committee comprising representatives of the following organisations:

- NHS Fenby CCG;
- NHS England;
- Healthwatch Fenby.

The members of the Committee are:

- the lay member for governance (Chair);
- two GP members.
`,
			want:  []seatSummary{{1, "lay"}, {2, "clinical"}},
			chair: "the lay member for governance",
		},
		{
			name: "a quorum inside a membership list",
			src: `## Audit Committee

The Committee consists of:

- the lay member for audit;
- the registered nurse;
- The quorum is two members.
`,
			want: []seatSummary{{1, "lay"}, {1, "clinical"}},
		},
		{
			name: "members stated by who appoints them",
			src: `## Primary Care Joint Committee

The Group and NHS England have established a joint committee.

The voting members appointed by the Group are the GP Chair of the Group
and two further GP members; the two lay members; and the Chief Officer. The
voting members appointed by NHS England are the Head of Primary Care and
the Head of Finance.

The Committee is quorate when five voting members are present.
`,
			want: []seatSummary{{1, "clinical"}, {2, "clinical"}, {2, "lay"}, {1, "executive"}, {1, "executive"}, {1, "executive"}},
		},
		{
			name: "a quorum sentence states no members",
			src: `## Audit Committee

The Committee is quorate when two members are present, including the
lay member.
`,
			want: []seatSummary{},
		},
		{
			name: "chaired by one member and its other members",
			src: `## Audit Committee

It is chaired by the lay member for audit and governance and its other
members are the lay member for patient and public involvement and the
registered nurse.
`,
			want:  []seatSummary{{1, "lay"}, {1, "lay"}, {1, "clinical"}},
			chair: "lay member for audit and governance",
		},
		{
			name: "what members are expected to do",
			src: `## Audit Committee

Members are expected to attend at least three meetings a year.
`,
			want: []seatSummary{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.src)
			if len(doc.Committees) != 1 {
				t.Fatalf("committees = %+v", doc.Committees)
			}
			c := doc.Committees[0]
			got := []seatSummary{}
			for _, s := range c.Seats {
				got = append(got, seatSummary{s.Count, s.Category})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("seats = %v, want %v\n%+v", got, tt.want, c.Seats)
			}
			if tt.chair != "" && c.Chair != tt.chair {
				t.Errorf("chair = %q, want %q", c.Chair, tt.chair)
			}
		})
	}
}

func TestSplitRoles(t *testing.T) {
	tests := []struct {
		text string
		item bool
		want []string
	}{
		{"the Chair, two GP members and a lay member", false, []string{"the Chair", "two GP members", "a lay member"}},
		{"the lay member for audit and governance", false, []string{"the lay member for audit and governance"}},
		{"a GP Chair and two further GP members;", true, []string{"a GP Chair", "two further GP members"}},
		{"Director of Nursing, Quality and Safety", true, []string{"Director of Nursing, Quality and Safety"}},
		{"four locality leads (one each for the north, south and east), each a GP", true, []string{"four locality leads (one each for the north, south and east), each a GP"}},
		{"the Chief Officer, the Chief Finance Officer and a GP", true, []string{"the Chief Officer", "the Chief Finance Officer", "a GP"}},
		{"two GP clinical leads, one for the county and one for the city;", true, []string{"two GP clinical leads, one for the county and one for the city"}},
		{"a GP clinical lead, one of the GP members and a nurse", false, []string{"a GP clinical lead", "one of the GP members", "a nurse"}},
		{"the lay member, who chairs it, and the nurse", false, []string{"the lay member, who chairs it", "the nurse"}},
		{"the lay member who chairs the Audit Committee; and", true, []string{"the lay member who chairs the Audit Committee"}},
		// A phrase cut off before its object by commas goes on after them.
		{"a registered nurse and a secondary care specialist doctor, neither of whom may be employed by, or hold a post with, a provider of the Group's services", false,
			[]string{"a registered nurse", "a secondary care specialist doctor, neither of whom may be employed by, or hold a post with, a provider of the Group's services"}},
		{"a GP nominated by, and accountable to, a locality, and a lay member", false, []string{"a GP nominated by, accountable to, a locality", "a lay member"}},
		// A count before a colon, and the members it counts after it: one
		// seat of that count, unless every member listed says what it is.
		{"Two representatives of NHS England: the Director of Operations and the Head of Primary Care", true, []string{"the Director of Operations", "the Head of Primary Care"}},
		{"Three representatives of NHS England: the Director of Operations and the Head of Primary Care", true, []string{"Three representatives of NHS England"}},
		{"Three executive members: the Chief Officer, the Chief Finance Officer and the Director of Nursing", true, []string{"the Chief Officer", "the Chief Finance Officer", "the Director of Nursing"}},
		{"Two GP members: Dr Asha Rao and Dr Tom Beck", true, []string{"Two GP members"}},
		{"the following members: two GPs and a lay member", false, []string{"the following members: two GPs", "a lay member"}},
		{"a registered nurse, and two lay members, one of whom leads on audit, governance and risk while the other leads on engagement", false, []string{"a registered nurse", "two lay members, one of whom leads on audit, governance and risk while the other leads on engagement"}},
		{"the Chair, who is a GP, Chief Officer and a lay member", false, []string{"the Chair, who is a GP", "Chief Officer", "a lay member"}},
		{"its Clinical Chair and its Accountable Officer", false, []string{"its Clinical Chair", "its Accountable Officer"}},
		// How a member comes to sit, after a comma, says more of that
		// member; a member named by who chose it is a seat of its own.
		{"the Finance Director; and two GPs from each locality, elected by the practices of that locality", false, []string{"the Finance Director", "two GPs from each locality, elected by the practices of that locality"}},
		{"a lay member, appointed by the Governing Body, and a practice nurse, put forward by the nursing forum", false, []string{"a lay member, appointed by the Governing Body", "a practice nurse, put forward by the nursing forum"}},
		{"the Medical Director, a GP nominated by the LMC", false, []string{"the Medical Director", "a GP nominated by the LMC"}},
		// Who may stand in for the members named, after a comma: part of
		// the last.
		{"its Director of Commissioning and its Medical Director, or the deputy each of them names", false, []string{"its Director of Commissioning", "its Medical Director, or the deputy each of them names"}},
		// A count after a dash, then a colon over what its holders do.
		{"Lay Members – three: one for audit, one for engagement and one for primary care", true, []string{"Lay Members – three"}},
		// A member named again after the series has ended renames the
		// last one; before the end, or named indefinitely, it is another.
		{"a registered nurse and a hospital doctor, the secondary care specialist, neither of whom may be employed by a provider", false,
			[]string{"a registered nurse", "a hospital doctor, the secondary care specialist, neither of whom may be employed by a provider"}},
		{"a registered nurse, the secondary care doctor and the Chief Officer", false, []string{"a registered nurse", "the secondary care doctor", "the Chief Officer"}},
		{"the Chair and a practice nurse, the Chief Officer and the Director of Finance", false, []string{"the Chair", "a practice nurse", "the Chief Officer", "the Director of Finance"}},
		{"a lay member and a practice nurse, a GP", false, []string{"a lay member", "a practice nurse", "a GP"}},
		// Set off by semicolons, a comma is inside a member.
		{"a lay member, who chairs it; the Director of Finance; the Partner Member for primary care, a practising GP; and two GP leads", false,
			[]string{"a lay member, who chairs it", "the Director of Finance", "the Partner Member for primary care, a practising GP", "two GP leads"}},
	}
	for _, tt := range tests {
		if got := splitRoles(tt.text, tt.item); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitRoles(%q, %v) = %q, want %q", tt.text, tt.item, got, tt.want)
		}
	}
}

// A seat chairs the body whose seat it is when its role says so, not
// when it chairs another committee.
func TestIsChair(t *testing.T) {
	for _, tt := range []struct {
		role string
		want bool
	}{
		{"the Chair, a GP elected by the member practices", true},
		{"GP member (Chair)", true},
		{"3 lay members of the Governing Body, one of whom chairs the Committee", true},
		{"the Lay Member for Governance, who chairs the Audit and Risk Committee", false},
		{"a lay member who chairs the Remuneration Committee", false},
		{"Vice Chair", false},
		{"the lay member for engagement, who chairs the Joint Committee", true},
		{"the lay member for audit, who chairs the Joint Audit Panel", false},
	} {
		if got := isChair(tt.role); got != tt.want {
			t.Errorf("isChair(%q) = %v, want %v", tt.role, got, tt.want)
		}
	}
}

// A governing body's members in two groups of lettered paragraphs, each
// after a lead-in ("Four of them are elected by the member practices:",
// "The other five members hold their places by appointment:"), are all
// its seats; a role's count for "each of" several parties is in its own
// words, not in a clause after it.
func TestGoverningBodyInTwoGroups(t *testing.T) {
	src := `# 5. The Governing Body

5.1 The Governing Body has nine voting members. Four of them are elected by the member practices:

(a) the Chair, a GP from a member practice;

(b) three further GP members.

5.2 The other five members hold their places by appointment:

(a) the Lay Member for Audit;

(b) the Lay Member for Patient Involvement;

(c) the Registered Nurse;

(d) the Chief Finance Officer;

(e) the Accountable Officer, who is the Accountable Officer of each of the three CCGs of the county.
`
	want := []seatSummary{{1, "clinical"}, {3, "clinical"}, {1, "lay"}, {1, "lay"}, {1, "clinical"}, {1, "executive"}, {1, "executive"}}
	// "The other five are:" leads into them as well.
	for _, src := range []string{src, strings.Replace(src, "The other five members hold their places by appointment:", "The other five are:", 1)} {
		doc := mustParse(t, src)
		gb := doc.GoverningBody
		if gb == nil {
			t.Fatal("no governing body")
		}
		got := []seatSummary{}
		for _, s := range gb.Seats {
			got = append(got, seatSummary{s.Count, s.Category})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("seats = %v, want %v\n%+v", got, want, gb.Seats)
		}
	}
}

// A clause after a role that counts its holders ("both of whom", "all
// three of whom") gives the seat's count; one that only describes the
// holder, or a count already in the role, does not change it.
func TestSeatCountFromClause(t *testing.T) {
	for _, tt := range []struct {
		role  string
		count int
	}{
		{"the GP member elected by the practices of each place, both of whom vote", 2},
		{"the locality clinical leads, all three of whom are practising GPs", 3},
		{"the lay member for audit, who is the deputy chair", 1},
		{"four GP members, all of whom are elected", 4},
		{"the nurse member, one of whom must be a practice nurse", 1},
		// A count after the title and a dash.
		{"Locality GPs – five, one elected by each locality", 5},
		{"Lay Members – 2", 2},
		{"Practice Nurse – one, chosen by the nurses' forum", 1},
		{"Clinical Chair – a GP elected by the member practices", 1},
		{"Director of Finance – two days a week", 1},
	} {
		if got := newSeat(tt.role, "", "", true, 1).Count; got != tt.count {
			t.Errorf("newSeat(%q).Count = %d, want %d", tt.role, got, tt.count)
		}
	}
}

// A joint committee set up "…, a joint committee of …" in its section's
// first sentence is one; its seat for the group's own chair takes the
// governing body's chair seat's kind, where the governing body says the
// chair is a GP; with no such word there, the seat stays unclassified.
func TestOwnChairOnAJointCommittee(t *testing.T) {
	src := func(chair string) string {
		return `# 3. The Governing Body

3.1 The members of the Governing Body are:

- ` + chair + `;
- two GP members;
- two lay members;
- the Accountable Officer.

# 4. Joint Health and Care Board

4.1 The CCG and Tarnside Council have set up the Joint Health and Care Board, a joint committee of the Governing Body and the Council's Cabinet.

| Member | Voting |
|---|---|
| Leader of the Council | Yes |
| Chair of the CCG | Yes |
| Accountable Officer | Yes |
`
	}
	for _, tt := range []struct {
		chair, want string
	}{{"the Chair, a GP elected by the member practices", model.CategoryClinical}, {"the Chair", model.CategoryUnclassified}} {
		doc := mustParse(t, src(tt.chair))
		if len(doc.Committees) != 1 || doc.Committees[0].Kind != model.KindJointCommittee {
			t.Fatalf("%s: committees = %+v", tt.chair, doc.Committees)
		}
		if got := doc.Committees[0].Seats[1].Category; got != tt.want {
			t.Errorf("%s: the CCG's chair is %s, want %s", tt.chair, got, tt.want)
		}
	}
}

// "Its Chair is a GP …" in the governing body's section says the group's
// chair is a GP; in another body's section ("The Members' Forum …. Its
// Chair is a GP") it says nothing of the group's chair.
func TestItsChairInTheGoverningBodySection(t *testing.T) {
	src := func(title string) string {
		return `# 3. ` + title + `

3.1 The ` + title + ` has nine members. Its Chair is a GP chosen by the member practices, and two other GPs and the Accountable Officer also sit on it.

# 4. Joint Commissioning Committee

4.1 The Joint Commissioning Committee is a joint committee of the CCG and NHS England.

| Member | Voting |
|---|---|
| Lay member for patient involvement (chair) | Yes |
| Chair of the CCG | Yes |
| Accountable Officer | Yes |
`
	}
	for _, tt := range []struct{ title, want string }{
		{"Governing Body", model.CategoryClinical},
		{"Members' Forum", model.CategoryUnclassified},
	} {
		doc := mustParse(t, src(tt.title))
		var jc *model.Committee
		for i := range doc.Committees {
			if doc.Committees[i].Kind == model.KindJointCommittee {
				jc = &doc.Committees[i]
			}
		}
		if jc == nil || len(jc.Seats) != 3 {
			t.Fatalf("%s: committees = %+v", tt.title, doc.Committees)
		}
		if got := jc.Seats[1].Category; got != tt.want {
			t.Errorf("%s: the CCG's chair is %s, want %s", tt.title, got, tt.want)
		}
	}
}

// Where the governing body is "the Board", a committee's "Board's Chair"
// is the group's chair, a GP where the Board's table says so.
func TestBoardsChairOnAJointCommittee(t *testing.T) {
	doc := mustParse(t, `# 6. The Board

6.1 The Board has five members:

| Member | How chosen |
|---|---|
| Chair – a GP from a member practice | Elected by the practices |
| Two GP members | Elected by the practices |
| Lay member for audit | Appointed |
| Chief Officer | Appointed by NHS England |

# 7. Primary Care Joint Committee

7.1 The Primary Care Joint Committee is a joint committee of the CCG and NHS England.

| Member | Voting |
|---|---|
| Lay member for audit (chair) | Yes |
| The Board's Chair | Yes |
| Director of Commissioning, NHS England | Yes |
`)
	jc := committeeWhere(t, doc, "joint", isJoint)
	if len(jc.Seats) != 3 || jc.Seats[1].Category != model.CategoryClinical {
		t.Errorf("seats = %+v, want the Board's Chair clinical", jc.Seats)
	}
}

// A column that describes who may hold each seat classifies a seat its
// title does not ("| Chair | A GP from a member practice |"); a column
// that names the holder does not ("| Vice Chair | Dr Ruth Kay |").
func TestHolderColumn(t *testing.T) {
	doc := mustParse(t, `# 5. The Governing Body

5.1 The Governing Body is made up as follows:

| Role | Who fills it | How chosen |
|---|---|---|
| Chair | A GP from a member practice | Elected by the practices |
| Vice Chair | Dr Ruth Kay | Elected by the Governing Body |
| Lay Member for Audit | A lay person with financial experience | Appointed |
`)
	gb := doc.GoverningBody
	if gb == nil || len(gb.Seats) != 3 {
		t.Fatalf("governing body = %+v", gb)
	}
	for i, want := range []string{model.CategoryClinical, model.CategoryUnclassified, model.CategoryLay} {
		if got := gb.Seats[i].Category; got != want {
			t.Errorf("%s: %s, want %s", gb.Seats[i].Role, got, want)
		}
	}
}

// A committee's bare "the Chair" and "the Vice Chair", with another member
// chairing the committee, are the group's, GPs where a sentence says so;
// where the committee's own chair is its "Chair", nothing is read into it.
func TestGroupChairsOnACommittee(t *testing.T) {
	src := func(chair string) string {
		return `# 5. The Governing Body

5.1 The Chair and the Vice Chair are GPs from member practices, elected by the members.

# 7. Primary Care Joint Committee

7.1 The Group and NHS England have set up a joint committee to commission primary medical services.

7.2 The Group appoints four voting members: the Chair; the Vice Chair; the Chief Finance Officer; and ` + chair + `. NHS England appoints one voting member: its Head of Primary Care.
`
	}
	doc := mustParse(t, src("the Lay Member for Governance, who chairs the Joint Committee"))
	if c := doc.Committees[0].Count; c.Clinical != 2 || c.Unclassified != 0 {
		t.Errorf("the group's chairs on the committee: %+v, want 2 clinical", c)
	}
	doc = mustParse(t, src("the Lay Member for Governance"))
	if c := doc.Committees[0].Count; c.Clinical != 0 {
		t.Errorf("no other chair of the committee: %+v, want the chairs left as they are", c)
	}
}

// People the governing body invites to attend are not its members: their
// roles are no role facts, whether the sentence says they attend or the
// next says they are not members; a member named beside them still is.
func TestAttendeesAreNoRoles(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		nurse      bool
	}{
		{"invited to attend", "6.4 The Governing Body may invite a senior nurse from the community trust to attend its meetings and advise it.", false},
		{"not members after", "6.4 A registered nurse and a hospital consultant advise the Governing Body on clinical quality. They are not members of the Governing Body.", false},
		{"a member", "6.4 The registered nurse member advises the Governing Body on clinical quality.", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "# 6. The Governing Body\n\n6.1 The Governing Body has a Chair and two lay members.\n\n"+tt.text+"\n")
			got := false
			for _, r := range doc.Facts.Roles {
				got = got || r.Role == "registered-nurse"
			}
			if got != tt.nurse {
				t.Errorf("registered nurse read %v, want %v: %+v", got, tt.nurse, doc.Facts.Roles)
			}
		})
	}
}
