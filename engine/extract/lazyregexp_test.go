package extract

import (
	"regexp"
	"testing"
)

// Expressions are compiled at their first use: each must compile, or a
// document that reaches it would fail.
func TestEveryExpressionCompiles(t *testing.T) {
	if len(lazyRegexps) < 40 {
		t.Fatalf("%d expressions registered, want the extractor's (over 40)", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%s: %v", l.expr, err)
		}
	}
}
