package extract

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/ccgvet/ccgvet/engine/model"
)

// TestQuorumCorpus reads each quorum clause of the sentence corpus on its
// own, with no seats to judge it against: "depends" there is "unknown".
func TestQuorumCorpus(t *testing.T) {
	b, err := os.ReadFile("testdata/sentences/quorum.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		ID     string `yaml:"id"`
		Text   string `yaml:"text"`
		Expect struct {
			ClinicianRequired string `yaml:"clinician_required"`
		} `yaml:"expect"`
	}
	if err := yaml.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"true": model.ClinicianRequiredYes, "false": model.ClinicianRequiredNo, "depends": model.ClinicianRequiredUnknown}
	for _, c := range cases {
		got, set := readQuorum(c.Text).judge(nil, "")
		if got != want[c.Expect.ClinicianRequired] {
			t.Errorf("%s: clinician required %s, want %s (%q)\n\t%s", c.ID, got, want[c.Expect.ClinicianRequired], set, c.Text)
		}
	}
}

// seatsOf builds voting seats from role and count.
func seatsOf(roles ...any) []model.Seat {
	var out []model.Seat
	for i := 0; i+1 < len(roles); i += 2 {
		out = append(out, newSeat(roles[i].(string), "", "", true, 1))
		out[len(out)-1].Count = roles[i+1].(int)
	}
	return out
}

// TestQuorumJudgedAgainstSeats: the same clause can require a clinician
// on one committee and not on another.
func TestQuorumJudgedAgainstSeats(t *testing.T) {
	pccc := seatsOf("Lay member for patient and public involvement (Chair)", 1, "Accountable Officer", 1,
		"Director of Commissioning Operations, NHS England", 1, "Head of Primary Care, NHS England", 1,
		"GP members of the Governing Body", 3, "Registered nurse", 1)
	gpLed := seatsOf("GP Chair", 1, "GP members", 4, "Lay member", 1)
	jointLay := seatsOf("an Independent Lay Chair, appointed by the four boroughs together", 1, "the GP lead of each of the four boroughs", 4,
		"the finance director of each of the four boroughs", 4)
	layLed := seatsOf("GP member", 1, "lay members", 2, "Accountable Officer", 1, "Chief Finance Officer", 1, "Registered nurse", 1)
	// A committee of four boroughs: a GP lead and a lay member from each,
	// a shared director; and one whose only members of each party are GPs.
	fourParties := seatsOf("the GP lead of each borough", 4, "one of its lay members", 4, "the shared Director of Finance", 1)
	councilBoard := seatsOf("Leader of the Council", 1, "Cabinet Member for Health", 1, "GP member of the Governing Body", 1, "Accountable Officer", 1)
	withVoluntary := seatsOf("Voluntary sector representative", 1, "GP member of the Governing Body", 1, "Accountable Officer", 1)
	gpParties := seatsOf("the GP lead of each borough", 4, "the shared Director of Finance", 1, "the Independent Lay Chair", 1)
	// Two boards, each appointing two of its lay members, its finance
	// director and one GP.
	twoBoards := seatsOf("two of its Non-Executive Members", 4, "its Director of Finance", 2, "one GP clinical lead", 2)
	// A joint committee whose NHS England members' titles do not name it.
	fiveParty := seatsOf("Lay member for governance (Chair)", 1, "Lay member for patient involvement", 1, "Chief Finance Officer", 1, "GP member", 1)
	for _, role := range []string{"Head of Primary Care", "Director of Commissioning Operations"} {
		fiveParty = append(fiveParty, model.Seat{Role: role, Count: 1, Voting: true, Category: model.CategoryExecutive, Party: partyNHSEngland})
	}
	tests := []struct {
		name, text string
		seats      []model.Seat
		chair      string
		want       string
		without    string
		unplaced   []string
	}{
		{"any two of three with two clinicians", "Any two of the following form a quorum: the lay member, the nurse and the consultant.", nil, "", "yes", "", nil},
		{"any two of three with one clinician", "Any two of the following form a quorum: the lay member, the finance officer and the GP.", nil, "", "no", "the lay member and the finance officer", nil},
		{"at least one GP", "The quorum is four members, including at least one GP.", pccc, "", "yes", "", nil},
		{"including a clinical member", "Three members, including a clinical member, form a quorum.", nil, "", "yes", "", nil},
		{"a majority: too few non-clinicians", "The quorum is a majority of the voting members.", pccc, "", "yes", "", nil},
		{"a majority: enough non-clinicians", "The quorum is a majority of the voting members.", layLed, "", "no",
			"lay members, Accountable Officer and Chief Finance Officer", nil},
		{"a majority: GP led", "The quorum is a majority of the voting members.", gpLed, "", "yes", "", nil},
		{"a majority: no seats stated", "The quorum is a majority of the voting members.", nil, "", "unknown", "", nil},
		{"chair or officer and one from NHS England", "The quorum of the Committee is four voting members, including the Chair or the Accountable Officer and at least one of the members from NHS England.", pccc, "", "no",
			"Lay member for patient and public involvement (Chair); Accountable Officer; Director of Commissioning Operations, NHS England and Head of Primary Care, NHS England", nil},
		{"two of whom GPs", "The quorum is six voting members, of whom at least two shall be GP members.", pccc, "", "yes", "", nil},
		{"more members than non-clinicians", "Six members form a quorum.", pccc, "", "yes", "", nil},
		{"the chair by who chairs", "Two members, including the Chair, form a quorum.", gpLed, "the GP Chair", "yes", "", nil},
		{"a role no one can place", "The quorum is three members, including the Caldicott Guardian.", nil, "", "unknown", "", []string{"the Caldicott Guardian"}},
		{"fallback with lay and executive members", "The quorum is four voting members including at least one GP; where the GP members withdraw because of a conflict of interest, the meeting will remain quorate with the lay and executive members present.", pccc, "", "no", "the lay and executive members", nil},
		{"a chair named by a title the seat words otherwise", "The Committee is quorate when the Independent Lay Chair and at least three other members are present.", jointLay, "", "no",
			"an Independent Lay Chair, appointed by the four boroughs together and three of the finance director of each of the four boroughs", nil},
		// Members from so many of the parties: a lay seat of each party
		// meets it without a clinician; a GP seat alone cannot be told.
		{"one from each of four parties", "The Committee is quorate when five voting members are present, of whom at least one must have been nominated by each of the four boroughs.", fourParties, "", "no",
			"four × one of its lay members and the shared Director of Finance", nil},
		{"members from three of four parties and another", "The Committee is quorate when members from at least three of the four boroughs and the Director of Finance are present.", fourParties, "", "no",
			"three × one of its lay members and the shared Director of Finance", nil},
		{"one from each party, the parties counted from the seats", "A meeting is quorate when five voting members are present, of whom at least one comes from each borough.", fourParties, "", "no",
			"four × one of its lay members and the shared Director of Finance", nil},
		{"two from each of two boards", "A meeting is quorate when six voting members are present, at least two appointed by each ICB.", twoBoards, "", "no",
			"two × two of its Non-Executive Members and its Director of Finance", nil},
		{"five from each of two boards", "A meeting is quorate when five voting members are present, at least two appointed by each ICB.", twoBoards, "", "no",
			"two × two of its Non-Executive Members and its Director of Finance (one of two)", nil},
		{"three from each of two boards", "A meeting is quorate when three voting members are present, at least one appointed by each ICB.", twoBoards, "", "no",
			"three of their Non-Executive Members", nil},
		{"a second condition 'and that either …'", "Four voting members make a quorum, provided that the Chair is one of them and that either the Accountable Officer or the Registered nurse is present.", pccc, "", "no",
			"Lay member for patient and public involvement (Chair); Accountable Officer; Director of Commissioning Operations, NHS England and Head of Primary Care, NHS England", nil},
		{"from each party, only GPs per party", "The Committee is quorate when five voting members are present, from each of the four boroughs.", gpParties, "", "unknown", "", nil},
		// Councillors are no clinicians, though the criteria give them no
		// category; who appoints a member says nothing of what it is.
		{"councillors and an officer", "A meeting is quorate when three voting members are present, at least one of whom has been appointed by the Council and at least one by the CCG.", councilBoard, "", "no",
			"Leader of the Council, Cabinet Member for Health and Accountable Officer", nil},
		{"a member of no known kind", "A meeting is quorate when three voting members are present, at least one of whom has been appointed by the CCG.", withVoluntary, "", "unknown", "", nil},
		// "N of its voting members" is the total; a count "of them" before
		// a member, a clause number with a letter, "among them".
		{"five of its voting members", "The Committee is quorate when four of its voting members are present, including the Accountable Officer.", layLed, "", "no",
			"lay members, Accountable Officer and Chief Finance Officer", nil},
		{"of them, after a lettered clause number", "4B.2 The Committee is quorate when four voting members are present, at least two of them lay members and at least one of them an executive member.", layLed, "", "no",
			"lay members, Accountable Officer and Chief Finance Officer", nil},
		{"among them", "A meeting is quorate when three voting members are present, among them a lay member and either the Accountable Officer or the Chief Finance Officer.", layLed, "", "no",
			"lay members and Accountable Officer", nil},
		// A fallback of members of any kind when others withdraw.
		{"any three without a conflict", "The quorum is four voting members, including one GP; where the GPs have a conflict, the meeting stays quorate for that item with any three voting members who have no conflict.", layLed, "", "no",
			"three voting members who have no conflict", nil},
		{"three, one of them lay", "Four voting members, including a GP, form a quorum. Where the GPs are conflicted, the meeting remains quorate for that item if three voting members are present, of whom one is a lay member.", layLed, "", "no",
			"three voting members are present, of whom one is a lay member", []string{"conflicted"}}, // the condition's word, not read
		{"a fallback that keeps a clinician", "The quorum is five voting members, including two GPs. When a GP withdraws because of a conflict, the meeting remains quorate for that item if four voting members without a conflict remain, one of them a clinician.", layLed, "", "yes", "", nil},
		{"a fallback that keeps a lay member", "The quorum is five voting members, including two GPs. When a GP withdraws because of a conflict, the meeting remains quorate for that item if four voting members without a conflict remain, of whom one is a lay member.", layLed, "", "no",
			"four voting members without a conflict remain, of whom one is a lay member", nil},
		{"a fallback too few others make", "The quorum is three voting members, including two GPs; where the GPs have a conflict, the meeting stays quorate with any three voting members who have no conflict.", gpLed, "", "yes", "", nil},
		{"what the quorum is of, by the committee's long name", "A meeting of the Tarnside Primary Care Joint Committee is quorate when three voting members are present, including the Accountable Officer.", layLed, "", "no",
			"lay members and Accountable Officer", nil},
		// A role named by what it is for, in the plural: its head is the
		// plural word, not the last ("Partner Members for primary medical
		// services"); the read alone cannot place it, the seats can.
		{"a role's plural head before what it is for", "The Committee is quorate when six voting members are present, including at least one of the Partner Members for primary medical services.",
			seatsOf("Non-Executive Member", 3, "Partner Member for primary medical services (a practising GP)", 3, "Director of Finance", 3), "", "yes", "",
			[]string{"at least one of the Partner Members for primary medical services"}},
		{"a role's plural head, near miss: another role for the same services, not the partner member's seat", "The Committee is quorate when six voting members are present, including at least one of the Directors for primary medical services.",
			seatsOf("Non-Executive Member", 3, "Partner Member for primary medical services (a practising GP)", 3, "Director of Finance", 3), "", "no",
			"the Directors for primary medical services, Non-Executive Member and two of Director of Finance", nil}, // a director named, no seat of it: not a clinician
		// A member the quorum needs in the chair is one it needs present.
		{"a GP in the chair", "The Committee is quorate when three voting members are present, with a GP member in the chair.", layLed, "", "yes", "", nil},
		{"a lay member in the chair", "The Committee is quorate when three voting members are present, and a lay member is in the chair.", layLed, "", "no",
			"lay members and Accountable Officer", nil},
		{"pandoc markup", "**9\\.2** Quorum – three members, to include the Chair (a lay member) & either the registered nurse or the secondary care doctor.", nil, "", "yes", "", nil},
		{"a clause number of two letters", "PC3.2 The Committee is quorate when four voting members are present, of whom one must be a lay member and one must be the Accountable Officer or the Chief Finance Officer.", layLed, "", "no",
			"lay members, Accountable Officer and Chief Finance Officer", nil},
		{"a run-in title and a sentence that does not say quorum", "D3 **Quorum.** Four voting members, including at least one lay member and at least one of the Accountable Officer and the Chief Finance Officer.", layLed, "", "no",
			"lay members, Accountable Officer and Chief Finance Officer", nil},
		{"members of one party named alone: the party's seats, not more", "The quorum is five voting members, provided that at least two of them are members from NHS England.", pccc, "", "yes", "", nil},
		{"members of one party named alone, with enough others", "Five voting members make a quorum, of whom at least two must be members from NHS England.", fiveParty, "", "no",
			"Lay member for governance (Chair), Lay member for patient involvement, Chief Finance Officer, Head of Primary Care and Director of Commissioning Operations", nil},
		{"an appendix clause with a run-in title", "E4 **Quorum.** The Committee is quorate when three voting members are present, of whom one is the registered nurse.", nil, "", "yes", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := &model.Quorum{Text: tt.text, Line: 1}
			judgeQuorum(q, q.Text, tt.seats, tt.chair)
			if q.ClinicianRequired != tt.want || q.WithoutClinician != tt.without {
				t.Errorf("clinician required %s (%q), want %s (%q)", q.ClinicianRequired, q.WithoutClinician, tt.want, tt.without)
			}
			want := tt.unplaced
			if want == nil {
				want = []string{}
			}
			if !reflect.DeepEqual(q.Unplaced, want) {
				t.Errorf("unplaced = %q, want %q", q.Unplaced, want)
			}
		})
	}
}

// A quorum that asks for a member from each party asks for members of any
// kind: which party appoints a member says nothing of what the member is.
func TestQuorumMemberFromEachParty(t *testing.T) {
	layLed := seatsOf("GP member", 1, "lay members", 2, "Accountable Officer", 1, "Chief Finance Officer", 1, "Registered nurse", 1)
	gpLed := seatsOf("GP Chair", 1, "GP members", 4, "Lay member", 1)
	for _, text := range []string{
		"The quorum is four voting members, including at least one voting member nominated by each of the two groups.",
		"The Committee is quorate when four members are present, including one member from each CCG.",
		"The Committee is quorate when four voting members are present, of whom at least one has been appointed by the Group and at least one by NHS England.",
	} {
		q := &model.Quorum{Text: text, Line: 1}
		judgeQuorum(q, q.Text, layLed, "")
		if q.ClinicianRequired != model.ClinicianRequiredNo {
			t.Errorf("%q with a lay-led committee: clinician required %s, want no", text, q.ClinicianRequired)
		}
		q = &model.Quorum{Text: text, Line: 1}
		judgeQuorum(q, q.Text, gpLed, "")
		if q.ClinicianRequired != model.ClinicianRequiredYes {
			t.Errorf("%q with a GP-led committee: clinician required %s, want yes", text, q.ClinicianRequired)
		}
	}
}

// "A meeting of the Committee is quorate when …": "a meeting" is what the
// quorum is of, not a count of one.
func TestQuorumOfAMeeting(t *testing.T) {
	seats := seatsOf("Lay member for governance (Chair)", 1, "Lay member for engagement", 1, "Accountable Officer", 1,
		"Chief Finance Officer", 1, "Registered nurse", 1, "Secondary care doctor (Vice Chair)", 1)
	q := &model.Quorum{Text: "A meeting of the Committee is quorate when four voting members are present, one of whom must be the Chair or the Vice Chair and one of whom must be the Accountable Officer or the Chief Finance Officer.", Line: 1}
	judgeQuorum(q, q.Text, seats, "")
	if q.ClinicianRequired != model.ClinicianRequiredNo {
		t.Errorf("clinician required %s (%q), want no", q.ClinicianRequired, q.WithoutClinician)
	}
}

// TestQuorumInCommittee: the committee's quorum is judged against its own
// seats, wherever its parts state them.
func TestQuorumInCommittee(t *testing.T) {
	src := `## Primary Care Commissioning Committee

### Membership

| Member | Voting |
|---|---|
| Lay member (Chair) | Yes |
| Chief Finance Officer | Yes |
| Two GP members | Yes |

### Quorum

Any two members, including the Chair.
`
	q := mustParse(t, src).Committees[0].Quorum
	if q == nil || q.ClinicianRequired != "no" || q.WithoutClinician != "Lay member (Chair) and Chief Finance Officer" {
		t.Errorf("quorum = %+v", q)
	}
}

// "one of A and B" offers A and B as alternatives, as "one of A or B"
// does; a later "and one of C and D" is a choice of its own.
func TestQuorumOneOfWithAnd(t *testing.T) {
	r := readQuorum("The Committee is quorate when four voting members are present, including one of the Chief Operating Officer and the Chief Finance Officer, and one of the Medical Director and the Director of Nursing.")
	var got [][]string
	for _, n := range r.needs {
		var alts []string
		for _, a := range n.alts {
			alts = append(alts, a.key)
		}
		got = append(got, alts)
	}
	want := [][]string{{"chief operating officer", "chief finance officer"}, {"medical director", "director of nursing"}}
	if len(got) != len(want) {
		t.Fatalf("needs %q, want %q", got, want)
	}
	for i := range want {
		if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("need %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// A decision threshold after the quorum in the same sentence is no member
// the quorum needs: with every member a GP, the quorum has a clinician;
// a member the quorum names after the count is one it needs.
func TestQuorumThenDecisionThreshold(t *testing.T) {
	gps := seatsOf("GP members", 10)
	for _, tt := range []struct{ text, want string }{
		{"A meeting is quorate when at least seven of the ten voting members are present, and a decision to close a hospital service needs the votes of at least seven of them.", model.ClinicianRequiredYes},
		{"A meeting is quorate when at least seven of the ten voting members are present, and a GP member is among them.", model.ClinicianRequiredYes},
	} {
		if got, set := readQuorum(tt.text).judge(gps, ""); got != tt.want {
			t.Errorf("clinician required %s, want %s (%q)\n\t%s", got, tt.want, set, tt.text)
		}
	}
}

// A fallback for conflicted GPs counted "at least three voting members",
// one of them a lay chair: it can be met with no clinician; counted
// without "at least", the same.
func TestQuorumFallbackAtLeast(t *testing.T) {
	seats := append(seatsOf("the Lay Member (Chair)", 1, "the Chief Officer", 1, "the Chief Finance Officer", 1), seatsOf("GP members", 3)...)
	for _, fallback := range []string{"if at least three voting members remain", "if three voting members remain"} {
		text := "The Committee is quorate when five voting members are present, including two GP members. Where the GP members withdraw from an item because of a conflict of interest, the meeting remains quorate for that item " + fallback + ", one of whom is the chair."
		if got, set := readQuorum(text).judge(seats, "the Lay Member"); got != model.ClinicianRequiredNo {
			t.Errorf("%q: clinician required %s, want no (%q)", fallback, got, set)
		}
	}
}

// A sentence after the quorum on a member who is not counted towards it
// for one item says nothing of who must be present: the quorum is read
// without it.
func TestQuorumNotCountedTowards(t *testing.T) {
	seats := append(seatsOf("the lay member (Chair)", 1, "the Chief Officer", 1, "the Chief Finance Officer", 1, "the Director of Commissioning", 1), seatsOf("GP members", 4)...)
	for _, tt := range []struct{ text, want string }{
		{"A meeting of the Committee is quorate when five voting members are present, one of them a lay member. A GP member does not vote on a decision about his or her own practice, and is not counted towards the quorum for it.", model.ClinicianRequiredYes},
		{"A meeting of the Committee is quorate when four voting members are present, one of them a lay member. A GP member does not vote on a decision about his or her own practice, and is not counted towards the quorum for it.", model.ClinicianRequiredNo},
	} {
		if got, set := readQuorum(tt.text).judge(seats, "the lay member"); got != tt.want {
			t.Errorf("clinician required %s, want %s (%q)\n\t%s", got, tt.want, set, tt.text)
		}
	}
}

// A quorum clause numbered in its appendix by letters and a number, with
// a run-in title ("PCA 4 Quorum. The Committee is quorate when …"), is
// read as the rule.
func TestQuorumLetteredClauseNumber(t *testing.T) {
	seats := seatsOf("a Non-Executive Member (Chair)", 1, "a second Non-Executive Member", 1, "the Chief Finance Officer", 1, "the Chief Primary Care Officer", 1, "GP members", 3)
	text := "PCA 4 Quorum. The Committee is quorate when four voting members are present, including the Chair and at least one of the Chief Finance Officer and the Chief Primary Care Officer."
	if got, set := readQuorum(text).judge(seats, "a Non-Executive Member"); got != model.ClinicianRequiredNo {
		t.Errorf("clinician required %s, want no (%q)", got, set)
	}
}

// A quorum that names its members by the labels of the membership's
// paragraphs ("two of the members named in (c), (d) and (e)", "(c) to
// (e)") reads them as the kind every seat of those paragraphs is; where
// the paragraphs hold seats of more than one kind it is left unread.
func TestQuorumByItemLabels(t *testing.T) {
	src := func(refs, fifth string) string {
		return `# 6. Primary Care Commissioning Committee

6.1 The Primary Care Commissioning Committee makes decisions on primary medical services.

6.2 The voting members of the Committee are:

(a) a lay member, who chairs it;

(b) the Chief Finance Officer;

(c) two GPs chosen by the member practices;

(d) a practice nurse;

(e) ` + fifth + `.

6.3 A meeting is quorate when four voting members are present, including at least two of the members named in ` + refs + `.
`
	}
	for _, tt := range []struct{ refs, fifth, want string }{
		{"(c), (d) and (e)", "a community pharmacist", "yes"},
		{"(c) to (e)", "a community pharmacist", "yes"},
		{"(b), (c) and (d)", "a community pharmacist", "unknown"},
		{"(c), (d) and (e)", "the Director of Commissioning", "unknown"},
	} {
		c := committeeIn(t, src(tt.refs, tt.fifth), isPrimaryCare)
		if c.Quorum == nil || c.Quorum.ClinicianRequired != tt.want {
			t.Errorf("%s with (e) %s: quorum = %+v, want clinician required %s", tt.refs, tt.fifth, c.Quorum, tt.want)
		}
	}
}

// quorumCase is a quorum clause and whether it needs a clinician present.
type quorumCase struct{ text, want string }

// clinicianRequiredEach judges each clause against seats; with placed, no
// phrase of it may be left unread.
func clinicianRequiredEach(t *testing.T, seats []model.Seat, placed bool, cases []quorumCase) {
	t.Helper()
	for _, tt := range cases {
		q := &model.Quorum{Text: tt.text, Line: 1}
		judgeQuorum(q, q.Text, seats, "")
		if q.ClinicianRequired != tt.want || placed && len(q.Unplaced) > 0 {
			t.Errorf("%q: clinician required %s (unplaced %q), want %s", tt.text, q.ClinicianRequired, q.Unplaced, tt.want)
		}
	}
}

// A sentence after the quorum's that says whom the members counted must
// include ("They must include …") is the quorum's; a sentence after it on
// something else is not.
func TestQuorumTheyMustInclude(t *testing.T) {
	clinicianRequiredEach(t, seatsOf("lay member", 3, "Accountable Officer", 1, "registered nurse", 1, "secondary care doctor", 1), false, []quorumCase{
		{"Four voting members form a quorum. They must include a lay member, the Accountable Officer, and either the registered nurse or the secondary care doctor.", "yes"},
		{"Four voting members form a quorum. These must include a lay member and the Accountable Officer.", "no"},
		{"Four voting members form a quorum. They must declare any interest at the start of the meeting.", "no"},
	})
}

// "Four voting members make a quorum, provided that two of them are …":
// "make" states the quorum as "form" does, and the share "that two of
// them are" counts the members it names.
func TestQuorumMakeProvidedThat(t *testing.T) {
	clinicianRequiredEach(t, seatsOf("lay member", 3, "Chief Officer", 1, "Chief Finance Officer", 1, "GP member", 2), true, []quorumCase{
		{"Four voting members make a quorum, provided that two of them are lay members and one is the Chief Officer or the Chief Finance Officer.", "no"},
		{"Four voting members make a quorum, provided that two of them are GP members.", "yes"},
	})
}

// "… provided that the lay and executive members present outnumber the
// clinical members present": the clinical members outnumbered are not
// needed, and a quorum can be met without them; the other way round, they
// are.
func TestQuorumOutnumber(t *testing.T) {
	clinicianRequiredEach(t, seatsOf("lay member", 3, "Chief Officer", 1, "Chief Finance Officer", 1, "GP member", 3), false, []quorumCase{
		{"Five voting members make a quorum, provided that the lay and executive members present outnumber the clinical members present.", "no"},
		{"Five voting members make a quorum, provided that the GP members present outnumber the lay members present.", "yes"},
	})
}

// partyOf names one party or none.
func TestPartyOf(t *testing.T) {
	for _, tc := range []struct{ text, role, party string }{
		{"From the CCG:", "", partyCCG},
		{"the Group", "", partyCCG},
		{"NHS England (Central Midlands)", "", partyNHSEngland},
		{"an NHS trust", "", partyTrust},
		{"the council", "", partyCouncil},
		{"the primary care networks of Shibdenvale", "", partyPCN},
		{"the CCG and NHS England jointly", "", ""},
		{"Healthwatch", "", ""},
		{"", "Head of Primary Care, NHS England (Harbury)", partyNHSEngland},
		{"", "Chief Executive of Shibdenvale Hospitals NHS Foundation Trust", partyTrust},
		{"", "Two GP Locality Leads, chosen by the Governing Body", partyCCG},
		{"", "Head of Primary Care", ""},
	} {
		got := ""
		if tc.role != "" {
			got = partyFromRole(tc.role)
		} else {
			got = partyOf(tc.text)
		}
		if got != tc.party {
			t.Errorf("party of %q%q = %q, want %q", tc.text, tc.role, got, tc.party)
		}
	}
}

// A quorum that needs members of a party counts the seats of that party
// where the membership says whose each seat is; where it does not, a
// member of the party is a member of any kind.
func TestQuorumByParty(t *testing.T) {
	joint := func(ccgOthers int) []model.Seat {
		seats := seatsOf("Lay member for primary care (Chair)", 1, "GP members of the Governing Body", 2, "Chief Finance Officer", 1, "Chief Operating Officer", 1,
			"Head of Primary Care", 1, "Assistant Director of Finance", 1, "Primary Care Contracts Manager", 1)
		for i := range seats {
			seats[i].Party = partyCCG
			if i >= 4 {
				seats[i].Party = partyNHSEngland
			}
		}
		if ccgOthers == 0 {
			seats[2].Category, seats[3].Category = model.CategoryClinical, model.CategoryClinical // the CCG's officers replaced by GPs
		}
		return seats
	}
	for _, tc := range []struct {
		name, text string
		seats      []model.Seat
		want       string
	}{
		{"three from the CCG, one from NHS England", "The Committee is quorate when five voting members are present, at least three of them from the CCG and at least one from NHS England.", joint(2), model.ClinicianRequiredNo},
		{"two of whom nominated by each", "A meeting is quorate when four voting members are present, at least two of whom were nominated by NHS England and at least two by the CCG.", joint(2), model.ClinicianRequiredNo},
		{"three of the members appointed by, and one of those appointed by", "A meeting is quorate when at least three of the members appointed by the CCG and at least one of those appointed by NHS England are present.", joint(2), model.ClinicianRequiredNo},
		{"near miss: three of the members appointed by the CCG, who must include a clinician", "A meeting is quorate when at least three of the members appointed by the CCG and at least one of those appointed by NHS England are present.", joint(0), model.ClinicianRequiredYes},
		{"near miss: the CCG's members that are not clinicians too few", "The Committee is quorate when five voting members are present, at least three of them from the CCG and at least one from NHS England.", joint(0), model.ClinicianRequiredYes},
		{"no seat's party known: any members", "The Committee is quorate when three voting members are present, at least one from the CCG and at least one from NHS England.", seatsOf("Lay member", 3, "GP member", 1), model.ClinicianRequiredNo},
	} {
		q := &model.Quorum{Text: tc.text, Line: 1}
		judgeQuorum(q, q.Text, tc.seats, "")
		if q.ClinicianRequired != tc.want {
			t.Errorf("%s: clinician required %s (%q), want %s", tc.name, q.ClinicianRequired, q.WithoutClinician, tc.want)
		}
	}
}

// Members from so many of the parties and one of another party whose
// seats were not read: the one is a member of any kind, and the quorum
// is judged ("members appointed by at least four of the six ICBs …,
// together with at least one of the members appointed by NHS England").
func TestQuorumPartiesAndOneOfAnotherParty(t *testing.T) {
	const text = "A meeting is quorate when members appointed by at least four of the six ICBs are present, together with at least one of the members appointed by NHS England."
	seats := seatsOf("its Chief Executive", 6, "one of its Non-Executive Members", 6)
	seats[0].Category, seats[1].Category = model.CategoryExecutive, model.CategoryLay
	q := &model.Quorum{Text: text, Line: 1}
	judgeQuorum(q, q.Text, seats, "")
	if q.ClinicianRequired != model.ClinicianRequiredNo {
		t.Errorf("clinician required %s, want no", q.ClinicianRequired)
	}
	// Near miss: every member a clinician, so no quorum lacks one.
	seats[0].Category, seats[1].Category = model.CategoryClinical, model.CategoryClinical
	q = &model.Quorum{Text: text, Line: 1}
	judgeQuorum(q, q.Text, seats, "")
	if q.ClinicianRequired == model.ClinicianRequiredNo {
		t.Errorf("clinician required %s with clinicians only", q.ClinicianRequired)
	}
}
