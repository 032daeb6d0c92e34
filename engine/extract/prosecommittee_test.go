package extract

import "testing"

// A committee set up in the prose of a section titled for arrangements is
// that section's committee, when the section names it and lists members.
func TestCommitteeNamedInProse(t *testing.T) {
	table := "\n\n| Member | Nominated by | Voting |\n|---|---|---|\n| Lay member (Chair) | the Group | Yes |\n| Accountable Officer | the Group | Yes |\n| GP member | the Group | Yes |\n| Director of Commissioning, NHS England | NHS England | Yes |\n"
	tests := []struct {
		name, text string
		want       string // the committee's name, "" for none
		joint      bool
	}{
		{"known as, with a table", "6.7.1 The Group exercises NHS England's functions through a joint committee of the Group and NHS England known as the Primary Care Joint Commissioning Committee (\"the Joint Committee\")." + table,
			"Primary Care Joint Commissioning Committee", true},
		{"to be called, not joint", "5.2.1 The Governing Body will establish a committee to be called the Locality Commissioning Committee, composed as follows." + table,
			"Locality Commissioning Committee", false},
		// Joint: NHS England holds a voting seat in the table.
		{"members led into in a section on several committees", "6.6.1 The Governing Body has appointed an Audit Committee and the Primary Care Commissioning Committee.\n\n6.6.3 The members of the Primary Care Commissioning Committee are as follows:" + table,
			"Primary Care Commissioning Committee", true},
		{"members with a vote", "6.6.1 The Group exercises its delegated functions through the Primary Care Co-commissioning Committee.\n\n6.6.2 The members of the Primary Care Co-commissioning Committee with a vote are:" + table,
			"Primary Care Co-commissioning Committee", true},
		{"two committees' members in one section are left alone", "6.6.2 The members of the Audit Committee are as follows:" + table + "\n6.6.3 The members of the Primary Care Commissioning Committee are as follows:" + table, "", false},
		{"a joint committee that may be set up", "6.6.1 The Group may enter into arrangements with NHS England, which may include the establishment of a joint committee." + table, "", false},
		{"named as set up, its members in sentences", "9.1 Since April 2016 the Group has commissioned general practice services jointly with NHS England. The Primary Care Commissioning Committee was established by the Group and NHS England for that purpose.\n\n9.2 The Group appoints two voting members: the Lay Member for Governance and a GP member. NHS England appoints two voting members: its Director of Commissioning and its Head of Finance.",
			"Primary Care Commissioning Committee", true},
		{"set up and named in apposition, its members in sentences", "9.1 The Group and NHS England have established a joint committee, the Fenmoor Primary Care Joint Committee, to commission general practice together.\n\n9.2 The Group appoints two voting members: the Lay Member for Governance and the Chief Finance Officer. NHS England appoints two voting members: its Head of Primary Care and its Head of Finance.",
			"Fenmoor Primary Care Joint Committee", true},
		{"set up and named before an apposition, its members in sentences", "9.1 They have established the Fenmoor Primary Care Joint Committee, a joint committee of the Group and NHS England, to commission general practice.\n\n9.2 The Group appoints two voting members: the Lay Member for Governance and the Chief Finance Officer. NHS England appoints two voting members: its Head of Primary Care and its Head of Finance.",
			"Fenmoor Primary Care Joint Committee", true},
		{"named as set up, no members stated", "9.1 The Primary Care Commissioning Committee was established by the Group and NHS England in April 2016. Its members and quorum are set out in its terms of reference.", "", false},
		{"named, with no members listed", "6.7.1 The Group acts through a joint committee known as the Primary Care Joint Committee; its terms of reference are at Appendix D.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "# NHS Example Clinical Commissioning Group Constitution\n\n## 6.7 Joint Commissioning Arrangements with NHS England\n\n"+tt.text)
			if tt.want == "" {
				if len(doc.Committees) != 0 {
					t.Errorf("committees %+v, want none", doc.Committees)
				}
				return
			}
			if len(doc.Committees) != 1 {
				t.Fatalf("%d committees, want 1: %+v", len(doc.Committees), doc.Committees)
			}
			c := doc.Committees[0]
			if c.Name != tt.want || c.Joint != tt.joint || c.Line != 3 || len(c.Seats) != 4 {
				t.Errorf("committee %q joint %v at line %d with %d seats, want %q joint %v at line 3 with 4 seats", c.Name, c.Joint, c.Line, len(c.Seats), tt.want, tt.joint)
			}
		})
	}
}
