package extract

import (
	"strconv"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// A ballot of member practices is often recorded as totals rather than
// practice by practice: a row each for "In favour", "Against",
// "Abstained" with a number column (or a column per locality and one for
// all practices), or a column each for For, Against and Abstain with a
// row per locality and a total row. Such a table is a vote as much as a
// table with one row per practice.

// Outcomes a summary table's row or column labels.
const (
	outcomeFor      = "for"
	outcomeAgainst  = "against"
	outcomeAbstain  = "abstain"
	outcomeNone     = "none"     // did not vote
	outcomeEligible = "eligible" // practices entitled to vote
	outcomeTotal    = "total"    // a total row or column
)

// outcomeLabels are the labels of each outcome, normalised, longest first
// where one begins another.
var outcomeLabels = []struct {
	outcome string
	labels  phrases
}{
	{outcomeNone, phrases{"did not vote", "not voting", "no vote", "not voted", "no return", "no response", "did not return", "absent", "no reply", "did not respond"}},
	{outcomeFor, phrases{"in favour", "in favor", "for", "votes for", "votes in favour", "yes", "supported", "support", "in support", "agree", "approve"}},
	{outcomeAgainst, phrases{"against", "votes against", "no", "opposed", "oppose", "not in favour", "disagree"}},
	{outcomeAbstain, phrases{"abstained", "abstain", "abstention", "abstentions", "abstaining"}},
	{outcomeEligible, phrases{"member practices", "practices", "eligible", "eligible practices", "entitled to vote", "practices entitled to vote", "number of practices", "electorate", "total eligible", "total practices", "practices eligible", "total member practices"}},
	{outcomeTotal, phrases{"total", "totals", "all", "all practices", "overall", "votes cast", "total votes", "total votes cast", "turnout"}},
}

// outcomeOf reads a row or column label; "" when it names no outcome. A
// label must be the outcome's words alone, or begin with them ("Against
// the proposal"), so that a practice's name is never one.
func outcomeOf(label string) string {
	n := stripThe(norm(label))
	if n == "" {
		return ""
	}
	best, bestLen := "", 0
	for _, o := range outcomeLabels {
		if p := o.labels.prefix(n); len(p) > bestLen {
			best, bestLen = o.outcome, len(p)
		}
	}
	// "All practices", "Total eligible": an eligible count where a total
	// names practices.
	if best == outcomeTotal && (containsWords(n, "practices") || containsWords(n, "eligible")) {
		return outcomeEligible
	}
	return best
}

// count reads a cell as a number of practices, ok false when it is not
// one.
func count(cell string) (int, bool) {
	c := strings.TrimSpace(strings.NewReplacer(",", "", "\u00a0", "").Replace(cell))
	if c == "" || c == "-" || c == "–" {
		return 0, true
	}
	n, err := strconv.Atoi(c)
	return n, err == nil && n >= 0 && n <= maxCount
}

// summaryVote reads a table of vote totals, ok false when the table is
// not one: at least two of its row labels (first column) or of its
// headers must be outcomes, among them the count in favour, and the cells
// they label numbers.
func summaryVote(t outline.Table) (model.Vote, bool) {
	if v, ok := outcomeRows(t); ok {
		return v, true
	}
	return outcomeColumns(t)
}

// outcomeRows reads a table with a row per outcome: its number is in the
// total (or all practices) column, or the only number column, or the sum
// of the columns (one per locality).
func outcomeRows(t outline.Table) (model.Vote, bool) {
	var v model.Vote
	outcomes := map[string]int{}
	found := map[string]bool{}
	total := totalColumn(t.Header)
	for _, r := range t.Rows {
		o := outcomeOf(cell(r.Cells, 0))
		if o == "" || o == outcomeTotal {
			continue
		}
		n, numbers := 0, 0
		for i := 1; i < len(r.Cells); i++ {
			if total >= 0 && i != total {
				continue
			}
			if k, ok := count(r.Cells[i]); ok && strings.TrimSpace(r.Cells[i]) != "" {
				n += k
				numbers++
			} else if strings.TrimSpace(r.Cells[i]) != "" {
				return v, false // words where the counts are: not a summary
			}
		}
		if numbers == 0 {
			continue
		}
		outcomes[o] += n
		found[o] = true
	}
	return tally(outcomes, found)
}

// outcomeColumns reads a table with a column per outcome: its numbers are
// in the total row, or the sum of the rows (one per locality).
func outcomeColumns(t outline.Table) (model.Vote, bool) {
	var v model.Vote
	cols := map[int]string{}
	for i, h := range t.Header {
		if o := outcomeOf(h); o != "" && o != outcomeTotal {
			cols[i] = o
		}
	}
	if len(cols) < 2 {
		return v, false
	}
	rows := t.Rows
	for _, r := range t.Rows {
		if outcomeOf(cell(r.Cells, 0)) == outcomeTotal {
			rows = []outline.Row{r} // the total row says it all
			break
		}
	}
	outcomes := map[string]int{}
	found := map[string]bool{}
	for _, r := range rows {
		for i, o := range cols {
			if i >= len(r.Cells) || strings.TrimSpace(r.Cells[i]) == "" {
				continue
			}
			n, ok := count(r.Cells[i])
			if !ok {
				return v, false
			}
			outcomes[o] += n
			found[o] = true
		}
	}
	return tally(outcomes, found)
}

// motionLabels are the headers of a first column that names what each row
// voted on.
var motionLabels = phrases{"motion", "motions", "resolution", "resolutions", "proposal", "proposals", "question",
	"questions", "ballot", "ballots", "decision", "matter", "vote", "votes", "subject", "item"}

// motionVotes reads a table of totals with a row for each motion ("|
// Motion | Date | Practices eligible | For | Against | Abstained |"): a
// vote for each row, not one vote summing them as the rows of localities
// are. nil when the table is not one.
func motionVotes(t outline.Table) []model.Vote {
	if len(t.Header) == 0 || motionLabels.prefix(stripThe(norm(t.Header[0]))) == "" || len(t.Rows) < 2 {
		return nil
	}
	var out []model.Vote
	for _, r := range t.Rows {
		one := t
		one.Rows = []outline.Row{r}
		v, ok := outcomeColumns(one)
		if !ok {
			return nil
		}
		v.Motion, v.Line = strings.TrimSpace(cell(r.Cells, 0)), r.Line
		out = append(out, v)
	}
	return out
}

// totalColumn returns the column a header names as the total or all
// practices (after the first), or -1.
func totalColumn(header []string) int {
	for i := 1; i < len(header); i++ {
		if o := outcomeOf(header[i]); o == outcomeTotal || o == outcomeEligible {
			return i
		}
	}
	return -1
}

// tally makes a vote of outcome counts: it needs the count in favour and
// one other outcome.
func tally(outcomes map[string]int, found map[string]bool) (model.Vote, bool) {
	v := model.Vote{Source: model.VoteFromTable, Practices: []model.PracticeVote{}}
	if !found[outcomeFor] || !(found[outcomeAgainst] || found[outcomeAbstain] || found[outcomeNone] || found[outcomeEligible]) {
		return v, false
	}
	v.For = outcomes[outcomeFor]
	for o, p := range map[string]**int{outcomeAgainst: &v.Against, outcomeAbstain: &v.Abstain, outcomeNone: &v.DidNotVote, outcomeEligible: &v.Eligible} {
		if found[o] {
			*p = intp(outcomes[o])
		}
	}
	return v, true
}
