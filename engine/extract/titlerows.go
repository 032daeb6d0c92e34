package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/outline"
)

// Tables converted from Word often carry the table's title in a merged
// first row, which becomes the Markdown table's header, with the real
// column headings in the first row after it ("| Member practices –
// approval of version 2.7 | | | |" then "| Member practice | National
// code | Practice representative | Date |"); and a blank first column
// left by Word's automatic numbering. normalTables reads such tables as
// their real headings and columns, whatever reader made the outline.
func normalTables(tables []outline.Table) []outline.Table {
	var out []outline.Table
	for i, t := range tables {
		n, changed := titleRowAsHeader(t)
		n, blank := withoutBlankFirstColumn(n)
		if !changed && !blank {
			continue
		}
		if out == nil {
			out = append([]outline.Table(nil), tables...)
		}
		out[i] = n
	}
	if out == nil {
		return tables
	}
	return out
}

// titleRowAsHeader promotes the first row to the header when the header
// is a title (one filled cell of several) and the first row reads as
// column headings: every filled cell short, none a date or a number, and
// at least one a heading the tables' readers know.
func titleRowAsHeader(t outline.Table) (outline.Table, bool) {
	if len(t.Header) < 2 || len(t.Rows) < 2 || filledCells(t.Header) != 1 {
		return t, false
	}
	first := t.Rows[0]
	if filledCells(first.Cells) < 2 {
		return t, false
	}
	for _, c := range first.Cells {
		c = strings.TrimSpace(c)
		if len(strings.Fields(c)) > 6 || strings.ContainsAny(c, "0123456789") {
			return t, false
		}
	}
	known := 0
	for _, col := range columnsOf(first.Cells) {
		if col >= 0 {
			known++
		}
	}
	if known == 0 {
		return t, false
	}
	t.Header = first.Cells
	t.Location = first.Location
	t.Rows = t.Rows[1:]
	return t, true
}

// withoutBlankFirstColumn drops a first column that is blank in the
// header and in every row.
func withoutBlankFirstColumn(t outline.Table) (outline.Table, bool) {
	if len(t.Header) < 2 || strings.TrimSpace(t.Header[0]) != "" || len(t.Rows) == 0 {
		return t, false
	}
	for _, r := range t.Rows {
		if len(r.Cells) > 0 && strings.TrimSpace(r.Cells[0]) != "" {
			return t, false
		}
	}
	t.Header = t.Header[1:]
	rows := make([]outline.Row, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = r
		if len(r.Cells) > 0 {
			rows[i].Cells = r.Cells[1:]
		}
	}
	t.Rows = rows
	return t, true
}

// filledCells counts the cells with text.
func filledCells(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}
