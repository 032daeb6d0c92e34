package extract

import (
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// Titles this stop's rounds showed: the governing body's terms of
// reference in an appendix, and a clause on the constitution that says
// how it is varied; near misses keep their kinds.
func TestTitleKindsOfThisStop(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Terms of Reference of the Governing Body", model.KindGoverningBody},
		{"Status of this constitution and how it is varied", model.KindVariation},
		{"How it may be amended", model.KindVariation},
		{"Terms of Reference of the Audit Committee", model.KindCommittee},
		{"Status of this constitution", ""},
	} {
		if got := titleKind(tc.title); got != tc.want {
			t.Errorf("titleKind(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
