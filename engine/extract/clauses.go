package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// clauseNumber returns the clause number text starts with, or "": one of
// (documents.md §2)
//
//	4.2, 4.2.1, 4.2(a)    ^(\d{1,4}(?:\.\d{1,4})+[A-Z]?(?:\([a-z0-9]{1,6}\))?)\.?(?:\s|$)
//	C.1.1 (appendices)    ^([A-Z]{1,2}(?:\.\d{1,4})+[A-Z]?(?:\([a-z0-9]{1,6}\))?)\.?(?:\s|$)
//	(a), (iii), (1), (A)  ^(\((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z])\))(?:\s|$)
//	a), iv), a., iv.      ^((?:[a-z]|[ivx]{1,5})[).])(?:\s|$)
//
// in the first 64 bytes, the first two with the capital of a clause a
// variation inserted ("2.3A", beyond documents.md). A lone integer ("22
// of the 47 practices …") is not a clause number. Every paragraph is read for one, so the forms are
// read by hand rather than by those expressions, which
// TestClauseNumberForms holds them to. Each form begins with a different
// kind of character, so the first says which it can be.
func clauseNumber(text string) string {
	if len(text) > 64 {
		text = text[:64]
	}
	if text == "" {
		return ""
	}
	switch c := text[0]; {
	case isDigit(c):
		return dottedNumber(text, runOf(text, 0, isDigit), 4)
	case isUpper(c):
		return dottedNumber(text, runOf(text, 0, isUpper), 2)
	case c == '(':
		return bracketedNumber(text)
	case isLower(c):
		return letteredNumber(text)
	}
	return ""
}

// dottedNumber reads the first two forms: a head of up to maxHead digits
// or capitals, then ".4" parts, an optional "(a)", an optional full stop,
// and white space or the end. Each run of digits or capitals must be
// whole: the expressions can take no part of a longer run, since what
// follows a part (".", "(", white space or the end) is never one of them.
func dottedNumber(text string, head, maxHead int) string {
	if head > maxHead {
		return ""
	}
	i, parts := head, 0
	for i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) {
		n := runOf(text, i+1, isDigit)
		if n > 4 {
			return ""
		}
		i += 1 + n
		parts++
	}
	if parts == 0 {
		return "" // a lone integer, or a word
	}
	if i < len(text) && isUpper(text[i]) {
		i++ // a clause inserted by a variation: "2.3A"
	}
	if i < len(text) && text[i] == '(' {
		n := runOf(text, i+1, func(c byte) bool { return isDigit(c) || isLower(c) })
		if n < 1 || n > 6 || i+1+n == len(text) || text[i+1+n] != ')' {
			return ""
		}
		i += n + 2
	}
	if i == len(text) || reSpace(text[i]) || text[i] == '.' && (i+1 == len(text) || reSpace(text[i+1])) {
		return text[:i]
	}
	return ""
}

// bracketedNumber reads "(a)", "(iii)", "(12)" or "(A)", followed by white
// space or the end.
func bracketedNumber(text string) string {
	n := runOf(text, 1, func(c byte) bool { return isDigit(c) || isLower(c) || isUpper(c) })
	end := 1 + n // the ")"
	if n == 0 || end == len(text) || text[end] != ')' || !(end+1 == len(text) || reSpace(text[end+1])) {
		return ""
	}
	in := text[1:end]
	if n <= 3 && runOf(in, 0, isDigit) == n || n <= 2 && runOf(in, 0, isLower) == n ||
		n <= 6 && runOf(in, 0, isRomanLower) == n || n == 1 && isUpper(in[0]) {
		return text[:end+1]
	}
	return ""
}

// letteredNumber reads "a)" or "iv)", followed by white space or the end.
func letteredNumber(text string) string {
	n := runOf(text, 0, isLower)
	if n == len(text) || text[n] != ')' && text[n] != '.' || !(n+1 == len(text) || reSpace(text[n+1])) {
		return ""
	}
	if n == 1 || n <= 5 && strings.Trim(text[:n], "ivx") == "" {
		return text[:n+1]
	}
	return ""
}

func isDigit(c byte) bool      { return '0' <= c && c <= '9' }
func isUpper(c byte) bool      { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool      { return 'a' <= c && c <= 'z' }
func isRomanLower(c byte) bool { return strings.IndexByte("ivxlc", c) >= 0 }

// runOf returns how many bytes of text from offset i are of a kind.
func runOf(text string, i int, kind func(byte) bool) int {
	n := 0
	for i+n < len(text) && kind(text[i+n]) {
		n++
	}
	return n
}

// reSpace is what \s matches in a regular expression: [\t\n\f\r ].
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// clauses returns the numbered blocks.
func clauses(blocks []block) []model.Clause {
	out := []model.Clause{}
	for _, b := range blocks {
		if b.Number == "" {
			continue
		}
		out = append(out, clauseOf(b.Block))
	}
	return out
}

func clauseOf(b model.Block) model.Clause {
	return model.Clause{Number: b.Number, Text: b.Text, Line: b.Line, EndLine: b.EndLine, Section: b.Section, SectionIndex: b.SectionIndex}
}
