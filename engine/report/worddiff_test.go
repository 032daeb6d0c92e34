package report

import (
	"fmt"
	"testing"
)

func TestWordDiff(t *testing.T) {
	mark := func(kind byte, s string) string { return fmt.Sprintf("%c[%s]", kind, s) }
	id := func(s string) string { return s }
	tests := []struct {
		old, new         string
		wantOld, wantNew string
	}{
		{"The Group shall consult the LMC", "The Group must consult the Local Medical Committee",
			"The Group -[shall] consult the -[LMC]", "The Group +[must] consult the +[Local Medical Committee]"},
		{"a b c", "a b c", "a b c", "a b c"},
		{"", "new words", "", "+[new words]"},
		{"old words", "", "-[old words]", ""},
		{"withdraw from the meeting", "remain in the meeting", "-[withdraw from] the meeting", "+[remain in] the meeting"},
	}
	for _, tt := range tests {
		o, n := sides(wordDiff(tt.old, tt.new), id, mark)
		if o != tt.wantOld || n != tt.wantNew {
			t.Errorf("wordDiff(%q, %q):\n old %q, want %q\n new %q, want %q", tt.old, tt.new, o, tt.wantOld, n, tt.wantNew)
		}
	}
}
