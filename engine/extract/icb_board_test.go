package extract

import (
	"fmt"
	"maps"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// A sentence on what the Act requires of the board is the law's floor:
// where a list states the board, the list is the board and the sentence
// adds no member; alone, the sentence is read.
func TestBoardNotFromWhatTheActRequires(t *testing.T) {
	const head = `# NHS Tarnvale Integrated Care Board Constitution

# 2. Composition of the Board

## 2.1 Background

2.1.1 The 2006 Act requires the Board to include a Chair, a Chief Executive and at least three Ordinary Members.
`
	const list = `
## 2.2 Board Membership

2.2.1 The Board has seven members:

- the Chair;
- the Chief Executive;
- one Partner Member nominated by the NHS trusts;
- the Director of Finance;
- three Non-Executive Members.
`
	doc := mustParse(t, head+list)
	chairs := 0
	for _, m := range doc.ICB.Board.Members {
		if m.Role == model.RoleChair {
			chairs++
		}
	}
	if chairs != 1 || doc.ICB.Board.Line != 9 {
		t.Errorf("board at line %d with %d chairs, want line 9 and one chair: %+v", doc.ICB.Board.Line, chairs, doc.ICB.Board.Members)
	}
	doc = mustParse(t, head)
	if len(doc.ICB.Board.Members) == 0 || doc.ICB.Board.Line != 5 {
		t.Errorf("the Act's floor alone: board at line %d, members %+v", doc.ICB.Board.Line, doc.ICB.Board.Members)
	}
}

// A board table with no header row, as pandoc writes a Word table without
// one, is read by its columns: a count beside each role.
func TestBoardTableWithoutHeader(t *testing.T) {
	doc := mustParse(t, `# NHS Tarnvale Integrated Care Board Constitution

## 2.2 Board membership

2.2.1 The Board consists of the following nine members:

|  |  |
|---|---|
| 1 | Chair |
| 1 | Chief Executive |
| 2 | Partner Members nominated jointly by the NHS trusts |
| 1 | Partner Member nominated jointly by the providers of primary medical services |
| 3 | Non-Executive Members |
| 1 | Chief Finance Officer |
`)
	seats := map[string]int{}
	for _, m := range doc.ICB.Board.Members {
		seats[m.Role] += m.Count
	}
	if seats[model.RoleChair] != 1 || seats[model.RolePartnerTrusts] != 2 || seats[model.RoleNonExecutive] != 3 || seats[model.RoleExecutiveFinance] != 1 {
		t.Errorf("board = %v", seats)
	}
}

// Counted members who sit on the board "as do" others named after a
// colon.
func TestBoardSitAsDo(t *testing.T) {
	doc := mustParse(t, `# NHS Tarnvale Integrated Care Board Constitution

## 2.2 Board membership

2.2.1 The Board has nine members. Besides the Chair and the Chief Executive, it has two Partner Members.

2.2.2 Three Non-Executive Members also sit on the Board, as do two executive members: the Chief Finance Officer and the Chief Medical Officer.
`)
	seats := boardSeats(doc)
	if seats[model.RoleNonExecutive] != 3 || seats[model.RoleExecutiveFinance] != 1 || seats[model.RoleExecutiveMedical] != 1 {
		t.Errorf("board = %v", seats)
	}
}

// A board stated in paragraphs with run-in titles that name each kind of
// member, then count or name them.
func TestBoardRunInTitles(t *testing.T) {
	doc := mustParse(t, `# NHS Tarnvale Integrated Care Board Constitution

## 2.2 Board membership

2.2.1 The Board consists of the Chair, the Chief Executive and eight Ordinary Members.

2.2.2 **Partner Members.** There are two: one nominated by the NHS trusts; one nominated by the providers of primary medical services.

2.2.3 **Non-Executive Members.** There are three.

2.2.4 **Executive Members.** The Chief Finance Officer, the Chief Medical Officer and the Chief Nursing Officer are Executive Members.
`)
	seats := boardSeats(doc)
	if seats[model.RoleNonExecutive] != 3 || seats[model.RolePartnerTrusts] != 1 || seats[model.RoleExecutiveFinance] != 1 || seats[model.RoleExecutiveMedical] != 1 {
		t.Errorf("board = %v", seats)
	}
}

// Run-in titles followed by a count of "members" of the title's kind, or
// by a count and the members named after a colon; a count with no kind
// in the title, or a sentence that counts no members, names none.
func TestBoardRunInCountsAndColons(t *testing.T) {
	const src = `# NHS Tarnvale Integrated Care Board Constitution

## 2.2 Board membership

2.2.1 The Board has twelve members.

2.2.3 **%s** %s
`
	for _, tt := range []struct {
		title, sentence string
		want            map[string]int
	}{
		{"Non-Executive Members.", "Five members are appointed for their independence.", map[string]int{model.RoleNonExecutive: 5}},
		{"Executive Members.", "Besides the Chief Executive, four employees of the ICB sit on the Board: the Chief Finance Officer, the Chief Medical Officer, the Chief Nursing Officer and the Chief Delivery Officer.",
			map[string]int{model.RoleExecutiveFinance: 1, model.RoleExecutiveMedical: 1, model.RoleExecutiveNursing: 1, model.RoleExecutiveOther: 1}},
		// Near misses.
		{"Meetings.", "Five members are a quorum.", map[string]int{}},
		{"Non-Executive Members.", "They are appointed for their independence.", map[string]int{}},
	} {
		seats := boardSeats(mustParse(t, fmt.Sprintf(src, tt.title, tt.sentence)))
		delete(seats, roleOrdinary)
		delete(seats, model.RoleOther)
		if !maps.Equal(seats, tt.want) {
			t.Errorf("%s %s: board = %v, want %v", tt.title, tt.sentence, seats, tt.want)
		}
	}
}

// A table whose count column names the members after a colon: the names
// are the members; where they name none, the kind and the count are.
func TestBoardTableCountsWithNames(t *testing.T) {
	doc := mustParse(t, `# NHS Tarnvale Integrated Care Board Constitution

## 2.1 Board membership

| Kind of Ordinary Member | Members | Appointed by |
|---|---|---|
| Partner Members – NHS trusts | Two: one for the acute trust, one for the mental health trust | The Chair |
| Non-Executive Members | Four | The Chair |
| Executive Members | Two: the Chief Finance Officer and the Chief Medical Officer | The Chief Executive |
`)
	seats := boardSeats(doc)
	if seats[model.RolePartnerTrusts] != 2 || seats[model.RoleNonExecutive] != 4 || seats[model.RoleExecutiveFinance] != 1 || seats[model.RoleExecutiveMedical] != 1 {
		t.Errorf("board = %v", seats)
	}
}

// A paragraph saying the board's members are "as follows", then a
// numbered clause for each member or count of members: each clause is
// read, the lettered items under one that leads into them with it, and
// a clause that states something names no member.
func TestBoardInClausesAsFollows(t *testing.T) {
	doc := mustParse(t, `# NHS Tarnvale Integrated Care Board Constitution

# 2. Composition of the Board

## 2.2 Board membership

2\.2.1 The ICB has a Board of eleven members, who are as follows.

2\.2.2 The Chair.

2\.2.3 The Chief Executive.

2\.2.4 Three Partner Members:

a\. one nominated by the NHS trusts and foundation trusts;

b\. one nominated by the providers of primary medical services;

c\. one nominated by Tarnvale Borough Council.

2\.2.5 Two Executive Members: the Director of Finance and the Medical Director.

2\.2.6 Four Non-Executive Members, one of whom is also the Deputy Chair.

2\.2.7 At least one member of the Board will have knowledge of mental health services.
`)
	wantBoard(t, doc, map[string]int{model.RoleChair: 1, model.RoleChiefExecutive: 1, model.RolePartnerTrusts: 1, model.RolePartnerPrimaryMedical: 1,
		model.RolePartnerLocalAuthority: 1, model.RoleExecutiveFinance: 1, model.RoleExecutiveMedical: 1, model.RoleNonExecutive: 4})
}

// A paragraph saying only how many members the board has, then a clause
// for each member or count of members with no verb: each is read. Where
// the clauses are sentences ("Two of them lead the ICB: …") the prose
// reading has them, and they are not read twice.
func TestBoardInClausesAfterItsCount(t *testing.T) {
	const src = `# NHS Tarnvale Integrated Care Board Constitution

## 2. Composition of the Board

2\.1 The Board of the ICB has ten members.

2\.2 %s

2\.3 Three Partner Members:

a\) one nominated by the NHS trusts and foundation trusts;

b\) one nominated by the providers of primary medical services; and

c\) one nominated by Tarnvale Borough Council.

2\.4 Three Non-Executive Members, appointed by the Chair.

2\.5 Two Executive Members: the Director of Finance and the Medical Director.

2\.6 The Board will always have at least one member with knowledge of mental health services.
`
	want := map[string]int{model.RoleChair: 1, model.RoleChiefExecutive: 1, model.RolePartnerTrusts: 1, model.RolePartnerPrimaryMedical: 1,
		model.RolePartnerLocalAuthority: 1, model.RoleExecutiveFinance: 1, model.RoleExecutiveMedical: 1, model.RoleNonExecutive: 3}
	wantBoard(t, mustParse(t, fmt.Sprintf(src, "The Chair and the Chief Executive.")), want)
	doc := mustParse(t, fmt.Sprintf(src, "Two of them lead the ICB: the Chair and the Chief Executive."))
	if seats := boardSeats(doc); seats[model.RoleChair] > 1 || seats[model.RoleChiefExecutive] > 1 || seats[model.RoleNonExecutive] > 0 {
		t.Errorf("near miss: the clause after the count is a sentence, so the clauses are not read as the board's members: %v", seats)
	}
}

// The Act's requirement that a member know mental health services, and
// the member said to meet it, name no further seat, in a list item or in
// prose; a count of seats of which at least one must know them is those
// seats.
func TestBoardMentalHealthRequirementNamesNoSeat(t *testing.T) {
	const src = `# NHS Tarnvale Integrated Care Board Constitution

## 2. Composition of the Board

2\.1 The Board has the following members:

1.  the Chair and the Chief Executive;

2.  %s

3.  one Partner Member nominated by the providers of primary medical services;

4.  one Partner Member nominated by Tarnvale Borough Council;

5.  three Non-Executive Members; and

6.  the Director of Finance and the Medical Director.

2\.2 %s
`
	want := map[string]int{model.RoleChair: 1, model.RoleChiefExecutive: 1, model.RolePartnerTrusts: 2, model.RolePartnerPrimaryMedical: 1,
		model.RolePartnerLocalAuthority: 1, model.RoleNonExecutive: 3, model.RoleExecutiveFinance: 1, model.RoleExecutiveMedical: 1}
	for _, tc := range [][2]string{
		{"two Partner Members nominated by the NHS trusts and foundation trusts, at least one of whom must have knowledge and experience of mental health services;",
			"At least one ordinary member shall have knowledge and experience of services for people with mental illness; the ICB secures this through the Partner Member drawn from the mental health trust."},
		{"two Partner Members nominated by the NHS trusts and foundation trusts;",
			"The Partner Member nominated from a provider of mental health services is expected to meet the requirement of 2.3, and at least one Non-Executive Member shall have that knowledge too."},
	} {
		wantBoard(t, mustParse(t, fmt.Sprintf(src, tc[0], tc[1])), want)
	}
}

// A joint committee's table of who appoints its members says nothing of
// who appoints the board's: "| The Chief Executive of each of the six
// ICBs | Each ICB |" is not the ICB's chief executive appointed by the
// ICB. The same table outside any committee's section is.
func TestJointCommitteeAppointedByTableIsNotTheBoards(t *testing.T) {
	const src = `# NHS Tarnvale Integrated Care Board Constitution

## 3.3 The Chief Executive

3\.3.1 The Chief Executive is appointed by the Chair, subject to NHS England's approval.

## %s

J2 The members are:

| Member | Appointed by | Voting |
|---|---|---|
| The Chief Executive of each of the six ICBs | Each ICB | Yes |
| NHS England Regional Director of Finance | NHS England | Yes |
`
	count := func(heading string) int {
		n := 0
		for _, a := range mustParse(t, fmt.Sprintf(src, heading)).ICB.Facts.Appointments {
			if a.Role == model.RoleChiefExecutive {
				n++
			}
		}
		return n
	}
	if n := count("East of England Joint Commissioning Committee"); n != 1 {
		t.Errorf("joint committee's table: %d chief executive appointments, want 1 (3.3.1's)", n)
	}
	if n := count("Appointments to the Board"); n != 2 {
		t.Errorf("near miss, the board's appointments table: %d chief executive appointments, want 2", n)
	}
}

// "… as follows:" and then a table: the table is the board, and the
// clauses after it say things of its members rather than adding any.
func TestBoardAsFollowsATable(t *testing.T) {
	doc := mustParse(t, `# NHS Tarnvale Integrated Care Board Constitution

## 2.2 Board membership

2\.2.1 The ICB has five members, as follows:

| Board member | Number |
|---|---|
| Chair | 1 |
| Chief Executive | 1 |
| Non-Executive Member | 2 |
| Director of Finance | 1 |

2\.2.2 The Director of Finance, the Medical Director and the Director of Nursing are the ICB's Executive Members.
`)
	if seats := boardSeats(doc); seats[model.RoleExecutiveMedical]+seats[model.RoleExecutiveNursing] > 0 {
		t.Errorf("a clause after the table read as members: %+v", doc.ICB.Board.Members)
	}
}

// A board table with a category column beside a member column that only
// describes some members: the category names them.
func TestBoardTableCategoryNamesMembers(t *testing.T) {
	doc := mustParse(t, `# NHS Tarnvale Integrated Care Board Constitution

## 2.2 Board membership

2\.2.1 The Board has the following members:

| Category | Board member | Number |
|---|---|---|
| Chair | The Chair of the ICB | 1 |
| Chief Executive | The Chief Executive of the ICB | 1 |
| Executive Member | Chief Finance Officer | 1 |
| Non-Executive Member | Appointed for their independent knowledge and skills | 4 |
`)
	if n := boardSeats(doc)[model.RoleNonExecutive]; n != 4 {
		t.Errorf("non-executive members = %d, want 4 (%+v)", n, doc.ICB.Board.Members)
	}
}

// A board table with a category column and a count and no member
// column: the category counted is the member, and a notes cell naming as
// many executives as the row counts says which they are; one naming
// fewer leaves the row as it counts.
func TestBoardTableCategoryWithNotes(t *testing.T) {
	doc := mustParse(t, `# NHS Tarnvale Integrated Care Board Constitution

## 2. Composition of the Board

2\.1 The Board has eleven members, as set out below.

| Category of member | Number | Notes |
|---|---|---|
| Chair | 1 | Appointed under 3.2 |
| Chief Executive | 1 | Appointed under 3.3 |
| Non-Executive Members | 4 | See 3.7 |
| Executive Members | 3 | Chief Finance Officer, Medical Director and Chief People Officer |
| Partner Members – local authorities | 2 | One for each of the two councils, Chief Officer level |
`)
	wantBoard(t, doc, map[string]int{model.RoleChair: 1, model.RoleChiefExecutive: 1, model.RoleNonExecutive: 4,
		model.RoleExecutiveFinance: 1, model.RoleExecutiveMedical: 1, model.RoleExecutiveOther: 1, model.RolePartnerLocalAuthority: 2})
}

// wantBoard checks that a document's ICB board has exactly the seats of
// each role want gives.
func wantBoard(t *testing.T, doc *model.Document, want map[string]int) {
	t.Helper()
	seats := boardSeats(doc)
	for role, n := range want {
		if seats[role] != n {
			t.Errorf("%s: %d members, want %d (%+v)", role, seats[role], n, doc.ICB.Board.Members)
		}
	}
	if len(seats) != len(want) {
		t.Errorf("roles = %v, want %v", seats, want)
	}
}

// boardSeats is how many seats of each role a document's ICB board has.
func boardSeats(doc *model.Document) map[string]int {
	seats := map[string]int{}
	for _, m := range doc.ICB.Board.Members {
		seats[m.Role] += max(m.Count, 1)
	}
	return seats
}

// A committee called by the last words of its name ("the Joint
// Committee") in the section that named it in full is that committee;
// in a section that named no such committee it is one of its own.
func TestICBCommitteeShortName(t *testing.T) {
	const src = `# NHS Alde Integrated Care Board Constitution

## 4.6 %s

4.6.1 The ICB and NHS Chelmer ICB have established the North East Essmere Joint Committee, a joint committee of the two ICBs. Each ICB delegates to it its functions in commissioning primary medical services.

4.6.3 A Non-Executive Member chairs the Joint Committee.
`
	doc := mustParse(t, fmt.Sprintf(src, "North East Essmere Joint Committee"))
	for _, f := range doc.ICB.Facts.Committees {
		if f.Name != "North East Essmere Joint Committee" {
			t.Errorf("committee fact named %q: %+v", f.Name, f)
		}
	}
	if !shortFormOf("Joint Committee", "North East Essmere Joint Committee") || shortFormOf("Audit Committee", "North East Essmere Joint Committee") ||
		shortFormOf("Committee", "Committee") {
		t.Error("shortFormOf")
	}
}

// A board stated in sentences that each open with a count of one kind of
// member ("Three Partner Members are nominated by …: one by …, one by …,
// and one jointly by A Council and B Council", "Four Non-Executive
// Members are appointed …", "Three Executive Members complete the Board:
// …"), after "The Chair and the Chief Executive are members of it"; and a
// board counted and then listed with commas after "They are".
func TestBoardCountedByKind(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       map[string]int
	}{
		{"counts by kind", `2.1 The ICB is governed by its Board. The Chair and the Chief Executive are members of it.

2.2 Three Partner Members are nominated by partner organisations: one by the NHS trusts and foundation trusts that provide services in the area, one by the providers of primary medical services, and one jointly by Tamar Council and the Council of the Isles. Four Non-Executive Members are appointed for their independence. Three Executive Members complete the Board: the Chief Finance Officer, the Chief Medical Officer and the Chief Nursing Officer.`,
			map[string]int{model.RoleChair: 1, model.RoleChiefExecutive: 1, model.RolePartnerTrusts: 1, model.RolePartnerPrimaryMedical: 1, model.RolePartnerLocalAuthority: 1,
				model.RoleNonExecutive: 4, model.RoleExecutiveFinance: 1, model.RoleExecutiveMedical: 1, model.RoleExecutiveNursing: 1}},
		{"they are, with commas", `2.1 The Board has fourteen members. They are the Chair and the Chief Executive, three Partner Members, five Non-Executive Members and four Executive Members.

2.3 The Executive Members are the Chief Finance Officer, the Chief Medical Officer, the Chief Nursing Officer and the Chief Delivery Officer.`,
			nil},
	} {
		doc := mustParse(t, "# NHS Tamar Integrated Care Board Constitution\n\n## 2. The Board\n\n"+tt.text+"\n")
		seats := boardSeats(doc)
		if tt.want != nil && !maps.Equal(seats, tt.want) {
			t.Errorf("%s: board = %v, want %v", tt.name, seats, tt.want)
		}
		if tt.want == nil && (seats[model.RoleNonExecutive] != 5 || seats[model.RoleExecutiveFinance] != 1 || seats[model.RoleExecutiveMedical] != 1 || seats[model.RoleExecutiveNursing] != 1) {
			t.Errorf("%s: board = %v", tt.name, seats)
		}
	}
}
