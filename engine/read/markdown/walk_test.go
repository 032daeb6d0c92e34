package markdown

import (
	"reflect"
	"testing"

	"github.com/ccgvet/ccgvet/engine/outline"
)

// TestOutline: what the reader makes of each Markdown construct, with
// its lines and its place in the outline.
func TestOutline(t *testing.T) {
	src := `---
ccg: NHS X CCG
---
# 6. Committees

## 6.4 Audit Committee

Its members
are:

1. the lay member;
3. a GP.

| Member | Voting |
|---|---|
| Chair | Yes |

<table>
<tr><th>Practice</th></tr>
<tr><td>A<br>Surgery</td></tr>
</table>

# Appendix
`
	o := mustRead(t, src)
	if o.Lines != 23 || !o.FrontMatter.Present || o.FrontMatter.CCG != "NHS X CCG" {
		t.Errorf("lines %d, front matter %+v", o.Lines, o.FrontMatter)
	}
	wantSections := []outline.Section{
		{Heading: "6. Committees", Level: 1, Location: outline.Location{Line: 4}, EndLine: 22, Parent: -1},
		{Heading: "6.4 Audit Committee", Level: 2, Location: outline.Location{Line: 6}, EndLine: 22, Parent: 0},
		{Heading: "Appendix", Level: 1, Location: outline.Location{Line: 23}, EndLine: 23, Parent: -1},
	}
	if !reflect.DeepEqual(o.Sections, wantSections) {
		t.Errorf("sections = %+v", o.Sections)
	}
	tests := []struct {
		text, number  string
		line, endLine int
		list          int
		marks         []outline.Mark
	}{
		{"Its members are:", "", 8, 9, -1, []outline.Mark{{Off: 0, Line: 8}, {Off: 12, Line: 9}}},
		// An ordered list keeps the numbers as typed.
		{"the lay member;", "1", 11, 11, 0, []outline.Mark{{Off: 0, Line: 11}}},
		{"a GP.", "3", 12, 12, 0, []outline.Mark{{Off: 0, Line: 12}}},
	}
	if len(o.Blocks) != len(tests) {
		t.Fatalf("blocks = %+v", o.Blocks)
	}
	for i, tt := range tests {
		b := o.Blocks[i]
		if b.Text != tt.text || b.Number != tt.number || b.Line != tt.line || b.EndLine != tt.endLine || b.List != tt.list || b.Section != 1 || !reflect.DeepEqual(b.Marks, tt.marks) {
			t.Errorf("block %d = %+v, want %+v", i, b, tt)
		}
	}
	if got := o.Blocks[0].LineOf(13); got != 9 {
		t.Errorf("LineOf(13) = %d, want 9", got)
	}
	if len(o.Lists) != 1 || !o.Lists[0].Ordered || !reflect.DeepEqual(o.Lists[0].Items, []int{1, 2}) || o.Lists[0].Line != 11 {
		t.Errorf("lists = %+v", o.Lists)
	}
	if len(o.Tables) != 2 {
		t.Fatalf("tables = %+v", o.Tables)
	}
	pipe, html := o.Tables[0], o.Tables[1]
	if !reflect.DeepEqual(pipe.Header, []string{"Member", "Voting"}) || pipe.Line != 14 || pipe.EndLine != 16 ||
		len(pipe.Rows) != 1 || pipe.Rows[0].Line != 16 || !reflect.DeepEqual(pipe.Rows[0].Cells, []string{"Chair", "Yes"}) {
		t.Errorf("pipe table = %+v", pipe)
	}
	if !reflect.DeepEqual(html.Header, []string{"Practice"}) || html.Line != 19 || len(html.Rows) != 1 ||
		html.Rows[0].Cells[0] != "A Surgery" || html.Rows[0].Line != 20 || html.Section != 1 {
		t.Errorf("HTML table = %+v", html)
	}
	seqs := []int{o.Blocks[0].Seq, o.Lists[0].Seq, o.Blocks[1].Seq, pipe.Seq, html.Seq}
	for i := 1; i < len(seqs); i++ {
		if seqs[i] <= seqs[i-1] {
			t.Errorf("out of document order: %v", seqs)
		}
	}
}
