package markdown

import (
	"unicode"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/outline"
)

// textBuilder builds the plain text of a block: runs of white space
// (soft line breaks included) become one space, and each source line's
// first character is marked so that a sentence can be traced to its line.
//
// The walker keeps one builder and reuses its buffers for every block
// (see walker.startText): String and takeMarks copy out exactly what the
// block needs, one allocation each, instead of a buffer grown by doubling
// for every paragraph and table cell.
type textBuilder struct {
	buf      []byte
	marks    []outline.Mark
	space    bool
	lastLine int
}

// reset empties the builder, keeping its buffers.
func (t *textBuilder) reset() {
	t.buf, t.marks = t.buf[:0], t.marks[:0]
	t.space, t.lastLine = false, 0
}

// Classes of byte for textBuilder.add.
const (
	plainByte = iota // ASCII that is not white space
	spaceByte        // ASCII white space
	multiByte        // part of a character beyond ASCII
)

// byteClass is each byte's class: one table lookup per byte of text.
var byteClass = func() (t [256]uint8) {
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = multiByte
	}
	for _, c := range []byte(" \t\n\r\f\v") {
		t[c] = spaceByte
	}
	return t
}()

func (t *textBuilder) add(s []byte, line int) {
	if plainText(s) {
		// Most segments are a line of words: what addAny would write is
		// s itself.
		t.mark(line)
		t.buf = append(t.buf, s...)
		return
	}
	t.addAny(s, line)
}

// addAny adds text of any kind, character by character.
func (t *textBuilder) addAny(s []byte, line int) {
	for i := 0; i < len(s); {
		switch byteClass[s[i]] {
		case spaceByte:
			t.space = true
			i++
		case plainByte:
			// ASCII, nearly all of a constitution: no decoding, and a word
			// is copied at once.
			j := i + 1
			for j < len(s) && byteClass[s[j]] == plainByte {
				j++
			}
			t.mark(line)
			t.buf = append(t.buf, s[i:j]...)
			i = j
		default:
			r, size := utf8.DecodeRune(s[i:])
			i += size
			if unicode.IsSpace(r) || r == '\u00a0' {
				t.space = true
				continue
			}
			t.mark(line)
			t.buf = utf8.AppendRune(t.buf, r)
		}
	}
}

// plainText reports whether s is ASCII words separated by single spaces,
// with no white space at either end.
func plainText(s []byte) bool {
	if len(s) == 0 || byteClass[s[0]] != plainByte || byteClass[s[len(s)-1]] != plainByte {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if c := s[i]; byteClass[c] != plainByte && (c != ' ' || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// mark writes the space owed before the next character and notes where
// a new source line's text begins.
func (t *textBuilder) mark(line int) {
	if t.space && len(t.buf) > 0 {
		t.buf = append(t.buf, ' ')
	}
	t.space = false
	if line != t.lastLine && line > 0 {
		t.marks = append(t.marks, outline.Mark{Off: len(t.buf), Line: line})
		t.lastLine = line
	}
}

// empty reports whether no text has been written yet.
func (t *textBuilder) empty() bool { return len(t.buf) == 0 }

// String returns a copy of the text.
func (t *textBuilder) String() string { return string(t.buf) }

// takeMarks returns a copy of the marks, which the block keeps.
func (t *textBuilder) takeMarks() []outline.Mark {
	if len(t.marks) == 0 {
		return nil
	}
	return append([]outline.Mark(nil), t.marks...)
}
