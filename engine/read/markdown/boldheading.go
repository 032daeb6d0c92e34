package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/ccgvet/ccgvet/engine/read/heading"
)

// boldHeading reports whether paragraph p (its text already read) is a
// heading typed as a bold paragraph (package heading), and its level.
func (o *walker) boldHeading(p ast.Node, text string) (level int, ok bool) {
	e := heading.Plain
	switch {
	case wholly(p, o.src) || boldWithNote(p, o.src) || boldNumberThenTitle(p, o.src):
		e = heading.Bold
	case whollyItalic(p, o.src):
		e = heading.Italic
	default:
		return 0, false
	}
	level, _, ok = o.headings.Emphasised(text, e, func() heading.Next { return o.followedBy(p) })
	return level, ok
}

// whollyItalic reports whether a paragraph is all in italics: one
// emphasis that is not bold, with nothing but white space beside it.
func whollyItalic(p ast.Node, src []byte) bool {
	return whollyOne(p, src, func(e *ast.Emphasis) bool { return !isStrong(e) && !hasStrong(e) })
}

// hasStrong reports whether a bold emphasis is inside e.
func hasStrong(e ast.Node) bool {
	for c := e.FirstChild(); c != nil; c = c.NextSibling() {
		if x, ok := c.(*ast.Emphasis); ok && (x.Level >= 2 || hasStrong(x)) {
			return true
		}
	}
	return false
}

// wholly reports whether a paragraph is all bold: one strong emphasis,
// with nothing but white space beside it.
func wholly(p ast.Node, src []byte) bool { return whollyOne(p, src, isStrong) }

// whollyOne reports whether a paragraph is one emphasis that is, with
// nothing but white space beside it.
func whollyOne(p ast.Node, src []byte, is func(*ast.Emphasis) bool) bool {
	var em ast.Node
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		if e, ok := c.(*ast.Emphasis); ok && em == nil && is(e) {
			em = e
			continue
		}
		if t, ok := c.(*ast.Text); ok && len(strings.TrimSpace(string(t.Segment.Value(src)))) == 0 {
			continue
		}
		return false
	}
	return em != nil
}

// boldWithNote reports whether a paragraph is a bold title followed by a
// note in italics on its numbering, as an amended constitution marks its
// renumbered parts: "**8 STANDARDS OF BUSINESS CONDUCT …** *(formerly
// 9)*".
func boldWithNote(p ast.Node, src []byte) bool {
	if boldWithVariationNote(p, src) {
		return true
	}
	var bold, note ast.Node
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		e, isEm := c.(*ast.Emphasis)
		switch {
		case isEm && bold == nil && isStrong(e):
			bold = e
		case isEm && bold != nil && note == nil && !isStrong(e) && !hasStrong(e) && heading.RenumberingNote(plainOf(e, src)):
			note = e
		default:
			if t, ok := c.(*ast.Text); ok && len(strings.TrimSpace(string(t.Segment.Value(src)))) == 0 {
				continue
			}
			return false
		}
	}
	return bold != nil && note != nil
}

// boldNumberThenTitle reports whether a paragraph is a bold number and a
// bold title in two runs, as Word leaves a numbered heading whose number
// and title were set bold apart: "**5.** **The Governing Body**".
func boldNumberThenTitle(p ast.Node, src []byte) bool {
	var runs []*ast.Emphasis
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		if e, ok := c.(*ast.Emphasis); ok && isStrong(e) {
			runs = append(runs, e)
			continue
		}
		if t, ok := c.(*ast.Text); ok && len(strings.TrimSpace(string(t.Segment.Value(src)))) == 0 {
			continue
		}
		return false
	}
	return len(runs) == 2 && heading.LeadingNumber(strings.TrimSpace(plainOf(runs[0], src))) != ""
}

// boldWithVariationNote reports whether a paragraph is a bold title and,
// in plain text after it, a note of the variation that changed the part,
// as a consolidated constitution marks it: "**PART 8 – STANDARDS OF
// BUSINESS CONDUCT …** [Varied December 2017]".
func boldWithVariationNote(p ast.Node, src []byte) bool {
	first, ok := p.FirstChild().(*ast.Emphasis)
	if !ok || !isStrong(first) || first.NextSibling() == nil {
		return false
	}
	var tail strings.Builder
	for c := first.NextSibling(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			return false
		}
		tail.Write(t.Segment.Value(src))
	}
	return heading.VariationNote(tail.String())
}

// plainOf is the text of a node's text leaves.
func plainOf(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// isStrong reports whether an emphasis is bold: "**…**", or "***…***"
// read as an emphasis around a bold one.
func isStrong(e *ast.Emphasis) bool {
	if e.Level >= 2 {
		return true
	}
	inner, ok := e.FirstChild().(*ast.Emphasis)
	return ok && e.ChildCount() == 1 && inner.Level >= 2
}

// followedBy says what follows a paragraph: body text, a bold title that
// body text follows, or anything else.
func (o *walker) followedBy(p ast.Node) heading.Next {
	if followedByBody(p, o.src) {
		return heading.NextBody
	}
	n, ok := p.NextSibling().(*ast.Paragraph)
	if !ok || !wholly(n, o.src) || !followedByBody(n, o.src) || n.Lines().Len() != 1 {
		return heading.NextOther
	}
	seg := n.Lines().At(0)
	if !heading.TitleLine(strings.Trim(strings.ReplaceAll(string(seg.Value(o.src)), "\\", ""), "* ")) {
		return heading.NextOther
	}
	return heading.NextTitle
}

// followedByBody reports whether what follows a paragraph is body text:
// a paragraph that is not itself all bold, a list or a table.
func followedByBody(p ast.Node, src []byte) bool {
	switch n := p.NextSibling().(type) {
	case nil, *ast.Heading, *ast.ThematicBreak:
		return false
	case *ast.Paragraph:
		return !wholly(n, src)
	}
	return true
}
