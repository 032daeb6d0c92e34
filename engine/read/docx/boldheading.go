package docx

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/read/heading"
)

// followedBy says what follows a paragraph: body text, a bold title that
// body text follows, or anything else.
func (b *builder) followedBy(rest []item) heading.Next {
	if b.followedByBody(rest) {
		return heading.NextBody
	}
	k, ok := nextContentAt(rest)
	if !ok || rest[k].table != nil {
		return heading.NextOther
	}
	p := rest[k].para
	if !p.bold || b.styledHeading(p) || !b.followedByBody(rest[k+1:]) || !heading.TitleLine(strings.TrimSpace(p.text)) {
		return heading.NextOther
	}
	return heading.NextTitle
}

// followedByBody reports whether the next paragraph or table with text is
// body text: not a heading by its style, nor itself wholly bold.
func (b *builder) followedByBody(rest []item) bool {
	it, ok := nextContent(rest)
	if !ok || it.table != nil {
		return ok
	}
	return !b.styledHeading(it.para) && !it.para.bold
}

// styledHeading reports whether a paragraph is a heading by its outline
// level or its style.
func (b *builder) styledHeading(p *para) bool {
	return p.outline >= 0 && p.outline <= 8 || b.st.headingLevel(b.styleOf(p)) > 0 && p.outline != 9
}
