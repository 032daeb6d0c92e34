package parse

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/ccgvet/ccgvet/engine/model"
)

// votes reads the recorded votes of member practices, each of the three
// ways of documents.md §6, in document order. Numbers are recorded as
// written, never corrected: a vote that does not add up is for the
// policies to report.
func votes(o *outline, fm frontMatter, pt practiceTables, members []model.Practice) ([]model.Vote, []model.ParseWarning, *model.InputError) {
	out := []model.Vote{}
	if fm.memberVote != nil {
		vs, err := frontMatterVotes(fm.memberVote, fm.KeyLines["member_vote"])
		if err != nil {
			return nil, nil, err
		}
		out = append(out, vs...)
	}
	idx := newPracticeIndex(members)
	var warnings []model.ParseWarning
	for _, ti := range pt.votes {
		v, w := tableVote(o, o.tables[ti], idx)
		out = append(out, v)
		warnings = append(warnings, w...)
	}
	for _, b := range o.blocks {
		vs, w := sentenceVotes(b)
		out = append(out, vs...)
		warnings = append(warnings, w...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		fi, fj := out[i].Source == model.VoteFromFrontMatter, out[j].Source == model.VoteFromFrontMatter
		if fi != fj {
			return fi
		}
		return out[i].Line < out[j].Line
	})
	return out, warnings, nil
}

func intp(n int) *int { return &n }

// frontMatterVotes reads `member_vote`: one mapping, or a list of them.
// Its line is the key's (or, in a list, the item's).
func frontMatterVotes(n *yaml.Node, keyLine int) ([]model.Vote, *model.InputError) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.MappingNode:
		v, err := frontMatterVote(n, keyLine)
		if err != nil {
			return nil, err
		}
		return []model.Vote{v}, nil
	case yaml.SequenceNode:
		var out []model.Vote
		for _, item := range n.Content {
			if item.Kind == yaml.AliasNode && item.Alias != nil {
				item = item.Alias
			}
			if item.Kind != yaml.MappingNode {
				return nil, &model.InputError{Line: fileLine(item.Line), Message: "front matter: member_vote: each vote must be a mapping (motion, date, for, against, abstain, eligible)"}
			}
			v, err := frontMatterVote(item, fileLine(item.Line))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return nil, nil
		}
	}
	return nil, &model.InputError{Line: fileLine(n.Line), Message: "front matter: member_vote: want a mapping (motion, date, for, against, abstain, eligible)"}
}

func frontMatterVote(n *yaml.Node, line int) (model.Vote, *model.InputError) {
	v := model.Vote{Source: model.VoteFromFrontMatter, Line: line, Practices: []model.PracticeVote{}}
	hasFor := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := strings.ReplaceAll(norm(k.Value), " ", "_")
		if key == "motion" || key == "date" {
			s, err := scalar("member_vote: "+k.Value, val)
			if err != nil {
				return v, err
			}
			if key == "motion" {
				v.Motion = s
			} else {
				v.Date = s
			}
			continue
		}
		var target **int
		switch key {
		case "for", "in_favour", "in_favor", "yes":
			hasFor = true
		case "against", "no":
			target = &v.Against
		case "abstain", "abstained", "abstentions", "abstention":
			target = &v.Abstain
		case "did_not_vote", "not_voting", "no_vote", "did_not_vote_count":
			target = &v.DidNotVote
		case "eligible", "members", "member_practices", "practices":
			target = &v.Eligible
		default:
			continue // other details are not read
		}
		num, err := voteNumber(k.Value, val)
		if err != nil {
			return v, err
		}
		if target == nil {
			v.For = num
		} else {
			*target = intp(num)
		}
	}
	if !hasFor {
		return v, &model.InputError{Line: line, Message: "front matter: member_vote: `for` (the number of practices in favour) is missing"}
	}
	return v, nil
}

func voteNumber(key string, n *yaml.Node) (int, *model.InputError) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode {
		s := strings.TrimSpace(n.Value)
		if num, err := strconv.Atoi(s); err == nil && num >= 0 && num <= maxCount {
			return num, nil
		}
	}
	return 0, &model.InputError{Line: fileLine(n.Line), Message: fmt.Sprintf("front matter: member_vote: %s: want a whole number of practices, found %q", key, n.Value)}
}

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
func tableVote(o *outline, t table, members practiceIndex) (model.Vote, []model.ParseWarning) {
	cols := o.practiceColumns(t)
	v := model.Vote{Source: model.VoteFromTable, Line: t.line, Section: o.sectionHeading(t.section), Practices: []model.PracticeVote{}}
	var against, abstain, none int
	var warnings []model.ParseWarning
	for _, r := range t.rows {
		pv := model.PracticeVote{Practice: cell(r.cells, cols[colPractice]), Code: cell(r.cells, cols[colCode]), Line: r.line}
		if pv.Practice == "" && pv.Code == "" {
			continue
		}
		raw := cell(r.cells, cols[colVote])
		val, ok := voteValue(raw)
		if !ok {
			warnings = append(warnings, model.ParseWarning{Line: r.line, Message: fmt.Sprintf("vote %q of %s is not For, Against or Abstain; read as not voting", raw, pv.Practice)})
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

// Vote sentences are matched on voteText: lower case, number words as
// digits, punctuation other than , and ; dropped.
var (
	forOfRe    = regexp.MustCompile(`(\d+) (?:out )?of (?:the |all |its )?(\d+) ` + filler + `{0,3}?practices? ` + filler + `{0,3}?(?:voted |were |was )(?:in favour|for|in support)\b`)
	forRe      = regexp.MustCompile(`(\d+) ` + filler + `{0,2}?practices? ` + filler + `{0,2}?voted (?:in favour|for|in support)\b`)
	supportRe  = regexp.MustCompile(`(?:supported|approved|backed|endorsed) by (\d+)(?: (?:out )?of (?:the |all |its )?(\d+))? ` + filler + `{0,2}?practices?\b`)
	forBareRe  = regexp.MustCompile(`(\d+) (?:votes? )?(?:were )?(?:cast )?(?:in favour|for)\b`)
	againstRe  = regexp.MustCompile(`(\d+) ` + filler + `{0,2}?(?:voted |votes? |were )?(?:cast )?against\b`)
	abstainRe  = regexp.MustCompile(`(\d+) ` + filler + `{0,2}?(?:abstained|abstentions?|abstaining|abstain)\b`)
	notVotedRe = regexp.MustCompile(`(\d+) ` + filler + `{0,2}?(?:did not vote|didn t vote|not voting|did not take part|cast no vote|(?:were|was) not represented|(?:were|was) absent|(?:were|was) not present)\b`)
	eligibleRe = regexp.MustCompile(`(?:(?:out )?of (?:the |all |its )?(\d+) ` + filler + `{0,2}?practices?\b|all (\d+) ` + filler + `{0,2}?practices?\b|(\d+) ` + filler + `{0,2}?practices? (?:were |are )?(?:eligible|entitled)\b)`)
	// mentionRe finds a vote reported without readable numbers ("a clear
	// majority of practices voted in favour"), to warn about it; a rule
	// ("supported by more than half of all member practices") is not one.
	mentionRe = regexp.MustCompile(`\b(?:voted (?:in favour|for)|(?:was|were) (?:supported|approved|backed|endorsed) by (?:[a-z]+ ){0,4}?practices|were in favour)\b`)
	motionRe  = regexp.MustCompile(`(?i)\bin favou?r of ([^,;.]+)`)
)

// sentenceVotes reads votes written as sentences: "28 of the 45 member
// practices voted in favour", "28 practices voted for, 12 against and 5
// abstained", "The proposal was supported by 28 of 45 practices". Its line
// is the line where the sentence starts.
func sentenceVotes(b block) ([]model.Vote, []model.ParseWarning) {
	lower := asciiLower(b.Text)
	if !mayRecordVote(lower) {
		return nil, nil
	}
	var out []model.Vote
	var warnings []model.ParseWarning
	for _, s := range sentences(b.Text) {
		sent := b.Text[s.start:s.end]
		if !mayRecordVote(lower[s.start:s.end]) {
			continue
		}
		body := sent
		if s.start == 0 && b.Number != "" {
			body = strings.TrimPrefix(sent, b.Number) // its digits are no count
		}
		t := voteText(body)
		if !strings.ContainsAny(t, "0123456789") && !mentionsVote(t) {
			continue
		}
		v, found := readVoteSentence(t)
		line := lineOf(b.marks, s.start, b.Line)
		if !found {
			if mentionsVote(t) && strings.Contains(t, "practice") {
				warnings = append(warnings, model.ParseWarning{Line: line, Message: "a vote of member practices is mentioned but the number in favour could not be read; write it as \"28 of the 45 member practices voted in favour\""})
			}
			continue
		}
		v.Source, v.Text, v.Line, v.Section = model.VoteFromText, sent, line, b.Section
		v.Practices = []model.PracticeVote{}
		if m := motionRe.FindStringSubmatch(sent); m != nil {
			v.Motion = strings.TrimSpace(m[1])
		}
		out = append(out, v)
	}
	return out, warnings
}

// mentionsVote runs mentionRe on voteText t when its words are there.
func mentionsVote(t string) bool {
	if !strings.Contains(t, "voted") && !strings.Contains(t, " by ") && !strings.Contains(t, "in favour") {
		return false
	}
	return mentionRe.MatchString(t)
}

// voteWords are what every vote sentence has one of. Checking for them
// first keeps the regular expressions, which backtrack, off the great
// majority of sentences.
var voteWords = []string{"vot", "favour", "favor", "abstain", "against", "supported by", "approved by", "backed by", "endorsed by"}

// mayRecordVote looks for voteWords in lower-cased text.
func mayRecordVote(lower string) bool {
	for _, w := range voteWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// asciiLower lowers A–Z only, so that byte offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
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

func readVoteSentence(t string) (model.Vote, bool) {
	var v model.Vote
	if !strings.ContainsAny(t, "0123456789") {
		return v, false
	}
	var forN, eligible *int
	for _, re := range []*regexp.Regexp{forOfRe, supportRe, forRe} {
		if m := re.FindStringSubmatchIndex(t); m != nil {
			forN = atoiGroup(t, m, 1)
			eligible = atoiGroup(t, m, 2)
			break
		}
	}
	v.Against = firstNumber(againstRe, t)
	v.Abstain = firstNumber(abstainRe, t)
	v.DidNotVote = firstNumber(notVotedRe, t)
	if forN == nil && (v.Against != nil || v.Abstain != nil) && strings.Contains(t, "vot") {
		// "28 for, 12 against and 5 abstained": a bare count in favour
		// counts only beside the other counts of a vote.
		forN = firstNumber(forBareRe, t)
	}
	if forN == nil {
		return v, false
	}
	v.For = *forN
	if eligible == nil {
		if m := eligibleRe.FindStringSubmatchIndex(t); m != nil {
			for g := 1; g <= 3 && eligible == nil; g++ {
				eligible = atoiGroup(t, m, g)
			}
		}
	}
	v.Eligible = eligible
	return v, true
}

func firstNumber(re *regexp.Regexp, t string) *int {
	if m := re.FindStringSubmatchIndex(t); m != nil {
		return atoiGroup(t, m, 1)
	}
	return nil
}

// voteText lowers a sentence to words, digits and the separators , and ;
// with numbers in words turned into digits ("twenty-two" is 22).
func voteText(s string) string {
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(unicode.ToLower(r))
		case r == ',' || r == ';':
			flush()
			words = append(words, string(r))
		default:
			flush()
		}
	}
	flush()
	var out []string
	for i := 0; i < len(words); {
		if words[i] == "one" && i+1 < len(words) && (words[i+1] == "of" || words[i+1] == "vote") {
			// "one of the members", "one vote": not a count of practices.
			out = append(out, words[i])
			i++
			continue
		}
		if n, used, ok := numberAt(words, i, false); ok {
			out = append(out, strconv.Itoa(n))
			i += used
			continue
		}
		out = append(out, words[i])
		i++
	}
	return strings.Join(out, " ")
}
