package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// TestPracticeHeaders: columns are found by any accepted header, in any
// order, in any case.
func TestPracticeHeaders(t *testing.T) {
	tests := []struct {
		name, header, row string
		want              model.Practice
	}{
		{"documents.md order", "| Practice | Code | Address | List size | Signed by | Date signed |", "| Riverside Surgery | Y00001 | 1 High St | 1,234 | Dr A | 01/02/2015 |",
			model.Practice{Name: "Riverside Surgery", Code: "Y00001", Address: "1 High St", ListSize: 1234, Signatory: "Dr A", Date: "01/02/2015", SignedOff: true}},
		{"other words, other order", "| Date of signature | Signatory | ODS code | Member practice | Premises | Registered patients |", "| 1/2/15 | Dr A | Y00001 | Riverside Surgery | 1 High St | 900 |",
			model.Practice{Name: "Riverside Surgery", Code: "Y00001", Address: "1 High St", ListSize: 900, Signatory: "Dr A", Date: "1/2/15", SignedOff: true}},
		{"capitals", "| NAME OF PRACTICE | NATIONAL CODE | SIGNATURE | SIGNED ON |", "| Riverside Surgery | Y00001 | Dr A | 1/2/15 |",
			model.Practice{Name: "Riverside Surgery", Code: "Y00001", Signatory: "Dr A", Date: "1/2/15", SignedOff: true}},
		{"surgery, practice code, patients", "| Surgery | Practice code | Patients | Signed on behalf of the practice | Date |", "| Riverside | Y00001 | 10 | Dr A | |",
			model.Practice{Name: "Riverside", Code: "Y00001", ListSize: 10, Signatory: "Dr A", SignedOff: true}},
		{"practice name, practice representative, signed", "| Practice name | Practice representative |", "| Riverside | Dr A |",
			model.Practice{Name: "Riverside", Signatory: "Dr A", SignedOff: true}},
		{"signed column", "| Practice | Signed |", "| Riverside | Yes |",
			model.Practice{Name: "Riverside", Signatory: "Yes", SignedOff: true}},
		{"endorsed on behalf of the practice", "| Practice | Endorsed on behalf of the practice by | Form of endorsement | Date |", "| Riverside | Dr A, senior partner | Letter of support | 6/1/14 |",
			model.Practice{Name: "Riverside", Signatory: "Dr A, senior partner", Date: "6/1/14", SignedOff: true}},
		{"confirmation of agreement", "| Network | Member practice | ODS code | Confirmation of agreement |", "| Town PCN | Riverside | Y00001 | Approved in the members' ballot, 14/01/2020 |",
			model.Practice{Name: "Riverside", Code: "Y00001", Signatory: "Approved in the members' ballot, 14/01/2020", SignedOff: true}},
		{"confirmation received from, received on", "| Practice | Code | Confirmation received from | Received on |", "| Riverside | Y00001 | Dr A, partner | 4/3/17 |",
			model.Practice{Name: "Riverside", Code: "Y00001", Signatory: "Dr A, partner", Date: "4/3/17", SignedOff: true}},
		{"members' declaration signed", "| Practice | National code | Locality | Members' Declaration signed |", "| Riverside | Y00001 | North | 12 May 2016 |",
			model.Practice{Name: "Riverside", Code: "Y00001", Signatory: "12 May 2016", SignedOff: true}},
		{"members' declaration", "| Practice | Code | Members' declaration |", "| Riverside | Y00001 | Signed by Dr A, 5 September 2017 |",
			model.Practice{Name: "Riverside", Code: "Y00001", Signatory: "Signed by Dr A, 5 September 2017", SignedOff: true}},
		{"form returned by, received", "| ODS code | Practice | Form returned by | Received |", "| Y00001 | Riverside | Dr A | 4 November 2020 |",
			model.Practice{Name: "Riverside", Code: "Y00001", Signatory: "Dr A", Date: "4 November 2020", SignedOff: true}},
		{"representative beside a signature column", "| Practice | Practice Representative | Signature | Date |", "| Riverside | Dr A | Awaiting return | |",
			model.Practice{Name: "Riverside", Signatory: "Awaiting return", SignedOff: false}},
		{"no sign-off columns", "| Practice | Code |", "| Riverside | Y00001 |",
			model.Practice{Name: "Riverside", Code: "Y00001"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sep := "|"
			for range splitPipes(tt.header) {
				sep += "---|"
			}
			doc := mustParse(t, "# Appendix C – Member Practices\n\n"+tt.header+"\n"+sep+"\n"+tt.row+"\n")
			m := doc.Membership
			if len(m.Practices) != 1 {
				t.Fatalf("got %d practices: %+v", len(m.Practices), m)
			}
			got := m.Practices[0]
			want := tt.want
			want.Line, want.Section = 5, "Appendix C – Member Practices"
			if want.Signatory != "" || want.Date != "" || tt.name != "no sign-off columns" {
				want.SignOffLine = 5
			}
			if got != want {
				t.Errorf("practice = %+v\nwant       %+v", got, want)
			}
			if m.Line != 3 || m.SectionLine != 1 {
				t.Errorf("membership line %d section line %d, want 3 and 1", m.Line, m.SectionLine)
			}
			if m.HasSignOffEvidence != (tt.name != "no sign-off columns") {
				t.Errorf("has sign-off evidence = %v", m.HasSignOffEvidence)
			}
		})
	}
}

func splitPipes(row string) []string {
	var cells []string
	cur := ""
	for i, r := range row {
		if r == '|' {
			if i > 0 {
				cells = append(cells, cur)
			}
			cur = ""
			continue
		}
		cur += string(r)
	}
	return cells
}

// threeListed is a membership section listing three practices with
// their codes, for the records of approval after it.
const threeListed = `# 5. Membership

5.3 The member practices are:

- Riverside Surgery (Y00001)
- Hill Top Surgery (Y00002)
- Moor Lane Practice (Y00003)

`

// TestSignOffValues: a signatory or date cell holding any of these means
// the practice has not signed.
func TestSignOffValues(t *testing.T) {
	for _, v := range []string{"", "-", "—", "–", "n/a", "N/A", "no", "No", "not signed", "Not signed", "pending", "Pending", "awaiting", "Awaiting signature", "outstanding", "declined", "Declined to sign", "PENDING (due May)", "Not received", "not returned (chased 3 June)", "Awaited", "No response", "Signature to follow", "signed copy to be returned", "Declaration not yet returned", "Signature outstanding", "N/A (branch surgery of another member)", "n/a – run by a community trust", "Not applicable: APMS contract", "Returned unsigned", "Returned unsigned; the partners want clause 4 reviewed", "No return received", "Nothing received by 1 March", "No declaration returned", "No reply to two reminders", "not represented", "No representative attended", "Did not attend", "Absent (apologies)", "Was not present"} {
		if signedValue(v) {
			t.Errorf("signedValue(%q) = true, want false", v)
		}
	}
	for _, v := range []string{"Dr A. Smith", "01/02/2015", "Yes", "Signed", "x", "Dr No", "Dr P. Follow", "N. A. Patel", "NA Okafor", "Dr Noreen Replay", "Notley, Dr A.", "Nobody objected; signed 3 May", "Dr Absalom"} {
		if !signedValue(v) {
			t.Errorf("signedValue(%q) = false, want true", v)
		}
	}
	src := "# Member practices\n\n| Practice | Code | Signed by | Date |\n|---|---|---|---|\n" +
		"| A | Y00001 | | |\n| B | Y00002 | Pending | |\n| C | Y00003 | - | 01/01/2015 |\n| D | Y00004 | Dr D | |\n| E | Y00005 | declined | n/a |\n" +
		"| F | Y00006 | Returned unsigned | 12/01/2021 |\n| G | Y00007 | Dr G | not returned |\n"
	doc := mustParse(t, src)
	want := map[string]bool{"A": false, "B": false, "C": true, "D": true, "E": false, "F": false, "G": false}
	for _, p := range doc.Membership.Practices {
		if p.SignedOff != want[p.Name] {
			t.Errorf("%s (line %d) signed off = %v, want %v", p.Name, p.Line, p.SignedOff, want[p.Name])
		}
	}
	if len(doc.Membership.Practices) != 7 || doc.Membership.Practices[4].Line != 9 {
		t.Errorf("practices = %+v", doc.Membership.Practices)
	}
}

// "| Practice | Code | Practice Representative | Declaration signed |":
// the representative is who signs, the last column whether.
func TestSignOffRepresentativeAndDeclarationColumns(t *testing.T) {
	doc := mustParse(t, "# Appendix 2 – Declarations of the member practices\n\n| Practice | Code | Practice Representative | Declaration signed |\n|---|---|---|---|\n"+
		"| Riverside Surgery | Y00001 | Dr A | 8 October 2012 |\n| Hill Top Surgery | Y00002 | Dr B | not returned |\n")
	if ps := doc.Membership.Practices; len(ps) != 2 || !ps[0].SignedOff || ps[1].SignedOff {
		t.Errorf("practices = %+v", ps)
	}
}

// TestSeparateSignOff: a sign-off table is joined to the member list by
// code, or by name where it has no code.
func TestSeparateSignOff(t *testing.T) {
	src := `# 3. Membership

| Practice | Code |
|---|---|
| Riverside Surgery | Y00001 |
| The Hill Top Practice | Y00002 |
| Brook Surgery | Y00003 |

# Schedule 1 – Signatures

| Practice | Code | Signed by | Date |
|---|---|---|---|
| Riverside Surgery | y00001 | Dr A | 1/1/15 |
| Hill Top Practice | | Dr B | 2/1/15 |
| Brook Surgery | Y00003 | Pending | |
| Faraway Surgery | Z99999 | Dr Z | 3/1/15 |
`
	doc := mustParse(t, src)
	m := doc.Membership
	if len(m.Practices) != 3 || !m.HasSignOffEvidence || m.Line != 3 {
		t.Fatalf("membership = %+v", m)
	}
	wantSigned := []bool{true, true, false}
	wantLine := []int{13, 14, 15}
	for i, p := range m.Practices {
		if p.SignedOff != wantSigned[i] || p.SignOffLine != wantLine[i] || p.Line != 5+i {
			t.Errorf("%s: signed %v at %d (row %d), want %v at %d (row %d)", p.Name, p.SignedOff, p.SignOffLine, p.Line, wantSigned[i], wantLine[i], 5+i)
		}
	}
	if len(doc.SignOffs) != 4 {
		t.Fatalf("sign-offs = %+v", doc.SignOffs)
	}
	members := []bool{true, true, true, false}
	for i, s := range doc.SignOffs {
		if s.Member != members[i] || s.Line != 13+i || s.Section != "Schedule 1 – Signatures" {
			t.Errorf("sign-off %d = %+v, want member %v at line %d", i, s, members[i], 13+i)
		}
	}
	if s := doc.SignOffs[3]; s.Practice != "Faraway Surgery" || !s.SignedOff {
		t.Errorf("non-member sign-off = %+v", s)
	}
}

// A record of who confirmed each practice's agreement, in an appendix
// whose title does not say sign-off, is the sign-off record; a practice
// table outside the membership section with no one signing stays no
// record.
func TestSignOffRecordUnderAnyTitle(t *testing.T) {
	src := `# 3. Members of the Group

| Practice | Practice code | Locality |
|---|---|---|
| Mill Lane Surgery | K81001 | North |
| Orchard Practice | K81002 | South |

# 7. Localities

| Practice | Locality lead |
|---|---|
| Mill Lane Surgery | yes |

# Appendix 2 – Record of the Members' Consent

| Practice | Practice code | Consent given by | Date |
|---|---|---|---|
| Mill Lane Surgery | K81001 | Dr Ruth Kay | 3 May 2019 |
| Brookfield Surgery | K81009 | Dr Ian Shaw | 4 May 2019 |
`
	// "Consent given by" is no signatory header the tool knows; with
	// "Confirmed by" it is.
	for _, tc := range []struct {
		header string
		record bool
	}{{"Consent given by", false}, {"Confirmed by", true}} {
		doc := mustParse(t, strings.Replace(src, "Consent given by", tc.header, 1))
		if got := len(doc.SignOffs) > 0; got != tc.record {
			t.Errorf("%s: sign-off record %v, want %v (%+v)", tc.header, got, tc.record, doc.SignOffs)
			continue
		}
		if len(doc.Membership.Practices) != 2 {
			t.Errorf("%s: members = %+v", tc.header, doc.Membership.Practices)
		}
		if !tc.record {
			continue
		}
		if p := doc.Membership.Practices[0]; !p.SignedOff || p.SignOffLine != 18 {
			t.Errorf("%s: %s signed %v at %d, want true at 18", tc.header, p.Name, p.SignedOff, p.SignOffLine)
		}
		if p := doc.Membership.Practices[1]; p.SignedOff {
			t.Errorf("%s: %s signed off", tc.header, p.Name)
		}
		if s := doc.SignOffs[1]; s.Member || s.Practice != "Brookfield Surgery" {
			t.Errorf("%s: sign-off = %+v, want Brookfield Surgery, no member", tc.header, s)
		}
	}
}

// A record keyed by code alone, under a title that does not say sign-off
// ("Approval of version 3.5 by the member practices"), is the sign-off
// record when most of its codes are the member list's; a table of other
// codes (a neighbouring group's) is none.
func TestSignOffByCodeUnderAnyTitle(t *testing.T) {
	src := `# 3. Membership

| Practice name | Address | Practice code |
|---|---|---|
| Mill Lane Surgery | 1 Mill Lane | K81001 |
| Orchard Practice | 2 High Street | K81002 |
| Tanyard Surgery | 3 Tan Yard | K81003 |

# Appendix 4 – Approval of version 3.5 by the member practices

| Practice code | Confirmation signed by | Date received |
|---|---|---|
| K81001 | Dr Ruth Kay | 02/06/2020 |
| K81002 | Dr Ian Shaw | 03/06/2020 |
| K81003 | Dr Ann Lee | 03/06/2020 |
`
	for _, tc := range []struct {
		codes  []string
		signed int
	}{
		{[]string{"K81001", "K81002", "K81003"}, 3},
		{[]string{"K81001", "K81009", "K81008"}, 0},
	} {
		doc := mustParse(t, strings.NewReplacer("| K81002 | Dr", "| "+tc.codes[1]+" | Dr", "| K81003 | Dr", "| "+tc.codes[2]+" | Dr").Replace(src))
		signed := 0
		for _, p := range doc.Membership.Practices {
			if p.SignedOff {
				signed++
			}
		}
		if len(doc.Membership.Practices) != 3 || signed != tc.signed {
			t.Errorf("codes %v: %d of %d signed, want %d", tc.codes, signed, len(doc.Membership.Practices), tc.signed)
		}
	}
}

// threeMembers is a member list of three practices, for the records of
// sign-off after it.
const threeMembers = `# 3. Members

| Practice | Code |
|---|---|
| Elm Surgery | P81001 |
| Weir Practice | P81002 |
| Mill Lane Surgery | P81003 |

`

// signedOff checks which of threeMembers a record after them signs off.
func signedOff(t *testing.T, record string, want []bool) {
	t.Helper()
	signedOffIn(t, "", threeMembers+record, want)
}

// signCase is a statement put into a fixture, and which of its three
// member practices it signs off.
type signCase struct {
	name, statement string
	signed          [3]bool
}

// signedOffEach checks each case's statement put into src at its %s.
func signedOffEach(t *testing.T, src string, cases []signCase) {
	t.Helper()
	for _, c := range cases {
		signedOffIn(t, c.name, fmt.Sprintf(src, c.statement), c.signed[:])
	}
}

// signedOffIn checks which of src's member practices its records sign
// off, in order, and that it has evidence of sign-off when any signed;
// name labels the case.
func signedOffIn(t *testing.T, name, src string, want []bool) {
	t.Helper()
	doc := mustParse(t, src)
	ps := doc.Membership.Practices
	if len(ps) != len(want) {
		t.Fatalf("%s: members = %+v", name, ps)
	}
	if slices.Contains(want, true) && !doc.Membership.HasSignOffEvidence {
		t.Fatalf("%s: no evidence of sign-off, practices %+v", name, ps)
	}
	for i, p := range ps {
		if p.SignedOff != want[i] {
			t.Errorf("%s: %s signed off %v, want %v", name, p.Name, p.SignedOff, want[i])
		}
	}
}

// A members' resolution adopting the constitution, carried with every
// member practice voting for it, records every listed practice's
// sign-off; one carried with an exception, or about something else,
// records none.
func TestSignOffByResolution(t *testing.T) {
	tests := []struct {
		name, record string
		signed       bool
	}{
		{"carried with every practice for it", `# Appendix C – The Members' Meeting of 2 June 2015

The meeting considered the following resolution:

> That the member practices adopt version 4 of the Group's constitution.

The resolution was carried unanimously, the representative of each member practice voting in favour.
`, true},
		{"carried with one practice against", `# Appendix C – The Members' Meeting of 2 June 2015

The meeting considered the following resolution:

> That the member practices adopt version 4 of the Group's constitution.

The resolution was carried, the representatives of all member practices but one voting in favour.
`, false},
		{"a resolution on something else", `# Appendix C – The Members' Meeting of 2 June 2015

The meeting considered the following resolution:

> That the member practices support the new locality boundaries.

The resolution was carried unanimously, the representative of each member practice voting in favour.
`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			signedOff(t, tt.record, []bool{tt.signed, tt.signed, tt.signed})
		})
	}
}

// A paragraph listing several practices' signatures, "for <practice> by
// <signatory> on <date>", after words in its section saying they were
// signed, records each practice it names; the same form in a section that
// says nothing of signing records none.
func TestSignedForEach(t *testing.T) {
	for _, tc := range []struct {
		name, section string
		signed        []bool
	}{
		{"after words of signing", `# Schedule 2 – Declaration

The declaration was signed for the member practices as follows.

In the North locality: for Elm Surgery by Dr Amy Holt on 3 March 2016; and for Weir Practice by Dr Tom Reid on 4 March 2016.
`, []bool{true, true, false}},
		{"a list after words of signing", `# Schedule 2 – Declaration

The practices below have each agreed to this constitution, and a partner of each has signed it for the practice:

- Elm Surgery (P81001) – Dr Amy Holt, 3 March 2016
- Mill Lane Surgery (P81003) – Dr Sam Dyer, 5 March 2016
`, []bool{true, false, true}},
		{"a list after words that say nothing of signing", `# Schedule 2 – Locality leads

The practices below lead their localities:

- Elm Surgery (P81001) – Dr Amy Holt, 3 March 2016
- Mill Lane Surgery (P81003) – Dr Sam Dyer, 5 March 2016
`, []bool{false, false, false}},
		{"in a section that does not say signed", `# Schedule 2 – Locality leads

In the North locality: for Elm Surgery by Dr Amy Holt on 3 March 2016; and for Weir Practice by Dr Tom Reid on 4 March 2016.
`, []bool{false, false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			signedOff(t, tc.section, tc.signed)
		})
	}
}

// A sign-off record with no member list is the member list.
func TestSignOffTableAlone(t *testing.T) {
	doc := mustParse(t, "# Signatures of member practices\n\n| Practice | Signature |\n|---|---|\n| A | Dr A |\n| B | |\n")
	if len(doc.Membership.Practices) != 2 || len(doc.SignOffs) != 0 || !doc.Membership.HasSignOffEvidence {
		t.Fatalf("membership %+v sign-offs %+v", doc.Membership, doc.SignOffs)
	}
	if doc.Membership.Practices[1].SignedOff {
		t.Error("B has signed off")
	}
}

// A table with a practice column outside the membership sections is the
// member list only when those sections have none.
func TestPracticeTablePreference(t *testing.T) {
	src := "# Localities\n\n| Practice | Locality |\n|---|---|\n| A | North |\n\n# Appendix A – Member practices\n\n| Practice | Code |\n|---|---|\n| A | Y00001 |\n| B | Y00002 |\n"
	doc := mustParse(t, src)
	if len(doc.Membership.Practices) != 2 || doc.Membership.Line != 9 {
		t.Errorf("membership = %+v", doc.Membership)
	}
	doc = mustParse(t, "# Localities\n\n| Practice | Locality |\n|---|---|\n| A | North |\n")
	if len(doc.Membership.Practices) != 1 || doc.Membership.Line != 3 {
		t.Errorf("membership = %+v", doc.Membership)
	}
}

func TestPracticeList(t *testing.T) {
	tests := []struct {
		name, src string
		want      []model.Practice
	}{
		{"codes in brackets", "# 3. Membership\n\nThe members are:\n\n- Riverside Surgery (Y00001)\n- Hill Top Medical Centre (Y00002);\n- Brook Surgery – Y00003\n",
			[]model.Practice{{Name: "Riverside Surgery", Code: "Y00001", Line: 5}, {Name: "Hill Top Medical Centre", Code: "Y00002", Line: 6}, {Name: "Brook Surgery", Code: "Y00003", Line: 7}}},
		{"codes in brackets, then the town", "# Members\n\n- Riverside Surgery (Y00001), Abinger\n- Hill Top Medical Centre (Y00002), Bramley Green;\n",
			[]model.Practice{{Name: "Riverside Surgery", Code: "Y00001", Line: 3}, {Name: "Hill Top Medical Centre", Code: "Y00002", Line: 4}}},
		{"code first", "# Members\n\n- Y00001 Riverside Surgery\n- Y00002: Hill Top\n",
			[]model.Practice{{Name: "Riverside Surgery", Code: "Y00001", Line: 3}, {Name: "Hill Top", Code: "Y00002", Line: 4}}},
		{"names led in by practices", "# Membership\n\nThe member practices are:\n\n- Riverside Surgery\n- Hill Top Medical Centre\n",
			[]model.Practice{{Name: "Riverside Surgery", Line: 5}, {Name: "Hill Top Medical Centre", Line: 6}}},
		{"obligations are not practices", "# Membership\n\nEach practice shall:\n\n- attend meetings;\n- share data.\n", nil},
		{"not in a membership section", "# Localities\n\n- Riverside Surgery (Y00001)\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.src)
			got := doc.Membership.Practices
			if len(got) != len(tt.want) {
				t.Fatalf("practices = %+v, want %+v", got, tt.want)
			}
			for i, w := range tt.want {
				w.Section = doc.Sections[0].Heading
				if got[i] != w {
					t.Errorf("practice %d = %+v, want %+v", i, got[i], w)
				}
			}
			if len(tt.want) > 0 && (doc.Membership.Line != tt.want[0].Line || doc.Membership.HasSignOffEvidence) {
				t.Errorf("membership line %d, sign-off evidence %v", doc.Membership.Line, doc.Membership.HasSignOffEvidence)
			}
		})
	}
}

// Empty cells have no text in goldmark's tree: each row still gets its
// own line.
func TestRowLinesWithEmptyCells(t *testing.T) {
	doc := mustParse(t, "# Practices\n\n| Practice | Code | Signed by |\n|---|---|---|\n|  |  |  |\n| A | | |\n|   | Y00002 | |\n| C | Y00003 | Dr C |\n")
	var lines []int
	for _, p := range doc.Membership.Practices {
		lines = append(lines, p.Line)
	}
	if len(lines) != 3 || lines[0] != 6 || lines[1] != 7 || lines[2] != 8 {
		t.Errorf("practice lines = %v, want [6 7 8] (the blank row 5 skipped)", lines)
	}
}

// pandoc writes a table whose cells hold more than one line as HTML.
func TestHTMLTable(t *testing.T) {
	src := `# Appendix B – Member practices

<table>
<colgroup>
<col style="width: 50%" />
</colgroup>
<thead>
<tr class="header">
<th>Practice</th>
<th>Code</th>
<th>Signed by</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td><p>Riverside</p>
<p>Surgery &amp; Annexe</p></td>
<td>Y00001</td>
<td>Dr A</td>
</tr>

<tr class="even">
<td>Hill Top</td>
<td>Y00002</td>
<td></td>
</tr>
</tbody>
</table>

After the table.
`
	doc := mustParse(t, src)
	ps := doc.Membership.Practices
	if len(ps) != 2 || doc.Membership.Line != 8 {
		t.Fatalf("membership = %+v", doc.Membership)
	}
	if ps[0].Name != "Riverside Surgery & Annexe" || ps[0].Code != "Y00001" || !ps[0].SignedOff || ps[0].Line != 15 {
		t.Errorf("first practice = %+v", ps[0])
	}
	if ps[1].Name != "Hill Top" || ps[1].SignedOff || ps[1].Line != 22 {
		t.Errorf("second practice = %+v", ps[1])
	}
	if len(doc.Blocks) != 1 || doc.Blocks[0].Text != "After the table." {
		t.Errorf("blocks = %+v", doc.Blocks)
	}
}

// A <table> that is never closed is read as far as its HTML block goes.
func TestUnclosedHTMLTable(t *testing.T) {
	doc := mustParse(t, "# Members\n\n<table>\n<tr><th>Practice</th></tr>\n<tr><td>A</td></tr>\n\n# 4. Next\n\nText.\n")
	if len(doc.Membership.Practices) != 1 || len(doc.Sections) != 2 || len(doc.Blocks) != 1 {
		t.Errorf("practices %+v sections %d blocks %d", doc.Membership.Practices, len(doc.Sections), len(doc.Blocks))
	}
}

// A plain "Name" column is the practice in a membership section when the
// table also has a practice's code or sign-off; elsewhere it is not.
func TestNameColumn(t *testing.T) {
	doc := mustParse(t, "# Member practices\n\n| Name | Code | Signed |\n|---|---|---|\n| Riverside | Y00001 | Dr A |\n")
	if ps := doc.Membership.Practices; len(ps) != 1 || ps[0].Name != "Riverside" || !ps[0].SignedOff {
		t.Errorf("practices = %+v", ps)
	}
	doc = mustParse(t, "# Localities\n\n| Name | Code |\n|---|---|\n| North | L1 |\n")
	if ps := doc.Membership.Practices; len(ps) != 0 {
		t.Errorf("practices = %+v", ps)
	}
}

// A statement that every member practice approved the constitution is
// the sign-off of each practice listed; one that a majority did is not.
func TestSignOffByStatement(t *testing.T) {
	for _, tt := range []struct {
		name, statement string
		signed          bool
	}{
		{"all approved", "5.4 This constitution was approved by all three member practices at the general meeting on 17 May 2017.", true},
		{"therefore approved by all", "The constitution was therefore approved by all three member practices.", true},
		{"the members' declaration was signed for each", "Secretary's note: the Members' Declaration was signed for Riverside Surgery on 16 February 2015, for Hill Top Surgery on 17 February 2015 and for Moor Lane Practice on 19 February 2015.", true},
		{"all have signed", "All of the member practices have signed this constitution.", true},
		{"every practice listed below approved", "Every practice listed below approved this constitution at the Membership Council on 12 February 2020.", true},
		{"approved by each member practice", "The constitution was approved by each member practice in writing.", true},
		{"every practice listed signed a declaration approving a version", "Every practice listed in this Schedule signed the members’ declaration approving version 4.0 of this constitution in February 2016.", true},
		{"the representative of every practice signed", "The Practice Representative of every practice listed below signed the Members’ Declaration approving this constitution.", true},
		{"signed to approve a version", "The Practice Representative of each practice below signed to approve version 6.1 of this constitution.", true},
		{"signed declarations approving a version received from all", "The Secretary reported that signed declarations approving version 1.3 had been received from all three member practices.", true},
		{"resolved that a version be approved, all voting in favour", "Resolved: that version 1.0 of the constitution be approved and that the Accountable Officer apply to NHS England. All three practices voted in favour; none voted against.", true},
		{"near miss: resolved on something else, all voting in favour", "Resolved: that the commissioning plan be approved, as the constitution requires. All three practices voted in favour.", false},
		{"the declaration approving a version signed and returned by each", "The Company Secretary reported that the declaration approving version 3.0 of the constitution had been signed and returned by each of the three member practices listed in Schedule 1.", true},
		{"near miss: the declaration approving a version to be returned by each", "The Company Secretary reported that the declaration approving version 3.0 of the constitution is to be signed and returned by each of the three member practices.", false},
		{"each GP named in the appendix of members signed", "Each GP named in Appendix 1 signed this declaration on behalf of his or her practice at the meeting of 14 March 2019.", true},
		{"all were present; each signed", "The Practice Representatives of all three member practices listed in Appendix B were present. Each signed the members' agreement to version 6.0 on behalf of their practice.", true},
		{"the representative of each confirmed, and each then signed", "The Practice Representative of each of the three practices named in Schedule 1 confirmed, on the practice's behalf, that it agreed to the constitution, and each then signed the members' declaration.", true},
		{"near miss: the representative of each confirmed, and each then spoke", "The Practice Representative of each of the three practices named in Schedule 1 confirmed, on the practice's behalf, that it had read the constitution, and each then spoke to it.", false},
		{"all were present; each confirmed and signed", "At the meeting of the Members' Forum the Practice Representatives of all three member practices listed above were present. Each confirmed that their practice agreed to version 3.0 of this constitution and signed the members' declaration on its behalf.", true},
		{"near miss: all were present; each spoke", "The Practice Representatives of all three member practices listed in Appendix B were present. Each spoke on the draft, which the Board Secretary then signed.", false},
		{"each practice listed confirmed its approval of the constitution", "Each member practice listed above confirmed its approval of version 1.3 of this constitution in writing between 3 and 17 August 2020.", true},
		{"each GP named in an appendix must sign", "Each GP named in Appendix 1 must sign this declaration on behalf of his or her practice.", false},
		{"each practice that signed", "Each practice that signed this constitution is a member.", false},
		{"every practice has not signed", "Every practice has not yet signed this constitution.", false},
		{"each practice must approve", "Each member practice must approve this constitution before it takes effect.", false},
		{"a majority approved", "5.4 This constitution was approved by a majority of the member practices at the general meeting.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, threeListed+tt.statement+"\n")
			m := doc.Membership
			if len(m.Practices) != 3 {
				t.Fatalf("practices = %+v", m.Practices)
			}
			if m.HasSignOffEvidence != tt.signed || m.Practices[0].SignedOff != tt.signed || m.Practices[2].SignedOff != tt.signed {
				t.Errorf("sign-off evidence %v, practices %+v; want signed %v", m.HasSignOffEvidence, m.Practices, tt.signed)
			}
		})
	}
}

// A statement that every member practice signed but those it names
// records each of the others' sign-off; one that names no member
// practice, or that denies it, records none.
func TestSignOffForAllExcept(t *testing.T) {
	signedOffEach(t, threeListed+"# Appendix C – Minutes\n\n%s\n", []signCase{
		{"every member practice except one", "Declarations were therefore signed for every member practice listed in Appendix B except Hill Top Surgery, whose declaration had not been received.", [3]bool{true, false, true}},
		{"every member practice but two", "The constitution was approved by every member practice but Riverside Surgery and Moor Lane Practice.", [3]bool{false, true, false}},
		{"the practices the subject, 'with the exception of' one that a sentence names", "The practice representative of each member practice listed in Appendix B signed the members' declaration on the practice's behalf, with the exception of Hill Top Surgery, whose declaration had not been returned.", [3]bool{true, false, true}},
		{"near miss: the exception names no member", "Declarations were signed for every member practice except the one that had merged.", [3]bool{false, false, false}},
		{"near miss: denied", "Declarations were not signed for every member practice except Hill Top Surgery.", [3]bool{false, false, false}},
	})
}

// A statement of the practices "named below" that approved the
// constitution records the sign-off of those the paragraphs after it
// name, and of no other; a statement of every practice records them all.
func TestSignOffOfThePracticesNamedBelow(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Approval of this constitution

%s

East locality: Riverside Surgery and Moor Lane Practice approved it in March 2018.
`
	signedOffEach(t, src, []signCase{
		{"named below", "Each practice named below approved this constitution by a letter from a partner.", [3]bool{true, false, true}},
		{"every practice", "Every member practice approved this constitution by a letter from a partner.", [3]bool{true, true, true}},
	})
}

// A statement that each representative present signed records the
// practices the minutes list as attending, not those that sent apologies.
func TestSignOffOfThePracticesPresent(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Minutes of the members' meeting of 4 March 2013

Present: Dr A. Shah (Riverside Surgery); Dr B. Lowe (Moor Lane Practice).

Apologies: Hill Top Surgery.

%s
`
	signedOffEach(t, src, []signCase{
		{"each present", "The meeting approved the constitution. Each Practice Representative present then signed the members' declaration for the practice.", [3]bool{true, false, true}},
		{"each, with no word of presence", "The meeting approved the constitution. Each Practice Representative then signed the members' declaration for the practice.", [3]bool{true, true, true}},
		{"one absent, one later received", "The meeting approved the constitution. Each Practice Representative present then signed the members' declaration for the practice.\n\nNote: a signed declaration was later received from Hill Top Surgery.", [3]bool{true, true, true}},
	})
}

// A minute that the representatives of all the member practices were
// present and that each then signed records every practice's sign-off;
// one where some were absent, or none signed, records none.
func TestSignOffAllPresentEachSigned(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Extract from the minutes of the Council of Members

%s
`
	signedOffEach(t, src, []signCase{
		{"all present, each signed", "The nominated GPs of all three member practices listed above were present. Resolved unanimously: that version 1.0 of the constitution be approved. Each nominated GP then signed the members' approval on behalf of his or her practice.", [3]bool{true, true, true}},
		{"near miss: all present, none said to sign", "The nominated GPs of all three member practices listed above were present. Resolved: that version 1.0 of the constitution be considered again next month.", [3]bool{false, false, false}},
	})
}

// The members present are the "Present:" list, not the officers "In
// attendance:" after it; "The representatives present, one for each of
// the practices named above, voted …, and each signed …" is their
// sign-off.
func TestSignOffPresentBeforeInAttendance(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Minutes of the members' meeting of 4 March 2016

Present: Dr A.S. (Riverside Surgery); Dr B.L. (Moor Lane Practice).

In attendance: Dr C.F. (Chair of the Governing Body); Mrs O.L. (Board Secretary).

Apologies: Dr H.T. (Hill Top Surgery).

%s
`
	signedOffEach(t, src, []signCase{
		{"present, then an aside, then each signed", "Item 4. The representatives present, one for each of the practices named above, voted to approve version 4.0, and each signed the Members' Declaration at the meeting.", [3]bool{true, false, true}},
		{"near miss: the representatives present only voted", "Item 4. The representatives present, one for each of the practices named above, voted to approve version 4.0.", [3]bool{false, false, false}},
	})
}

// "The member practices are the twenty practices listed in Appendix B.
// All twenty signed the Members' Declaration …" records every one.
func TestSignOffAllOfThemSigned(t *testing.T) {
	signedOffEach(t, "# 2. Membership\n\n2.1 The member practices are the three practices listed in Appendix B. %s\n\n# Appendix B – Member practices\n\n- Riverside Surgery (Y00001)\n- Hill Top Surgery (Y00002)\n- Moor Lane Practice (Y00003)\n", []signCase{
		{"all three signed", "All three signed the Members' Declaration in Appendix C in March 2013.", [3]bool{true, true, true}},
		{"a declaration signed for each returned by every member", "A declaration signed by its representative had been returned by each of the three member practices by then.", [3]bool{true, true, true}},
		{"near miss: all three will sign", "All three will sign the Members' Declaration in Appendix C in March 2013.", [3]bool{false, false, false}},
	})
}

// A table with a row for each locality meeting and a cell naming the
// practices that signed records each of them; a cell of names that are
// not the members' records none.
func TestSignOffInLocalityCells(t *testing.T) {
	const members = threeListed + `# Schedule 2 – Approval

| Locality | Meeting | Practices that signed the declaration |
|---|---|---|
`
	doc := mustParse(t, members+"| North | Hillford, 3 March | Riverside Surgery; Moor Lane Practice |\n")
	for i, want := range []bool{true, false, true} {
		if p := doc.Membership.Practices[i]; p.SignedOff != want {
			t.Errorf("%s signed off %v, want %v", p.Name, p.SignedOff, want)
		}
	}
	doc = mustParse(t, members+"| North | Hillford, 3 March | Brook House; Elm Court; Riverside Surgery |\n")
	if doc.Membership.HasSignOffEvidence {
		t.Errorf("a cell of other names read as sign-off: %+v", doc.SignOffs)
	}
}

// The same with the column headed by the declarations signed, and the
// names set off by commas and "and", after a colon or not; a column of
// declarations not signed records none.
func TestSignOffInCellsByCommas(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Members' declaration

| Network | Network meeting | %s |
|---|---|---|
| North | 6 November 2018 | %s |
`
	for _, tt := range []struct {
		name, header, cell string
		want               []bool
	}{
		{"commas and and", "Declarations signed at the meeting", "Riverside Surgery, Hill Top Surgery and Moor Lane Practice", []bool{true, true, true}},
		{"after a colon", "Declarations signed at the meeting", "two of its practices: Riverside Surgery and Moor Lane Practice", []bool{true, false, true}},
		{"not signed", "Declarations not signed", "Riverside Surgery and Moor Lane Practice", []bool{false, false, false}},
	} {
		doc := mustParse(t, fmt.Sprintf(src, tt.header, tt.cell))
		for i, want := range tt.want {
			if p := doc.Membership.Practices[i]; p.SignedOff != want {
				t.Errorf("%s: %s signed off %v, want %v", tt.name, p.Name, p.SignedOff, want)
			}
		}
	}
}

// Minutes naming in a sentence the practices whose representatives
// signed: "Each signed … for their practice: Dr A for X, Dr B for Y" and
// "X, Y and Z were represented by …, each of whom signed …".
func TestSignOffNamedInASentence(t *testing.T) {
	const members = threeListed + `# Schedule 2 – Extracts from the locality minutes

`
	for _, tt := range []struct {
		name, minutes string
		signed        [3]bool
	}{
		{"signatures listed after a colon", "C1. The Practice Leads were present. Each signed the members' declaration approving version 1.2 of the constitution for their practice: Dr Ann Shaw for Riverside Surgery and Dr Ben Lowe for Moor Lane Practice.", [3]bool{true, false, true}},
		{"practices represented, each of whom signed", "C3. Riverside Surgery, Hill Top Surgery and Moor Lane Practice were represented by their Practice Leads, each of whom signed the members' declaration approving version 1.2.", [3]bool{true, true, true}},
		{"each voted to approve", "The Practice Representatives of Riverside Surgery and Moor Lane Practice each voted to approve the constitution on behalf of their practice.", [3]bool{true, false, true}},
		{"approved through their representatives, another sent apologies", "Riverside Surgery and Hill Top Surgery, through their Practice Representatives, approved the constitution. Moor Lane Practice sent apologies, and its approval had not been received.", [3]bool{true, true, false}},
		{"it was signed for the practices, by locality", "At the North locality meeting of 8 January it was signed for Riverside Surgery (Y00001) and Moor Lane Practice (Y00003).", [3]bool{true, false, true}},
		{"approval confirmed for the practices, by alliance", "**North** (meeting of 2 February): approval was confirmed for Riverside Surgery (Y00001) and Hill Top Surgery (Y00002).", [3]bool{true, true, false}},
		{"one who could not attend signed it later", "At the North meeting the declaration was signed for Riverside Surgery and Moor Lane Practice. The Practice Representative of Hill Top Surgery, who could not attend, signed it at the CCG's offices.", [3]bool{true, true, true}},
		{"declarations signed for the practices, after a locality's run-in title", "**North.** Declarations signed for Riverside Surgery (Y00001) and Moor Lane Practice (Y00003).", [3]bool{true, false, true}},
		{"near miss: declarations to be signed for the practices", "**North.** Declarations to be signed for Riverside Surgery (Y00001) and Moor Lane Practice (Y00003) at the next meeting.", [3]bool{false, false, false}},
		{"the practices signed through their representatives: a list", "The three North practices signed through their Practice Representatives: Riverside Surgery, Hill Top Surgery and Moor Lane Practice.", [3]bool{true, true, true}},
		{"of the practices, two signed at the meeting (a list)", "Of the North practices, two signed at the meeting (Riverside Surgery and Moor Lane Practice).", [3]bool{true, false, true}},
		{"near miss: the practices that have not signed, in brackets", "Of the North practices, two have not yet signed (Riverside Surgery and Moor Lane Practice).", [3]bool{false, false, false}},
		{"more time before the practice signed", "The representative of Hill Top Surgery (Y00002), who had abstained, said the partners wanted more time before the practice signed. No signed declaration had been received from Hill Top Surgery when the constitution was sent.", [3]bool{false, false, false}},
		{"before the meeting closed, a practice signed", "Before the meeting closed, Hill Top Surgery signed the declaration.", [3]bool{false, true, false}},
		{"voted in favour of the constitution; none against", "The representatives of Hill Top Surgery and Moor Lane Practice voted in favour of the constitution; there were no votes against.", [3]bool{false, true, true}},
	} {
		signedOffIn(t, tt.name, members+tt.minutes+"\n", tt.signed[:])
	}
	// Near miss: the practices named did not approve.
	doc0 := mustParse(t, members+"The representatives of Riverside Surgery and Moor Lane Practice did not approve the constitution.\n")
	if doc0.Membership.HasSignOffEvidence {
		t.Errorf("a denial read as sign-off: %+v", doc0.SignOffs)
	}
	// Near miss: the names after the colon are not the members'.
	doc := mustParse(t, members+"C1. Each signed the declaration for their practice: Dr Ann Shaw for Brook House and Dr Ben Lowe for Elm Court.\n")
	if doc.Membership.HasSignOffEvidence {
		t.Errorf("signatures for other practices read as sign-off: %+v", doc.SignOffs)
	}
}

// Minutes of a meeting for each locality, each saying the representatives
// present signed: the practices each attendance names, not those that
// sent apologies, not those a later paragraph names.
func TestSignOffByLocalityMinutes(t *testing.T) {
	const src = `# 5. Membership

5.3 The member practices are:

- Riverside Surgery (Y00001)
- Hill Top Surgery (Y00002)
- Moor Lane Practice (Y00003)
- Brook House Surgery (Y00004)

# Schedule 2 – Minutes of the locality meetings

**North locality meeting, 3 March**

Present: the Practice Representatives of Riverside Surgery and Hill Top Surgery.

Item 2 – Constitution. The Practice Representatives present each signed the Members' Declaration for their practice.

**South locality meeting, 4 March**

Present: the Practice Representatives of Moor Lane Practice. Apologies: Brook House Surgery.

Item 3 – Constitution. %s The Secretary will send the declaration to Brook House Surgery for signature.
`
	for _, tt := range []struct {
		name, statement string
	}{
		{"the one present signed", "The one Practice Representative present signed the Members' Declaration."},
		{"the representative present then signed", "The Practice Representative present then signed the Members' Declaration."},
	} {
		doc := mustParse(t, fmt.Sprintf(src, tt.statement))
		ps := doc.Membership.Practices
		if len(ps) != 4 || !doc.Membership.HasSignOffEvidence {
			t.Fatalf("%s: practices = %+v", tt.name, ps)
		}
		for i, want := range []bool{true, true, true, false} {
			if ps[i].SignedOff != want {
				t.Errorf("%s: %s signed off %v, want %v", tt.name, ps[i].Name, ps[i].SignedOff, want)
			}
		}
	}
}

// A table of localities with the number of practices in each is no list
// of practices: a count is not a practice's name.
func TestLocalityCountsAreNoPractices(t *testing.T) {
	doc := mustParse(t, `# 3. Membership

3.1 The member practices are grouped in two localities:

| Locality | Area | Member practices |
|---|---|---|
| Riverside | North of the borough | 2 |
| Hilltop | South of the borough | 1 |

# Appendix A – Member practices

| Practice | Code |
|---|---|
| Riverside Surgery | Y00001 |
| Hill Top Surgery | Y00002 |
| Moor Lane Practice | Y00003 |
`)
	ps := doc.Membership.Practices
	if len(ps) != 3 || ps[0].Name != "Riverside Surgery" {
		t.Fatalf("practices = %+v", ps)
	}
}

// Sign-off recorded as a signature line for each practice: signed where
// the signature is given, not where it is blank or dotted.
func TestSignOffSignatureLines(t *testing.T) {
	doc := mustParse(t, "# 3. Membership\n\n3.1 The member practices are:\n\n"+
		"- Riverside Surgery (Y00001)\n- Hill Top Surgery (Y00002)\n- Moor Lane Practice (Y00003)\n\n"+
		"# Schedule 2 – Signatures of member practices\n\n"+
		"- Riverside Surgery (Y00001) — Signature: *A Patel* — Name: Dr A Patel, Partner — Date: 3 March 2014\n"+
		"- Hill Top Surgery (Y00002) — Signature: ………………… — Name: ………………… — Date: …………\n"+
		"- Moor Lane Practice (Y00003) — Signature: *C Ng* — Date: 5 March 2014\n")
	ps := doc.Membership.Practices
	if len(ps) != 3 || !doc.Membership.HasSignOffEvidence {
		t.Fatalf("practices = %+v, evidence %v", ps, doc.Membership.HasSignOffEvidence)
	}
	if !ps[0].SignedOff || ps[1].SignedOff || !ps[2].SignedOff {
		t.Errorf("signed off: %v %v %v, want true false true", ps[0].SignedOff, ps[1].SignedOff, ps[2].SignedOff)
	}
	if ps[0].Date != "3 March 2014" {
		t.Errorf("first practice's date = %q", ps[0].Date)
	}
}

// A declaration table whose practice cells carry the code in brackets is
// joined to the member list by code: each row is the sign-off of its
// practice, and a member with no row has not signed.
func TestDeclarationCellWithCode(t *testing.T) {
	doc := mustParse(t, `# Appendix B – Member practices

| Practice | Code |
|---|---|
| Riverside Surgery | Y00001 |
| Hill Top Surgery | Y00002 |
| Moor Lane Practice | Y00003 |

# Appendix C – Members' declaration

| Practice | Practice Representative | Date |
|---|---|---|
| Riverside Surgery (Y00001) | Dr A Patel | 3 May 2018 |
| Moor Lane Practice (Y00003) | Dr C Ng | 4 May 2018 |
`)
	ps := doc.Membership.Practices
	if len(ps) != 3 || !doc.Membership.HasSignOffEvidence {
		t.Fatalf("practices = %+v, evidence %v", ps, doc.Membership.HasSignOffEvidence)
	}
	if !ps[0].SignedOff || ps[1].SignedOff || !ps[2].SignedOff {
		t.Errorf("signed off: %v %v %v, want true false true", ps[0].SignedOff, ps[1].SignedOff, ps[2].SignedOff)
	}
	for _, so := range doc.SignOffs {
		if !so.Member {
			t.Errorf("sign-off of %q (%q) not joined to a member", so.Practice, so.Code)
		}
	}
}

// Sign-off recorded in a paragraph for each practice: the practice named
// before a colon, then who signed for it and when, or that it has not.
func TestSignOffInProse(t *testing.T) {
	src := threeListed +
		"# Appendix B – Agreement of the member practices\n\n" +
		"Riverside Surgery (Y00001): signed by Dr A. Partner, 12 September 2016.\n\n" +
		"Hill Top Surgery (Y00002): signed on its behalf by Dr B. Jones, 13 September 2016.\n\n" +
		"Moor Lane Practice (Y00003): not yet signed.\n"
	doc := mustParse(t, src)
	ps := doc.Membership.Practices
	if len(ps) != 3 || !doc.Membership.HasSignOffEvidence {
		t.Fatalf("practices = %+v, evidence %v", ps, doc.Membership.HasSignOffEvidence)
	}
	if !ps[0].SignedOff || ps[0].Signatory != "Dr A. Partner" || ps[0].Date != "12 September 2016" || ps[0].SignOffLine != 11 {
		t.Errorf("first practice = %+v", ps[0])
	}
	if !ps[1].SignedOff || ps[1].Signatory != "Dr B. Jones" {
		t.Errorf("second practice = %+v", ps[1])
	}
	if ps[2].SignedOff || ps[2].SignOffLine != 15 {
		t.Errorf("third practice = %+v, want unsigned at line 15", ps[2])
	}
}

// A signature line written as a sentence: "Signed for and on behalf of
// X (code): name, position, date", or "Signed for X (code): …"; a line
// signed for what is not a member practice records nothing.
func TestSignOffOnBehalfLines(t *testing.T) {
	for _, tc := range []struct{ line, signer, date string }{
		{"Signed for and on behalf of Riverside Surgery (Y00001): Dr A. Partner, Senior Partner, 9 January 2013.", "Dr A. Partner", "9 January 2013"},
		{"Signed for Riverside Surgery (Y00001): Dr A. Partner, practice delegate, 19 January 2015", "Dr A. Partner", "19 January 2015"},
		{"Signed for the Group: Dr A. Partner, Clinical Chair, 19 January 2015", "", ""},
	} {
		src := "# 3. Membership\n\n| Practice | Code |\n|---|---|\n| Riverside Surgery | Y00001 |\n| Hill Top Surgery | Y00002 |\n\n" +
			"# Appendix B – Signatures\n\n" + tc.line + "\n"
		ps := mustParse(t, src).Membership.Practices
		if len(ps) != 2 || ps[0].SignedOff != (tc.signer != "") || ps[0].Signatory != tc.signer || ps[0].Date != tc.date || ps[1].SignedOff {
			t.Errorf("%q: practices = %+v", tc.line, ps)
		}
	}
}

// Records of sign-off numbered as a list is: "1. X – signed by Dr A,
// Practice Lead, on 9 March 2016"; a number before no member is none.
func TestSignOffNumberedLines(t *testing.T) {
	signedOffEach(t, threeListed+"# Schedule 2 – Signatures\n\n%s\n", []signCase{
		{"numbered records", "1\\. Riverside Surgery – signed by Dr E. Marland, Practice Lead, on 9 March 2016\n\n2\\. Moor Lane Practice – signed by Dr T. Bostock, Practice Lead, on 9 March 2016", [3]bool{true, false, true}},
		{"near miss: a numbered record of another practice", "1\\. Brook House Surgery – signed by Dr E. Marland, Practice Lead, on 9 March 2016", [3]bool{false, false, false}},
	})
}

// A list after a lead-in of signing whose items each give a locality and
// its practices with their codes signs off every practice an item names;
// practices named with their codes in a paragraph whose later sentence
// says "the signed declarations of both practices" came are signed too.
func TestSignOffLocalityItemsAndBothPractices(t *testing.T) {
	signedOffEach(t, threeListed+"# Appendix 2 – Adoption\n\n%s\n", []signCase{
		{"a locality's practices in one item", "The representatives of these practices signed the members' declaration at the meeting:\n\n- North: Riverside Surgery (Y00001) and Hill Top Surgery (Y00002)\n- South: Brook House Surgery (Y00009)", [3]bool{true, true, false}},
		{"the declarations of both practices received later", "The representatives of these practices signed the members' declaration at the meeting:\n\n- North: Riverside Surgery (Y00001)\n\nHill Top Surgery (Y00002) and Moor Lane Practice (Y00003) had sent apologies. The Secretary later reported that the signed declarations of both practices had since been received.", [3]bool{true, true, true}},
		{"who signed for the practice by its name", "The following Practice Representatives, being present, then signed the members' declaration on behalf of their practices:\n\n- Dr O. Hartley for Riverside Surgery\n- Dr T. Askew for Moor Lane Practice", [3]bool{true, false, true}},
		{"who signed, for the practice by its code, and when", "The Practice Leads named below signed the members' declaration:\n\n- Dr F. Whitworth, for Riverside Surgery (Y00001), 2 March 2015\n- Mrs J. Corkhill, Practice Manager, for Moor Lane Practice (Y00003), 3 March 2015\n- Dr T. Bello, for Hill Top Surgery (Y00002), not signed", [3]bool{true, false, true}},
		{"near miss: the declarations of both practices still awaited", "The representatives of these practices signed the members' declaration at the meeting:\n\n- North: Riverside Surgery (Y00001)\n\nHill Top Surgery (Y00002) and Moor Lane Practice (Y00003) had sent apologies. The Secretary will chase the declarations of both practices.", [3]bool{true, false, false}},
	})
}

// A sentence of the minutes that names member practices and says they
// signed, or that their declarations came back, signs them off, as does
// "Each practice signed …" after a sentence that names them; a sentence
// that denies, defers or is about something else does not.
func TestSignOffNamedSentences(t *testing.T) {
	signedOffEach(t, threeListed+"# Appendix 2 – Members' declaration\n\nThe Practice Representative of Riverside Surgery signed the members' declaration at the meeting.\n\n%s\n", []signCase{
		{"a declaration for a practice signed by someone", "The declaration for Hill Top Surgery (Y00002) was signed by Dr K. Penrose at the branch surgery on 13 February and reached the Board Secretary on 17 February.", [3]bool{true, true, false}},
		{"the declarations of two practices received", "The declarations of Hill Top Surgery and Moor Lane Practice, whose representatives sent apologies, were received by the Board Secretary on 18 and 21 April.", [3]bool{true, true, true}},
		{"each practice signed, after a sentence naming them", "The representatives of Hill Top Surgery and Moor Lane Practice had sent apologies. Each practice signed the members' declaration at the Group's offices on 20 February.", [3]bool{true, true, true}},
		{"their declarations signed, after a sentence naming them", "Hill Top Surgery and Moor Lane Practice voted by proxy. Their declarations were signed at the practices by Dr E. Moss and Dr G. Fair and reached the Board Secretary on 18 March.", [3]bool{true, true, true}},
		{"a run of initials in one sentence of who signed for which", "The representatives present then signed the declaration for their practices: Dr Q. Lund for Hill Top Surgery (Y00002); and Mr P. R. Gale for Moor Lane Practice (Y00003).", [3]bool{true, true, true}},
		{"its representative signed, after a sentence naming it", "Hill Top Surgery was not represented at the meeting. Its Practice Representative, Dr F. Lacey, signed the members' declaration at the practice, and it was received on 26 February.", [3]bool{true, true, false}},
		{"near miss: its representative will sign", "Hill Top Surgery was not represented at the meeting. Its Practice Representative will sign the members' declaration at the practice.", [3]bool{true, false, false}},
		{"both practices' declarations reached the secretary, as reported", "The representatives of Hill Top Surgery and Moor Lane Practice were absent. The Secretary told the Council afterwards that both practices' signed declarations had reached her on 4 March.", [3]bool{true, true, true}},
		{"near miss: both practices' declarations reported still to come", "The representatives of Hill Top Surgery and Moor Lane Practice were absent. The Secretary reported that both practices' declarations are yet to be signed.", [3]bool{true, false, false}},
		{"declarations signed and sent back before the meeting", "The declarations of Hill Top Surgery and Moor Lane Practice, whose representatives voted by post, had been signed and sent back to the Secretary before the meeting.", [3]bool{true, true, true}},
		{"near miss: declarations to be signed before the meeting", "The declarations of Hill Top Surgery and Moor Lane Practice must be signed before the next meeting.", [3]bool{true, false, false}},
		{"near miss: apologies received", "Apologies were received from the representatives of Hill Top Surgery and Moor Lane Practice.", [3]bool{true, false, false}},
		{"near miss: a declaration that will be signed", "Note: Hill Top Surgery was without a partner in March; its declaration will be signed once the new partnership is registered.", [3]bool{true, false, false}},
		{"near miss: a declaration awaited", "The declaration for Hill Top Surgery (Y00002) is awaited; the partners will sign it at their next meeting.", [3]bool{true, false, false}},
		{"near miss: each practice asked to sign", "The representatives of Hill Top Surgery and Moor Lane Practice had sent apologies. Each practice has been asked to sign the declaration before the next meeting.", [3]bool{true, false, false}},
	})
}

// A member list in lettered paragraphs after a lead-in, each a practice
// with its code; paragraphs that are not all practices are no list.
func TestPracticesInLetteredParagraphs(t *testing.T) {
	const src = "# Section 1: Membership\n\n1.1 The Group's member practices are:\n\n(a) Hornsea Cliff Surgery (B81801);\n\n(b) %s;\n\n(c) Driffield Market Medical Centre (B81803).\n"
	if ps := mustParse(t, fmt.Sprintf(src, "Withernsea Lighthouse Practice (B81802)")).Membership.Practices; len(ps) != 3 || ps[1].Code != "B81802" {
		t.Errorf("practices = %+v", ps)
	}
	if ps := mustParse(t, fmt.Sprintf(src, "the practices of the Withernsea locality, when they join")).Membership.Practices; len(ps) != 0 {
		t.Errorf("paragraphs not all practices read as the list: %+v", ps)
	}
}

// A constitution drafted as an agreement between "the Members" lists them
// in a table whose first column is "Member".
func TestMembersCalledMembers(t *testing.T) {
	doc := mustParse(t, "# Schedule 1 – The Members\n\n| Member | Practice code | Signed on behalf of the Member by | Date |\n|---|---|---|---|\n| Riverside Surgery | Y00001 | Dr A | 1/1/2013 |\n| Hill Top Surgery | Y00002 | Dr B | 2/1/2013 |\n")
	if m := doc.Membership; len(m.Practices) != 2 || m.Practices[1].Code != "Y00002" || !m.Practices[0].SignedOff {
		t.Errorf("membership = %+v", m)
	}
}

// Rows that head a group of practices are no practices; a list item may
// name a locality's practices after a colon.
func TestPracticeGroups(t *testing.T) {
	doc := mustParse(t, "# 3. Membership\n\n| Practice | Code | Signed | Date |\n|---|---|---|---|\n"+
		"| **North Federation** | | | |\n| Riverside Surgery | Y00001 | Dr A | 1 May 2015 |\n"+
		"| **South Federation** | | | |\n| Hill Top Surgery | Y00002 | Dr B | 1 May 2015 |\n")
	if ps := doc.Membership.Practices; len(ps) != 2 || !ps[0].SignedOff || !ps[1].SignedOff {
		t.Errorf("table practices = %+v", ps)
	}
	doc = mustParse(t, "# Appendix 1 – Member practices\n\n"+
		"- North: Riverside Surgery (Y00001); Hill Top Surgery (Y00002)\n- South: Moor Lane Practice (Y00003)\n")
	var got []string
	for _, p := range doc.Membership.Practices {
		got = append(got, p.Name+" "+p.Code)
	}
	if want := []string{"Riverside Surgery Y00001", "Hill Top Surgery Y00002", "Moor Lane Practice Y00003"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("listed practices = %q, want %q", got, want)
	}
}

// A table that records who approved the constitution for each practice,
// listing the practices of a plain member list before it, is the record
// of their sign-off under any heading, not a second list of members;
// tables of different practices (a locality each) are all members.
func TestSignOffTwinTables(t *testing.T) {
	src := `# Schedule 1 – Member Practices

| Practice | Code | Locality |
|---|---|---|
| Ferry Road Surgery | Q81101 | Estuary |
| Hollins Practice | Q81102 | Estuary |
| Tanyard Medical Centre | Q81103 | Uplands |

# Schedule 2 – Member Practices: Version 3

| Practice | Code | Agreed on behalf of the practice by | Date of approval |
|---|---|---|---|
| Ferry Road Surgery | Q81101 | Dr Lena Morgan | 2 March 2021 |
| Hollins Practice | Q81102 | | |
| Tanyard Medical Centre | Q81103 | Dr Paul Iqbal | 4 March 2021 |
`
	doc := mustParse(t, src)
	ps := doc.Membership.Practices
	if len(ps) != 3 {
		t.Fatalf("members = %+v, want the three of Schedule 1", ps)
	}
	for i, want := range []struct {
		signed bool
		line   int
	}{{true, 13}, {false, 14}, {true, 15}} {
		if ps[i].SignedOff != want.signed || ps[i].Line != 5+i {
			t.Errorf("%s: signed %v, line %d; want %v, line %d", ps[i].Name, ps[i].SignedOff, ps[i].Line, want.signed, 5+i)
		}
	}

	// Near miss: the second table lists other practices; both are members.
	other := `# Schedule 2 – Member Practices: Version 3

| Practice | Code | Agreed on behalf of the practice by | Date of approval |
|---|---|---|---|
| Quay Surgery | Q81201 | Dr Lena Morgan | 2 March 2021 |
| Mere Practice | Q81202 | | |
| Moor Medical Centre | Q81203 | Dr Paul Iqbal | 4 March 2021 |
`
	doc = mustParse(t, src[:strings.Index(src, "# Schedule 2")]+other)
	if n := len(doc.Membership.Practices); n != 6 {
		t.Errorf("members = %d, want the six of both tables: %+v", n, doc.Membership.Practices)
	}
}

// A member list whose items record who signed for each practice, under a
// short label for each neighbourhood, after a paragraph saying so: each
// item is a member and its sign-off; one "not signed" is unsigned. With
// no words of signing before the lists, the items are members only.
func TestSignedListUnderLabels(t *testing.T) {
	src := func(lead string) string {
		return `# Appendix C – Member Practices

` + lead + `

**East**

- Harrow Lane Surgery (M85001) – signed for the practice by Dr Ines Lowe, 3 May 2016
- Quarry Bank Practice (M85002) – not signed: the practice asked for time to consider clause 4

**West**

- Tollgate Medical Centre (M85003) – signed on behalf of the practice by Dr Omar Sethi, 4 May 2016
`
	}
	doc := mustParse(t, src("Each practice below is a member; beside it is recorded who signed this constitution for it, and when."))
	ps := doc.Membership.Practices
	if len(ps) != 3 {
		t.Fatalf("members = %+v", ps)
	}
	for i, want := range []bool{true, false, true} {
		if ps[i].SignedOff != want {
			t.Errorf("%s (%s) signed off %v, want %v", ps[i].Name, ps[i].Code, ps[i].SignedOff, want)
		}
	}
	if got := ps[0].Signatory; got != "Dr Ines Lowe" && len(doc.SignOffs) > 0 && doc.SignOffs[0].Signatory != "Dr Ines Lowe" {
		t.Errorf("signatory %q, sign-offs %+v", got, doc.SignOffs)
	}
	// Near miss: what follows each code is where the practice is, not who
	// signed; the items are members with no record of sign-off.
	plain := strings.NewReplacer("signed for the practice by Dr Ines Lowe, 3 May 2016", "Harrow Lane, Eastwick",
		"not signed: the practice asked for time to consider clause 4", "Quarry Bank Road, Eastwick",
		"signed on behalf of the practice by Dr Omar Sethi, 4 May 2016", "Tollgate, Westwick").Replace(src("Each practice below is a member of the Group."))
	doc = mustParse(t, plain)
	if len(doc.Membership.Practices) != 3 || doc.Membership.HasSignOffEvidence {
		t.Errorf("no words of signing: members %d, sign-off evidence %v", len(doc.Membership.Practices), doc.Membership.HasSignOffEvidence)
	}
}

// Signatures listed by the meeting at which they were given, the date in
// the label before each list: each item is a sign-off; a member no list
// names has not signed.
func TestSignedListsByMeeting(t *testing.T) {
	doc := mustParse(t, `# Appendix 1 – Member Practices

| Practice | Code |
|---|---|
| Heath Row Surgery | R81001 |
| Mill Cross Practice | R81002 |
| Tanner Street Surgery | R81003 |

# Appendix 2 – Declaration

The declaration was signed at each locality's meeting by the Practice Representative of each practice.

Westdale locality, 3 March 2016:

- Heath Row Surgery (R81001) – Dr Alma Reyes
- Mill Cross Practice (R81002) – Dr Ben Hollis
`)
	ps := doc.Membership.Practices
	if len(ps) != 3 {
		t.Fatalf("members = %+v", ps)
	}
	for i, want := range []bool{true, true, false} {
		if ps[i].SignedOff != want {
			t.Errorf("%s signed off %v, want %v", ps[i].Name, ps[i].SignedOff, want)
		}
	}
}

// Paragraphs that name, after a label, the practices that approved, led
// into by words of approval and a colon: each named member signed off;
// one named only in a sentence after the list, or not at all, did not. A
// paragraph whose names are mostly not members is no such record.
func TestApprovedByParagraph(t *testing.T) {
	members := `# Appendix 1 – Member Practices

| Practice | Code |
|---|---|
| Heath Row Surgery | R81001 |
| Mill Cross Practice | R81002 |
| Tanner Street Surgery | R81003 |
| Quay Lane Surgery | R81004 |

# Appendix 2 – Approval

Each locality's meeting recorded its practices' decision. Approval was given by:

`
	doc := mustParse(t, members+`Westdale locality, 3 March 2016: Heath Row Surgery; Mill Cross Practice. Tanner Street Surgery abstained.

Eastdale locality, 5 March 2016: Quay Lane Surgery.
`)
	for i, want := range []bool{true, true, false, true} {
		if p := doc.Membership.Practices[i]; p.SignedOff != want {
			t.Errorf("%s signed off %v, want %v", p.Name, p.SignedOff, want)
		}
	}
	// Near miss: the names are not the members'.
	doc = mustParse(t, members+`Westdale locality, 3 March 2016: Brook House; Elm Court; Heath Row Surgery.
`)
	if doc.Membership.HasSignOffEvidence {
		t.Errorf("a paragraph of other names read as sign-off: %+v", doc.SignOffs)
	}
	// Minutes: the names alone, set off by semicolons, after a lead-in
	// saying the declaration was signed for the following practices.
	minutes := strings.Replace(members, "Each locality's meeting recorded its practices' decision. Approval was given by:",
		"Minute 6. The Secretary reported that the members' declaration had been signed for the following practices, at the meeting or since:", 1)
	doc = mustParse(t, minutes+`Heath Row Surgery; Quay Lane Surgery; Tanner Street Surgery;

The Secretary will chase the declarations still to come.
`)
	for i, want := range []bool{true, false, true, true} {
		if p := doc.Membership.Practices[i]; p.SignedOff != want {
			t.Errorf("minutes: %s signed off %v, want %v", p.Name, p.SignedOff, want)
		}
	}
	// Near miss: the lead-in says they have not signed.
	doc = mustParse(t, strings.Replace(minutes, "had been signed for", "had not been signed for", 1)+`Heath Row Surgery; Quay Lane Surgery; Tanner Street Surgery;
`)
	if doc.Membership.HasSignOffEvidence {
		t.Errorf("a list after a denial read as sign-off: %+v", doc.SignOffs)
	}
}

// A list of practices after a lead-in saying each signed, or voted to
// adopt the constitution, records their sign-off; a paragraph about one
// practice whose representative signed later records its own; a lead-in
// that denies records nothing.
func TestSignedUnderALeadIn(t *testing.T) {
	members := `# Appendix 1 – Member Practices

| Practice | Code |
|---|---|
| Heath Row Surgery | R81001 |
| Mill Cross Practice | R81002 |
| Tanner Street Surgery | R81003 |

# Appendix 2 – Minutes of the Members' Meeting, 3 March 2016

`
	for _, tt := range []struct {
		name, minutes string
		want          []bool
	}{
		{"signed under a lead-in", "2.1 The representatives of the practices below voted to adopt version 2.0, and each signed the declaration at the meeting:\n\n- Heath Row Surgery (R81001)\n- Mill Cross Practice (R81002)\n\n2.2 Tanner Street Surgery (R81003) sent apologies. Its Practice Representative signed the members' declaration on 9 March 2016.\n", []bool{true, true, true}},
		{"a resolution voted for", "RESOLVED, with the representatives of the practices listed below voting in favour, that version 2.1 of the constitution be adopted:\n\n- Heath Row Surgery (R81001)\n- Tanner Street Surgery (R81003)\n", []bool{true, false, true}},
		{"a denial", "The representatives of the practices below did not sign the declaration:\n\n- Heath Row Surgery (R81001)\n", []bool{false, false, false}},
		{"names alone under a lead-in", "2.3 The Practice Representatives of the following practices then signed the members' declaration agreeing to version 2.0 on behalf of their practices:\n\n- Heath Row Surgery\n- Tanner Street Surgery\n", []bool{true, false, true}},
		{"near miss: names alone that are mostly not members", "2.3 The Practice Representatives of the following practices then signed the members' declaration agreeing to version 2.0 on behalf of their practices:\n\n- North locality\n- South locality\n- Heath Row Surgery\n", []bool{false, false, false}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, members+tt.minutes)
			for i, want := range tt.want {
				if p := doc.Membership.Practices[i]; p.SignedOff != want {
					t.Errorf("%s signed off %v, want %v", p.Name, p.SignedOff, want)
				}
			}
		})
	}
}

// Representatives who "signed the declaration" at a locality meeting sign
// for the practices the sentence names, however the declaration is
// named; a declaration of interests is no sign-off.
func TestSignedTheDeclaration(t *testing.T) {
	const src = threeListed + `# Schedule 3 – The members' declaration

Each locality meeting in January 2013 was asked to sign the members' declaration.

**Riverbank locality, 9 January 2013.** %s
`
	signedOffEach(t, src, []signCase{
		{"the declaration, at the meeting", "The Practice Representatives of Riverside Surgery (Y00001) and Moor Lane Practice (Y00003) signed the declaration at the meeting.", [3]bool{true, false, true}},
		{"the declaration, then a full stop", "The representatives of Riverside Surgery and Hill Top Surgery each signed the declaration.", [3]bool{true, true, false}},
		{"a declaration of interests", "The Practice Representatives of Riverside Surgery (Y00001) and Moor Lane Practice (Y00003) signed the declaration of interests for the register.", [3]bool{false, false, false}},
	})
}

// A list after a lead-in saying the representatives signed, each item
// who signed and then the practice: the practices named sign off; a
// practice that is not a member, or an item naming no practice, none.
func TestSignedListOfRepresentatives(t *testing.T) {
	const src = threeListed + `# Schedule 3 – Record of signature

**West locality, 3 December 2012**

The following Practice Representatives signed the Members' Declaration for their practices:

- Dr Priya Nandra, Riverside Surgery
- %s
`
	signedOffEach(t, src, []signCase{
		{"a member", "Dr Colm Reilly, Moor Lane Practice", [3]bool{true, false, true}},
		{"not a member", "Dr Colm Reilly, Moorside Practice", [3]bool{true, false, false}},
		{"no practice", "Dr Colm Reilly, for the locality", [3]bool{true, false, false}},
	})
}

// A practice listed twice, for its main surgery and its branch, signed
// when its one signature is recorded: both rows are signed; a practice
// of another code with the same name is not.
func TestPracticeListedTwiceSigned(t *testing.T) {
	const src = `# 3. Members

| Practice | Code | Site |
|---|---|---|
| Elm Surgery | P81001 | Main surgery |
| Elm Surgery | %s | Branch, Church Street |
| Weir Practice | P81002 | Main surgery |

# Schedule 2 – Members' declaration

| Practice | Code | Signed by | Date |
|---|---|---|---|
| Elm Surgery | P81001 | Dr A. Moss | 3 May 2017 |
| Weir Practice | P81002 | | |
`
	signedOffIn(t, "same code", fmt.Sprintf(src, "P81001"), []bool{true, true, false})
	signedOffIn(t, "another code", fmt.Sprintf(src, "P81009"), []bool{true, false, false})
}

// Signed declarations that "reached" someone after a meeting, the
// practices listed after a colon with the date each arrived: those
// practices signed; forms that only "were sent" to them did not.
func TestSignedDeclarationsReached(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Members' declaration

The Council approved the constitution on 4 March 2013; Hill Top Surgery's representative signed the declaration at the meeting.

%s
`
	signedOffIn(t, "reached", fmt.Sprintf(src, "Apologies were received from two practices. Their signed declarations reached the Chief Officer later: Riverside Surgery on 9 March 2013 and Moor Lane Practice on 12 March 2013."), []bool{true, true, true})
	signedOffIn(t, "sent", fmt.Sprintf(src, "Apologies were received from two practices. Declarations to be signed were sent to them: Riverside Surgery on 9 March 2013 and Moor Lane Practice on 12 March 2013."), []bool{false, true, false})
}

// Locality paragraphs that begin "Signed for" and name the practices with
// their codes, and a practice that "signed on" a date: those practices
// signed; a practice named with a code no member has signed as no member.
func TestSignedForByLocality(t *testing.T) {
	src := threeListed + `# Schedule 2 – Members' declaration

Each locality met in November 2012, and the representatives present signed the declaration for their practices.

**North locality – 6 November 2012**

Signed for Riverside Surgery (Y00001) and Old Mill Surgery (Y00009). Moor Lane Practice (Y00003) signed on 12 November 2012.
`
	signedOffIn(t, "signed for", src, []bool{true, false, true})
	doc := mustParse(t, src)
	var nonMembers []string
	for _, s := range doc.SignOffs {
		if !s.Member {
			nonMembers = append(nonMembers, s.Practice+" "+s.Code)
		}
	}
	if len(nonMembers) != 1 || nonMembers[0] != "Old Mill Surgery Y00009" {
		t.Errorf("non-members signing = %q, want Old Mill Surgery Y00009", nonMembers)
	}
}

// Minutes listing who signed with the practice in brackets, and a
// practice whose representative sent apologies and whose declaration,
// signed, "was received" later; one returned unsigned did not sign.
func TestSignedListWithPracticeInBrackets(t *testing.T) {
	const src = threeListed + `# Schedule 3 – Minutes of the Council, 4 March 2013

C3\. The following Practice Representatives then signed the Members' Declaration on behalf of their practices:

- Dr Helen Ashby (Riverside Surgery)
- Dr Omar Said (Moorside Practice)

C4\. Apologies were received from Dr Simon Pryce (Hill Top Surgery). %s
`
	signedOffEach(t, src, []signCase{
		{"received", "His declaration, signed for the practice, was received by the Board Secretary on 11 March 2013.", [3]bool{true, true, false}},
		{"returned unsigned", "His declaration was returned unsigned on 11 March 2013.", [3]bool{true, false, false}},
	})
}

// Locality paragraphs under a heading on the declaration's signature,
// each naming its practices in another way: "Declarations were signed
// for …", "All three practices of the locality signed: …", "… each
// signed through its Practice Representative", "The Practice
// Representatives of … signed."; under a heading on something else, a
// paragraph that names neither the declaration nor the constitution
// records nothing.
func TestSignedByLocalityInOtherWords(t *testing.T) {
	const src = threeListed + `# Appendix 3 – %s

**North locality, 6 March 2018.** %s
`
	for _, tt := range []struct {
		heading, statement string
		signed             [3]bool
	}{
		{"Members' declaration: record of signature", "Declarations were signed for Riverside Surgery and Moor Lane Practice.", [3]bool{true, false, true}},
		{"Members' declaration: record of signature", "All three practices of the locality signed: Riverside Surgery, Hill Top Surgery and Moor Lane Practice.", [3]bool{true, true, true}},
		{"Members' declaration: record of signature", "Riverside Surgery and Hill Top Surgery each signed through its Practice Representative.", [3]bool{true, true, false}},
		{"Members' declaration: record of signature", "The Practice Representatives of Hill Top Surgery and Moor Lane Practice signed.", [3]bool{false, true, true}},
		{"Locality meetings", "The Practice Representatives of Hill Top Surgery and Moor Lane Practice signed.", [3]bool{false, false, false}},
	} {
		signedOffIn(t, tt.heading+": "+tt.statement, fmt.Sprintf(src, tt.heading, tt.statement), tt.signed[:])
	}
}

// Minutes in which representatives "signed the declaration during the
// meeting" and two practices "had each returned a signed declaration".
func TestSignedDuringAndReturned(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Extract from the minutes, 10 March 2016

"Item 6: Constitution. The Practice Representatives of Riverside Surgery signed the declaration during the meeting. The Chair reported that %s"
`
	signedOffEach(t, src, []signCase{
		{"returned signed", "Hill Top Surgery and Moor Lane Practice, whose representatives had sent apologies, had each returned a signed declaration.", [3]bool{true, true, true}},
		{"not returned", "Hill Top Surgery and Moor Lane Practice, whose representatives had sent apologies, had not yet replied.", [3]bool{true, false, false}},
	})
}

// A locality's record "– signed by the Practice Representatives of …",
// and a statement that a signed declaration "had been received from every
// one of the … member practices".
func TestSignedByRepresentativesOf(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Signature of the constitution

%s
`
	signedOffEach(t, src, []signCase{
		{"signed by the representatives of", "*North locality, 8 January 2013* – signed by the Practice Representatives of Riverside Surgery (Y00001) and Moor Lane Practice (Y00003).", [3]bool{true, false, true}},
		{"received from every one", "The Secretary confirmed that a signed declaration had been received from every one of the three member practices.", [3]bool{true, true, true}},
		{"received from some", "The Secretary confirmed that a signed declaration had been received from two of the three member practices.", [3]bool{false, false, false}},
	})
}

// Lists of who signed for each practice under bold headings of their own
// ("**North locality, 3 March 2015: declarations signed**",
// "**Declarations returned to the Board Secretary**"); under a heading
// that says nothing of signing, a list of names records nothing.
func TestSignedListsUnderHeadings(t *testing.T) {
	const src = threeListed + `# Schedule 3 – Members' agreement

The Council approved the constitution; each practice then confirmed its agreement by its representative's signature.

**%s**

- Riverside Surgery (Y00001) – Dr Nia Owusu
- Moor Lane Practice (Y00003) – Dr Tom Rees, received 9 March 2015
`
	for _, tt := range []struct {
		heading string
		signed  [3]bool
	}{
		{"North locality meeting, 3 March 2015: declarations signed", [3]bool{true, false, true}},
		{"Declarations returned to the Board Secretary", [3]bool{true, false, true}},
		{"North locality meeting, 3 March 2015: practice leads", [3]bool{false, false, false}},
	} {
		signedOffIn(t, tt.heading, fmt.Sprintf(src, tt.heading), tt.signed[:])
	}
}

// Signature blocks of three lines read as one paragraph: the practice,
// "Signed:" and who, "Date:" and when; a blank signature is none.
func TestSignatureBlocks(t *testing.T) {
	const src = threeListed + `# Appendix 2 – Members' declaration

We, the member practices, agree to this constitution.

**Riverside Surgery (Y00001)**\
Signed: Dr Rachel Ames, Practice Representative\
Date: 14 January 2016

**Hill Top Surgery (Y00002)**\
Signed: %s\
Date:
`
	signedOffEach(t, src, []signCase{
		{"signed", "Dr Tom Hale, Practice Representative", [3]bool{true, true, false}},
		{"blank", "", [3]bool{true, false, false}},
	})
}

// A sentence that says where the record of each practice's signature is
// ("Appendix C records how each member practice signed …") is no record
// that every practice signed; the record it points to is read, each
// meeting's paragraph "<meeting>: signed for A (code) and B (code)".
func TestSignedForAfterMeetingLabel(t *testing.T) {
	const src = `# 3. Membership

3.1.2 %s

` + threeListed + `# Appendix C – Signature of the members' declaration

The declaration was signed at the locality meetings held in February 2015.

North locality, 3 February 2015: signed for Riverside Surgery (Y00001) and Hill Top Surgery (Y00002).
`
	signedOffEach(t, src, []signCase{
		{"records how each signed", "Appendix C records how each member practice signed the Members' Declaration approving this constitution.", [3]bool{true, true, false}},
		{"shows whether every practice signed", "Appendix C shows whether every member practice signed the members' declaration.", [3]bool{true, true, false}},
	})
	// Near miss: with no record of its own after it, a statement that
	// each did sign is the record; one that says where to look is not.
	noRecord := strings.Replace(src, "North locality, 3 February 2015: signed for Riverside Surgery (Y00001) and Hill Top Surgery (Y00002).\n", "", 1)
	signedOffIn(t, "each signed", fmt.Sprintf(noRecord, "Each member practice signed the Members' Declaration approving this constitution."), []bool{true, true, true})
	doc := mustParse(t, fmt.Sprintf(noRecord, "Appendix C records how each member practice signed the Members' Declaration approving this constitution."))
	for _, p := range doc.Membership.Practices {
		if p.SignedOff {
			t.Errorf("records how each signed, no record: %s signed off", p.Name)
		}
	}
}

// Minutes that record the declarations signed "for all nine practices of
// the Group: …", each practice's approval "by a declaration signed by its
// Practice Representative: …", and declarations that "reached" someone
// later: every practice named signed; one whose declaration had not
// reached anyone did not.
func TestSignedInMinutesOtherWords(t *testing.T) {
	const src = threeListed + `# Appendix B – Members' declaration and record of signature

B2 The declarations were signed at the Group meetings of November 2012.

%s
`
	signedOffEach(t, src, []signCase{
		{"signed for all the practices of the Group", "The Group Chair reported that declarations had been signed for all three practices of the Group: Riverside Surgery (Y00001), Hill Top Surgery (Y00002) and Moor Lane Practice (Y00003).", [3]bool{true, true, true}},
		{"approval by a declaration signed", "Each of the Group's two practices confirmed its approval of the constitution by a declaration signed by its Practice Representative: Riverside Surgery (Y00001) and Hill Top Surgery (Y00002).", [3]bool{true, true, false}},
		{"declarations reached", "Declarations were signed at the meeting for Riverside Surgery (Y00001). The declarations of Hill Top Surgery (Y00002) and Moor Lane Practice (Y00003) reached the Group Director on 19 November 2012.", [3]bool{true, true, true}},
		{"handed in by the representatives of", "Signed declarations were handed in at the meeting by the Practice Representatives of Riverside Surgery and Moor Lane Practice.", [3]bool{true, false, true}},
		{"signed for … were received", "Declarations signed for Hill Top Surgery and Moor Lane Practice were received by post in the week before the meeting.", [3]bool{false, true, true}},
		{"declarations not handed in", "No signed declarations were handed in by the Practice Representatives of Riverside Surgery and Moor Lane Practice.", [3]bool{false, false, false}},
		{"each of them signed …: A, B", "The Practice Representatives of two practices were present. Each of them signed the members' declaration on behalf of their practice: Riverside Surgery and Moor Lane Practice.", [3]bool{true, false, true}},
		{"none of them signed …: A, B", "The Practice Representatives of two practices were present. None of them signed the members' declaration on behalf of their practice: Riverside Surgery and Moor Lane Practice.", [3]bool{false, false, false}},
		{"declarations had not reached", "Declarations were signed at the meeting for Riverside Surgery (Y00001) and Hill Top Surgery (Y00002). The declaration of Moor Lane Practice (Y00003) had not reached the Group Director by 19 November 2012.", [3]bool{true, true, false}},
	})
}

// A meeting's paragraph "<meeting> – declarations signed for A, B and C."
// records each practice it names as signed; one whose declarations were
// not signed records none.
func TestDeclarationsSignedForAfterDash(t *testing.T) {
	const src = threeListed + `# Appendix 2 – Signature of the members' declaration

The Practice Leads signed the Members' Declaration at their locality meetings, as follows.

%s
`
	signedOffEach(t, src, []signCase{
		{"– declarations signed for", "North locality meeting, 2 March 2016 – declarations signed for Riverside Surgery and Moor Lane Practice.", [3]bool{true, false, true}},
		{"– declarations not signed for", "North locality meeting, 2 March 2016 – declarations not signed for Riverside Surgery and Moor Lane Practice.", [3]bool{false, false, false}},
	})
}

// A lead-in "Declarations were signed at the meeting for the following
// practices, locality by locality:" and a paragraph for each locality,
// its label before a dash and its practices set off by commas and "and".
func TestSignedByLocalityAfterDash(t *testing.T) {
	const src = threeListed + `# Appendix B – The members' approval

%s

*North* – Riverside Surgery (Y00001) and Hill Top Surgery (Y00002).
`
	signedOffEach(t, src, []signCase{
		{"signed for the following practices", "Declarations were signed at the meeting for the following practices, locality by locality:", [3]bool{true, true, false}},
		// Near miss: a lead-in to practices that did not sign.
		{"not signed for the following practices", "Declarations were not signed at the meeting for the following practices, locality by locality:", [3]bool{false, false, false}},
	})
}

// A record of signatures that leaves a practice out, then a note on that
// practice, named with its code, whose representative "signed the
// declaration for her practice" since: it signed; a note that she has
// not signed records nothing.
func TestSignedSinceInANote(t *testing.T) {
	const src = threeListed + `# Appendix C – Members' declaration

The Practice Representatives of the following practices signed the members' declaration at the meeting:

- Riverside Surgery (Y00001) – Dr Aisha Mahmood
- Hill Top Surgery (Y00002) – Dr Thomas Gregson

Note by the Company Secretary: Dr Anne Tomlinson, Practice Representative of Moor Lane Practice (Y00003), sent apologies for the meeting. %s
`
	signedOffEach(t, src, []signCase{
		{"she signed since", "She signed the declaration for her practice on 12 February 2018, and it is held with the others.", [3]bool{true, true, true}},
		{"she has not signed", "She has not signed the declaration for her practice.", [3]bool{true, true, false}},
	})
}

// A meeting's attendance in a table, representative and practice, with
// the minute after it that those present signed: the practices in the
// table signed. Without the minute, or with one that says something
// else, a row names who came, not that they signed.
func TestAttendanceTableSigned(t *testing.T) {
	const src = threeListed + `# Appendix B – Members' Approval

Extract from the minutes of the members' meeting of 10 January 2013.

Present:

| Representative | Practice |
|---|---|
| Dr P Okafor | Riverside Surgery |
| Mrs E Dunn (practice manager, deputising) | Hill Top Surgery |

%s
`
	signedOffEach(t, src, []signCase{
		{"each representative present signed", "The meeting approved the constitution, and each representative present signed the members' declaration on behalf of the practice he or she represents.", [3]bool{true, true, false}},
		{"the practice representatives present signed", "Item 4. The Practice Representatives present each signed the declaration.", [3]bool{true, true, false}},
		{"discussed only", "The meeting discussed the draft constitution and asked for a further draft.", [3]bool{false, false, false}},
	})
	// Not an attendance: the same table without "Present:" before it.
	signedOffIn(t, "no attendance label", strings.Replace(fmt.Sprintf(src, "Each representative present signed the declaration."), "Present:", "The Practice Representatives are:", 1), []bool{false, false, false})
}

// "Declarations were signed at the meeting for …" and "… signed through
// their Practice Representatives", under a heading on the declaration.
func TestSignedAtTheMeetingForAndThrough(t *testing.T) {
	const src = threeListed + `# Schedule 2 – Members' declaration

**Minutes of the area meetings, March 2019.** %s
`
	signedOffEach(t, src, []signCase{
		{"at the meeting for", "Declarations were signed at the meeting for Riverside Surgery and Hill Top Surgery.", [3]bool{true, true, false}},
		{"through", "Hill Top Surgery and Moor Lane Practice signed through their Practice Representatives.", [3]bool{false, true, true}},
	})
}

// A paragraph of minutes on two practices, each named with its code in a
// sentence of its own: the one whose declaration "was received" later
// signed; the one that "did not sign" did not, nor one whose declaration
// "was not received".
func TestSignedEachInItsSentence(t *testing.T) {
	src := threeListed +
		"# Appendix 2 – Minutes of the members' meeting of 2 March 2013\n\n" +
		"The representative of Riverside Surgery (Y00001) signed the members' declaration at the meeting.\n\n" +
		"%s\n"
	signedOffEach(t, src, []signCase{
		{"received later", "The representative of Moor Lane Practice (Y00003) attended but did not sign. Hill Top Surgery (Y00002) was not represented, and its signed declaration was received by the Chair on 4 March 2013.", [3]bool{true, true, false}},
		{"received in the next sentence", "Moor Lane Practice (Y00003) did not sign. Hill Top Surgery (Y00002) sent apologies. Its signed declaration was received by post.", [3]bool{true, true, false}},
		{"signed its declaration on a date", "Hill Top Surgery (Y00002) signed its declaration on 8 October 2018; the copy is filed with these minutes.", [3]bool{true, true, false}},
		{"near miss: not received", "Moor Lane Practice (Y00003) did not sign. Hill Top Surgery (Y00002) was not represented, and its signed declaration was not received.", [3]bool{true, false, false}},
	})
}

// Practices named without codes in a sentence of minutes, then "Their
// signed declarations were received …": each of them signed.
func TestTheirDeclarationsReceived(t *testing.T) {
	src := threeListed +
		"# Appendix 2 – Minutes of the members' meeting of 14 January 2014\n\n%s\n"
	signedOffEach(t, src, []signCase{
		{"their declarations received", "The Secretary reported that Hill Top Surgery and Moor Lane Practice had sent apologies. Their signed declarations were received on 21 January 2014.", [3]bool{false, true, true}},
		{"near miss: not received", "The Secretary reported that Hill Top Surgery and Moor Lane Practice had sent apologies. Their signed declarations were not received.", [3]bool{false, false, false}},
		{"one practice with its code, its declaration reached someone", "Hill Top Surgery (Y00002) was not represented; its signed declaration reached the Board Secretary by post on 23 January 2013.", [3]bool{false, true, false}},
		{"their declarations reached someone", "Hill Top Surgery and Moor Lane Practice were not represented at the meeting. Their signed declarations reached the Board Secretary on 30 May and 4 June 2018.", [3]bool{false, true, true}},
		{"signed at the meeting, and its declaration received after a semicolon", "The Practice Representatives of Riverside Surgery and Hill Top Surgery signed the members' declaration adopting it at the meeting. Moor Lane Practice was not represented; its signed declaration was received by the Board Secretary on 14 March 2017.", [3]bool{true, true, true}},
	})
}

// A member list, and in an appendix a table of who signed for each
// practice by code: the list is the membership, so a practice the table
// leaves out has not signed; a table that lists every practice the list
// does is the membership as before.
func TestSignOffTableBesideAList(t *testing.T) {
	const src = threeListed + "# Appendix 2 – Members' declarations\n\n| Practice code | Practice | Signed by | Date |\n|---|---|---|---|\n| Y00001 | Riverside Surgery | Dr W. Oakes | 14/10/2015 |\n%s| Y00003 | Moor Lane Practice | Dr J. Pryor | 14/10/2015 |\n"
	signedOffIn(t, "a practice left out of the table", fmt.Sprintf(src, ""), []bool{true, false, true})
	signedOffIn(t, "every practice in the table", fmt.Sprintf(src, "| Y00002 | Hill Top Surgery | Dr S. Khatri | 14/10/2015 |\n"), []bool{true, true, true})
}

// A member list item that gives the practice, its code and then its
// town or its address after a comma is that practice; one with brackets
// after the code is not read so.
func TestPracticeItemWithAddress(t *testing.T) {
	for _, tt := range []struct {
		item, name, code string
		ok               bool
	}{
		{"Portchurch Medical Centre (J82601), 14 West Street, Portchurch", "Portchurch Medical Centre", "J82601", true},
		{"Abinger Vale Surgery (H81101), Abinger", "Abinger Vale Surgery", "H81101", true},
		{"Portchurch Medical Centre (J82601), see note (a)", "", "", false},
	} {
		name, code, ok := practiceItem(tt.item)
		if ok != tt.ok || ok && (name != tt.name || code != tt.code) {
			t.Errorf("practiceItem(%q) = %q, %q, %v", tt.item, name, code, ok)
		}
	}
}

// A numbered list that is both the member list and the record, each item
// "X (code), signed for the practice by Dr A on 3 March 2016", after a
// lead-in that ends "as follows.".
func TestSignOffNumberedMemberRecord(t *testing.T) {
	signedOffIn(t, "numbered record", "# Appendix A – Member practices\n\nEach member practice's representative signed the members' declaration for version 5.0, as follows.\n\n1. Riverside Surgery (Y00001), signed for the practice by Dr B. Whitlow on 3 March 2016\n2. Hill Top Surgery (Y00002), signed for the practice by Dr S. Moreau on 3 March 2016\n3. Moor Lane Practice (Y00003), signed for the practice by Dr K. Ahmadi on 4 March 2016\n", []bool{true, true, true})
}

// Sign-off recorded as the practices' votes on the constitution: a table
// of votes after a paragraph that puts the constitution (or a version of
// it) to the vote is each practice's sign-off, a vote for it signing; a
// table of votes on something else is not. A column of the dates each
// practice "Approved online" records sign-off as a date column does.
func TestSignOffByVoteOnTheConstitution(t *testing.T) {
	const list = `## Schedule 1 – Member practices

- Arun Bridge Surgery (H82001)
- Storrington Downs Practice (H82002)
- Henfield Meadow Practice (H82003)

## Schedule 2 – Minutes of the Members' Meeting

%s

| Practice | Represented by | Vote |
|---|---|---|
| Arun Bridge Surgery | Dr F. Okonjo | For |
| Storrington Downs Practice | Dr G. Whitcombe | For |
| Henfield Meadow Practice | Dr S. Raman | %s |
`
	for _, tc := range []struct {
		name, lead, third string
		signed            []bool // nil: no sign-off read
	}{
		{"all for", "The resolution to approve version 5.0 of the constitution was put to the vote, practice by practice:", "For", []bool{true, true, true}},
		{"one did not vote", "The practices voted in an online ballot on version 6.0:", "Did not vote", []bool{true, true, false}},
		// Near miss: a vote on something other than the constitution.
		{"vote on delegation", "The proposal to take on delegated commissioning was put to the vote:", "For", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := mustParse(t, fmt.Sprintf(list, tc.lead, tc.third))
			ps := doc.Membership.Practices
			if len(ps) != 3 {
				t.Fatalf("practices = %+v", ps)
			}
			for i, p := range ps {
				want := tc.signed != nil && tc.signed[i]
				if p.SignedOff != want {
					t.Errorf("%s signed off = %v, want %v", p.Name, p.SignedOff, want)
				}
			}
		})
	}
	doc := mustParse(t, `## Schedule 1 – Member practices and their approval of version 3.0

| Network | Practice | ODS code | Approved online |
|---|---|---|---|
| Riverside | Aldgate Marsh Surgery | F84601 | 3 February 2020 |
| Riverside | Bow Wharf Practice | F84602 | |
`)
	if ps := doc.Membership.Practices; len(ps) != 2 || !ps[0].SignedOff || ps[1].SignedOff {
		t.Errorf("approved online: %+v", ps)
	}
}
