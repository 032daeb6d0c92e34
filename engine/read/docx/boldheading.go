package docx

// followedByBody reports whether the next paragraph or table with text is
// body text: not a heading by its style, nor itself wholly bold.
func (b *builder) followedByBody(rest []item) bool {
	it, ok := nextContent(rest)
	if !ok || it.table != nil {
		return ok
	}
	p := it.para
	if p.outline >= 0 && p.outline <= 8 || b.st.headingLevel(b.styleOf(p)) > 0 && p.outline != 9 {
		return false
	}
	return !p.bold
}
