package docx

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A heading typed as a bold paragraph is read as the Markdown reader
// reads "**5. THE GOVERNING BODY**" (engine/read/markdown, boldheading.go):
// wholly bold and short, and either numbered as a heading is (its level
// from the number's depth) or, after the first heading, a title followed
// by body text (a level below the heading before it). The rules are kept
// the same so that a document reads alike in both formats.

const maxBoldHeadingWords = 11

const (
	plainNumber = iota
	division
	endMatter
	lettered
)

var headingNumbers = []struct {
	re    *regexp.Regexp
	depth func(number string) int
	kind  int
}{
	{regexp.MustCompile(`^(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s+|$)`), dots, plainNumber},
	{regexp.MustCompile(`^((?i:part|section|chapter)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVXLC]{1,6}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))\b`), one, division},
	{regexp.MustCompile(`^((?i:appendix|annexe?|schedule)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVXLC]{1,6}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))\b`), one, endMatter},
	{regexp.MustCompile(`^((?i:appendix|annexe?|schedule))\s*[:–—-]`), one, endMatter},
	{regexp.MustCompile(`^([A-Z](?:\.\d{1,3})+)\.?\s+`), dots, lettered},
	{regexp.MustCompile(`^([A-Z]|[IVXLC]{1,6})\.\s+`), one, lettered},
}

func dots(number string) int { return strings.Count(strings.TrimSuffix(number, "."), ".") + 1 }
func one(string) int         { return 1 }

func headingNumber(text string) (depth, kind int, title string) {
	for _, hn := range headingNumbers {
		if m := hn.re.FindStringSubmatchIndex(text); m != nil {
			title = strings.TrimLeft(text[m[1]:], " \t.:–—-")
			return hn.depth(text[m[2]:m[3]]), hn.kind, strings.TrimSpace(title)
		}
	}
	return 0, 0, ""
}

// boldHeading reports whether a wholly bold paragraph is a heading, its
// level, and whether it is numbered. rest is what follows it.
func (b *builder) boldHeading(text string, rest []item) (level int, numbered, ok bool) {
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > maxBoldHeadingWords || strings.ContainsAny(text[len(text)-1:], ".:;,") {
		return 0, false, false
	}
	if d, kind, title := headingNumber(text); d > 0 {
		label := kind == division || kind == endMatter
		if title == "" && !label || title != "" && !startsUpper(title) {
			return 0, false, false
		}
		switch kind {
		case division:
			b.endMatter = 0
		case endMatter:
			b.endMatter = d
		case plainNumber:
			d += b.endMatter
		}
		return min(d, 6), true, true
	}
	if b.anchor == 0 || !titleLike(words) || !b.followedByBody(rest) {
		return 0, false, false
	}
	return min(b.anchor+1, 6), false, true
}

func titleLike(words []string) bool {
	if !startsUpper(words[0]) {
		return false
	}
	if len(words) <= 4 {
		return true
	}
	long, capital := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) > 3 {
			long++
			if startsUpper(w) {
				capital++
			}
		}
	}
	return capital*2 >= long
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// followedByBody reports whether the next paragraph or table with text is
// body text: not a heading by its style, nor itself wholly bold.
func (b *builder) followedByBody(rest []item) bool {
	for _, it := range rest {
		if it.table != nil {
			return true
		}
		p := it.para
		if p.text == "" {
			continue
		}
		if p.outline >= 0 && p.outline <= 8 || b.st.headingLevel(b.styleOf(p)) > 0 && p.outline != 9 {
			return false
		}
		return !p.bold
	}
	return false
}
