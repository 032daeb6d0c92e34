package markdown

import (
	"bytes"
	"sort"
)

// lineIndex turns byte offsets into 1-based line numbers. It is built once
// per file so that every piece of evidence gets its line by binary search
// instead of by counting newlines again.
type lineIndex struct {
	starts []int // byte offset of the start of each line
	size   int
}

func newLineIndex(src []byte) lineIndex {
	starts := make([]int, 1, len(src)/40+1)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		if i < len(src) {
			starts = append(starts, i)
		}
	}
	return lineIndex{starts: starts, size: len(src)}
}

// line returns the 1-based line holding byte offset off; offsets out of
// range are clamped so that a bad position never panics.
func (x lineIndex) line(off int) int {
	if off <= 0 {
		return 1
	}
	if off >= x.size {
		off = x.size - 1
		if off < 0 {
			return 1
		}
	}
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off })
}

// count is the number of lines in the file: a last line without a newline
// still counts, an empty file has none.
func (x lineIndex) count() int {
	if x.size == 0 {
		return 0
	}
	return len(x.starts)
}

// start returns the byte offset where 1-based line n begins.
func (x lineIndex) start(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(x.starts) {
		return x.size
	}
	return x.starts[n-1]
}
