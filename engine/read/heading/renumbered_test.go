package heading

import "testing"

func TestRenumberingNote(t *testing.T) {
	for _, tc := range []struct {
		note string
		want bool
	}{
		{"(formerly 9)", true},
		{" (previously 1.4) ", true},
		{"(was 3.2)", true},
		{"(see Part 9)", false},
		{"formerly 9", false},
		{"(washed)", false},
	} {
		if got := RenumberingNote(tc.note); got != tc.want {
			t.Errorf("RenumberingNote(%q) = %v, want %v", tc.note, got, tc.want)
		}
	}
}
