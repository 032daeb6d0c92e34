package parse

import (
	"regexp"

	"github.com/ccgvet/ccgvet/engine/model"
)

// Clause numbers a paragraph or list item may start with (documents.md
// §2): 4.2, 4.2.1, 4.2(a), C.1.1 (appendix numbering), (a), (iii), (1),
// a). A lone integer ("22 of the 47 practices …") is not a clause number.
var clauseNumberRes = []*regexp.Regexp{
	regexp.MustCompile(`^(\d{1,4}(?:\.\d{1,4})+(?:\([a-z0-9]{1,6}\))?)\.?(?:\s|$)`),
	regexp.MustCompile(`^([A-Z]{1,2}(?:\.\d{1,4})+(?:\([a-z0-9]{1,6}\))?)\.?(?:\s|$)`),
	regexp.MustCompile(`^(\((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[A-Z])\))(?:\s|$)`),
	regexp.MustCompile(`^((?:[a-z]|[ivx]{1,5})\))(?:\s|$)`),
}

// clauseNumber returns the clause number text starts with, or "".
func clauseNumber(text string) string {
	if len(text) > 64 {
		text = text[:64]
	}
	for _, re := range clauseNumberRes {
		if m := re.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	return ""
}

// listMarkerRe reads an ordered list item's number as written in the
// source, so "1. 1. 1." lists keep the numbers their author typed.
var listMarkerRe = regexp.MustCompile(`^[ \t>]*(\d{1,9})[.)]`)

// clauses returns the numbered blocks.
func clauses(blocks []block) []model.Clause {
	out := []model.Clause{}
	for _, b := range blocks {
		if b.Number == "" {
			continue
		}
		out = append(out, clauseOf(b.Block))
	}
	return out
}

func clauseOf(b model.Block) model.Clause {
	return model.Clause{Number: b.Number, Text: b.Text, Line: b.Line, EndLine: b.EndLine, Section: b.Section, SectionIndex: b.SectionIndex}
}
