package parse

import (
	"sort"
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

// textBuilder builds the plain text of a block: runs of white space
// (soft line breaks included) become one space, and each source line's
// first character is marked so that a sentence can be traced to its line.
//
// An outline keeps one builder and reuses its buffers for every block
// (see outline.startText): String and takeMarks copy out exactly what the
// block needs, one allocation each, instead of a buffer grown by doubling
// for every paragraph and table cell.
type textBuilder struct {
	buf      []byte
	marks    []mark
	space    bool
	lastLine int
}

// mark says that the text from off onwards comes from line.
type mark struct{ off, line int }

// reset empties the builder, keeping its buffers.
func (t *textBuilder) reset() {
	t.buf, t.marks = t.buf[:0], t.marks[:0]
	t.space, t.lastLine = false, 0
}

// Classes of byte for textBuilder.add.
const (
	plainByte = iota // ASCII that is not white space
	spaceByte        // ASCII white space
	multiByte        // part of a character beyond ASCII
)

// byteClass is each byte's class: one table lookup per byte of text.
var byteClass = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = multiByte
	}
	for _, c := range []byte(" \t\n\r\f\v") {
		t[c] = spaceByte
	}
	return t
}()

func (t *textBuilder) add(s []byte, line int) {
	if plainText(s) {
		// Most segments are a line of words: what addAny would write is
		// s itself.
		t.mark(line)
		t.buf = append(t.buf, s...)
		return
	}
	t.addAny(s, line)
}

// addAny adds text of any kind, character by character.
func (t *textBuilder) addAny(s []byte, line int) {
	for i := 0; i < len(s); {
		switch byteClass[s[i]] {
		case spaceByte:
			t.space = true
			i++
		case plainByte:
			// ASCII, nearly all of a constitution: no decoding, and a word
			// is copied at once.
			j := i + 1
			for j < len(s) && byteClass[s[j]] == plainByte {
				j++
			}
			t.mark(line)
			t.buf = append(t.buf, s[i:j]...)
			i = j
		default:
			r, size := utf8.DecodeRune(s[i:])
			i += size
			if unicode.IsSpace(r) || r == '\u00a0' {
				t.space = true
				continue
			}
			t.mark(line)
			t.buf = utf8.AppendRune(t.buf, r)
		}
	}
}

// plainText reports whether s is ASCII words separated by single spaces,
// with no white space at either end.
func plainText(s []byte) bool {
	if len(s) == 0 || byteClass[s[0]] != plainByte || byteClass[s[len(s)-1]] != plainByte {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if c := s[i]; byteClass[c] != plainByte && (c != ' ' || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// mark writes the space owed before the next character and notes where
// a new source line's text begins.
func (t *textBuilder) mark(line int) {
	if t.space && len(t.buf) > 0 {
		t.buf = append(t.buf, ' ')
	}
	t.space = false
	if line != t.lastLine && line > 0 {
		t.marks = append(t.marks, mark{off: len(t.buf), line: line})
		t.lastLine = line
	}
}

// empty reports whether no text has been written yet.
func (t *textBuilder) empty() bool { return len(t.buf) == 0 }

// String returns a copy of the text.
func (t *textBuilder) String() string { return string(t.buf) }

// takeMarks returns a copy of the marks, which the block keeps.
func (t *textBuilder) takeMarks() []mark {
	if len(t.marks) == 0 {
		return nil
	}
	return append([]mark(nil), t.marks...)
}

// lineOf returns the source line of text offset off.
func lineOf(marks []mark, off, fallback int) int {
	i := sort.Search(len(marks), func(i int) bool { return marks[i].off > off })
	if i == 0 {
		return fallback
	}
	return marks[i-1].line
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
		if c == '.' && abbreviations[strings.ToLower(lastWord(text[start:i]))] {
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
