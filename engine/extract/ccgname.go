package extract

import (
	"strings"
	"unicode"

	"github.com/ccgvet/ccgvet/engine/model"
)

// ccgNameRe finds a CCG's name in the title block of a constitution with
// no front matter: "NHS Brantwick Clinical Commissioning Group".
var ccgNameRe = lazyRe(`(?i)\bNHS\s+([A-Za-z][\w'’&,\- ]{0,80}?)\s+(Clinical\s+Commissioning\s+Group|CCG)\b`)

// titleNameRe finds it in the title page's lines read as one, where the
// name and "Clinical Commissioning Group" stand on lines of their own, with
// or without "NHS".
var titleNameRe = lazyRe(`(?i)(?:\bNHS\s+)?\b([A-Za-z][\w'’&\- ]{0,80}?)\s+(Clinical\s+Commissioning\s+Group|CCG)\b`)

// titleBlocks is how many blocks from the top may hold the CCG's name:
// the title page, not the body, where other CCGs may be named.
const titleBlocks = 8

// titleLine is the longest a block of the title page is: a line, not a
// sentence of a foreword.
const titleLine = 60

// ccgFromText returns the CCG's name as the title page writes it, in
// title case when it is in capitals, or "" when none is found.
func ccgFromText(blocks []model.Block) string {
	for i, b := range blocks {
		if i >= titleBlocks {
			break
		}
		for _, m := range ccgNameRe.FindAllStringSubmatch(b.Text, -1) {
			if name, ok := ccgName(m[1], m[2]); ok {
				return name
			}
		}
	}
	// "NHS CHEAPMERE AND HOLLOWBROOK" above "CLINICAL COMMISSIONING
	// GROUP": the short lines at the top, read as one.
	var lines []string
	for i, b := range blocks {
		if i >= titleBlocks || len(b.Text) > titleLine {
			break
		}
		lines = append(lines, b.Text)
	}
	if m := titleNameRe.FindStringSubmatch(strings.Join(lines, " ")); m != nil {
		if name, ok := ccgName(m[1], m[2]); ok {
			return name
		}
	}
	return ""
}

// ccgName makes a CCG's name of the words before "Clinical Commissioning
// Group" (or "CCG"), when they are a name: each word capitalised, but for
// the small words names join with ("Bath and North East Somerset"). "NHS
// Commissioning Board, but we have adapted it to the way our practices
// wanted the CCG" names none.
func ccgName(words, kind string) (string, bool) {
	fields := strings.Fields(words)
	// "Constitution of the", "The": words before a name, not of it.
	for len(fields) > 0 && notOfName[strings.ToLower(fields[0])] {
		fields = fields[1:]
	}
	if len(fields) == 0 || smallNameWord[fields[len(fields)-1]] {
		return "", false
	}
	for i, w := range fields {
		r := []rune(w)
		switch {
		case i > 0 && smallNameWord[w]:
		case unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]):
		default:
			return "", false
		}
	}
	name := "NHS " + strings.Join(fields, " ") + " " + strings.Join(strings.Fields(kind), " ")
	if name == strings.ToUpper(name) {
		name = titleCase(name)
	}
	return name, true
}

// titleCase turns "NHS BRANTWICK CLINICAL COMMISSIONING GROUP" into "NHS
// Brantwick Clinical Commissioning Group", keeping NHS and CCG in capitals
// and small words in lower case.
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		switch {
		case w == "nhs" || w == "ccg":
			words[i] = strings.ToUpper(w)
		case i > 0 && (w == "and" || w == "of" || w == "the"):
		default:
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
		}
	}
	return strings.Join(words, " ")
}

// smallNameWord are the words a CCG's name joins its parts with.
var smallNameWord = map[string]bool{"and": true, "of": true, "the": true, "upon": true, "on": true, "in": true, "&": true}

// notOfName are words a title puts before a name.
var notOfName = map[string]bool{"constitution": true, "of": true, "the": true, "for": true, "our": true, "this": true, "a": true, "an": true, "nhs": true}
