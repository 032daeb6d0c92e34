package markdown

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// The reader takes fast paths where it runs on every byte of large
// batches; the tests here hold each to the plain definition it stands in
// for, over random text made of the characters that matter to them.

// whiteSpaceTokens make up the random text of the text builder's test:
// the white space it collapses, beside words and characters beyond ASCII.
var whiteSpaceTokens = []string{
	" ", " ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2003", "word", "Practice", "4.2", ".", ",",
	"’", "é", "İ", "ſ", "\xff", "x",
}

// rounds is n, or a twentieth of it in short tests.
func rounds(n int) int {
	if testing.Short() {
		return n / 20
	}
	return n
}

// TestTextBuilderFastPath: a segment of plain words is written as it is,
// as character by character.
func TestTextBuilderFastPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range rounds(50_000) {
		var b strings.Builder
		for n := rng.IntN(11); n > 0; n-- {
			b.WriteString(whiteSpaceTokens[rng.IntN(len(whiteSpaceTokens))])
		}
		s := b.String()
		var fast, slow textBuilder
		for _, tb := range []*textBuilder{&fast, &slow} {
			tb.add([]byte("Lead"), 1)
			tb.space = true
		}
		fast.add([]byte(s), 2)
		slow.addAny([]byte(s), 2)
		if string(fast.buf) != string(slow.buf) || !reflect.DeepEqual(fast.marks, slow.marks) || fast.space != slow.space {
			t.Fatalf("add(%q): %q %v, want %q %v", s, fast.buf, fast.marks, slow.buf, slow.marks)
		}
	}
}

func TestNewLineIndex(t *testing.T) {
	for _, s := range []string{"", "\n", "a", "a\n", "a\nb", "\n\n", "a\n\nb\n"} {
		var want []int
		want = append(want, 0)
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' && i+1 < len(s) {
				want = append(want, i+1)
			}
		}
		if got := newLineIndex([]byte(s)).starts; !reflect.DeepEqual(got, want) {
			t.Errorf("newLineIndex(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDestinationWork(t *testing.T) {
	plain := func(line []byte) (work, openTitles int) {
		last := map[byte]int{'"': strings.LastIndexByte(string(line), '"'), '\'': strings.LastIndexByte(string(line), '\''), '(': strings.LastIndexByte(string(line), ')')}
		ws := 0
		for i := 0; ; {
			j := strings.Index(string(line[i:]), "](")
			if j < 0 {
				return work, openTitles
			}
			d := i + j + 2
			if d < len(line) && line[d] == '<' {
				work += len(line) - d
			}
			ws = max(ws, d)
			for ws < len(line) && line[ws] != ' ' && line[ws] != '\t' {
				ws++
			}
			work += ws - d
			k := ws
			for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
				k++
			}
			if k < len(line) {
				if closing, ok := last[line[k]]; ok && closing <= k {
					openTitles++
				}
			}
			i = d
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	tokens := []string{"](", "[a", "]", "(", ")", "\"", "'", " ", "\t", "<", "x", "url"}
	for range rounds(50_000) {
		var b strings.Builder
		for n := rng.IntN(12); n > 0; n-- {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		line := []byte(b.String())
		gw, gt := destinationWork(line)
		ww, wt := plain(line)
		if gw != ww || gt != wt {
			t.Fatalf("destinationWork(%q) = %d, %d, want %d, %d", line, gw, gt, ww, wt)
		}
	}
}
