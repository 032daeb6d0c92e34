package extract

import (
	"strings"
	"unicode"

	"github.com/ccgvet/ccgvet/engine/model"
)

// ccgNameRe finds a CCG's name in the title block of a constitution with
// no front matter: "NHS Brantwick Clinical Commissioning Group".
var ccgNameRe = lazyRe(`(?i)\bNHS\s+([A-Za-z][\w'’&,\- ]{0,80}?)\s+(Clinical\s+Commissioning\s+Group|CCG)\b`)

// titleBlocks is how many blocks from the top may hold the CCG's name:
// the title page, not the body, where other CCGs may be named.
const titleBlocks = 8

// ccgFromText returns the CCG's name as the title page writes it, in
// title case when it is in capitals, or "" when none is found.
func ccgFromText(blocks []model.Block) string {
	for i, b := range blocks {
		if i >= titleBlocks {
			break
		}
		m := ccgNameRe.FindStringSubmatch(b.Text)
		if m == nil {
			continue
		}
		name := "NHS " + strings.Join(strings.Fields(m[1]), " ") + " " + strings.Join(strings.Fields(m[2]), " ")
		if name == strings.ToUpper(name) {
			name = titleCase(name)
		}
		return name
	}
	return ""
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
