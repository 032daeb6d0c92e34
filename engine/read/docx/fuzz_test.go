package docx

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadDocx feeds the reader mutated Word documents: whole archives
// (the fixtures and small hand-made ones) and, through the second
// argument, mutated document.xml inside a well-formed archive, which a
// mutated archive rarely reaches past its checksums. The reader must
// return an outline or an input error, never panic, never take long, and
// every paragraph it gives must be one of the document's.
func FuzzReadDocx(f *testing.F) {
	paths, _ := filepath.Glob("../../../testdata/docx/*.docx")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, "")
	}
	parts := map[string]string{"word/styles.xml": Styles(stylesXML), "word/numbering.xml": Numbering(multiLevel)}
	f.Add(Docx(P(Style("Heading1"), "Intro")+P(Num("1", "1"), "x"), parts), "")
	f.Add(notesDocx(), "")
	f.Add([]byte{}, `<w:document><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="3"/></w:numPr></w:pPr><w:ins w:author="A"><w:r><w:t>x</w:t></w:r></w:ins></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99999"/><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>`)
	f.Fuzz(func(t *testing.T, src []byte, document string) {
		if document != "" {
			src = zipOf(map[string]string{
				"word/document.xml": document, "word/styles.xml": Styles(stylesXML), "word/numbering.xml": Numbering(multiLevel),
			})
		}
		for _, view := range []View{Accepted, Rejected} {
			// A read that never ends is caught by go test's -timeout, not
			// by a clock here: no test depends on the machine's speed.
			o, _, ierr := ReadView(src, view)
			if ierr != nil {
				if ierr.Message == "" {
					t.Error("an input error with no message")
				}
				continue
			}
			for _, b := range o.Blocks {
				if b.Paragraph < 1 || b.Paragraph > o.Lines || b.Line != b.Paragraph {
					t.Errorf("block at paragraph %d (line %d) of %d", b.Paragraph, b.Line, o.Lines)
				}
			}
			for _, s := range o.Sections {
				if s.Line < 1 || s.EndLine < s.Line || s.EndLine > o.Lines {
					t.Errorf("section %q at %d-%d of %d", s.Heading, s.Line, s.EndLine, o.Lines)
				}
			}
		}
	})
}
