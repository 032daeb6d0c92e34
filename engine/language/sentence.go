package language

import "strings"

// Span is a part of a text, by byte offsets.
type Span struct{ Start, End int }

// abbreviations end with a full stop that does not end a sentence
// ("s.14O", "i.e.", "para. 3", "No. 2"), compared in lower case without
// the stop.
var abbreviations = map[string]bool{
	"s": true, "ss": true, "i.e": true, "e.g": true, "ie": true, "eg": true, "cf": true,
	"para": true, "paras": true, "no": true, "nos": true, "cl": true, "reg": true, "regs": true,
	"sch": true, "art": true, "arts": true, "sec": true, "vol": true, "p": true, "pp": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "rev": true,
	"approx": true, "fig": true, "ref": true, "incl": true, "viz": true, "c.f": true, "etc": false,
	"op": true, "sub": true, "cll": true, "ch": true, "pt": true,
}

// Sentences splits text into sentences: at a full stop, question or
// exclamation mark followed by white space and a word that may start a
// sentence, unless the stop ends an abbreviation, an initial or a clause
// number ("3." before "3.1" is a number, not an end).
func Sentences(text string) []Span {
	var out []Span
	start := skipSpace(text, 0)
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		// Closing quotes and brackets belong to the sentence they end.
		end := i + 1
		for end < len(text) && strings.ContainsRune(`"')]’”`, rune(text[end])) {
			end++
		}
		if end < len(text) && (text[end] == 0xe2) { // ’ or ” as UTF-8
			if strings.HasPrefix(text[end:], "’") || strings.HasPrefix(text[end:], "”") {
				end += 3
			}
		}
		next := skipSpace(text, end)
		if next == end && end < len(text) {
			continue // "6.3", "s.14O": no space, no end
		}
		if c == '.' && !endsSentence(text, start, i, next) {
			continue
		}
		if s := trimSpan(text, start, end); s.End > s.Start {
			out = append(out, s)
		}
		start = next
		i = next - 1
	}
	if s := trimSpan(text, start, len(text)); s.End > s.Start {
		out = append(out, s)
	}
	return out
}

// endsSentence decides whether the full stop at i ends the sentence that
// started at start, given that the next word starts at next.
func endsSentence(text string, start, i, next int) bool {
	if next >= len(text) {
		return true
	}
	// The word before the stop.
	w := i
	for w > start && !isSpaceByte(text[w-1]) && text[w-1] != '(' {
		w--
	}
	word := strings.ToLower(strings.TrimLeft(text[w:i], `"'“‘\`))
	word = strings.TrimPrefix(word, "\\")
	word = strings.ReplaceAll(word, "\\", "")
	if abbreviations[word] {
		return false
	}
	// A single letter is an initial ("J. Smith"), unless it is a clause
	// letter in brackets.
	if len(word) == 1 && word[0] >= 'a' && word[0] <= 'z' {
		return false
	}
	// The next word must be able to start a sentence: a capital, a digit,
	// a bracket or a quote. "para. 3" was caught above; "in 2013. The"
	// ends.
	r := text[next]
	switch {
	case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '(', r == '"', r == '\'', r == '*', r == '[':
		return true
	case r >= 0x80: // a typographic quote or a capital outside ASCII
		return true
	}
	return false
}

func skipSpace(text string, i int) int {
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	return i
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func trimSpan(text string, start, end int) Span {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return Span{start, end}
}
