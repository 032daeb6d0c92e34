package extract

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/ccgvet/ccgvet/engine/model"
)

// The parser runs on every line of large batches, so much of it takes a
// fast path: a cheap test that rules text out before a slow one, or a
// loop written out in place of a general one. The tests here hold each
// fast path to the plain definition it stands in for, over random text
// made of the words and characters that matter to them.

// fastPathTokens make up the random text.
var fastPathTokens = []string{
	" ", " ", " ", " ", "  ", "\t", "\n", "\u00a0", ".", ",", ";", ":", "(", ")", "-", "–", "’", "'", "\"",
	"0", "1", "2", "12", "28", "45", "1000000", "2006", "4.2", "x",
	"a", "an", "the", "of", "all", "its", "out", "by", "and", "for", "no", "one", "two", "twenty", "forty", "seven",
	"practice", "practices", "Practices", "member", "members", "MEMBERS", "voting", "vote", "voted", "Voted", "votes",
	"were", "was", "in", "favour", "favor", "FAVOUR", "support", "supported", "approved", "backed", "endorsed",
	"against", "AGAINST", "abstained", "abstain", "abstentions", "did", "not", "didn", "t", "cast", "absent", "present",
	"eligible", "entitled", "quorum", "QUORUM", "quorate", "inquorate", "half", "majority",
	"committee", "Committee", "COMMITTEE", "joint", "Joint", "NHS", "nhs", "England", "team", "Team", "area", "established",
	"replaces", "formerly", "chaired", "Chaired", "CHAIRED", "is", "are", "comprises", "consists", "made", "up", "include", "includes",
	"lay", "gp", "GP", "nurse", "nurses", "director", "directors", "non", "executive", "clinical", "officer", "s",
	"İ", "K", "ſ", "é", "Ä", "quİrum", "commİttee", "practİces", "agaİnst", "nhſ", "memberſ", "conſiſts", "CHAİRED",
	// Phrases, so that the longer forms occur too.
	" were in favour ", " cast no vote ", " is made up of ", " voted in favour ", " was supported by ", " of the ",
	" 28 of the 45 member practices voted in favour", " 12 against", " 5 abstained", " 3 did not vote", " out of ",
	" its members are ", " the voting members of the committee are ", " consists of ", " conſiſts of ", " memberſ are ",
	" governing body", " Governing Body", "GOVERNING BODY", " ccg's governing", " body", "known as", " set up", "zz", "Zz",
	" MEMBERS ARE ", " comprises ", " shall include ", " and is chaired by the lay member ", " Chaired by ",
	" established jointly with the area team", " with NHS England", " a joint committee ", " Quorum: two members",
	"Y00001", "A12345", "(A00500)", "[Y12345]", " – ", "—", "[", "]", "Surgery", "\f", "\r",
}

func randomText(rng *rand.Rand, maxTokens int) string {
	var b strings.Builder
	for n := rng.IntN(maxTokens + 1); n > 0; n-- {
		b.WriteString(fastPathTokens[rng.IntN(len(fastPathTokens))])
	}
	return b.String()
}

// rounds is n, or a twentieth of it in short tests and under the race
// detector, which slows these loops tenfold.
func rounds(n int) int {
	if testing.Short() || raceEnabled {
		return n / 20
	}
	return n
}

// eachRandomText calls f with n random texts.
func eachRandomText(t *testing.T, n, maxTokens int, f func(string)) {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, uint64(len(t.Name()))))
	for range rounds(n) {
		f(randomText(rng, maxTokens))
	}
}

// TestOnlyTwoCharactersLowerToASCII is what the cheap tests that ignore
// the case of A–Z rely on: beyond ASCII only "İ" lowers (norm, voteText)
// to an ASCII letter, "i", and the Kelvin sign to "k"; and (?i) matches
// only "ſ" and the Kelvin sign to an ASCII letter, "s" and "k".
func TestOnlyTwoCharactersLowerToASCII(t *testing.T) {
	var lower, fold []rune
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if unicode.ToLower(r) < 0x80 {
			lower = append(lower, r)
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 {
				fold = append(fold, r)
				break
			}
		}
	}
	if !reflect.DeepEqual(lower, []rune{'\u0130', '\u212a'}) {
		t.Errorf("characters that lower to ASCII: %q", lower)
	}
	if !reflect.DeepEqual(fold, []rune{'\u017f', '\u212a'}) {
		t.Errorf("characters that fold to ASCII: %q", fold)
	}
}

// plainNorm is norm without its ASCII table.
func plainNorm(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

func TestNormFastPath(t *testing.T) {
	eachRandomText(t, 50_000, 12, func(s string) {
		if got, want := norm(s), plainNorm(s); got != want {
			t.Fatalf("norm(%q) = %q, want %q", s, got, want)
		}
	})
	for _, s := range []string{"\xff\xfeab", "a\x80b", "ÄB-c", "a\x00b", "ab\x00", "\x00", "Ab1 c"} {
		if got, want := norm(s), plainNorm(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	}
}

// plainVoteText is voteText word by word.
func plainVoteText(s string) string {
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

func TestVoteTextFastPath(t *testing.T) {
	eachRandomText(t, 50_000, 16, func(s string) {
		if got, want := voteText(s), plainVoteText(s); got != want {
			t.Fatalf("voteText(%q) = %q, want %q", s, got, want)
		}
	})
}

// asciiLower lowers A–Z only, byte by byte.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestIndexFold(t *testing.T) {
	words := []string{"pract", "vot", "aga", "abst", "quor", "ttee", "nhs", "team", "chaired by", "members", "a", "practices voted", "governing body", "ccg's governing body", "set up", "zz", "known as"}
	eachRandomText(t, 20_000, 10, func(s string) {
		for _, w := range words {
			if got, want := indexFold(s, w), strings.Index(asciiLower(s), w); got != want {
				t.Fatalf("indexFold(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	})
}

func TestMayRecordVote(t *testing.T) {
	eachRandomText(t, 50_000, 10, func(s string) {
		lower := asciiLower(s)
		want := false
		for _, w := range voteWords {
			want = want || strings.Contains(lower, w)
		}
		if got := mayRecordVote(s); got != want {
			t.Fatalf("mayRecordVote(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestVotePatterns holds each vote pattern, with its cheap test and its
// search from where numbers begin, to its expression.
func TestVotePatterns(t *testing.T) {
	patterns := []struct {
		p    votePattern
		expr string
	}{
		{forOfVote, forOfExpr}, {forVote, forExpr}, {supportVote, supportExpr}, {forBareVote, forBareExpr},
		{againstVote, againstExpr}, {abstainVote, abstainExpr}, {notVotedVote, notVotedExpr}, {eligibleVote, eligibleExpr},
	}
	res := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		res[i] = regexp.MustCompile(p.expr)
	}
	eachRandomText(t, 30_000, 14, func(s string) {
		text := voteText(s)
		for i, p := range patterns {
			if got, want := p.p.find(text), res[i].FindStringSubmatchIndex(text); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: %v, want %v", p.expr, text, got, want)
			}
		}
		if got, want := mentionsVote(text), mentionRe.MatchString(text); got != want {
			t.Fatalf("mentionsVote(%q) = %v, want %v", text, got, want)
		}
	})
}

func TestFindChairedBy(t *testing.T) {
	re := regexp.MustCompile(`(?i)\b` + chairedByExpr)
	eachRandomText(t, 20_000, 12, func(s string) {
		for _, text := range []string{s, "is chaired by " + s, "unchaired by" + s + " Chaired by the" + s} {
			if got, want := findChairedBy(text), re.FindStringSubmatchIndex(text); !reflect.DeepEqual(got, want) {
				t.Fatalf("findChairedBy(%q) = %v, want %v", text, got, want)
			}
		}
	})
}

func TestFindMembers(t *testing.T) {
	eachRandomText(t, 50_000, 12, func(s string) {
		var want []int
		if m := labelMembersRe.FindStringSubmatchIndex(s); m != nil {
			want = m[2:]
		}
		if want == nil {
			want = membersAreRe.FindStringSubmatchIndex(s)
		}
		if want == nil {
			want = membersColonRe.FindStringSubmatchIndex(s)
		}
		if want == nil {
			want = comprisesRe.FindStringSubmatchIndex(s)
		}
		if want == nil {
			want = membershipIsRe.FindStringSubmatchIndex(s)
		}
		if got := findMembers(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("findMembers(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestCheapTestsRuleOutOnlyNegatives: where a cheap test rules text out,
// the full reading finds nothing in it.
func TestCheapTestsRuleOutOnlyNegatives(t *testing.T) {
	eachRandomText(t, 50_000, 12, func(s string) {
		if !mayReadVote(s) {
			vt := voteText(s)
			if _, found := readVoteSentence(vt); found || strings.Contains(vt, "practice") {
				t.Fatalf("mayReadVote(%q) is false, but its vote text is %q", s, vt)
			}
		}
		if !mayStateQuorum(s) && quorumAndCount(block{Block: blockOf(s)}) {
			t.Fatalf("mayStateQuorum(%q) is false, but it states a quorum", s)
		}
		for _, first := range []bool{false, true} {
			if joint, nhse := readJointMentions(s, first); !mayMentionJoint(s, first) && (joint || nhse) {
				t.Fatalf("mayMentionJoint(%q, %v) is false, but it reads %v, %v", s, first, joint, nhse)
			}
		}
		if n := norm(s); n != "" {
			for _, tk := range titleKinds {
				if !strings.Contains(n, tk.containsWord) && tk.contains.in(n) != "" {
					t.Fatalf("%q lacks %q, but contains %q", n, tk.containsWord, tk.contains.in(n))
				}
			}
			if got, want := titleKind(s), plainTitleKind(s); got != want {
				t.Fatalf("titleKind(%q) = %q, want %q", s, got, want)
			}
		}
	})
}

func TestPracticeItemTests(t *testing.T) {
	eachRandomText(t, 50_000, 8, func(s string) {
		for _, text := range []string{s, "Riverside Surgery " + s} {
			for i, pi := range practiceItemRes {
				if !pi.mayMatch(text) && pi.re.MatchString(text) {
					t.Fatalf("practiceItemRes[%d] matches %q, but its cheap test is false", i, text)
				}
			}
		}
	})
}

func TestHasPlural(t *testing.T) {
	lists := []phrases{clinicalRole, executive, clinicalProfession, lay, categoryClinical, categoryLay, categoryExecutive}
	eachRandomText(t, 20_000, 8, func(s string) {
		n := norm(s)
		for _, p := range lists {
			want := p.in(n) != ""
			for _, ph := range p {
				want = want || strings.Contains(" "+n+" ", " "+ph+"s ")
			}
			if got := hasPlural(p, n); got != want {
				t.Fatalf("hasPlural(%q, %q) = %v, want %v", p, n, got, want)
			}
		}
	})
}

// blockOf is a block of text with no number.
func blockOf(text string) model.Block { return model.Block{Text: text} }

// plainTitleKind is titleKind with the phrase tables looked up by kind
// and no cheap tests.
func plainTitleKind(title string) string {
	n := stripThe(norm(title))
	best, bestLen := "", 0
	consider := func(kind, phrase string) {
		if phrase == "" {
			return
		}
		if len(phrase) > bestLen || (len(phrase) == bestLen && rank(kind) < rank(best)) {
			best, bestLen = kind, len(phrase)
		}
	}
	for _, kind := range kindOrder {
		if ps, ok := titleBegins[kind]; ok {
			p := ps.prefix(n)
			if notKind(kind, n) {
				p = ""
			}
			consider(kind, p)
		}
		if ps, ok := titleContains[kind]; ok {
			consider(kind, ps.in(n))
		}
	}
	words := strings.Fields(n)
	for i, w := range words {
		if w != "committee" && w != "subcommittee" {
			continue
		}
		j := i - 1
		if j >= 0 && words[j] == "sub" {
			j--
		}
		if j >= 0 && !committeeDeterminers[words[j]] {
			consider(model.KindCommittee, strings.Join(words[:i+1], " "))
			break
		}
	}
	return best
}

func TestTitleKindFastPath(t *testing.T) {
	var titles []string
	for _, ps := range titleBegins {
		titles = append(titles, ps...)
	}
	for _, ps := range titleContains {
		titles = append(titles, ps...)
	}
	sort.Strings(titles)
	rng := rand.New(rand.NewPCG(5, 6))
	for range rounds(20_000) {
		title := titles[rng.IntN(len(titles))]
		for range rng.IntN(3) {
			title = randomText(rng, 2) + " " + title + " " + titles[rng.IntN(len(titles))]
		}
		if got, want := titleKind(title), plainTitleKind(title); got != want {
			t.Fatalf("titleKind(%q) = %q, want %q", title, got, want)
		}
	}
}
