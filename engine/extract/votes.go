package extract

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// votes reads the recorded votes of member practices, each of the three
// ways of documents.md §6, in document order. Numbers are recorded as
// written, never corrected: a vote that does not add up is for the
// policies to report.
func votes(d *document, frontMatter []model.Vote, pt practiceTables, members []model.Practice) ([]model.Vote, []model.ParseWarning) {
	out := append([]model.Vote{}, frontMatter...)
	idx := newPracticeIndex(members)
	var warnings []model.ParseWarning
	for _, ti := range pt.votes {
		v, w := tableVote(d, d.tables[ti], idx)
		out = append(out, v)
		warnings = append(warnings, w...)
	}
	for _, ti := range pt.summaries {
		t := d.tables[ti]
		lead := ""
		if i := d.blockBefore(t.Seq, t.Section); i >= 0 {
			lead = d.blocks[i].Text // "The result of the ballot, by locality, was:"
		}
		if vs := motionVotes(t); len(vs) > 0 {
			// A row for each motion: each is a vote of its own, about
			// what its motion says (the lead-in speaks of them all).
			for _, v := range vs {
				v.Section = d.sectionHeading(t.Section)
				out = append(out, v)
			}
			continue
		}
		v, _ := summaryVote(t)
		v.Line, v.Section, v.Text = t.Line, d.sectionHeading(t.Section), lead
		out = append(out, v)
	}
	for _, b := range d.blocks {
		vs, w := sentenceVotes(b)
		out = append(out, vs...)
		warnings = append(warnings, w...)
	}
	// A vote recorded in a table's cell as a sentence would record it: a
	// version-control row, "Membership Forum ballot closing 21 January
	// 2016: 57 practices for, 11 against …".
	tabled := map[int]bool{}
	for _, ti := range append(append([]int{}, pt.votes...), pt.summaries...) {
		tabled[ti] = true
	}
	for ti, t := range d.tables {
		if tabled[ti] {
			continue
		}
		for _, row := range t.Rows {
			for _, c := range row.Cells {
				if len(c) < 20 || !mayRecordVote(c) || !mayReadVote(c) {
					continue
				}
				ob := &outline.Block{Text: c, Location: outline.Location{Line: row.Line}}
				vs, _ := sentenceVotes(block{Block: model.Block{Text: c, Line: row.Line, Section: d.sectionHeading(t.Section)}, src: ob})
				out = append(out, vs...)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		fi, fj := out[i].Source == model.VoteFromFrontMatter, out[j].Source == model.VoteFromFrontMatter
		if fi != fj {
			return fi
		}
		return out[i].Line < out[j].Line
	})
	return out, warnings
}

func intp(n int) *int { return &n }

// voteValue reads a vote cell; ok is false for words it does not know.
func voteValue(s string) (string, bool) {
	n := norm(s)
	switch n {
	case "for", "in favour", "in favor", "yes", "y", "support", "supported", "approve", "approved", "agree", "agreed", "aye":
		return "for", true
	case "against", "no", "n", "oppose", "opposed", "reject", "rejected", "disagree", "nay":
		return "against", true
	case "abstain", "abstained", "abstention", "abstaining":
		return "abstain", true
	case "", "did not vote", "not voted", "no vote", "none", "absent", "no return", "no response", "not returned", "n a", "na":
		return "none", true
	}
	return "none", false
}

// tableVote reads a table with a practice column and a vote column. A
// blank vote is a practice that did not vote; every row is an eligible
// practice as written, so a practice listed twice is counted twice.
func tableVote(d *document, t outline.Table, members practiceIndex) (model.Vote, []model.ParseWarning) {
	cols := d.practiceColumns(t)
	v := model.Vote{Source: model.VoteFromTable, Line: t.Line, Section: d.sectionHeading(t.Section), Practices: []model.PracticeVote{}}
	var against, abstain, none int
	var warnings []model.ParseWarning
	for _, r := range t.Rows {
		pv := model.PracticeVote{Practice: cell(r.Cells, cols[colPractice]), Code: cell(r.Cells, cols[colCode]), Line: r.Line}
		if pv.Practice == "" && pv.Code == "" {
			continue
		}
		raw := cell(r.Cells, cols[colVote])
		val, ok := voteValue(raw)
		if !ok {
			warnings = append(warnings, model.ParseWarning{Line: r.Line, Message: fmt.Sprintf("vote %q of %s is not For, Against or Abstain; read as not voting", raw, pv.Practice)})
		}
		pv.Vote = val
		pv.Member = members.find(pv.Code, pv.Practice) >= 0
		switch val {
		case "for":
			v.For++
		case "against":
			against++
		case "abstain":
			abstain++
		default:
			none++
		}
		v.Practices = append(v.Practices, pv)
	}
	v.Against, v.Abstain, v.DidNotVote, v.Eligible = intp(against), intp(abstain), intp(none), intp(len(v.Practices))
	return v, warnings
}

// filler is a word between the numbers and the verbs of a vote sentence
// ("22 of the 47 *member* practices *present* voted").
const filler = `(?:[a-z]+ )`

// whole is the article or owner before the number of practices of which
// some voted: "of the 47", "of all 47", "of the CCG's 47" (in voteText's
// words "of the ccg s 47").
const whole = `(?:the |all |its )?(?:[a-z]+ s )?`

// Vote sentences are matched on voteText: lower case, number words as
// digits, punctuation other than , and ; dropped.
const (
	forOfExpr    = `(\d+) (?:out )?of ` + whole + `(\d+) ` + filler + `{0,3}?practices? ` + filler + `{0,3}?(?:voted |were |was |voting )(?:in favour|for|in support)\b`
	forExpr      = `(\d+) ` + filler + `{0,2}?practices? ` + filler + `{0,2}?(?:voted (?:in favour|for|in support|to (?:support|approve|back|endorse))|(?:returned|cast|sent) (?:a |their |its )?(?:ballot papers?|ballots?|votes?|papers?) (?:in favour|for)\b)\b`
	supportExpr  = `(?:(?:supported|approved|backed|endorsed) by|with the (?:support|backing|agreement|approval) of) (\d+)(?: (?:out )?of ` + whole + `(\d+))? ` + filler + `{0,2}?practices?\b`
	forBareExpr  = `(\d+) (?:(?:member )?practices? )?(?:(?:votes? |voted )?(?:were )?(?:cast )?(?:in favour|for)|voted to (?:support|approve|back|endorse))\b`
	againstExpr  = `(\d+) ` + filler + `{0,2}?(?:voted |votes? |were )?(?:cast )?against\b`
	abstainExpr  = `(\d+) ` + filler + `{0,2}?(?:abstained|abstentions?|abstaining|abstain)\b`
	notVotedExpr = `(\d+) (?:of ` + whole + `\d+ )?` + filler + `{0,2}?(?:did not vote|didn t vote|not voting|did not take part|cast no vote|(?:were|was) not represented|(?:were|was) absent|(?:were|was) not present|made no return|returned no (?:ballot|paper|vote))\b`
	eligibleExpr = `(?:(?:out )?of ` + whole + `(\d+) ` + filler + `{0,2}?practices?\b|all (\d+) ` + filler + `{0,2}?practices?\b|(\d+) ` + filler + `{0,2}?practices? (?:were |are )?(?:eligible|entitled)\b)`
)

var (
	forOfVote    = countPattern(forOfExpr, mayMatchForOf)
	forVote      = countPattern(forExpr, mayMatchFor)
	supportVote  = votePattern{re: lazyRe(supportExpr), mayMatch: mayMatchSupport}
	forBareVote  = countPattern(forBareExpr, mayMatchForBare)
	againstVote  = countPattern(againstExpr, mayMatchAgainst)
	abstainVote  = countPattern(abstainExpr, mayMatchAbstain)
	notVotedVote = countPattern(notVotedExpr, mayMatchNotVoted)
	eligibleVote = votePattern{re: lazyRe(eligibleExpr), mayMatch: mayMatchEligible}
)

var (
	// mentionRe finds a vote reported without readable numbers ("a clear
	// majority of practices voted in favour"), to warn about it; a rule
	// ("supported by more than half of all member practices") is not one.
	mentionRe = lazyRe(`\b(?:voted (?:in favour|for)|(?:was|were) (?:supported|approved|backed|endorsed) by (?:[a-z]+ ){0,4}?practices|were in favour)\b`)
	motionRe  = lazyRe(`(?i)\bin favou?r of ([^,;.]+)`)
	// tallyAfterRe finds a count against after the motion: " and two
	// against".
	tallyAfterRe = lazyRe(`(?i)^ and (?:\w+|\d+) (?:\w+ )?(?:against|abstained)\b`)
)

// tallyRe reads a tally of votes standing alone: "For: 23, Against: 4,
// Abstained: 2" (groups 1 to 3).
var tallyRe = lazyRe(`(?i)^\s*(?:votes\s+)?for\s*:\s*(\d{1,4})\s*[,;]\s*against\s*:\s*(\d{1,4})(?:\s*[,;]\s*(?:abstained|abstentions?|abstaining)\s*:\s*(\d{1,4}))?\s*\.?\s*$`)

// labelTallyRe reads a tally of votes inside a sentence, each count
// after its label: "The result was announced …: in favour 14, against 6,
// abstentions 2; …" (groups 1 to 3, as tallyRe's).
var labelTallyRe = lazyRe(`(?i)(?:^|[:;,(]\s*|\bvotes\s+)(?:in favou?r|for)\s*:?\s*(\d{1,4})\s*[,;]\s*against\s*:?\s*(\d{1,4})(?:\s*[,;]\s*(?:and\s+)?(?:abstained|abstentions?|abstaining)\s*:?\s*(\d{1,4}))?\s*(?:[.;,)]|$)`)

// sentenceVotes reads votes written as sentences: "28 of the 45 member
// practices voted in favour", "28 practices voted for, 12 against and 5
// abstained", "The proposal was supported by 28 of 45 practices". Its line
// is the line where the sentence starts.
func sentenceVotes(b block) ([]model.Vote, []model.ParseWarning) {
	if (!mayRecordVote(b.Text) || !mayReadVote(b.Text)) && !containsFold(b.Text, "against:") && !supportAndOpposition(b.Text) &&
		!(containsFold(b.Text, "against") && labelTallyRe.MatchString(b.Text)) {
		return nil, nil // no sentence of it can have what they need, nor a tally
	}
	var out []model.Vote
	var warnings []model.ParseWarning
	var turnout, eligibleAll int // "Fourteen of the fifteen member practices returned a ballot paper."
	for _, s := range sentences(b.Text) {
		sent := b.Text[s.start:s.end]
		body := sent
		if s.start == 0 && b.Number != "" {
			body = strings.TrimPrefix(sent, b.Number) // its digits are no count
		}
		if strings.Contains(body, "%") {
			// "eleven practices, 58% of those voting, supported …", "61%
			// (seventeen practices) were in favour", and shares alone of a
			// turnout a sentence before gave.
			body = withoutShares(body, turnout)
		}
		t := ""
		if containsFold(body, " of ") && containsFold(body, "practice") && (containsFold(body, "returned") || containsFold(body, "voted") ||
			containsFold(body, "cast") || containsFold(body, "took part") || containsFold(body, "sent")) {
			// The words turnoutRe needs, tried first: voteText is costly.
			t = voteText(body)
			if n, all, ok := readTurnout(t); ok {
				turnout, eligibleAll = n, all
			}
		}
		if (!mayRecordVote(body) || !mayReadVote(body)) && !tallyRe.MatchString(body) && !supportAndOpposition(body) &&
			!(containsFold(body, "against") && labelTallyRe.MatchString(body)) {
			continue
		}
		m := tallyRe.FindStringSubmatch(body)
		if m == nil && containsFold(body, "against") {
			m = labelTallyRe.FindStringSubmatch(body)
		}
		tally := m != nil
		if tally {
			// "For: 23, Against: 4, Abstained: 2.", after the sentence on
			// the motion: the practices' votes, in the words read below.
			body = m[1] + " practices voted for, " + m[2] + " against"
			if m[3] != "" {
				body += " and " + m[3] + " abstained"
			}
		}
		if t == "" || tally {
			t = voteText(body)
		}
		v, found := readVoteSentence(t) // never found without a digit
		line := b.lineOf(s.start)
		if !found {
			// The cheap test first: mentionRe is slow.
			if strings.Contains(t, "practice") && mentionsVote(t) {
				warnings = append(warnings, model.ParseWarning{Line: line, Message: "a vote of member practices is mentioned but the number in favour could not be read; write it as \"28 of the 45 member practices voted in favour\""})
			}
			continue
		}
		if v.Eligible == nil && eligibleAll > 0 {
			v.Eligible = &eligibleAll // the whole the turnout sentence before named
		}
		v.Source, v.Text, v.Line, v.Section = model.VoteFromText, sent, line, b.Section
		v.Practices = []model.PracticeVote{}
		if m := motionRe.FindStringSubmatch(sent); m != nil {
			v.Motion = strings.TrimSpace(m[1])
			if k := strings.Index(v.Motion, " and "); k > 0 && tallyAfterRe.MatchString(v.Motion[k:]) {
				v.Motion = v.Motion[:k] // "… in favour of delegation and two against"
			}
		} else if m := motionRe.FindStringSubmatch(b.Text[:s.start]); tally && m != nil {
			v.Motion = strings.TrimSpace(m[1]) // the motion in the sentence before the tally
		}
		out = append(out, v)
	}
	return out, warnings
}

// mayReadVote reports whether a sentence has the words that reading a
// vote or warning of one needs, before it is turned into voteText: every
// vote expression but the bare count in favour needs "practice", as the
// warning does, and the bare count needs "vot" and a count against or of
// abstentions. Those words are looked for in the sentence ignoring the
// case of A–Z, by parts without an "i", which "İ" also lowers to.
func mayReadVote(sent string) bool {
	return containsFold(sent, "pract") ||
		containsFold(sent, "vot") && (containsFold(sent, "aga") || containsFold(sent, "abst"))
}

// mentionsVote runs mentionRe on voteText t when its words are there:
// "voted ", "were in favour", or "practices" and one of passiveVotes.
// Rules on voting ("approved by the member practices") have the words of
// the last form but not the form itself, and on such long sentences the
// expression is slow.
func mentionsVote(t string) bool {
	if !strings.Contains(t, "voted ") && !strings.Contains(t, "were in favour") &&
		!(strings.Contains(t, "practices") && containsAny(t, passiveVotes)) {
		return false
	}
	return mentionRe.MatchString(t)
}

// passiveVotes are how the second form of mentionRe begins.
var passiveVotes = func() []string {
	var out []string
	for _, be := range []string{"was", "were"} {
		for _, verb := range []string{"supported", "approved", "backed", "endorsed"} {
			out = append(out, be+" "+verb+" by ")
		}
	}
	return out
}()

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// voteWords are what every vote sentence has one of, matched ignoring
// the case of A–Z. Checking for them first keeps the regular expressions,
// which backtrack, off the great majority of sentences.
var voteWords = []string{"vot", "favour", "favor", "abstain", "against", "supported by", "approved by", "backed by", "endorsed by"}

// byWords are the voteWords that end in " by".
var byWords = []string{"supported by", "approved by", "backed by", "endorsed by"}

// mayRecordVote reports whether s contains one of voteWords. It runs on
// every block, so rather than lowering s and searching it once per word,
// it stops only at the rarer letters each word has (v, b, g) and compares
// the word around them there.
func mayRecordVote(s string) bool {
	for i := 0; i < len(s); i++ {
		if !voteCue[s[i]] {
			continue // most bytes: one lookup
		}
		switch s[i] | 0x20 { // 'V' and 'v' alike; no other byte gives these
		case 'v':
			if hasFoldAt(s, i, "vot") || hasFoldAt(s, i-2, "favour") || hasFoldAt(s, i-2, "favor") {
				return true
			}
		case 'g':
			if hasFoldAt(s, i-1, "against") {
				return true
			}
		case 'b':
			if hasFoldAt(s, i-1, "abstain") {
				return true
			}
			for _, w := range byWords {
				if hasFoldAt(s, i-len(w)+2, w) { // i is the b of "by"
					return true
				}
			}
		}
	}
	return false
}

// voteCue marks the letters mayRecordVote stops at.
var voteCue = func() (t [256]bool) {
	for _, c := range "vVgGbB" {
		t[c] = true
	}
	return t
}()

// hasFoldAt reports whether s holds word at offset i, A–Z in s matching
// their lower case in word.
func hasFoldAt(s string, i int, word string) bool {
	if i < 0 || i+len(word) > len(s) {
		return false
	}
	for k := 0; k < len(word); k++ {
		c := s[i+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[k] {
			return false
		}
	}
	return true
}

// containsFold reports whether s contains word (lower case ASCII),
// ignoring the case of A–Z in s, without lowering a copy of s.
func containsFold(s, word string) bool { return indexFold(s, word) >= 0 }

// indexFold returns the offset of the first word (lower case ASCII,
// beginning with a letter) in s, ignoring the case of A–Z in s, or -1. It
// jumps from each instance of the word's rarest letter to the next, in
// either case, with strings.IndexByte, which is fast: a common first
// letter ("m" of "members") stops it at every word that shares it.
func indexFold(s, word string) int {
	k := rarestLetter(word)
	first := -1
	for _, c := range [2]byte{word[k], word[k] - 'a' + 'A'} {
		end := len(s) - len(word) + 1 + k // where the letter stands when the word fits
		if first >= 0 {
			end = first + k // found already in the other case
		}
		for i := k; i < end; i++ {
			j := strings.IndexByte(s[i:end], c)
			if j < 0 {
				break
			}
			if i += j; hasFoldAt(s, i-k, word) {
				first = i - k
				break
			}
		}
	}
	return first
}

// letterRank orders a–z from the most common in English text to the
// rarest.
var letterRank = func() (r [256]byte) {
	for i, c := range "etaoinshrdlcumwfgypbvkjxqz" {
		r[c] = byte(i + 1)
	}
	return r
}()

// rarestLetter is the offset of word's rarest letter a–z (its first
// letter when it has no other).
func rarestLetter(word string) int {
	k := 0
	for i := 1; i < len(word); i++ {
		if letterRank[word[i]] > letterRank[word[k]] {
			k = i
		}
	}
	return k
}

func atoiGroup(t string, m []int, g int) *int {
	if 2*g+1 >= len(m) || m[2*g] < 0 {
		return nil
	}
	n, err := strconv.Atoi(t[m[2*g]:m[2*g+1]])
	if err != nil {
		return nil
	}
	return &n
}

// votePattern is a vote expression made cheap to look for. Unanchored,
// Go's regexp tries an expression at every offset of the sentence, and
// these backtrack; so each has a test for words that every text it
// matches contains, and one that begins with a count is tried only where
// a number begins.
type votePattern struct {
	re       *lazyRegexp // anchored (^) when atCount
	atCount  bool
	mayMatch func(string) bool
}

// countPattern is a votePattern for an expression that begins (\d+).
func countPattern(expr string, mayMatch func(string) bool) votePattern {
	return votePattern{re: lazyRe(`^(?:` + expr + `)`), atCount: true, mayMatch: mayMatch}
}

// find returns the submatch offsets of the pattern's first match in t, as
// FindStringSubmatchIndex of its expression would, or nil. A match of
// (\d+) followed by a space takes all of a run of digits, so it can only
// begin where the run does, and the rest is the same from any digit of
// the run: the first run where the anchored expression matches is where
// the expression's first match begins.
func (p votePattern) find(t string) []int {
	if !p.mayMatch(t) {
		return nil
	}
	if !p.atCount {
		return p.re.FindStringSubmatchIndex(t)
	}
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) || i > 0 && isDigit(t[i-1]) {
			continue
		}
		if m := p.re.FindStringSubmatchIndex(t[i:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
	}
	return nil
}

// The words each vote expression needs, as in its text.
func mayMatchForOf(t string) bool {
	return strings.Contains(t, "practice") && strings.Contains(t, " of ")
}
func mayMatchSupport(t string) bool {
	return strings.Contains(t, "practice") && (strings.Contains(t, "d by ") || strings.Contains(t, "with the "))
}
func mayMatchFor(t string) bool {
	return strings.Contains(t, "practice") && (strings.Contains(t, "voted ") || strings.Contains(t, " in favour") || strings.Contains(t, " for"))
}
func mayMatchAgainst(t string) bool { return strings.Contains(t, "against") }
func mayMatchAbstain(t string) bool { return strings.Contains(t, "abst") }
func mayMatchNotVoted(t string) bool {
	return strings.Contains(t, "not ") || strings.Contains(t, "didn t") || strings.Contains(t, "cast no") || strings.Contains(t, "absent") ||
		strings.Contains(t, " no return") || strings.Contains(t, "returned no")
}
func mayMatchForBare(t string) bool {
	return strings.Contains(t, "for") || strings.Contains(t, "favour") || strings.Contains(t, "voted to ")
}
func mayMatchEligible(t string) bool { return strings.Contains(t, "practice") }

// carriedWithVote reads "carried with thirteen practices voting for":
// the count in favour after "with", which the practices voting for
// something else ("the 12 practices voting for the locality lead") lack.
var carriedWithVote = votePattern{re: lazyRe(`\b(?:with|(?:carried|passed|agreed|approved) ?,) (\d+) (?:member )?practices? voting (?:in favour|for)\b`), mayMatch: func(t string) bool {
	// (Or "The motion was carried, 13 member practices voting for it
	// and 1 against".)
	return (strings.Contains(t, "with ") || strings.Contains(t, ", ")) && strings.Contains(t, " voting ")
}}

// votesToVote reads a motion "carried by 7 votes to 3": the count in
// favour, then against (groups 1 and 2). A motion lost "by 9 votes to 6"
// is not read: which side each count is, the sentence does not say.
var votesToVote = votePattern{re: lazyRe(`\b(?:carried|passed|agreed|approved|adopted|supported) by (\d+) votes? to (\d+)\b`), mayMatch: func(t string) bool {
	return strings.Contains(t, " votes to ") || strings.Contains(t, " vote to ")
}}

// forOfThemVote reads the count in favour of those a sentence before
// counted: "The representatives of 15 of the 18 member practices were
// present; 11 of them voted in favour …".
var forOfThemVote = countPattern(`(\d+) of (?:them|these|those) (?:voted |were |was |voting )(?:in favour|for|in support)\b`, func(t string) bool {
	return strings.Contains(t, " of them ") || strings.Contains(t, " of these ") || strings.Contains(t, " of those ")
})

// forPatterns are tried in turn for the count in favour.
var forPatterns = []votePattern{forOfVote, supportVote, forVote, carriedWithVote, forOfThemVote}

func readVoteSentence(t string) (model.Vote, bool) {
	var v model.Vote
	if !strings.ContainsAny(t, "0123456789") {
		return v, false
	}
	var forN, eligible *int
	forAt := -1 // where the count in favour stands
	if m := votesToVote.find(t); m != nil {
		forN, v.Against, forAt = atoiGroup(t, m, 1), atoiGroup(t, m, 2), m[2]
	}
	for _, p := range forPatterns {
		if forN != nil {
			break
		}
		if m := p.find(t); m != nil {
			forN = atoiGroup(t, m, 1)
			eligible = atoiGroup(t, m, 2)
			forAt = m[2]
			break
		}
	}
	if v.Against == nil {
		v.Against = firstNumber(againstVote, t)
	}
	v.Abstain = firstNumber(abstainVote, t)
	v.DidNotVote = firstNumber(notVotedVote, t)
	if forN == nil && (v.Against != nil || v.Abstain != nil) && strings.Contains(t, "vot") {
		// "28 for, 12 against and 5 abstained": a bare count in favour
		// counts only beside the other counts of a vote.
		forN = firstNumber(forBareVote, t)
	}
	if forN == nil {
		return v, false
	}
	v.For = *forN
	if eligible == nil {
		if m := eligibleVote.find(t); m != nil && !presentOnly(t[m[1]:]) {
			for g := 1; g <= 3 && eligible == nil; g++ {
				if m[2*g] >= 0 && m[2*g] == forAt {
					break // "The representatives of 19 practices voted for": the count in favour
				}
				eligible = atoiGroup(t, m, g)
			}
		}
	}
	v.Eligible = eligible
	return v, true
}

// presentOnly reports whether the words after "of the 30 practices" make
// them those at the meeting, not those entitled to vote: "Of the thirty
// practices represented, …".
func presentOnly(after string) bool {
	for _, w := range []string{" represented", " present", " attending", " voting", " who voted", " that voted", " taking part",
		// "the representatives of three practices were not present":
		// those who did not vote, not the whole.
		" were not", " was not", " did not", " were absent", " was absent", " sent apologies", " abstained"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// firstNumber returns group 1 of p's first match in t, or nil.
func firstNumber(p votePattern, t string) *int {
	if m := p.find(t); m != nil {
		return atoiGroup(t, m, 1)
	}
	return nil
}

// voteText lowers a sentence to words, digits and the separators , and ;
// with numbers in words turned into digits ("twenty-two" is 22).
func voteText(s string) string {
	words := strings.Fields(voteWordsOf(s))
	var out strings.Builder
	out.Grow(len(s)) // digits never take more room than the words they replace
	for i := 0; i < len(words); {
		if out.Len() > 0 {
			out.WriteByte(' ')
		}
		if words[i] == "one" && i+1 < len(words) && (words[i+1] == "of" || words[i+1] == "vote") {
			// "one of the members", "one vote": not a count of practices.
			out.WriteString(words[i])
			i++
			continue
		}
		if n, used, ok := numberAt(words, i, false); ok {
			out.WriteString(strconv.Itoa(n))
			i += used
			continue
		}
		out.WriteString(words[i])
		i++
	}
	t := out.String()
	if strings.Contains(t, "practices for") || strings.Contains(t, "practices in favour") {
		// "57 practices for, 11 against": the practices voted for.
		t = practicesForRe.ReplaceAllString(t, "$1 voted $2")
	}
	if strings.Contains(t, " to ") {
		// "voted 31 to 5": for and against, as the counts are read
		// everywhere else.
		t = votedToRe.ReplaceAllString(t, "voted ${1} for ${2} against")
	}
	if strings.Contains(t, "supported") && strings.Contains(t, "opposed") {
		// "11 practices supported the proposal, 4 opposed it and 1
		// returned its paper blank": the votes in other words.
		t = supportedRe.ReplaceAllString(t, "$1 voted for")
		t = opposedRe.ReplaceAllString(t, "$1 voted against")
		t = blankRe.ReplaceAllString(t, "$1 abstained")
	}
	return t
}

// Shares of a vote: a share with the count beside it in brackets, or a
// count with its share in brackets, or a share of those voting set off
// by commas (the count is read, the share dropped); a share alone.
var (
	shareThenCountRe = lazyRe(`\b\d{1,3}(?:\.\d)?\s?%\s*\(\s*([^)%]+?)\s*\)`)
	countThenShareRe = lazyRe(`\s*\(\s*\d{1,3}(?:\.\d)?\s?%\s*\)`)
	shareOfVotingRe  = lazyRe(`(?i),?\s*\d{1,3}(?:\.\d)?\s?%\s+of\s+(?:those|the\s+practices|practices)\s+(?:voting|present|that\s+voted|who\s+voted)\s*,?`)
	shareAloneRe     = lazyRe(`\b(\d{1,3}(?:\.\d)?)\s?%`)
)

// withoutShares rewrites the shares in a vote sentence as counts: the
// count a share stands beside, or, for shares alone, the share of the
// turnout a sentence before gave (0 when none did), when the counts so
// made add up to it. A turnout's own share ("a turnout of 82%") is
// dropped.
func withoutShares(s string, turnout int) string {
	s = shareThenCountRe.ReplaceAllString(s, "$1")
	s = countThenShareRe.ReplaceAllString(s, "")
	s = shareOfVotingRe.ReplaceAllString(s, " ")
	if !strings.Contains(s, "%") {
		return s
	}
	if turnout == 0 || containsFold(s, "turnout") {
		return shareAloneRe.ReplaceAllString(s, "")
	}
	sum := 0
	out := shareAloneRe.ReplaceAllStringFunc(s, func(m string) string {
		p, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(m, "%")), 64)
		if err != nil {
			return m
		}
		n := int(math.Round(p * float64(turnout) / 100))
		sum += n
		return strconv.Itoa(n)
	})
	if sum != turnout {
		return shareAloneRe.ReplaceAllString(s, "") // shares that do not make the turnout: read nothing from them
	}
	return out
}

// turnoutRe reads how many practices voted of how many (in voteText's
// words): "14 of the 15 member practices returned a ballot paper".
var turnoutRe = lazyRe(`\b(\d+) of (?:the |all )?(?:[a-z]+ s )?(\d+) (?:member )?practices? (?:returned|voted|cast|took part|sent)\b`)

func readTurnout(t string) (n, all int, ok bool) {
	if !strings.Contains(t, " of ") {
		return 0, 0, false
	}
	m := turnoutRe.FindStringSubmatch(t)
	if m == nil {
		return 0, 0, false
	}
	n, _ = strconv.Atoi(m[1])
	all, _ = strconv.Atoi(m[2])
	return n, all, n > 0 && all >= n
}

// supportAndOpposition is the cheap test for a vote told as practices
// supporting and opposing: "11 practices supported the proposal, 4
// opposed it".
func supportAndOpposition(s string) bool {
	return containsFold(s, "supported") && containsFold(s, "opposed") && containsFold(s, "practice")
}

// supportedRe, opposedRe and blankRe read a vote told as support,
// opposition and blank papers (in voteText's words).
var (
	supportedRe = lazyRe(`\b(\d+ (?:member )?practices) supported\b`)
	opposedRe   = lazyRe(`\b(\d+)(?: (?:member )?practices)? opposed\b`)
	blankRe     = lazyRe(`\b(\d+)(?: (?:member )?practices?)? returned (?:its|their|a) (?:ballot )?papers? blank\b`)
)

// practicesForRe reads "57 practices for" (in voteText's words).
var practicesForRe = lazyRe(`\b(\d+ (?:member )?practices) (for|in favour)\b`)

// votedToRe reads a tally written as "voted 31 to 5" (in voteText's
// words).
var votedToRe = lazyRe(`\bvoted (\d+) to (\d+)\b`)

// voteWordsOf lowers s to its words (runs of letters and digits) and the
// separators , and ; each a word of its own, separated by single spaces:
// one string that strings.Fields splits without copying a word.
func voteWordsOf(s string) string {
	b := make([]byte, 0, 2*len(s)) // ",," becomes " , ," at most
	sep := false
	word := func() {
		if sep && len(b) > 0 {
			b = append(b, ' ')
		}
		sep = false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				word()
				b = append(b, c)
			case 'A' <= c && c <= 'Z':
				word()
				b = append(b, c+'a'-'A')
			case c == ',' || c == ';':
				sep = true
				word()
				b = append(b, c)
				sep = true
			default:
				sep = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word()
			b = utf8.AppendRune(b, unicode.ToLower(r))
		} else {
			sep = true
		}
	}
	return string(b)
}
