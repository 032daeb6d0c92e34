package engine

import "github.com/ccgvet/ccgvet/engine/model"

// notConstitution says why doc is not a constitution, or "" when it is
// one. A Markdown file with none of what every constitution has (a notes
// file, a README under another name) would otherwise get an error for
// every criterion: twenty false breaches instead of the one true thing to
// say about it. One of these is enough to check a document, so a draft
// that is still mostly headings is checked.
func notConstitution(doc *model.Document) string {
	if doc.CCG != "" || doc.FrontMatter.Code != "" || len(doc.Membership.Practices) > 0 ||
		doc.GoverningBody != nil || len(doc.Clauses) > 0 {
		return ""
	}
	for _, s := range doc.Sections {
		if s.Number != "" {
			return ""
		}
	}
	return "not a constitution: it names no CCG or integrated care board, lists no member practices, has no governing body or board and no numbered clauses"
}
