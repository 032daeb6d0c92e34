package extract

import (
	"fmt"
	"testing"
)

// TestSummaryVotes: a ballot recorded as totals is a vote, read from the
// total column or row, or summed over the localities.
func TestSummaryVotes(t *testing.T) {
	tests := []struct {
		name, table string
		want        string // "for against abstain did-not-vote eligible", "-" for none; "" when no vote
	}{
		{
			name: "a row per outcome, a column per locality and one for all",
			table: `| Vote             | North | Central | South | All practices |
|------------------|-------|---------|-------|---------------|
| In favour        | 6     | 7       | 7     | 20            |
| Against          | 2     | 2       | 1     | 5             |
| Abstained        | 1     | 1       | 1     | 3             |
| Did not vote     | 0     | 1       | 1     | 2             |
| Member practices | 9     | 11      | 10    | 30            |`,
			want: "20 5 3 2 30",
		},
		{
			name: "a row per outcome and a number column",
			table: `| Result | Number of practices |
|---|---|
| In favour | 28 |
| Against | 12 |
| Abstained | 5 |`,
			want: "28 12 5 - -",
		},
		{
			name: "a column per locality and no total",
			table: `| | Town | Dales |
|---|---|---|
| For | 10 | 4 |
| Against | 3 | 2 |`,
			want: "14 5 - - -",
		},
		{
			name: "a column per outcome and a total row",
			table: `| Locality | For | Against | Abstain | Did not vote |
|---|---|---|---|---|
| North | 6 | 2 | 1 | 0 |
| South | 7 | 1 | 1 | 1 |
| Total | 13 | 3 | 2 | 1 |`,
			want: "13 3 2 1 -",
		},
		{
			name: "a column per outcome, summed",
			table: `| Locality | Votes for | Votes against | Eligible practices |
|---|---|---|---|
| North | 6 | 2 | 9 |
| South | 7 | 1 | 10 |`,
			want: "13 3 - - 19",
		},
		{
			name: "one row per practice is not a summary",
			table: `| Practice | Code | Vote |
|---|---|---|
| Riverside Surgery | Y00001 | For |
| Hill Top Surgery | Y00002 | Against |`,
			want: "",
		},
		{
			name: "a scheme of reservation is no vote",
			table: `| Decision | Reserved to |
|---|---|
| Approve the annual plan | Governing Body |
| Agree a variation | Member practices |`,
			want: "",
		},
		{
			name: "words where the counts are",
			table: `| Outcome | Number |
|---|---|
| For | most practices |
| Against | a few |`,
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, "# 5. Primary care co-commissioning\n\nThe result of the ballot was:\n\n"+tt.table+"\n")
			got := ""
			for _, v := range doc.Votes {
				if v.Source == "table" && len(v.Practices) == 0 {
					got = fmt.Sprintf("%d %s %s %s %s", v.For, show(v.Against), show(v.Abstain), show(v.DidNotVote), show(v.Eligible))
					if v.Line != 5 || v.Text != "The result of the ballot was:" || v.Section != "5. Primary care co-commissioning" {
						t.Errorf("vote at line %d, text %q, section %q", v.Line, v.Text, v.Section)
					}
				}
			}
			if got != tt.want {
				t.Errorf("summary vote %q, want %q (votes %+v)", got, tt.want, doc.Votes)
			}
		})
	}
}

// A table of totals with a row for each motion records a vote for each,
// about what its own motion says: not one vote summing them.
func TestMotionVotes(t *testing.T) {
	doc := mustParse(t, "# 3. Votes of the member practices\n\nThe practices voted as follows:\n\n"+
		"| Motion | Date | Practices eligible | For | Against | Abstained |\n|---|---|---|---|---|---|\n"+
		"| To adopt the constitution | 4 March 2013 | 40 | 33 | 2 | 3 |\n"+
		"| To take on delegated commissioning of primary medical services | 9 May 2016 | 38 | 25 | 8 | 2 |\n")
	var got []string
	for _, v := range doc.Votes {
		got = append(got, fmt.Sprintf("%d %s %s line %d model %v", v.For, show(v.Against), show(v.Eligible), v.Line, v.AboutModel))
	}
	want := []string{"33 2 40 line 7 model false", "25 8 38 line 8 model true"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("votes = %q, want %q", got, want)
	}
}

// show writes a count that may be missing: "-" when it is.
func show(p *int) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprint(*p)
}
