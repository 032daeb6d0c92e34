package markdown

import (
	"bytes"
	"flag"
	"testing"
	"time"
)

// fuzzing reports whether the test runs under -fuzz: only then is
// goldmark's time checked, since a machine's speed must never fail an
// ordinary test run.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// slowParse is how long goldmark may take on an input the bound lets
// through before it counts as a hang: at the bound it takes one to two
// seconds here, more with the fuzzer's workers on every core.
const slowParse = 10 * time.Second

// FuzzDelimiterBound builds a paragraph of up to 256 KB from two short
// patterns, the first repeated and then the second (nesting: "[" then
// "]"; mismatches: "*a_ " then nothing), and holds the bound to what it
// is for: an input it lets through never takes goldmark long. Short
// patterns repeated are how brackets and emphasis become quadratic, so
// the fuzzer looks there rather than at random megabytes.
func FuzzDelimiterBound(f *testing.F) {
	for _, seed := range []struct {
		open, close string
		n           uint16
	}{
		{"[", "]", 60000}, {"![", "]", 60000}, {"[ ", " ]", 30000}, {"[\n", "\n]", 30000},
		{"*a_ ", "", 60000}, {"a * b ", "a_ ", 20000}, {"_a ", "a_ ", 30000},
		{"*a **a ", " a** a*", 20000}, {"a**b", "c* ", 30000}, {"[ a_", "", 50000},
		{"[a](", ")", 30000}, {"**x** [y] _z_ ", "", 10000}, {"| a | b |\n", "|---|\n", 1000},
		// Found by the fuzzer: a list nested 30,000 deep, past the
		// nesting bound, which the target once skipped.
		{"* ", " ]", 29964}, {"*a", "", 59952},
	} {
		f.Add([]byte(seed.open), []byte(seed.close), seed.n)
	}
	f.Fuzz(func(t *testing.T, open, close []byte, n uint16) {
		if len(open) == 0 || len(open)+len(close) > 32 {
			return
		}
		// Ordinary test runs keep the seeds small: they check that nothing
		// panics, and the race detector slows goldmark tenfold.
		size := 256 << 10
		if !fuzzing() {
			size = 16 << 10
		}
		reps := min(int(n), size/(len(open)+len(close)))
		src := append(bytes.Repeat(open, reps), 'a')
		src = append(src, bytes.Repeat(close, reps)...)
		src = append(src, '\n')
		// The checks Read makes before goldmark, in its order: the bound
		// on delimiters is what is fuzzed, but "* " repeated is also a
		// list nested 30,000 deep, which only the nesting bound keeps from
		// goldmark.
		lines := newLineIndex(src)
		if checkNesting(src, lines) != nil || checkLinks(src, lines) != nil || checkDelimiters(src, lines) != nil {
			return // refused, as an input error
		}
		start := time.Now()
		parseMarkdown(src)
		if d := time.Since(start); fuzzing() && d > slowParse {
			t.Errorf("goldmark took %s on an input the bound let through (work %d): %q × %d, then %q × %d", d, delimiterWork(src), open, reps, close, reps)
		}
	})
}
