package markdown

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Word has no Markdown headings, and a constitution converted from it
// (pandoc -t gfm) often has none either: where the author typed a heading
// as a bold paragraph, it arrives as "**5. THE GOVERNING BODY**". Such a
// paragraph is a heading when it is wholly bold and short, and either
// numbered as a heading is (its level from the number's depth) or, after
// the first heading, a title followed by body text (a level below the
// heading before it). Before the first heading is the title page, whose
// bold lines ("**CONSTITUTION**") are the document's title.

// maxBoldHeadingWords is the most words a bold heading has, and
// maxLabelledHeadingWords the most one that begins with a label ("Part
// B", "Schedule 2") has.
const (
	maxBoldHeadingWords     = 11
	maxLabelledHeadingWords = 18
)

// Kinds of heading number.
const (
	plainNumber = iota // 5., 6.4.2: numbers that restart in each appendix
	division           // PART 3, Section 3, Chapter 2: divisions of the body
	endMatter          // Appendix C, Schedule 2, Annex B: what follows the body
	lettered           // C.1, A., IV.: numbered within an appendix already
)

// headingNumbers read the number or label a heading begins with (group
// 1); the depth is how many levels it numbers.
var headingNumbers = []struct {
	re    *regexp.Regexp
	depth func(number string) int
	kind  int
}{
	// 5. THE GOVERNING BODY, 6.4.2 Audit Committee
	// (6A. and 6A.1: a part inserted by a later amendment)
	{regexp.MustCompile(`^(\d{1,3}[A-Z]?(?:\.\d{1,3})*)\.?(?:\s+|$)`), dots, plainNumber},
	// PART 3 – MEMBERSHIP, Section 3: Membership
	{regexp.MustCompile(`^((?i:part|section|chapter)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVXLC]{1,6}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))\b`), one, division},
	// Schedule 2: Standing Orders, Appendix C, Annex 1
	{regexp.MustCompile(`^((?i:appendix|annexe?|schedule)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVXLC]{1,6}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))\b`), one, endMatter},
	// APPENDIX – DEFINITIONS
	{regexp.MustCompile(`^((?i:appendix|annexe?|schedule))\s*[:–—-]`), one, endMatter},
	// C.1 Calling meetings (appendix numbering)
	{regexp.MustCompile(`^([A-Z](?:\.\d{1,3})+)\.?\s+`), dots, lettered},
	// A. Introduction, IV. Membership
	{regexp.MustCompile(`^([A-Z]|[IVXLC]{1,6})\.\s+`), one, lettered},
}

func dots(number string) int { return strings.Count(strings.TrimSuffix(number, "."), ".") + 1 }

// leadingNumber is the clause number a heading begins with ("4.2" of "4.2
// Composition", "4" of "4. THE GOVERNING BODY"), or "".
func leadingNumber(text string) string {
	m := headingNumbers[0].re.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return ""
	}
	return strings.TrimSuffix(m[1], ".")
}
func one(string) int { return 1 }

// headingNumber reads the heading number text begins with: its depth (0
// when it has none), its kind, and the title after it.
func headingNumber(text string) (depth, kind int, title string) {
	for _, hn := range headingNumbers {
		if m := hn.re.FindStringSubmatchIndex(text); m != nil {
			title = strings.TrimLeft(text[m[1]:], " \t.:–—-")
			return hn.depth(text[m[2]:m[3]]), hn.kind, strings.TrimSpace(title)
		}
	}
	return 0, 0, ""
}

// boldHeading reports whether paragraph p (its text already read) is a
// heading typed as a bold paragraph, its level, and whether it is
// numbered.
func (o *walker) boldHeading(p ast.Node, text string) (level int, numbered, ok bool) {
	bold := wholly(p, o.src)
	if !bold && !whollyItalic(p, o.src) {
		return 0, false, false
	}
	words := strings.Fields(text)
	d, kind, title := headingNumber(text)
	most := maxBoldHeadingWords
	if d > 0 && (kind == division || kind == endMatter) {
		// "Part B – Partner Member nominated by the providers of primary
		// medical services": a label says it is a heading, however long.
		most = maxLabelledHeadingWords
	}
	if len(words) == 0 || len(words) > most || strings.ContainsAny(text[len(text)-1:], ".:;,") {
		return 0, false, false
	}
	if d > 0 {
		label := kind == division || kind == endMatter
		if title == "" && !label || title != "" && !startsUpper(title) {
			return 0, false, false
		}
		// Sub-headings are often set in italics under bold ones ("*4.2
		// Who sits on the Board*"); an italic line is a heading only
		// when it is numbered as a clause is, never a note or a quotation.
		if !bold && (kind != plainNumber || title == "") {
			return 0, false, false
		}
		switch kind {
		case division:
			o.endMatter = 0
		case endMatter:
			o.endMatter = d
		case plainNumber:
			if n := leadingNumber(text); o.endMatter == 0 {
				// "**4.2 Composition**" under "## 4. THE GOVERNING BODY":
				// below the heading whose number it extends, whatever
				// level that heading was typed at.
				for parent := n; strings.Contains(parent, "."); {
					parent = parent[:strings.LastIndexByte(parent, '.')]
					if level, ok := o.numbered[parent]; ok {
						return min(level+dots(n)-dots(parent), 6), true, true
					}
				}
			}
			// An appendix numbers its parts from 1 again, under it.
			d += o.endMatter
		}
		return min(d, 6), true, true
	}
	if !bold || o.anchor == 0 || !titleLike(words) || !followedByBody(p, o.src) {
		return 0, false, false
	}
	return min(o.anchor+1, 6), false, true
}

// whollyItalic reports whether a paragraph is all in italics: one
// emphasis that is not bold, with nothing but white space beside it.
func whollyItalic(p ast.Node, src []byte) bool {
	return whollyOne(p, src, func(e *ast.Emphasis) bool { return !isStrong(e) && !hasStrong(e) })
}

// hasStrong reports whether a bold emphasis is inside e.
func hasStrong(e ast.Node) bool {
	for c := e.FirstChild(); c != nil; c = c.NextSibling() {
		if x, ok := c.(*ast.Emphasis); ok && (x.Level >= 2 || hasStrong(x)) {
			return true
		}
	}
	return false
}

// wholly reports whether a paragraph is all bold: one strong emphasis,
// with nothing but white space beside it.
func wholly(p ast.Node, src []byte) bool { return whollyOne(p, src, isStrong) }

// whollyOne reports whether a paragraph is one emphasis that is, with
// nothing but white space beside it.
func whollyOne(p ast.Node, src []byte, is func(*ast.Emphasis) bool) bool {
	var em ast.Node
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		if e, ok := c.(*ast.Emphasis); ok && em == nil && is(e) {
			em = e
			continue
		}
		if t, ok := c.(*ast.Text); ok && len(strings.TrimSpace(string(t.Segment.Value(src)))) == 0 {
			continue
		}
		return false
	}
	return em != nil
}

// isStrong reports whether an emphasis is bold: "**…**", or "***…***"
// read as an emphasis around a bold one.
func isStrong(e *ast.Emphasis) bool {
	if e.Level >= 2 {
		return true
	}
	inner, ok := e.FirstChild().(*ast.Emphasis)
	return ok && e.ChildCount() == 1 && inner.Level >= 2
}

// titleLike reports whether words read as a title rather than a phrase:
// the first capitalised, and either few of them or most long ones
// capitalised ("Members' signatures", "Conduct of Business").
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

// followedByBody reports whether what follows a paragraph is body text:
// a paragraph that is not itself all bold, a list or a table.
func followedByBody(p ast.Node, src []byte) bool {
	switch n := p.NextSibling().(type) {
	case nil, *ast.Heading, *ast.ThematicBreak:
		return false
	case *ast.Paragraph:
		return !wholly(n, src)
	}
	return true
}
