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
