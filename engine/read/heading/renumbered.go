package heading

import "strings"

// RenumberingNote reports whether a note says what a part was numbered
// before, as an amended constitution marks its renumbered parts after
// their titles: "(formerly 9)", "(previously 1.4)", "(was 3.2)".
func RenumberingNote(s string) bool {
	return bracketedNote(strings.TrimSpace(s), "(", ")", 0, "formerly", "previously", "was ", "renumbered", "new", "amended")
}

// VariationNote reports whether a note after a heading's title says when
// a variation changed the part, in square brackets as consolidated texts
// mark them: "[Varied December 2017]", "[Inserted June 2015]".
func VariationNote(s string) bool {
	return bracketedNote(strings.TrimSpace(strings.ReplaceAll(s, "\\", "")), "[", "]", 60, "varied", "inserted", "amended", "added", "substituted", "revised")
}

// bracketedNote reports whether s, lower-cased, is between open and
// close (and at most limit bytes long, when limit is not 0) and opens
// inside them with one of words.
func bracketedNote(s, open, close string, limit int, words ...string) bool {
	s = strings.ToLower(s)
	if !strings.HasPrefix(s, open) || !strings.HasSuffix(s, close) || limit > 0 && len(s) > limit {
		return false
	}
	s = strings.TrimSpace(s[len(open):])
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
