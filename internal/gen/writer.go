package gen

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// width is where paragraphs wrap, as `pandoc -t gfm` wraps them.
const width = 72

// writer writes Markdown blocks separated by blank lines and counts the
// clauses it writes (paragraphs that start with a clause number).
type writer struct {
	buf     bytes.Buffer
	clauses int
	setext  bool
}

func (w *writer) blank() {
	if w.buf.Len() > 0 {
		w.buf.WriteByte('\n')
	}
}

// heading writes an ATX heading, or a Setext one for levels 1 and 2 when
// the document uses them.
func (w *writer) heading(level int, text string) {
	w.blank()
	if w.setext && level <= 2 {
		under := "="
		if level == 2 {
			under = "-"
		}
		w.buf.WriteString(text)
		w.buf.WriteByte('\n')
		w.buf.WriteString(strings.Repeat(under, utf8.RuneCountInString(text)))
		w.buf.WriteByte('\n')
		return
	}
	w.buf.WriteString(strings.Repeat("#", level))
	w.buf.WriteByte(' ')
	w.buf.WriteString(text)
	w.buf.WriteByte('\n')
}

// para writes a wrapped paragraph.
func (w *writer) para(text string) {
	w.blank()
	wrap(&w.buf, text, "", "")
}

// clause writes a numbered paragraph: a clause.
func (w *writer) clause(number, text string) {
	w.clauses++
	w.para(number + " " + text)
}

// bullets writes a tight bullet list, pandoc style.
func (w *writer) bullets(items []string) {
	w.blank()
	for _, it := range items {
		wrap(&w.buf, it, "-   ", "    ")
	}
}

// raw writes text as it is, as its own block.
func (w *writer) raw(text string) {
	w.blank()
	w.buf.WriteString(text)
}

// table writes a GFM table with its columns padded to the widest cell.
func (w *writer) table(header []string, rows [][]string) {
	w.blank()
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = max(3, utf8.RuneCountInString(h))
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	row := func(cells []string) {
		w.buf.WriteByte('|')
		for i, c := range cells {
			w.buf.WriteByte(' ')
			w.buf.WriteString(c)
			w.buf.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)))
			w.buf.WriteString(" |")
		}
		w.buf.WriteByte('\n')
	}
	row(header)
	w.buf.WriteByte('|')
	for _, n := range widths {
		w.buf.WriteString(strings.Repeat("-", n+2))
		w.buf.WriteByte('|')
	}
	w.buf.WriteByte('\n')
	for _, r := range rows {
		row(r)
	}
}

// wrap writes text in lines of at most width columns, the first line
// after first and the others after rest. A word that would start a line
// and make it a list item, heading, quote or table is kept on the line
// before, so that wrapping never changes the Markdown structure.
func wrap(buf *bytes.Buffer, text, first, rest string) {
	words := strings.Fields(text)
	buf.WriteString(first)
	col := utf8.RuneCountInString(first)
	start := true
	for _, wd := range words {
		n := utf8.RuneCountInString(wd)
		if !start && col+1+n > width && !risky(wd) {
			buf.WriteByte('\n')
			buf.WriteString(rest)
			col = utf8.RuneCountInString(rest)
			start = true
		}
		if !start {
			buf.WriteByte(' ')
			col++
		}
		buf.WriteString(wd)
		col += n
		start = false
	}
	buf.WriteByte('\n')
}

// risky reports whether word at the start of a line would open a block.
func risky(word string) bool {
	switch word[0] {
	case '-', '+', '*', '#', '>', '=', '|', '<', '`', '~', '[':
		return true
	}
	i := 0
	for i < len(word) && word[i] >= '0' && word[i] <= '9' {
		i++
	}
	return i > 0 && i < len(word) && (word[i] == '.' || word[i] == ')')
}
