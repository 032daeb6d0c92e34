package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// sectionText gathers the text of every section of kind k: the outermost
// matching sections (nested matches are not repeated) and every block
// inside them, subsections included, for the policies' phrase matching.
func sectionText(d *document, k string) model.SectionText {
	st := model.SectionText{Sections: []model.SectionRef{}, Blocks: []model.Block{}, Clauses: []model.Clause{}}
	out := outermost(d.sections, k)
	if len(out) == 0 {
		return st
	}
	st.Line = d.sections[out[0]].Line
	in := make([]bool, len(d.sections))
	for _, i := range out {
		st.Sections = append(st.Sections, model.SectionRef{Heading: d.sections[i].Heading, Line: d.sections[i].Line})
		in[i] = true
	}
	// Sections come in document order, so a subsection's parent has been
	// decided before it.
	for i, s := range d.sections {
		if !in[i] && s.Parent >= 0 && in[s.Parent] {
			in[i] = true
		}
	}
	var texts []string
	for _, b := range d.blocks {
		if b.SectionIndex < 0 || !in[b.SectionIndex] {
			continue
		}
		st.Blocks = append(st.Blocks, b.Block)
		if b.Number != "" {
			st.Clauses = append(st.Clauses, clauseOf(b.Block))
		}
		texts = append(texts, b.Text)
	}
	st.Text = strings.Join(texts, "\n")
	return st
}
