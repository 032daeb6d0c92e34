package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// norm reduces text to lower-case words separated by single spaces, so
// that "Sign-off", "sign off" and "SIGN OFF" compare equal and phrases
// match at word boundaries: every character that is not a letter or a
// digit separates words.
func norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, nearly all of a constitution: a table lookup
			// instead of decoding and the Unicode tables.
			lc := normASCII[c]
			if lc == 0 {
				space = true
				i++
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if lc != c {
				b.WriteByte(lc)
				i++
				continue
			}
			// A run of lower-case letters and digits stays as it is.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && normASCII[s[j]] == s[j] && s[j] != 0 {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
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

// normASCII maps each ASCII letter or digit to what norm writes for it,
// its lower case, and every other ASCII character to 0, a separator.
var normASCII = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// phrases is a list of normalised phrases matched at word boundaries.
type phrases []string

// in returns the longest phrase found anywhere in normalised text n.
func (p phrases) in(n string) string {
	best := ""
	for _, ph := range p {
		if len(ph) > len(best) && containsWords(n, ph) {
			best = ph
		}
	}
	return best
}

// any reports whether normalised text n contains one of the phrases, as
// p.in(n) != "" does, stopping at the first it finds.
func (p phrases) any(n string) bool {
	for _, ph := range p {
		if containsWords(n, ph) {
			return true
		}
	}
	return false
}

// prefix returns the longest phrase that normalised text n begins with.
func (p phrases) prefix(n string) string {
	best := ""
	for _, ph := range p {
		if len(ph) > len(best) && strings.HasPrefix(n, ph) && (len(n) == len(ph) || n[len(ph)] == ' ') {
			best = ph
		}
	}
	return best
}

// containsWords reports whether normalised text n contains phrase ph as
// whole words, without allocating: it runs for every phrase of every
// block of a 20 MB document.
func containsWords(n, ph string) bool { return findWords(n, ph, false) }

// containsWordsOrPlural reports whether normalised text n contains
// phrase ph, or ph with an "s" added, as whole words: containsWords of
// both in one search, since ph begins its plural.
func containsWordsOrPlural(n, ph string) bool { return findWords(n, ph, true) }

// findWords is containsWords, taking ph followed by an "s" too when plural
// is set.
func findWords(n, ph string, plural bool) bool {
	if ph == "" {
		return false
	}
	for from := 0; from <= len(n)-len(ph); {
		i := strings.Index(n[from:], ph)
		if i < 0 {
			return false
		}
		i += from
		if i == 0 || n[i-1] == ' ' {
			end := i + len(ph)
			if plural && end < len(n) && n[end] == 's' {
				end++ // the plural; "s" is no word's boundary
			}
			if end == len(n) || n[end] == ' ' {
				return true
			}
		}
		from = i + 1
	}
	return false
}

// numberWords are the counts written in words that documents use; the
// tens let "twenty-two of the forty-seven practices" be read too.
var numberWords = map[string]int{
	"no": 0, "zero": 0, "nil": 0, "none": 0,
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// maxCount caps numbers read from text: nothing in a constitution counts
// beyond it, and it keeps sums far from overflow.
const maxCount = 1_000_000

// numberAt reads a number at words[i]: digits ("28", "1,000" arrives as
// "1 000" and is read as 1), a word from one to nineteen, or tens with an
// optional unit ("forty seven"). It returns the value and how many words
// it used; articles ("a", "an", "no") are numbers only when articles is
// true.
func numberAt(words []string, i int, articles bool) (int, int, bool) {
	if i >= len(words) {
		return 0, 0, false
	}
	w := words[i]
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		if len(w) > 7 {
			return 0, 0, false
		}
		n, err := strconv.Atoi(w)
		if err != nil || n > maxCount {
			return 0, 0, false
		}
		return n, 1, true
	}
	if t, ok := tensWords[w]; ok {
		if i+1 < len(words) {
			if u, ok := numberWords[words[i+1]]; ok && u >= 1 && u <= 9 && words[i+1] != "a" && words[i+1] != "an" {
				return t + u, 2, true
			}
		}
		return t, 1, true
	}
	if n, ok := numberWords[w]; ok {
		if !articles && (w == "a" || w == "an" || w == "no" || w == "none" || w == "nil") {
			return 0, 0, false
		}
		return n, 1, true
	}
	return 0, 0, false
}

// span is a sentence's byte range in a block's text.
type span struct{ start, end int }

// abbreviations do not end a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "etc": true, "dr": true, "mr": true, "mrs": true, "ms": true, "no": true,
	"para": true, "paras": true, "s": true, "ss": true, "sch": true, "st": true, "cf": true, "viz": true,
	"al": true, "approx": true, "art": true, "reg": true, "regs": true, "sec": true, "vol": true,
}

// sentences splits text at a full stop, question or exclamation mark
// followed by a space and a capital letter, a digit or an opening mark,
// except after a known abbreviation ("Dr.", "e.g.").
func sentences(text string) []span {
	var out []span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == ')' || text[j] == '\'') {
			j++
		}
		if j < len(text) && text[j] != ' ' {
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k < len(text) && !sentenceStart(text[k:]) {
			continue
		}
		if c == '.' && (abbreviations[strings.ToLower(lastWord(text[start:i]))] || initialAfterTitle(text[start:i])) {
			continue
		}
		out = append(out, span{start, j})
		start = k
		i = k - 1
	}
	if start < len(text) {
		out = append(out, span{start, len(text)})
	}
	return out
}

// initialAfterTitle reports whether text ends with an initial after a
// title or another initial: "Dr Y" of "Dr Y. Adebanjo", "J. R" of
// "J. R. Smith". ("Schedule A. The …" ends a sentence.)
func initialAfterTitle(text string) bool {
	i := strings.LastIndexByte(text, ' ')
	if i < 0 || len(text)-i != 2 || text[i+1] < 'A' || text[i+1] > 'Z' {
		return false
	}
	before := strings.TrimSuffix(lastWord(text[:i]), ".")
	return titles[strings.ToLower(before)] || len(before) == 1 && before[0] >= 'A' && before[0] <= 'Z' && strings.HasSuffix(text[:i], ".")
}

// titles come before a person's name or initials.
var titles = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "prof": true,
	"professor": true, "cllr": true, "councillor": true, "sir": true, "dame": true, "rev": true, "revd": true}

func sentenceStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([", r)
}

// lastWord returns the word before a full stop, keeping inner full stops
// so that "e.g" and "i.e" are recognised.
func lastWord(s string) string {
	i := strings.LastIndexAny(s, " (")
	return s[i+1:]
}

// suffix returns the longest phrase that normalised text n ends with, as
// whole words.
func (p phrases) suffix(n string) string {
	best := ""
	for _, ph := range p {
		if len(ph) > len(best) && strings.HasSuffix(n, ph) && (len(n) == len(ph) || n[len(n)-len(ph)-1] == ' ') {
			best = ph
		}
	}
	return best
}

// itemsAt splits a list written in a sentence at sep, each item trimmed
// and without a leading "and", empty ones left out: "A; B; and C".
func itemsAt(list string, sep string) []string {
	var out []string
	for _, p := range strings.Split(list, sep) {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// listParts splits a list written in a sentence into its items: at its
// semicolons when it has any, so that "the Chief Finance Officer, who is
// the ICB's director of finance;" is one item, else at its commas.
func listParts(list string) []string {
	if strings.Contains(list, ";") {
		return itemsAt(list, ";")
	}
	return itemsAt(list, ",")
}

// listPartsAnd is listParts with its last part cut at its first " and":
// "Chief Finance Officer, Chief Medical Officer, Chief Nursing Officer and
// Chief Delivery Officer" is four.
func listPartsAnd(list string) []string {
	parts := listParts(list)
	if n := len(parts); n > 0 {
		if a, b, ok := strings.Cut(parts[n-1], " and "); ok {
			parts = append(parts[:n-1], a, b)
		}
	}
	return parts
}
