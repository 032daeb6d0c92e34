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
		// The governing body's committees' terms of reference are not
		// its own; its part with its committees is.
		{"Terms of reference of the Governing Body's committees", ""},
		{"The Governing Body and its committees", model.KindGoverningBody},
	} {
		if got := titleKind(tc.title); got != tc.want {
			t.Errorf("titleKind(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// A title whose subject follows a colon is that subject's section; one
// whose words before the colon say its kind keeps it.
func TestSectionTitleKindAfterColon(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Decision making: the Governing Body", model.KindGoverningBody},
		{"Part 4: The Governing Body", model.KindGoverningBody},
		{"Variation: how the Governing Body may propose it", model.KindVariation},
		{"Decision making: general", ""},
	} {
		if got := sectionTitleKind(tc.title); got != tc.want {
			t.Errorf("sectionTitleKind(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
