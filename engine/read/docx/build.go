package docx

import (
	"regexp"
	"strings"

	"github.com/ccgvet/ccgvet/engine/outline"
	"github.com/ccgvet/ccgvet/engine/read/heading"
)

// builder turns the paragraphs and tables read into an outline, as the
// Markdown reader's walker does for Markdown.
type builder struct {
	out  outline.Outline
	open []int
	seq  int
	// headings follows the headings so far, for the levels of those typed
	// as bold paragraphs, as the Markdown reader does.
	headings heading.Tracker
	// lists are the lists open at this point, outermost first: a nested
	// list is open inside its parent's, which goes on after it as one
	// list, as in Markdown.
	lists    []openList
	st       *styles
	numbered *counter
}

// plainListLabel is a label a Markdown ordered list would have: "3." or
// "3)". Other labels ("6.3.2", "(a)") are clause numbers, written into
// the text as Word shows them.
var plainListLabel = regexp.MustCompile(`^(\d{1,9})[.)]?$`)

func build(items []item, notes []note, paragraphs int, st *styles, num *numbering) *outline.Outline {
	b := &builder{
		out:      outline.Outline{Sections: []outline.Section{}, Blocks: []outline.Block{}, Lines: paragraphs},
		st:       st,
		numbered: newCounter(num),
	}
	b.items(items)
	// Each note is a section of its own, named as Word shows it, so that a
	// finding on a note's words says which note to open.
	for _, n := range notes {
		if len(n.items) == 0 {
			continue
		}
		b.endList()
		b.addSection(n.name, 1, firstIndex(n.items), "")
		b.items(n.items)
	}
	for _, i := range b.open {
		b.out.Sections[i].EndLine = max(paragraphs, b.out.Sections[i].Line)
	}
	return &b.out
}

// items adds paragraphs and tables in order.
func (b *builder) items(items []item) {
	items = joinParagraphs(items)
	for i, it := range items {
		if it.table != nil {
			b.endList()
			b.table(it.table)
			continue
		}
		b.paragraph(it.para, items[i+1:])
	}
}

// firstIndex is the paragraph index the items start at.
func firstIndex(items []item) int {
	if it := items[0]; it.para != nil {
		return it.para.index
	}
	return items[0].table.index
}

// joinParagraphs runs a paragraph whose mark this view removes into the
// next: the merged paragraph has the later one's properties, as in Word.
func joinParagraphs(items []item) []item {
	out := items[:0]
	carry := ""
	for _, it := range items {
		if it.para == nil {
			carry = ""
			out = append(out, it)
			continue
		}
		p := it.para
		if carry != "" {
			p.text = collapse(carry + " " + p.text)
			carry = ""
		}
		if p.joinNext {
			carry = p.text
			continue
		}
		out = append(out, it)
	}
	return out
}

func (b *builder) next() int {
	b.seq++
	return b.seq
}

func (b *builder) section() int {
	if len(b.open) == 0 {
		return -1
	}
	return b.open[len(b.open)-1]
}

func (b *builder) heading() string {
	if s := b.section(); s >= 0 {
		return b.out.Sections[s].Heading
	}
	return ""
}

// numberOf numbers a paragraph: its label, whether it is a bulleted item,
// the list it belongs to ("" when not numbered) and its level in it.
func (b *builder) numberOf(p *para) (label string, bullet bool, key string, depth int) {
	numID, ilvl, ok := p.numID, p.ilvl, p.hasNum
	if !ok {
		numID, ilvl, ok = b.st.numbering(b.styleOf(p))
	} else if ilvl < 0 {
		_, ilvl, _ = b.st.numbering(b.styleOf(p))
	}
	if !ok || numID == "" || numID == "0" {
		return "", false, "", 0
	}
	if ilvl < 0 {
		ilvl = b.numbered.levelFor(numID, b.styleOf(p))
	}
	label, bullet, ok = b.numbered.next(numID, ilvl)
	if !ok {
		return "", false, "", 0
	}
	return label, bullet, b.numbered.listOf(numID) + "/" + string(rune('0'+ilvl)), ilvl
}

func (b *builder) styleOf(p *para) string {
	if p.style != "" {
		return p.style
	}
	return b.st.defaultPara
}

func (b *builder) paragraph(p *para, rest []item) {
	if b.st.tableOfContents(b.styleOf(p)) {
		return
	}
	label, bullet, key, depth := b.numberOf(p)
	level := b.st.headingLevel(b.styleOf(p))
	if p.outline >= 0 && p.outline <= 8 {
		level = p.outline + 1
	} else if p.outline == 9 {
		level = 0
	}
	if p.text == "" {
		return
	}
	text := p.text
	if level > 0 {
		if label != "" {
			text = label + " " + text
		}
		b.endList()
		b.headings.Styled(text, level)
		b.addSection(text, level, p.index, strings.TrimSuffix(label, "."))
		return
	}
	number := ""
	listItem := false
	switch {
	case bullet:
		listItem = true
	case label == "":
	case plainListLabel.MatchString(label):
		listItem = true
		number = plainListLabel.FindStringSubmatch(label)[1]
	default:
		text = label + " " + text
		number = strings.TrimSuffix(label, ".")
	}
	if (p.bold || p.italic) && !bullet {
		// A bold paragraph Word numbers "5." is how many authors make a
		// heading: read with its number, it is one if "**5. THE
		// GOVERNING BODY**" would be in Markdown.
		title := text
		if listItem {
			title = label + " " + text
		}
		e := heading.Italic
		if p.bold {
			e = heading.Bold
		}
		if lvl, _, ok := b.headings.Emphasised(title, e, func() heading.Next { return b.followedBy(rest) }); ok {
			if listItem {
				// "2. Composition" a level below "4. Decision making: the
				// Governing Body" in Word's numbering is a heading under it.
				lvl += depth
			}
			b.endList()
			b.addSection(title, lvl, p.index, number)
			return
		}
	} else if label == "" {
		// "1.4 Amendment and variation of this constitution", numbered by
		// hand on a line of its own, as the Markdown reader reads it.
		if lvl, ok := b.headings.Typed(text, nextParagraph(rest)); ok {
			b.endList()
			b.addSection(text, lvl, p.index, "")
			return
		}
	}
	listIdx := -1
	if listItem {
		listIdx = b.listFor(key, !bullet, p.index)
	} else {
		b.endList()
	}
	clause := number
	if clause == "" {
		clause = typedNumber(text)
	}
	b.headings.Body(text)
	b.out.Blocks = append(b.out.Blocks, outline.Block{
		Text: text, Number: number, Location: b.location(p.index, clause), EndLine: p.index,
		Section: b.section(), List: listIdx, Seq: b.next(),
	})
	if listIdx >= 0 {
		b.out.Lists[listIdx].Items = append(b.out.Lists[listIdx].Items, len(b.out.Blocks)-1)
	}
}

// openList is a list being filled: its index in the outline, and the
// Word list and level it is (numberOf's key) and that level.
type openList struct {
	idx   int
	key   string
	level int
}

// listFor returns the list an item of the Word list and level key goes
// in: the open list of that key, once the lists nested in it end; a new
// list nested in the open one when the item is at a deeper level; else a
// new list.
func (b *builder) listFor(key string, ordered bool, index int) int {
	level := 0
	if k := strings.LastIndexByte(key, '/'); k >= 0 {
		level = int(key[k+1] - '0')
	}
	for len(b.lists) > 0 {
		top := b.lists[len(b.lists)-1]
		if top.key == key {
			return top.idx
		}
		if top.level < level {
			break
		}
		b.lists = b.lists[:len(b.lists)-1]
	}
	b.out.Lists = append(b.out.Lists, outline.List{
		Ordered: ordered, Seq: b.next(), Section: b.section(),
		Location: b.location(index, ""),
	})
	b.lists = append(b.lists, openList{idx: len(b.out.Lists) - 1, key: key, level: level})
	return len(b.out.Lists) - 1
}

// nextParagraph is the text of the first paragraph with text in rest, or
// "" when a table comes first.
func nextParagraph(rest []item) string {
	if it, ok := nextContent(rest); ok && it.table == nil {
		return it.para.text
	}
	return ""
}

// nextContent is the first table or paragraph with text in rest, the one
// a reader sees next: empty paragraphs are spacing.
func nextContent(rest []item) (item, bool) {
	if k, ok := nextContentAt(rest); ok {
		return rest[k], true
	}
	return item{}, false
}

// nextContentAt is the index in rest of the next paragraph or table with
// text.
func nextContentAt(rest []item) (int, bool) {
	for k, it := range rest {
		if it.table != nil || it.para.text != "" {
			return k, true
		}
	}
	return 0, false
}

func (b *builder) endList() { b.lists = b.lists[:0] }

func (b *builder) location(index int, clause string) outline.Location {
	return outline.Location{Line: index, Paragraph: index, Clause: clause, Heading: b.heading()}
}

// typedNumber is a dotted clause number typed at the start of a
// paragraph ("6.3.2 The Group..."), or "".
func typedNumber(text string) string {
	if m := typedNumberRe.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

var typedNumberRe = regexp.MustCompile(`^((?:\d{1,4}|[A-Z]{1,2})(?:\.\d{1,4})+(?:\([a-z0-9]{1,6}\))?)\.?(?:\s|$)`)

// addSection opens a section at a heading, closing the open sections of
// the same or a deeper level.
func (b *builder) addSection(heading string, level, index int, number string) {
	secs := b.out.Sections
	for len(b.open) > 0 && secs[b.open[len(b.open)-1]].Level >= level {
		i := b.open[len(b.open)-1]
		secs[i].EndLine = max(index-1, secs[i].Line)
		b.open = b.open[:len(b.open)-1]
	}
	if number == "" {
		number = typedNumber(heading)
	}
	b.out.Sections = append(secs, outline.Section{
		Heading: heading, Level: level, Parent: b.section(),
		Location: outline.Location{Line: index, Paragraph: index, Clause: number, Heading: heading},
	})
	b.open = append(b.open, len(b.out.Sections)-1)
	b.seq++
}

func (b *builder) table(t *table) {
	if len(t.rows) > 1 && titleRow(t.rows[0].cells) {
		// A first row merged across the table is its title ("Appendix B:
		// member practices"), not the header naming its columns.
		t.rows = t.rows[1:]
	}
	if len(t.rows) == 0 {
		return
	}
	ot := outline.Table{
		Header: t.rows[0].cells, Seq: b.next(), Section: b.section(),
		Location: b.location(t.rows[0].index, ""),
	}
	for _, r := range t.rows[1:] {
		ot.Rows = append(ot.Rows, outline.Row{Cells: r.cells, Location: b.location(r.index, "")})
	}
	ot.EndLine = ot.Line
	if len(ot.Rows) > 0 {
		ot.EndLine = ot.Rows[len(ot.Rows)-1].Line
	}
	b.out.Tables = append(b.out.Tables, ot)
}

// titleRow reports whether a row is one cell merged across every column.
func titleRow(cells []string) bool {
	if len(cells) < 2 || cells[0] == "" {
		return false
	}
	for _, c := range cells[1:] {
		if c != cells[0] {
			return false
		}
	}
	return true
}
