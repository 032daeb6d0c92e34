package docx

import (
	"fmt"
	"io"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/read/heading"
)

// item is a paragraph or a table of the body, in order.
type item struct {
	para  *para
	table *table
}

// para is one paragraph as read, before numbering and headings.
type para struct {
	// index is the paragraph's position in the body, 1-based.
	index  int
	text   string
	style  string
	numID  string
	ilvl   int
	hasNum bool
	// outline is a direct outline level (0-8), or -1.
	outline int
	// bold and italic say every character of the text is.
	bold, italic bool
	// joinNext says the paragraph's mark is gone in this view (a deleted
	// paragraph mark when accepted, an inserted one when rejected): it runs
	// on into the next paragraph.
	joinNext bool
}

type table struct {
	index int
	rows  []row
}

type row struct {
	index int
	cells []string
}

// Revision is one tracked change: who made it and when, as Word records
// them, and the text it inserts or deletes.
type Revision struct {
	// Kind is "insert", "delete", "move from" or "move to".
	Kind   string `json:"kind"`
	Author string `json:"author,omitempty"`
	Date   string `json:"date,omitempty"`
	// Paragraph is the position of the paragraph it is in, in the
	// accepted view for an insertion and the rejected view for a deletion.
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
	// through is the last paragraph of a change merged from several.
	through int
}

func (r *Revision) lastParagraph() int { return max(r.Paragraph, r.through) }

// bodyReader reads the main part's body into items.
type bodyReader struct {
	t          *tokens
	view       View
	st         *styles
	paragraphs int
	revisions  []Revision
	// hidden counts the enclosing revisions whose content this view drops.
	hidden int
	// revs are the enclosing revision elements: their depth and index in
	// revisions.
	revs []openRev
	// pending are text-box paragraphs met inside a paragraph, added after
	// it.
	pending []item
	// inPara says a paragraph is being read.
	inPara bool
}

type openRev struct {
	depth  int
	hidden bool
	rev    int
}

func newBodyReader(r io.Reader, view View, st *styles) *bodyReader {
	return &bodyReader{t: newTokens(r, "word/document.xml"), view: view, st: st}
}

func (b *bodyReader) read() ([]item, *model.InputError) {
	// Find w:body.
	for {
		tok, ierr := b.t.next()
		if ierr == errEOF {
			return nil, inputError("a Word document with no body (word/document.xml has no w:body)")
		}
		if ierr != nil {
			return nil, ierr
		}
		if e, ok := tok.start(); ok && e.local == "body" {
			break
		}
	}
	items, ierr := b.container()
	if ierr != nil {
		return nil, ierr
	}
	return items, nil
}

// note is a footnote or an endnote: what it says, as paragraphs and
// tables, and its name ("Footnote 3").
type note struct {
	name  string
	items []item
}

// notes reads a footnotes or endnotes part (element w:footnote or
// w:endnote), in order, leaving out the separators Word keeps there. The
// notes' paragraphs are numbered after the body's.
func (b *bodyReader) notes(r io.Reader, part, element, label string) ([]note, *model.InputError) {
	b.t = newTokens(r, part)
	var out []note
	for {
		tok, ierr := b.t.next()
		if ierr == errEOF {
			return out, nil
		}
		if ierr != nil {
			return nil, ierr
		}
		e, ok := tok.start()
		if !ok || e.local != element {
			continue
		}
		if t := attr(e, "type"); t != "" && t != "normal" {
			if ierr := b.t.skip(); ierr != nil {
				return nil, ierr
			}
			continue
		}
		items, ierr := b.container()
		if ierr != nil {
			return nil, ierr
		}
		out = append(out, note{name: fmt.Sprintf("%s %d", label, len(out)+1), items: items})
	}
}

// container reads block-level content (paragraphs and tables) up to the
// end of the element just started: the body, a table cell, a text box.
// Content controls, custom XML and the like are read through.
func (b *bodyReader) container() ([]item, *model.InputError) {
	var out []item
	end := b.t.depth - 1
	for b.t.depth > end {
		tok, ierr := b.t.next()
		if ierr == errEOF {
			break
		}
		if ierr != nil {
			return nil, ierr
		}
		e, ok := tok.start()
		if !ok {
			if ee, ok := tok.end(); ok {
				b.closeRevs(ee)
			}
			continue
		}
		switch e.local {
		case "p":
			p, ierr := b.paragraph()
			if ierr != nil {
				return nil, ierr
			}
			out = append(out, item{para: p})
			out = append(out, b.pending...)
			b.pending = b.pending[:0]
		case "tbl":
			tb, ierr := b.table()
			if ierr != nil {
				return nil, ierr
			}
			out = append(out, item{table: tb})
		case "ins", "del", "moveTo", "moveFrom":
			b.openRev(e)
		case "sectPr", "sdtPr", "sdtEndPr", "tblPr", "Fallback", "altChunk":
			if ierr := b.t.skip(); ierr != nil {
				return nil, ierr
			}
		}
	}
	return out, nil
}

// openRev notes a tracked change starting.
func (b *bodyReader) openRev(e *elem) {
	kind := map[string]string{"ins": "insert", "del": "delete", "moveTo": "move to", "moveFrom": "move from"}[e.local]
	hidden := (kind == "insert" || kind == "move to") == (b.view == Rejected)
	b.revisions = append(b.revisions, Revision{Kind: kind, Author: attr(e, "author"), Date: attr(e, "date"), Paragraph: b.paragraphs + btoi(!b.inPara)})
	b.revs = append(b.revs, openRev{depth: b.t.depth, hidden: hidden, rev: len(b.revisions) - 1})
	if hidden {
		b.hidden++
	}
}

// closeRevs ends the tracked changes an end element closes.
func (b *bodyReader) closeRevs(_ *elem) {
	for len(b.revs) > 0 && b.revs[len(b.revs)-1].depth > b.t.depth {
		r := b.revs[len(b.revs)-1]
		if r.hidden {
			b.hidden--
		}
		b.revs = b.revs[:len(b.revs)-1]
	}
}

// revText adds text to the changes enclosing it.
func (b *bodyReader) revText(s string) {
	if len(b.revs) > 0 {
		r := &b.revisions[b.revs[len(b.revs)-1].rev]
		r.Text += s
	}
}

// paragraph reads a w:p just started.
func (b *bodyReader) paragraph() (*para, *model.InputError) {
	b.paragraphs++
	outer := b.inPara
	b.inPara = true
	defer func() { b.inPara = outer }()
	p := &para{index: b.paragraphs, ilvl: -1, outline: -1}
	var text strings.Builder
	end := b.t.depth - 1
	runBold, runItalic, runs, boldRuns, italicRuns := false, false, 0, 0, 0
	// notBold is the text of the runs that are not bold, all in italics
	// after the bold ones while italicTail holds: "8 STANDARDS …" then
	// "(formerly 9)" in italics.
	var notBold strings.Builder
	italicTail := true
	// runHidden is hidden text (w:vanish): Word does not show it.
	runHidden := false
	var pending []item
	add := func(s string, visible bool) {
		if !visible || runHidden {
			return
		}
		text.WriteString(s)
		if strings.TrimSpace(s) != "" {
			runs++
			if runBold {
				boldRuns++
				italicTail = italicTail && notBold.Len() == 0
			} else {
				notBold.WriteString(s)
				italicTail = italicTail && runItalic && boldRuns > 0
			}
			if runItalic {
				italicRuns++
			}
		}
	}
	for b.t.depth > end {
		tok, ierr := b.t.next()
		if ierr == errEOF {
			break
		}
		if ierr != nil {
			return nil, ierr
		}
		if ee, ok := tok.end(); ok {
			b.closeRevs(ee)
			continue
		}
		e, ok := tok.start()
		if !ok {
			continue
		}
		switch e.local {
		case "pPr":
			if ierr := b.paraProps(p); ierr != nil {
				return nil, ierr
			}
		case "r":
			runBold, runItalic, runHidden = b.st.bold(p.style), b.st.italic(p.style), false
		case "rPr":
			rp, ierr := b.runProps()
			if ierr != nil {
				return nil, ierr
			}
			if rp.bold >= 0 {
				runBold = rp.bold == 1
			}
			if rp.italic >= 0 {
				runItalic = rp.italic == 1
			}
			runHidden = rp.hidden
		case "t", "delText":
			var s strings.Builder
			if ierr := b.t.text(&s); ierr != nil {
				return nil, ierr
			}
			b.revText(s.String())
			add(s.String(), b.hidden == 0)
		case "tab", "br", "cr", "ptab":
			add(" ", b.hidden == 0)
			b.revText(" ")
		case "noBreakHyphen":
			add("-", b.hidden == 0)
		case "ins", "del", "moveTo", "moveFrom":
			b.openRev(e)
		case "txbxContent":
			items, ierr := b.container()
			if ierr != nil {
				return nil, ierr
			}
			pending = append(pending, items...)
		case "instrText", "delInstrText", "sdtPr", "sdtEndPr", "Fallback", "commentReference",
			"footnoteReference", "endnoteReference", "rPrChange", "pPrChange", "fldData",
			"annotationRef", "footnoteRef", "endnoteRef", "separator", "continuationSeparator":
			if ierr := b.t.skip(); ierr != nil {
				return nil, ierr
			}
		}
	}
	p.text = collapse(text.String())
	p.bold = runs > 0 && boldRuns == runs ||
		// A bold title with a note in italics on its numbering.
		boldRuns > 0 && italicTail && heading.RenumberingNote(notBold.String()) ||
		// or a plain note of the variation that changed the part,
		// "[Varied December 2017]".
		boldRuns > 0 && heading.VariationNote(notBold.String())
	p.italic = runs > 0 && italicRuns == runs
	b.pending = append(b.pending, pending...)
	return p, nil
}

// paraProps reads w:pPr.
func (b *bodyReader) paraProps(p *para) *model.InputError {
	end := b.t.depth - 1
	for b.t.depth > end {
		tok, ierr := b.t.next()
		if ierr == errEOF {
			return nil
		}
		if ierr != nil {
			return ierr
		}
		e, ok := tok.start()
		if !ok {
			continue
		}
		switch e.local {
		case "pStyle":
			p.style = attr(e, "val")
		case "numId":
			p.numID, p.hasNum = attr(e, "val"), true
		case "ilvl":
			p.ilvl = intAttr(e, 0)
		case "outlineLvl":
			p.outline = intAttr(e, -1)
		case "ins", "moveTo":
			// The paragraph mark was inserted: rejected, the paragraph runs
			// on into the next.
			if b.view == Rejected {
				p.joinNext = true
			}
		case "del", "moveFrom":
			if b.view == Accepted {
				p.joinNext = true
			}
		case "pPrChange", "rPrChange", "tabs", "sectPr":
			if ierr := b.t.skip(); ierr != nil {
				return ierr
			}
		}
	}
	return nil
}

// runProps are what a run's w:rPr says: bold and italic 1, 0 not, -1
// unsaid; and whether the run is hidden text.
type runProps struct {
	bold, italic int
	hidden       bool
}

// runProps reads w:rPr.
func (b *bodyReader) runProps() (runProps, *model.InputError) {
	rp := runProps{bold: -1, italic: -1}
	end := b.t.depth - 1
	for b.t.depth > end {
		tok, ierr := b.t.next()
		if ierr == errEOF {
			break
		}
		if ierr != nil {
			return rp, ierr
		}
		e, ok := tok.start()
		if !ok {
			continue
		}
		switch e.local {
		case "b":
			rp.bold = onOff(e)
		case "i":
			rp.italic = onOff(e)
		case "vanish":
			rp.hidden = on(e)
		case "rStyle":
			id := attr(e, "val")
			if rp.bold < 0 && b.st.bold(id) {
				rp.bold = 1
			}
			if rp.italic < 0 && b.st.italic(id) {
				rp.italic = 1
			}
		case "rPrChange":
			if ierr := b.t.skip(); ierr != nil {
				return rp, ierr
			}
		}
	}
	return rp, nil
}

// table reads a w:tbl just started. Merged cells are read as the table
// shows them to a reader: a cell spanning columns fills each, and a cell
// merged with the one above repeats its text.
func (b *bodyReader) table() (*table, *model.InputError) {
	tb := &table{index: b.paragraphs + 1}
	end := b.t.depth - 1
	var above []string // the previous row's cell per grid column
	var cur *row
	var grid []string
	rowHidden := false
	for b.t.depth > end {
		tok, ierr := b.t.next()
		if ierr == errEOF {
			break
		}
		if ierr != nil {
			return nil, ierr
		}
		if ee, ok := tok.end(); ok {
			b.closeRevs(ee)
			if ee.local == "tr" && cur != nil {
				if !rowHidden {
					cur.cells = grid
					tb.rows = append(tb.rows, *cur)
					above = grid
				}
				cur = nil
			}
			continue
		}
		e, ok := tok.start()
		if !ok {
			continue
		}
		switch e.local {
		case "tr":
			cur, grid, rowHidden = &row{index: b.paragraphs + 1}, nil, false
		case "trPr":
			// A row inserted or deleted as a whole says so here.
			rend := b.t.depth - 1
			for b.t.depth > rend {
				tok, ierr := b.t.next()
				if ierr == errEOF {
					break
				}
				if ierr != nil {
					return nil, ierr
				}
				if se, ok := tok.start(); ok {
					switch se.local {
					case "ins":
						rowHidden = rowHidden || b.view == Rejected
					case "del":
						rowHidden = rowHidden || b.view == Accepted
					}
				}
			}
		case "tc":
			c, ierr := b.cell()
			if ierr != nil {
				return nil, ierr
			}
			text := collapse(strings.Join(c.texts, " "))
			if col := len(grid); c.merged && col < len(above) {
				text = above[col]
			}
			for i := 0; i < c.span; i++ {
				grid = append(grid, text)
			}
		case "ins", "del", "moveTo", "moveFrom":
			b.openRev(e)
		case "tblPr", "tblGrid", "sdtPr", "tblPrEx", "Fallback":
			if ierr := b.t.skip(); ierr != nil {
				return nil, ierr
			}
		}
	}
	return tb, nil
}

// cellContent is a table cell as read.
type cellContent struct {
	texts []string
	span  int
	// merged says the cell continues the one above (w:vMerge).
	merged bool
}

// cell reads a table cell just started.
func (b *bodyReader) cell() (cellContent, *model.InputError) {
	c := cellContent{span: 1}
	end := b.t.depth - 1
	for b.t.depth > end {
		tok, ierr := b.t.next()
		if ierr == errEOF {
			break
		}
		if ierr != nil {
			return c, ierr
		}
		if ee, ok := tok.end(); ok {
			b.closeRevs(ee)
			continue
		}
		e, ok := tok.start()
		if !ok {
			continue
		}
		switch e.local {
		case "gridSpan":
			c.span = min(max(intAttr(e, 1), 1), 64)
		case "vMerge":
			c.merged = attr(e, "val") != "restart"
		case "tcPrChange", "sdtPr", "Fallback":
			if ierr := b.t.skip(); ierr != nil {
				return c, ierr
			}
		case "p":
			p, ierr := b.paragraph()
			if ierr != nil {
				return c, ierr
			}
			if p.text != "" {
				c.texts = append(c.texts, p.text)
			}
			c.texts = b.flushPending(c.texts)
		case "tbl":
			inner, ierr := b.table()
			if ierr != nil {
				return c, ierr
			}
			for _, r := range inner.rows {
				if t := collapse(strings.Join(r.cells, " ")); t != "" {
					c.texts = append(c.texts, t)
				}
			}
		case "ins", "del", "moveTo", "moveFrom":
			b.openRev(e)
		}
	}
	return c, nil
}

// flushPending adds the text boxes of a cell's paragraph to the cell.
func (b *bodyReader) flushPending(texts []string) []string {
	for _, it := range b.pending {
		if it.para != nil && it.para.text != "" {
			texts = append(texts, it.para.text)
		}
	}
	b.pending = b.pending[:0]
	return texts
}

// collapse makes runs of white space one space and trims the ends.
func collapse(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\u00a0") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
