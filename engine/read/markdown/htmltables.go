package markdown

import (
	"bytes"
	"html"
	"regexp"
	"sort"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/ccgvet/ccgvet/engine/outline"
)

// Tables in HTML. `pandoc -t gfm` writes a table as HTML when a cell holds
// more than one line (an address, two paragraphs), which Word tables of
// member practices often do. Such a table is read like a pipe table.

var (
	htmlTableStart = regexp.MustCompile(`(?i)^\s*<table[\s>]`)
	htmlTableEnd   = regexp.MustCompile(`(?i)</table\s*>`)
	htmlCellTag    = regexp.MustCompile(`(?i)<(/?)(tr|th|td)\b[^>]*>`)
	htmlAnyTag     = regexp.MustCompile(`<[^>]*>`)
	htmlBreak      = regexp.MustCompile(`(?i)<br\s*/?>|</p\s*>|<p\b[^>]*>`)
)

// htmlBlock reads an HTML block that opens a table, up to its </table>
// even when blank lines split it into several blocks, and returns the
// offset where the table ends (0 when the block is not a table).
func (o *walker) htmlBlock(n *ast.HTMLBlock) int {
	if n.Lines().Len() == 0 {
		return 0
	}
	start := n.Lines().At(0).Start
	if !htmlTableStart.Match(o.src[start:min(len(o.src), start+64)]) {
		return 0
	}
	end := o.htmlTableEnd(start)
	if end < 0 {
		// Never closed: the table is this block alone, so that a stray
		// <table> does not swallow the rest of the constitution.
		end = n.Lines().At(n.Lines().Len() - 1).Stop
	}
	o.htmlTable(start, o.src[start:end])
	return end
}

// htmlTableEnd returns the end of the first </table> after start, or -1. The closing tags are found once per file, so that a
// file of unclosed tables stays linear.
func (o *walker) htmlTableEnd(start int) int {
	if o.tableEnds == nil {
		o.tableEnds = []int{}
		for _, loc := range htmlTableEnd.FindAllIndex(o.src, -1) {
			o.tableEnds = append(o.tableEnds, loc[1])
		}
	}
	i := sort.SearchInts(o.tableEnds, start+1)
	if i == len(o.tableEnds) {
		return -1
	}
	return o.tableEnds[i]
}

// htmlTable turns the rows of an HTML table into a table; its first row
// is the header, as pandoc writes it.
func (o *walker) htmlTable(base int, src []byte) {
	t := outline.Table{Seq: o.next(), Section: o.section(), Location: outline.Location{Line: o.lines.line(base)}}
	var row []string
	rowLine, cellStart, inCell := 0, -1, false
	haveHeader := false
	finishRow := func() {
		if row == nil {
			return
		}
		if !haveHeader {
			t.Header, t.Line, haveHeader = row, rowLine, true
		} else {
			t.Rows = append(t.Rows, outline.Row{Cells: row, Location: outline.Location{Line: rowLine}})
		}
		row = nil
	}
	for _, m := range htmlCellTag.FindAllSubmatchIndex(src, -1) {
		closing := m[3] > m[2]
		tag := strings.ToLower(string(src[m[4]:m[5]]))
		switch {
		case tag == "tr" && !closing:
			finishRow()
			row, rowLine = []string{}, o.lines.line(base+m[0])
		case tag == "tr" && closing:
			finishRow()
		case (tag == "td" || tag == "th") && !closing:
			if row == nil {
				row, rowLine = []string{}, o.lines.line(base+m[0])
			}
			cellStart, inCell = m[1], true
		case (tag == "td" || tag == "th") && closing && inCell:
			row = append(row, htmlCellText(src[cellStart:m[0]]))
			inCell = false
		}
	}
	finishRow()
	if !haveHeader {
		return
	}
	o.addTable(t)
}

// htmlCellText is a cell's text: tags dropped (paragraphs and line breaks
// becoming spaces), entities decoded, white space collapsed.
func htmlCellText(b []byte) string {
	b = htmlBreak.ReplaceAll(b, []byte(" "))
	b = htmlAnyTag.ReplaceAll(b, nil)
	return strings.Join(strings.Fields(html.UnescapeString(string(bytes.TrimSpace(b)))), " ")
}
