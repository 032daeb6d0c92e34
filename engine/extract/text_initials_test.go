package extract

import "testing"

// An initial after a title or another initial ends no sentence; a letter
// that names a schedule does.
func TestSentencesKeepInitials(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Signed for the practices: Dr Y. Adebanjo for X; and Mrs P. R. Gale for Y.", 1},
		{"Cllr T. Ward chairs it. The Board meets monthly.", 2},
		{"The list is in Schedule A. The Board keeps it.", 2},
		{"Members are listed in Appendix B. Each signed.", 2},
	} {
		if got := len(sentences(tc.text)); got != tc.want {
			t.Errorf("%q: %d sentences, want %d", tc.text, got, tc.want)
		}
	}
}
