package markdown

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"

	"github.com/ccgvet/ccgvet/engine/outline"
	"github.com/ccgvet/ccgvet/engine/read/heading"
)

// walker builds an outline in one walk of goldmark's tree.
type walker struct {
	src   []byte
	lines lineIndex
	out   outline.Outline
	// open is the stack of enclosing sections while walking.
	open []int
	seq  int
	// skipTo is where an HTML table read ahead of the walk ends: blocks
	// that start before it are part of the table.
	skipTo int
	// tableEnds are the offsets just past each </table>, found on demand.
	tableEnds []int
	// text is the builder every block's text is written with in turn.
	text textBuilder
	// headings follows the headings so far, for the levels of those typed
	// as bold paragraphs.
	headings heading.Tracker
}

func newWalker(src []byte, lines lineIndex) *walker {
	return &walker{src: src, lines: lines, out: outline.Outline{Sections: []outline.Section{}, Blocks: []outline.Block{}}}
}

func (o *walker) next() int {
	o.seq++
	return o.seq
}

func (o *walker) section() int {
	if len(o.open) == 0 {
		return -1
	}
	return o.open[len(o.open)-1]
}

// lineAtPos returns the line of a node's position, or fallback when
// goldmark did not record one.
func (o *walker) lineAtPos(n ast.Node, fallback int) int {
	if p := n.Pos(); p >= 0 {
		return o.lines.line(p)
	}
	return fallback
}

// walk visits the block children of n in document order.
func (o *walker) walk(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		o.visit(c)
	}
}

// visit adds one block node to the outline. Code blocks, thematic breaks
// and HTML other than tables hold no evidence.
func (o *walker) visit(c ast.Node) {
	if s := nodeStart(c); s >= 0 && s < o.skipTo {
		return // read already, as part of an HTML table
	}
	switch c := c.(type) {
	case *ast.Heading:
		o.heading(c)
	case *ast.Paragraph, *ast.TextBlock:
		o.paragraph(c)
	case *ast.List:
		o.list(c)
	case *east.Table:
		o.table(c)
	case *ast.Blockquote:
		o.walk(c)
	case *ast.HTMLBlock:
		o.skipTo = max(o.skipTo, o.htmlBlock(c))
	}
}

// nodeStart is the offset where a block starts, or -1.
func nodeStart(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	if n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	return -1
}

// finish closes the sections still open at the end of the file.
func (o *walker) finish() {
	end := o.lines.count()
	for _, i := range o.open {
		o.out.Sections[i].EndLine = max(end, o.out.Sections[i].Line)
	}
	o.open = nil
}

// startText returns the outline's text builder, emptied. The text it
// holds must be taken (String, takeMarks) before the next block starts.
func (o *walker) startText() *textBuilder {
	o.text.reset()
	return &o.text
}

func (o *walker) heading(h *ast.Heading) {
	t := o.startText()
	o.inline(h, t)
	line := o.lineAtPos(h, 1)
	if h.Lines().Len() > 0 {
		line = o.lines.line(h.Lines().At(0).Start)
	}
	o.headings.Styled(t.String(), h.Level)
	o.addSection(t.String(), h.Level, line)
}

// addSection opens a section at a heading, closing those it ends: the
// open sections of the same or a deeper level.
func (o *walker) addSection(heading string, level, line int) {
	secs := o.out.Sections
	for len(o.open) > 0 && secs[o.open[len(o.open)-1]].Level >= level {
		i := o.open[len(o.open)-1]
		secs[i].EndLine = max(line-1, secs[i].Line)
		o.open = o.open[:len(o.open)-1]
	}
	o.out.Sections = append(secs, outline.Section{
		Heading: heading, Level: level, Location: outline.Location{Line: line}, Parent: o.section(),
	})
	o.open = append(o.open, len(o.out.Sections)-1)
	o.seq++
}

func (o *walker) paragraph(p ast.Node) {
	t := o.startText()
	o.inline(p, t)
	if t.empty() {
		return
	}
	lines := p.Lines()
	line, end := o.span(p)
	if _, ok := p.FirstChild().(*ast.Emphasis); ok {
		if level, ok := o.boldHeading(p, t.String()); ok {
			o.addSection(t.String(), level, line)
			return
		}
	} else if lines.Len() == 1 {
		// "1.4 Amendment and variation of this constitution" on a line of
		// its own, numbered by hand (package heading).
		if level, ok := o.headings.Typed(t.String(), o.nextText(p)); ok {
			o.addSection(t.String(), level, line)
			return
		}
	}
	o.headings.Body(t.String())
	o.addBlock(t.String(), t.takeMarks(), line, max(end, line), -1, "")
}

// span is the first and last line of a paragraph's text, or its
// position's line and 0 when it has no lines.
func (o *walker) span(p ast.Node) (line, end int) {
	lines := p.Lines()
	if lines.Len() == 0 {
		return o.lineAtPos(p, 1), 0
	}
	last := lines.At(lines.Len() - 1)
	return o.lines.line(lines.At(0).Start), o.lines.line(max(last.Stop-1, last.Start))
}

// nextText is the first line of the paragraph after p, its escapes
// undone, or "".
func (o *walker) nextText(p ast.Node) string {
	n, ok := p.NextSibling().(*ast.Paragraph)
	if !ok || n.Lines().Len() == 0 {
		return ""
	}
	seg := n.Lines().At(0)
	return strings.ReplaceAll(string(seg.Value(o.src)), "\\", "")
}

func (o *walker) addBlock(text string, marks []outline.Mark, line, end, listIdx int, number string) int {
	o.out.Blocks = append(o.out.Blocks, outline.Block{
		Text: text, Number: number, Location: outline.Location{Line: line}, EndLine: end,
		Section: o.section(), Marks: marks, List: listIdx, Seq: o.next(),
	})
	return len(o.out.Blocks) - 1
}

// list adds each item as a block made of the item's own paragraphs;
// nested lists, quotes and tables inside an item follow it as blocks of
// their own, so no text is counted twice.
func (o *walker) list(l *ast.List) {
	idx := len(o.out.Lists)
	o.out.Lists = append(o.out.Lists, outline.List{Seq: o.next(), Section: o.section(), Location: outline.Location{Line: o.lineAtPos(l, 1)}, Ordered: l.IsOrdered()})
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		t := o.startText()
		line := o.lineAtPos(item, o.out.Lists[idx].Line)
		end := line
		var lettered []ast.Node // the item's paragraphs from the first lettered one on
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				if !t.empty() && (len(lettered) > 0 || o.letteredMarker(c) != "") {
					lettered = append(lettered, c)
					continue
				}
				if !t.empty() {
					t.space = true
				}
				o.inline(c, t)
				if ls := c.Lines(); ls.Len() > 0 {
					last := ls.At(ls.Len() - 1)
					end = max(end, o.lines.line(max(last.Stop-1, last.Start)))
				}
			}
		}
		if !t.empty() {
			number := ""
			if l.IsOrdered() {
				number = o.markerNumber(item)
			}
			if title, lvl, ok := o.boldItemHeading(item, number, t.String()); ok {
				// "4.  **Decision making: the Governing Body**", a heading
				// Word numbered, as the Word reader reads it.
				t.takeMarks()
				o.addSection(title, lvl, line)
			} else {
				bi := o.addBlock(t.String(), t.takeMarks(), line, end, idx, number)
				o.out.Lists[idx].Items = append(o.out.Lists[idx].Items, bi)
			}
		}
		o.letteredItems(lettered)
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock: // the item's own text
			default:
				o.visit(c)
			}
		}
	}
}

// boldItemHeading reads an ordered list item that is one bold paragraph
// as Word's numbered bold heading ("4.  **Decision making: the Governing
// Body**" with its clauses nested under it): its title with its number,
// and its level (package heading).
func (o *walker) boldItemHeading(item ast.Node, number, text string) (title string, level int, ok bool) {
	p := item.FirstChild()
	if number == "" || p == nil || !wholly(p, o.src) && !boldWithNote(p, o.src) {
		return "", 0, false // (a bold title may have its note: "4.  **London Joint Committee** [Varied 1 April 2025]")
	}
	if _, isPara := p.(*ast.Paragraph); !isPara {
		if _, isText := p.(*ast.TextBlock); !isText {
			return "", 0, false
		}
	}
	for c := p.NextSibling(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			return "", 0, false // the item says more than its title
		}
	}
	title = number + ". " + text
	level, _, ok = o.headings.Emphasised(title, heading.Bold, func() heading.Next { return heading.NextBody })
	// A bold item in a list nested in another's is a heading under that
	// item's: "2. **Composition**" under "4. **Decision making: the
	// Governing Body**", as Word's outline levels put it.
	for a := item.Parent(); a != nil; a = a.Parent() {
		if _, nested := a.(*ast.ListItem); nested {
			level++
		}
	}
	return title, level, ok
}

// letteredMarkerRe is the marker of a lettered or roman item typed as
// text: "a. ", "(b) ", "iv) ".
var letteredMarkerRe = regexp.MustCompile(`^(\(?[a-z]{1,4}[.)])\s`)

// letteredMarker is the marker a paragraph's first line opens with, or "".
func (o *walker) letteredMarker(p ast.Node) string {
	ls := p.Lines()
	if ls.Len() == 0 {
		return ""
	}
	seg := ls.At(0)
	m := letteredMarkerRe.FindSubmatch(bytes.TrimLeft(seg.Value(o.src), " \t"))
	if m == nil {
		return ""
	}
	return string(m[1])
}

// letteredItems adds the lettered paragraphs of a list item after its own
// text as the items of a list nested in it, as Word numbers them and as
// pandoc writes a nested list of Word's into Markdown ("1. The Governing
// Body is made up of thirteen people:" with "    a. the Clinical Chair
// …" and "    b. …" under it): a paragraph that opens with no marker is a
// paragraph of its own.
func (o *walker) letteredItems(paras []ast.Node) {
	if len(paras) == 0 {
		return
	}
	idx := len(o.out.Lists)
	o.out.Lists = append(o.out.Lists, outline.List{Seq: o.next(), Section: o.section(), Location: outline.Location{Line: o.lineAtPos(paras[0], 1)}, Ordered: true})
	for _, p := range paras {
		t := o.startText()
		o.inline(p, t)
		if t.empty() {
			continue
		}
		line, end := o.span(p)
		marker := o.letteredMarker(p)
		if marker == "" {
			o.addBlock(t.String(), t.takeMarks(), line, max(end, line), -1, "")
			continue
		}
		bi := o.addBlock(t.String(), t.takeMarks(), line, max(end, line), idx, marker)
		o.out.Lists[idx].Items = append(o.out.Lists[idx].Items, bi)
	}
}

// markerNumber reads an ordered list item's number from its line.
func (o *walker) markerNumber(item ast.Node) string {
	p := item.Pos()
	if p < 0 || p >= len(o.src) {
		return ""
	}
	start := o.lines.start(o.lines.line(p))
	end := bytes.IndexByte(o.src[start:], '\n')
	if end < 0 {
		end = len(o.src) - start
	}
	if end > 256 {
		end = 256
	}
	line := o.src[start : start+end]
	rel := p - start
	if rel >= 0 && rel < len(line) {
		if m := listMarkerRe.FindSubmatch(line[rel:]); m != nil {
			return string(m[1])
		}
	}
	if m := listMarkerRe.FindSubmatch(line); m != nil {
		return string(m[1])
	}
	return ""
}

func (o *walker) table(tb *east.Table) {
	t := outline.Table{Seq: o.next(), Section: o.section(), Location: outline.Location{Line: o.lineAtPos(tb, 1)}}
	if n := tb.ChildCount(); n > 1 {
		t.Rows = make([]outline.Row, 0, n-1) // all but the header
	}
	for r := tb.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		if n := r.ChildCount(); n > 0 {
			cells = make([]string, 0, n)
		}
		line := 0
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			tx := o.startText()
			o.inline(c, tx)
			cells = append(cells, tx.String())
			if line == 0 && c.Pos() >= 0 {
				line = o.lines.line(c.Pos())
			}
		}
		// Empty cells have no text and header rows no position of their
		// own: a row's line is that of its first cell, or of the row.
		if r.Pos() >= 0 {
			line = o.lines.line(r.Pos())
		}
		if _, ok := r.(*east.TableHeader); ok {
			if line > 0 {
				t.Line = line
			}
			t.Header = cells
			continue
		}
		if line == 0 {
			line = t.Line + 2 + len(t.Rows)
		}
		t.Rows = append(t.Rows, outline.Row{Cells: cells, Location: outline.Location{Line: line}})
	}
	o.addTable(t)
}

// addTable adds a table read in full, ending at its last row.
func (o *walker) addTable(t outline.Table) {
	t.EndLine = t.Line
	if len(t.Rows) > 0 {
		t.EndLine = t.Rows[len(t.Rows)-1].Line
	}
	o.out.Tables = append(o.out.Tables, t)
}

// inline appends the plain text of n's inline children: text, code,
// emphasis and link text; soft and hard line breaks become spaces; raw
// HTML is dropped except that <br> separates words.
func (o *walker) inline(n ast.Node, t *textBuilder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			value := seg.Value(o.src)
			if bytes.IndexByte(value, '\\') >= 0 && !c.IsRaw() {
				// "6\.3" is how pandoc keeps "6.3" from starting a list:
				// the text is "6.3", as a reader of the page sees it.
				value = util.UnescapePunctuations(value)
			}
			t.add(value, o.lines.line(seg.Start))
			if c.SoftLineBreak() || c.HardLineBreak() {
				t.space = true
			}
		case *ast.String:
			t.add(c.Value, t.lastLine)
		case *ast.AutoLink:
			t.add(c.Label(o.src), t.lastLine)
		case *ast.RawHTML:
			if c.Segments.Len() > 0 {
				s := c.Segments.At(0)
				if strings.HasPrefix(strings.ToLower(string(s.Value(o.src))), "<br") {
					t.space = true
				}
			}
		default:
			o.inline(c, t)
		}
	}
}

// listMarkerRe reads an ordered list item's number as written in the
// source, so "1. 1. 1." lists keep the numbers their author typed.
var listMarkerRe = regexp.MustCompile(`^[ \t>]*(\d{1,9})[.)]`)
