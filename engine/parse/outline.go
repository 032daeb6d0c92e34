package parse

import (
	"bytes"
	"sort"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/ccgvet/ccgvet/engine/model"
)

// outline is the Markdown reduced to what the extractors read: sections,
// text blocks, tables and lists, each with its line and section. It is
// built in one walk of goldmark's tree; every later step works on it.
type outline struct {
	src      []byte
	lines    lineIndex
	sections []model.Section
	blocks   []block
	tables   []table
	lists    []list
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
}

// block is a paragraph or list item with what the extractors need beyond
// the model: where its lines start in its text, and its order.
type block struct {
	model.Block
	marks []mark
	seq   int
	list  int // index in outline.lists, or -1
}

type table struct {
	seq     int
	section int
	line    int // the header row
	endLine int
	header  []string
	rows    []tableRow
}

type tableRow struct {
	cells []string
	line  int
}

type list struct {
	seq     int
	section int
	line    int
	ordered bool
	items   []int // indices in outline.blocks
}

func newOutline(src []byte, lines lineIndex) *outline {
	return &outline{src: src, lines: lines, sections: []model.Section{}, blocks: []block{}}
}

func (o *outline) next() int {
	o.seq++
	return o.seq
}

func (o *outline) section() int {
	if len(o.open) == 0 {
		return -1
	}
	return o.open[len(o.open)-1]
}

func (o *outline) sectionHeading(i int) string {
	if i < 0 {
		return ""
	}
	return o.sections[i].Heading
}

// lineAtPos returns the line of a node's position, or fallback when
// goldmark did not record one.
func (o *outline) lineAtPos(n ast.Node, fallback int) int {
	if p := n.Pos(); p >= 0 {
		return o.lines.line(p)
	}
	return fallback
}

// walk visits the block children of n in document order.
func (o *outline) walk(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		o.visit(c)
	}
}

// visit adds one block node to the outline. Code blocks, thematic breaks
// and HTML other than tables hold no evidence.
func (o *outline) visit(c ast.Node) {
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
func (o *outline) finish() {
	end := o.lines.count()
	for _, i := range o.open {
		o.sections[i].EndLine = max(end, o.sections[i].Line)
	}
	o.open = nil
	sectionKinds(o.sections)
}

// startText returns the outline's text builder, emptied. The text it
// holds must be taken (String, takeMarks) before the next block starts.
func (o *outline) startText() *textBuilder {
	o.text.reset()
	return &o.text
}

func (o *outline) heading(h *ast.Heading) {
	t := o.startText()
	o.inline(h, t)
	line := o.lineAtPos(h, 1)
	if h.Lines().Len() > 0 {
		line = o.lines.line(h.Lines().At(0).Start)
	}
	// Close the sections this heading ends: those of the same or a
	// deeper level.
	for len(o.open) > 0 && o.sections[o.open[len(o.open)-1]].Level >= h.Level {
		i := o.open[len(o.open)-1]
		o.sections[i].EndLine = max(line-1, o.sections[i].Line)
		o.open = o.open[:len(o.open)-1]
	}
	heading := t.String()
	number, title := splitHeading(heading)
	s := model.Section{
		Index: len(o.sections), Heading: heading, Number: number, Title: title,
		Level: h.Level, Line: line, Kind: titleKind(title), Parent: o.section(),
	}
	o.sections = append(o.sections, s)
	o.open = append(o.open, s.Index)
	o.seq++
}

func (o *outline) paragraph(p ast.Node) {
	t := o.startText()
	o.inline(p, t)
	if t.empty() {
		return
	}
	lines := p.Lines()
	line, end := o.lineAtPos(p, 1), 0
	if lines.Len() > 0 {
		line = o.lines.line(lines.At(0).Start)
		end = o.lines.line(max(lines.At(lines.Len()-1).Stop-1, lines.At(lines.Len()-1).Start))
	}
	o.addBlock(t.String(), t.takeMarks(), line, max(end, line), -1, "")
}

func (o *outline) addBlock(text string, marks []mark, line, end, listIdx int, number string) int {
	if number == "" {
		number = clauseNumber(text)
	}
	sec := o.section()
	b := block{
		Block: model.Block{
			Number: number, Text: text, Line: line, EndLine: end,
			Section: o.sectionHeading(sec), SectionIndex: sec, ListItem: listIdx >= 0,
		},
		marks: marks, seq: o.next(), list: listIdx,
	}
	o.blocks = append(o.blocks, b)
	return len(o.blocks) - 1
}

// list adds each item as a block made of the item's own paragraphs;
// nested lists, quotes and tables inside an item follow it as blocks of
// their own, so no text is counted twice.
func (o *outline) list(l *ast.List) {
	idx := len(o.lists)
	o.lists = append(o.lists, list{seq: o.next(), section: o.section(), line: o.lineAtPos(l, 1), ordered: l.IsOrdered()})
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		t := o.startText()
		line := o.lineAtPos(item, o.lists[idx].line)
		end := line
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
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
			text := t.String()
			number := ""
			if l.IsOrdered() && clauseNumber(text) == "" {
				number = o.markerNumber(item)
			}
			bi := o.addBlock(text, t.takeMarks(), line, end, idx, number)
			o.lists[idx].items = append(o.lists[idx].items, bi)
		}
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock: // the item's own text
			default:
				o.visit(c)
			}
		}
	}
}

// markerNumber reads an ordered list item's number from its line.
func (o *outline) markerNumber(item ast.Node) string {
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

func (o *outline) table(tb *east.Table) {
	t := table{seq: o.next(), section: o.section(), line: o.lineAtPos(tb, 1)}
	if n := tb.ChildCount(); n > 1 {
		t.rows = make([]tableRow, 0, n-1) // all but the header
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
				t.line = line
			}
			t.header = cells
			continue
		}
		if line == 0 {
			line = t.line + 2 + len(t.rows)
		}
		t.rows = append(t.rows, tableRow{cells: cells, line: line})
	}
	t.endLine = t.line
	if len(t.rows) > 0 {
		t.endLine = t.rows[len(t.rows)-1].line
	}
	o.tables = append(o.tables, t)
}

// inline appends the plain text of n's inline children: text, code,
// emphasis and link text; soft and hard line breaks become spaces; raw
// HTML is dropped except that <br> separates words.
func (o *outline) inline(n ast.Node, t *textBuilder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			t.add(seg.Value(o.src), o.lines.line(seg.Start))
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

// blockBefore returns the index of the last block that comes before
// document position seq in section sec, or -1: the paragraph that leads
// into a list or table ("Its other members are:").
func (o *outline) blockBefore(seq, sec int) int {
	i := sort.Search(len(o.blocks), func(i int) bool { return o.blocks[i].seq >= seq }) - 1
	if i < 0 || o.blocks[i].SectionIndex != sec {
		return -1
	}
	return i
}

// leadIn returns the text leading into list li, or "".
func (o *outline) leadIn(li int) string {
	l := o.lists[li]
	if i := o.blockBefore(l.seq, l.section); i >= 0 {
		return o.blocks[i].Text
	}
	return ""
}
