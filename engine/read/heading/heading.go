// Package heading reads headings typed as emphasised paragraphs, the same
// way for every format. Word has no Markdown headings, and a constitution
// converted from it (pandoc -t gfm) often has none either: where the
// author typed a heading as a bold paragraph, it arrives as "**5. THE
// GOVERNING BODY**" in Markdown and as a bold paragraph in Word. Such a
// paragraph is a heading when it is wholly bold and short, and either
// numbered as a heading is (its level from the number's depth) or, after
// the first heading or the first paragraph of body text, a title followed
// by body text (a level below the heading before it). Before both is the
// title page, whose bold lines ("**CONSTITUTION**") are the document's
// title. Both readers
// use this package so that a document reads alike in both formats.
package heading

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxWords is the most words a bold heading has, and maxLabelledWords the
// most one that begins with a label ("Part B", "Schedule 2") has.
const (
	MaxWords         = 11
	maxLabelledWords = 18
	// maxCapitalWords is the most words a labelled heading wholly in
	// capitals has.
	maxCapitalWords = 30
)

// Kind is the kind of a heading's number.
type Kind int

// Kinds of heading number.
const (
	PlainNumber Kind = iota // 5., 6.4.2: numbers that restart in each appendix
	Division                // PART 3, Section 3, Chapter 2: divisions of the body
	EndMatter               // Appendix C, Schedule 2, Annex B: what follows the body
	Lettered                // C.1, A., IV.: numbered within an appendix already
)

// numbers read the number or label a heading begins with (group 1); the
// depth is how many levels it numbers.
var numbers = []struct {
	re    *regexp.Regexp
	depth func(number string) int
	kind  Kind
}{
	// 5. THE GOVERNING BODY, 6.4.2 Audit Committee
	// (6A. and 6A.1: a part inserted by a later amendment)
	{regexp.MustCompile(`^(\d{1,3}[A-Z]?(?:\.\d{1,3}[A-Z]?)*)\.?(?:\s+|$)`), dots, PlainNumber},
	// PART 3 – MEMBERSHIP, Section 3: Membership
	{regexp.MustCompile(`^((?i:part|section|chapter|article)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVXLC]{1,6}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))\b`), one, Division},
	// Schedule 2: Standing Orders, Appendix C, Annex 1
	{regexp.MustCompile(`^((?i:appendix|annexe?|schedule)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]|[IVXLC]{1,6}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))\b`), one, EndMatter},
	// APPENDIX – DEFINITIONS
	{regexp.MustCompile(`^((?i:appendix|annexe?|schedule))\s*[:–—-]`), one, EndMatter},
	// C.1 Calling meetings (appendix numbering)
	{regexp.MustCompile(`^([A-Z](?:\.\d{1,3})+)\.?\s+`), dots, Lettered},
	// A2.3 Partner Member for the providers of primary medical services
	// (an appendix's letter and number, then its clauses)
	{regexp.MustCompile(`^([A-Z]{1,2}\d{1,3}(?:\.\d{1,3})+)\.?\s+`), dots, Lettered},
	// A. Introduction, IV. Membership
	{regexp.MustCompile(`^([A-Z]|[IVXLC]{1,6})\.\s+`), one, Lettered},
	// (D) Primary Care Commissioning Committee: a capital in brackets, on
	// a bold line of its own
	{regexp.MustCompile(`^(\([A-Z]\))\s+`), one, Lettered},
}

// standingOrderRe reads the standing orders' and financial instructions'
// own numbering, "SO 2 The Governing Body", "SFI 4.1 Budgets": a heading
// only on a bold line of its own, for "SO3 Decisions are reached by
// consensus" is a standing order's clause.
var standingOrderRe = regexp.MustCompile(`^((?:SO|SFI)\s?\d{1,3}(?:\.\d{1,3})*)\.?\s+(.*)$`)

func dots(number string) int { return strings.Count(strings.TrimSuffix(number, "."), ".") + 1 }
func one(string) int         { return 1 }

// Number reads the heading number text begins with: its depth (0 when it
// has none), its kind, and the title after it.
func Number(text string) (depth int, kind Kind, title string) {
	for _, hn := range numbers {
		if m := hn.re.FindStringSubmatchIndex(text); m != nil {
			title = strings.TrimLeft(text[m[1]:], " \t.:–—-")
			return hn.depth(text[m[2]:m[3]]), hn.kind, strings.TrimSpace(title)
		}
	}
	return 0, 0, ""
}

// LeadingNumber is the clause number a heading begins with ("4.2" of "4.2
// Composition", "4" of "4. THE GOVERNING BODY"), or "".
func LeadingNumber(text string) string {
	m := numbers[0].re.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return ""
	}
	return strings.TrimSuffix(m[1], ".")
}

// Emphasis is how a paragraph is emphasised as a whole.
type Emphasis int

// Emphases of a whole paragraph.
const (
	Plain Emphasis = iota
	Bold
	Italic
)

// Next is what follows an emphasised paragraph, for whether it is a
// heading.
type Next int

// What may follow an emphasised paragraph.
const (
	// NextOther is a heading by its format, a break, the end, or a
	// wholly emphasised line that is no title over body text.
	NextOther Next = iota
	// NextBody is body text: a paragraph not wholly bold, a list, a
	// table.
	NextBody
	// NextTitle is a wholly bold title that body text follows: the
	// paragraph is a heading over sub-headings ("**Primary Care
	// Commissioning Committee – terms of reference**", then
	// "**Purpose**" and its text).
	NextTitle
)

// Tracker follows the headings of one document, for the levels of the
// emphasised ones.
type Tracker struct {
	// anchor is the level of the last heading that is not an unnumbered
	// emphasised one: such a heading goes one level below it.
	anchor int
	// numbered holds the level of each numbered heading so far by its
	// number ("4.2"), for the headings whose number extends it.
	numbered map[string]int
	// endMatter is the level of the appendix or schedule heading the
	// headings that follow are in, or 0: an appendix numbers its parts
	// from 1 again, under it.
	endMatter int
	// over is the level of the last unnumbered heading over
	// sub-headings (NextTitle), or 0: the unnumbered headings after it go
	// one level below it, until a numbered or styled heading.
	over int
	// body says a paragraph of body text has been read: the title page
	// is over, so an unnumbered bold title is a heading even before any
	// numbered one ("**Composition of the Board**" in a constitution
	// whose headings are all unnumbered).
	body bool
}

// Body records a paragraph of body text: a clause numbered as one is, or
// a sentence of some length. The title page's lines are neither.
func (t *Tracker) Body(text string) {
	if t.body {
		return
	}
	if words := strings.Fields(text); len(words) >= 12 || LeadingNumber(text) != "" && len(words) >= 4 {
		t.body = true
	}
}

// Styled records a heading the format itself marks as one (a Markdown
// heading, a Word heading style) at its level.
func (t *Tracker) Styled(text string, level int) {
	t.anchor, t.over = level, 0
	t.number(text, level)
	if level <= t.endMatter {
		t.endMatter = 0
	}
	// "## APPENDIX C – … TERMS OF REFERENCE", then "**1. Constitution of
	// the Committee**": the appendix numbers its parts from 1 again,
	// under it, as under a bold appendix title.
	if _, kind, _ := Number(text); kind == EndMatter {
		t.endMatter = level
	}
}

// number records the level of a heading that begins with a clause number.
func (t *Tracker) number(text string, level int) {
	if n := LeadingNumber(text); n != "" {
		if t.numbered == nil {
			t.numbered = map[string]int{}
		}
		t.numbered[n] = level
	}
}

// Emphasised reports whether a paragraph wholly in emphasis e, its text
// text, is a heading, its level, and whether it is numbered, and records
// it when it is. next says what follows the paragraph.
func (t *Tracker) Emphasised(text string, e Emphasis, next func() Next) (level int, numbered, ok bool) {
	level, numbered, ok = t.emphasised(text, e, next)
	if ok && numbered {
		t.anchor, t.over = level, 0
		t.number(text, level)
	}
	return level, numbered, ok
}

func (t *Tracker) emphasised(text string, e Emphasis, next func() Next) (level int, numbered, ok bool) {
	if e == Plain || text == "" {
		return 0, false, false
	}
	words := strings.Fields(text)
	d, kind, title := Number(text)
	if m := standingOrderRe.FindStringSubmatch(text); d == 0 && e == Bold && m != nil {
		d, kind, title = dots(m[1]), Lettered, m[2]
	}
	most := MaxWords
	if d > 0 && (kind == Division || kind == EndMatter || e == Bold) {
		// "Part B – Partner Member nominated by the providers of primary
		// medical services": a label says it is a heading, however long;
		// so does a number on a bold line of its own ("6. Arrangements
		// for conflict of interest management and standards of business
		// conduct", the model ICB constitution's title).
		most = maxLabelledWords
		if (kind == Division || kind == EndMatter) && strings.ToUpper(text) == text {
			// "APPENDIX D – TERMS OF REFERENCE OF THE JOINT COMMITTEE OF
			// NHS SANDHILLS AND ALTCAR CCG AND NHS WEST SCARISBRICK CCG":
			// a label in capitals, however many parties it names.
			most = maxCapitalWords
		}
	}
	if len(words) == 0 || len(words) > most || strings.ContainsAny(text[len(text)-1:], ".:;,") {
		return 0, false, false
	}
	if d > 0 {
		label := kind == Division || kind == EndMatter
		if title == "" && !label || title != "" && !startsUpper(title) {
			return 0, false, false
		}
		// Sub-headings are often set in italics under bold ones ("*4.2
		// Who sits on the Board*"); an italic line is a heading only
		// when it is numbered as a clause is, never a note or a quotation.
		if e != Bold && (kind != PlainNumber || title == "") {
			return 0, false, false
		}
		switch kind {
		case Division:
			t.endMatter = 0
		case EndMatter:
			t.endMatter = d
		case PlainNumber:
			if n := LeadingNumber(text); t.endMatter == 0 {
				// "**4.2 Composition**" under "## 4. THE GOVERNING BODY":
				// below the heading whose number it extends, whatever
				// level that heading was typed at.
				for parent := n; strings.Contains(parent, "."); {
					parent = parent[:strings.LastIndexByte(parent, '.')]
					if level, ok := t.numbered[parent]; ok {
						return min(level+dots(n)-dots(parent), 6), true, true
					}
				}
			}
			d += t.endMatter
		}
		return min(d, 6), true, true
	}
	// In a constitution whose headings so far are all unnumbered bold
	// titles, a title in sentence case is one too; where headings are
	// numbered or styled, an unnumbered bold line must look like a title
	// ("Approval of the annual report by the members" is a matter, not a
	// heading).
	unstructured := t.anchor == 0 && len(t.numbered) == 0
	if e != Bold || t.anchor == 0 && !t.body || !(TitleLike(words) || unstructured && sentenceCaseTitle(words)) {
		return 0, false, false
	}
	switch next() {
	case NextTitle:
		// A title over titles, each over its text: the sub-headings go
		// below it. Before any body text it is the title page's.
		if !t.body {
			return 0, false, false
		}
		t.over = min(t.anchor+1, 6)
		return t.over, false, true
	case NextBody:
		if t.over > 0 {
			return min(t.over+1, 6), false, true
		}
		return min(t.anchor+1, 6), false, true
	}
	return 0, false, false
}

// Typed reports whether a plain paragraph, neither a heading by its format
// nor emphasised, is a heading typed with its number, as Word documents
// numbered by hand are ("1.4 Amendment and variation of this
// constitution", "6. MANAGING CONFLICTS OF INTEREST"), and its level, and
// records it when it is. next is the text of the paragraph after it. Such
// a line is short, ends without punctuation, and is in capitals or
// followed by a clause whose number extends its own ("1.4.1 …").
func (t *Tracker) Typed(text, next string) (level int, ok bool) {
	// Cheap tests first: most paragraphs are sentences, and Number runs
	// several expressions.
	if text == "" || text[0] < '0' || text[0] > '9' || len(text) > 120 || strings.ContainsAny(text[len(text)-1:], ".:;,") {
		return 0, false
	}
	d, kind, title := Number(text)
	if d == 0 || kind != PlainNumber || title == "" || !startsUpper(title) || len(strings.Fields(text)) > 10 ||
		strings.ContainsAny(text[len(text)-1:], ".:;,") {
		return 0, false
	}
	n := LeadingNumber(text)
	if !upperCase(title) && !strings.HasPrefix(LeadingNumber(next), n+".") {
		return 0, false
	}
	level, _, ok = t.Emphasised(text, Bold, func() Next { return NextBody })
	return level, ok
}

// upperCase reports whether every letter of s is a capital.
func upperCase(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// TitleLine reports whether a wholly bold line reads as a title a reader
// may take as a sub-heading (NextTitle): a title of at most MaxWords,
// with no final punctuation.
func TitleLine(text string) bool {
	words := strings.Fields(text)
	return len(words) > 0 && len(words) <= MaxWords && TitleLike(words) && !strings.ContainsAny(text[len(text)-1:], ".:;,")
}

// TitleLike reports whether words read as a title rather than a phrase:
// the first capitalised, and either few of them or most long ones
// capitalised ("Members' signatures", "Conduct of Business"). A title
// with a subtitle after a dash or colon is judged by its title: "Partner
// Members – NHS trusts and foundation trusts".
func TitleLike(words []string) bool {
	if len(words) == 0 || !startsUpper(words[0]) {
		return false
	}
	for k := 1; k < len(words)-1; k++ {
		if w := words[k]; w == "–" || w == "—" || w == "-" || strings.HasSuffix(w, ":") {
			head := words[:k]
			if strings.HasSuffix(w, ":") {
				head = words[:k+1]
			}
			return titleLikeWords(head)
		}
	}
	return titleLikeWords(words)
}

func titleLikeWords(words []string) bool {
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

// sentenceCaseTitle reports whether words, not title-like, still read as
// a title in sentence case: no verb that makes a sentence ("Managing
// conflicts of interest and standards of business conduct").
func sentenceCaseTitle(words []string) bool {
	if len(words) == 0 || !startsUpper(words[0]) {
		return false
	}
	for _, w := range words {
		if finiteVerbs[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// finiteVerbs are the verbs that make a line a sentence, not a title.
var finiteVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "shall": true, "must": true, "will": true, "may": true,
	"has": true, "have": true, "should": true, "can": true, "does": true, "do": true,
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
