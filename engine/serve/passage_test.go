package serve

import (
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

func TestPassage(t *testing.T) {
	doc := strings.Join([]string{
		"# 1. Variation", // 1
		"",               // 2
		"1.1 This constitution may be amended by the",     // 3
		"**Governing Body**, where NHS England approves.", // 4
		"",                                      // 5
		"1.2 Members are told of every change.", // 6
		"",                                      // 7
		"| Practice | Code |",                   // 8
		"| Riverside <script>x</script> Surgery | N81001 |", // 9
		"",                               // 10
		"2.1 Each practice shall:",       // 11
		"",                               // 12
		"(a) nominate a representative;", // 13
	}, "\n")
	blocks := []model.Block{{Line: 3, EndLine: 4}, {Line: 6, EndLine: 6}}
	tests := []struct {
		name     string
		line     int
		message  string
		wantFrom int
		wantTo   int
		marked   string
		quoted   bool
	}{
		{"quote across lines and emphasis", 3, `clause 1.1: "This constitution may be amended by the Governing Body, where NHS…"`, 1, 6, "This constitution may be amended by the|**Governing Body**, where", true},
		{"heading quoting a clause below", 1, `section 1 lets the Governing Body vary it: clause 1.1 (line 3): "may be amended by the Governing Body"`, 1, 6, "may be amended by the|**Governing Body", true},
		{"no quote: the line pointed at", 6, `clause 1.2 says nothing of members`, 4, 8, "1.2 Members are told of every change.", false},
		{"a lead-in and its item", 11, `clause 2.1 obliges practices: "Each practice shall: nominate a representative…"`, 9, 13, "Each practice shall:|(a) nominate a", true},
		{"a table row", 9, `Riverside <script>x</script> Surgery has not signed`, 7, 11, "| Riverside <script>x</script> Surgery | N81001 |", false},
	}
	src := newSource("doc.md", []byte(doc), &model.Document{Blocks: blocks})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := src.passage(tt.line, tt.message)
			if p == nil {
				t.Fatal("no passage")
			}
			from, to := p.Lines[0].Number, p.Lines[len(p.Lines)-1].Number
			if from != tt.wantFrom || to != tt.wantTo {
				t.Errorf("lines %d-%d, want %d-%d", from, to, tt.wantFrom, tt.wantTo)
			}
			var marked []string
			for _, l := range p.Lines {
				for _, s := range l.Segments {
					if s.Mark {
						marked = append(marked, s.Text)
					}
				}
				if l.Pointed != (l.Number == tt.line) {
					t.Errorf("line %d pointed %v", l.Number, l.Pointed)
				}
			}
			if got := strings.Join(marked, "|"); got != tt.marked {
				t.Errorf("marked %q, want %q", got, tt.marked)
			}
			if p.Quoted != tt.quoted {
				t.Errorf("quoted %v, want %v", p.Quoted, tt.quoted)
			}
		})
	}
	for _, bad := range []struct {
		name string
		data []byte
		line int
	}{
		{"not UTF-8", []byte("\xff\xfe# x\x00\n"), 1},
		{"line past the end", []byte("one line\n"), 5},
		{"no line", []byte("one line\n"), 0},
	} {
		if p := newSource("doc.md", bad.data, nil).passage(bad.line, ""); p != nil {
			t.Errorf("%s: a passage %+v", bad.name, p)
		}
	}
}
