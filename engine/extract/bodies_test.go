package extract

import (
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// committeeSummary is what TestCommitteeStructure checks of a committee.
type committeeSummary struct {
	name       string
	line       int
	seats      int // voting seats
	quorumLine int // 0: no quorum
}

func summarise(cs []model.Committee) []committeeSummary {
	out := []committeeSummary{}
	for _, c := range cs {
		s := committeeSummary{name: c.Name, line: c.Line, seats: c.Count.Voting}
		if c.Quorum != nil {
			s.quorumLine = c.Quorum.Line
		}
		out = append(out, s)
	}
	return out
}

// TestCommitteeStructure: a committee's headed parts are its own, and the
// terms of reference in a schedule or appendix are the same committee as
// its section in the body of the constitution.
func TestCommitteeStructure(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []committeeSummary
		// membershipLine is the Group's membership section heading.
		membershipLine int
	}{
		{
			name: "parts of terms of reference under the committee",
			src: `# 3. Membership

3.1 The members of the Group are the practices in Schedule 1.

# 6. Primary Care Commissioning Committee

## 6.1 Purpose

6.1.1 The Committee takes decisions on primary medical services.

## 6.2 Membership

- the lay member for primary care (Chair);
- two GP members of the Governing Body;
- the Chief Finance Officer.

## 6.3 Quorum

6.3.1 Three members, of whom one must be a GP member.

## 6.4 Frequency of meetings

6.4.1 The Committee meets at least four times a year.
`,
			want:           []committeeSummary{{"Primary Care Commissioning Committee", 5, 4, 19}},
			membershipLine: 1,
		},
		{
			name: "a part that names its committee",
			src: `## Audit Committee

The Audit Committee is chaired by the lay member for audit.

### Membership of the Audit Committee

| Member | Voting |
|---|---|
| Lay member for audit (Chair) | Yes |
| Registered nurse | Yes |

### Audit Committee Quorum

Two members form a quorum.
`,
			want: []committeeSummary{{"Audit Committee", 1, 2, 14}},
		},
		{
			name: "a committee of the governing body stays a committee",
			src: `# 5. The Governing Body

## 5.1 Membership

The Governing Body's members are the Chair, four GP members and the Chief Officer.

## 5.2 Audit Committee

5.2.1 Its members are the two lay members.
`,
			want: []committeeSummary{{"Audit Committee", 7, 2, 0}},
		},
		{
			name: "terms of reference in a schedule it refers to",
			src: `# 6. Decision making

## 6.4 Primary Care Commissioning Committee

6.4.1 The Group has established a Primary Care Commissioning Committee.
Its membership and quorum are set out in its terms of reference at
Schedule 3.

# 7. Conflicts of interest

7.1 The Group keeps registers of interests.

# Schedule 3 – Terms of Reference

## 1. Membership

| Member | Voting |
|---|---|
| Lay member (Chair) | Yes |
| Three GP members | Yes |
| Chief Officer | Yes |

## 2. Quorum

2.1 Four voting members, including two GP members.
`,
			want: []committeeSummary{{"Primary Care Commissioning Committee", 3, 5, 25}},
		},
		{
			name: "terms of reference in an appendix named for the committee",
			src: `# 6.5 Remuneration Committee

6.5.1 The Remuneration Committee advises the Governing Body on pay. Its
terms of reference are at Appendix D.

# Appendix D – Terms of Reference of the Remuneration Committee

D.1 The members of the Committee are the two lay members and the
secondary care doctor.

D.2 The quorum is two members.
`,
			want: []committeeSummary{{"Remuneration Committee", 1, 3, 11}},
		},
		{
			name: "an appendix of several committees' terms of reference",
			src: `# 6. Committees

## 6.1 Audit Committee

6.1.1 The terms of reference of the Audit Committee are at Appendix E.

## 6.2 Remuneration Committee

6.2.1 Its terms of reference are in Appendix E.

# Appendix E – Terms of reference of committees

E.0 Each committee reports to the Governing Body.

## E.1 Audit Committee

- Its members are the three lay members.

## E.2 Remuneration Committee

E.2.1 The members of the Committee are the two lay members.
`,
			want: []committeeSummary{{"Audit Committee", 3, 3, 0}, {"Remuneration Committee", 7, 2, 0}},
		},
		{
			name: "members stated in both places are counted once",
			src: `## Primary Care Joint Committee

Its members are:

- three GP members;
- the Chief Officer.

## Schedule 4: Primary Care Joint Committee Terms of Reference

| Member | Voting |
|---|---|
| Three GP members | Yes |
| Chief Officer | Yes |
`,
			want: []committeeSummary{{"Primary Care Joint Committee", 1, 4, 0}},
		},
		{
			name: "a reference to a schedule of something else",
			src: `## Primary Care Commissioning Committee

The functions delegated to the Committee are listed in Schedule 2. Its
members are the three GP members and the Chief Officer.

## Schedule 2 – Delegated functions

- Decisions on contracts.
`,
			want: []committeeSummary{{"Primary Care Commissioning Committee", 1, 4, 0}},
		},
		{
			name: "members stated in shares in the appendix that holds the terms of reference",
			src: `## 4.5 Primary Care Commissioning Committee

4.5.1 The Board has delegated to the Primary Care Commissioning Committee its functions for primary medical services. Its terms of reference are in Appendix 3.

## Appendix 3 – Primary Care Commissioning Committee: terms of reference

**Membership**

The Committee has five voting members. Two are Non-Executive Members of the Board, one of whom chairs it. Two are GPs who practise in the area. The fifth is the Chief Finance Officer.

**PC2 Quorum**

PC2.1 The members of the Committee are quorate when three are present.
`,
			want: []committeeSummary{{"Primary Care Commissioning Committee", 1, 5, 13}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.src)
			got := summarise(doc.Committees)
			if len(got) != len(tt.want) {
				t.Fatalf("committees = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("committee %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
			if doc.Membership.SectionLine != tt.membershipLine {
				t.Errorf("membership section at line %d, want %d", doc.Membership.SectionLine, tt.membershipLine)
			}
		})
	}
}

func TestAspectOf(t *testing.T) {
	tests := []struct{ title, body, want string }{
		{"membership", "audit committee", aspectMembership},
		{"membership of the audit committee", "audit committee", aspectMembership},
		{"membership of the committee", "audit committee", aspectMembership},
		{"audit committee membership", "audit committee", aspectMembership},
		{"quorum", "primary care commissioning committee", aspectQuorum},
		{"frequency of meetings", "audit committee", aspectOther},
		{"chair", "audit committee", aspectOther},
		{"membership of the audit committee", "governing body", ""},
		{"audit committee", "governing body", ""},
		{"remuneration committee", "terms of reference of committees", ""},
		{"member practices", "audit committee", ""},
	}
	for _, tt := range tests {
		if got := aspectOf(tt.title, tt.body); got != tt.want {
			t.Errorf("aspectOf(%q, %q) = %q, want %q", tt.title, tt.body, got, tt.want)
		}
	}
}

func TestSameCommittee(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"audit committee", "audit committee", true},
		{"governing body audit committee", "audit committee", true},
		{"nhs fenby ccg primary care commissioning committee", "primary care commissioning committee", true},
		{"primary care audit committee", "audit committee", false},
		{"committee", "committee", false},
		{"remuneration committee", "audit committee", false},
	}
	for _, tt := range tests {
		if got := sameCommittee(tt.a, tt.b); got != tt.want {
			t.Errorf("sameCommittee(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// A sentence that cites a schedule for the member practices' vote or
// declaration is no reference to a committee's members.
func TestReferenceToMembers(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"Its members and quorum are set out in Appendix B.", true},
		{"The membership of the Committee is in Schedule 3.", true},
		{"Following the members' vote recorded in Appendix B, the Group and NHS England set up the Committee.", false},
		{"The member practices' declaration is in Schedule 1.", false},
		{"The members' meeting approved the terms of reference in Appendix C.", true},
	} {
		if got := referenceWords.any(withoutPracticesWords(norm(tt.sentence))); got != tt.want {
			t.Errorf("%q refers to members: %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// A part titled for the governing body "and its committees", with the
// governing body a subsection of it: the subsection is the governing
// body, and a committee described in another subsection lends it none of
// its members.
func TestGoverningBodyUnderAPartWithItsCommittees(t *testing.T) {
	doc := mustParse(t, `**4 OUR GOVERNING BODY AND ITS COMMITTEES**

**4.1 The Governing Body**

4\.1.1 The Governing Body has seven members, all of whom vote. The practices elect three GPs to it, one of whom chairs it, and the Accountable Officer and the Chief Finance Officer join them with two lay members.

**4.2 Its committees**

4\.2.1 *The Clinical Cabinet.* The Clinical Cabinet is a committee of the Governing Body. It is made up of the three GP members of the Governing Body, the Chief Nurse and one GP from each hub.
`)
	gb := doc.GoverningBody
	if gb == nil || gb.Section != "4.1 The Governing Body" {
		t.Fatalf("governing body = %+v", gb)
	}
	for _, s := range gb.Seats {
		if strings.Contains(s.Role, "Nurse") || strings.Contains(s.Role, "hub") {
			t.Errorf("the committee's members read as the governing body's: %+v", gb.Seats)
		}
	}
}
