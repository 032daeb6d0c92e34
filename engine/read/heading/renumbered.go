package heading

import "strings"

// RenumberingNote reports whether a note says what a part was numbered
// before, as an amended constitution marks its renumbered parts after
// their titles: "(formerly 9)", "(previously 1.4)", "(was 3.2)".
func RenumberingNote(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return false
	}
	s = strings.TrimSpace(s[1:])
	for _, w := range []string{"formerly", "previously", "was ", "renumbered", "new", "amended"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// VariationNote reports whether a note after a heading's title says when
// a variation changed the part, in square brackets as consolidated texts
// mark them: "[Varied December 2017]", "[Inserted June 2015]".
func VariationNote(s string) bool {
	s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "\\", "")))
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") || len(s) > 60 {
		return false
	}
	s = strings.TrimSpace(s[1:])
	for _, w := range []string{"varied", "inserted", "amended", "added", "substituted", "revised"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
