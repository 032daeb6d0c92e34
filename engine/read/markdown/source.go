package markdown

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/model"
)

// MaxNesting bounds how deeply lists and block quotes may nest. goldmark
// spends time proportional to the open containers on every line and on
// every column of indentation, so 3,000 nested lists or 100,000 nested
// quotes take it minutes; a constitution needs a handful of levels. The
// depth is over-estimated cheaply from each line's prefix (see lineDepth),
// so a 2-space-indented list may really nest up to about twice this.
const MaxNesting = 32

// checkText refuses input that is not text. A NUL byte never occurs in a
// Markdown file, so it marks a binary one (a PDF or .docx given by
// mistake). Invalid UTF-8 is read as U+FFFD with a warning instead, since a
// file saved as Windows-1252 is otherwise a perfectly good constitution.
func checkText(src []byte, lines lineIndex) (*model.InputError, []model.ParseWarning) {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return &model.InputError{Line: lines.line(i), Message: "not a text file (it contains NUL bytes): give the Markdown version of the constitution"}, nil
	}
	if utf8.Valid(src) {
		return nil, nil
	}
	off := 0
	for off < len(src) {
		r, size := utf8.DecodeRune(src[off:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		off += size
	}
	return nil, []model.ParseWarning{{Line: lines.line(off), Message: "text is not valid UTF-8; the bytes that are not were read as U+FFFD (save the file as UTF-8)"}}
}

// checkNesting applies MaxNesting before goldmark sees the source.
func checkNesting(src []byte, lines lineIndex) *model.InputError {
	start := 0
	for start < len(src) {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if d := lineDepth(src[start:end]); d > MaxNesting {
			return &model.InputError{Line: lines.line(start), Message: fmt.Sprintf("lists or block quotes nest more than %d levels deep; ccgvet reads at most %d", MaxNesting, MaxNesting)}
		}
		start = end + 1
	}
	return nil
}

// lineDepth over-estimates how many containers a line opens or continues:
// one for each '>' or list marker in its prefix, plus one for every four
// columns of indentation (the least a nested list needs per level is two,
// which is why the limit is an over-estimate for such lists only by half).
func lineDepth(line []byte) int {
	depth, cols := 0, 0
	i := 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			cols++
			i++
		case c == '\t':
			cols += 4
			i++
		case c == '>':
			depth++
			i++
		case c == '-' || c == '*' || c == '+':
			if i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' && line[i+1] != '\r' {
				return depth + cols/4
			}
			depth++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 10 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j < len(line) && (line[j] == '.' || line[j] == ')') && (j+1 == len(line) || line[j+1] == ' ' || line[j+1] == '\t') {
				depth++
				i = j + 1
				continue
			}
			return depth + cols/4
		default:
			return depth + cols/4
		}
	}
	// Only spaces (or markers) to the end of the line: indentation opens
	// nothing on a blank line, such as one of blanked-out front matter.
	return depth
}

// splitFrontMatter finds YAML front matter: a first line `---` and the
// next line `---` (or YAML's `...`). It returns the YAML text, the
// offset just past the closing line; ok is false when the file does not
// start with `---`. The YAML text always starts on line 2.
//
// start is where the first line begins: 3 after a UTF-8 byte-order mark.
func splitFrontMatter(src []byte, start int) (yamlText []byte, end int, ok bool, err *model.InputError) {
	first, next := lineAt(src, start)
	if !isFence(first, "---") {
		return nil, 0, false, nil
	}
	for off := next; off < len(src); {
		l, n := lineAt(src, off)
		if isFence(l, "---") || isFence(l, "...") {
			return src[next:off], n, true, nil
		}
		off = n
	}
	return nil, 0, true, &model.InputError{Line: 1, Message: "front matter: the opening --- has no closing --- line"}
}

// lineAt returns the line starting at off (without its newline) and the
// offset of the next line.
func lineAt(src []byte, off int) ([]byte, int) {
	i := bytes.IndexByte(src[off:], '\n')
	if i < 0 {
		return src[off:], len(src)
	}
	return src[off : off+i], off + i + 1
}

func isFence(line []byte, fence string) bool {
	return string(bytes.TrimRight(line, " \t\r")) == fence
}

// blank returns a copy of src with bytes [from, to) replaced by spaces,
// newlines kept, so that goldmark skips front matter (or a byte-order
// mark) while every byte offset and line stays that of the file.
func blank(src []byte, from, to int) []byte {
	out := make([]byte, len(src))
	copy(out, src)
	for i := from; i < to; i++ {
		if out[i] != '\n' {
			out[i] = ' '
		}
	}
	return out
}

// maxLinkWork bounds the work goldmark does on links, in bytes scanned.
// It scans from every "](" to the end of the link destination, which in a
// run without spaces is the rest of the line (with "<", the rest of the
// line whatever it holds); from a link title's opening quote as far as the
// end of the paragraph; and it re-slices a paragraph once per link
// reference definition in it. Each is quadratic: 20,000 unclosed "[a](" on
// one line take it seconds, 100,000 minutes. Real links cost a few bytes
// each, so a constitution is never near the bound (about two seconds).
const maxLinkWork = 400_000_000

// linkOpen is what ends a link's text and opens its destination, and
// refDefMark what ends the label of a link reference definition.
var linkOpen, refDefMark = []byte("]("), []byte("]:")

var linkErr = "links here would take the Markdown reader too long to read (unclosed \"[…](\" or a long run of \"[label]: …\" lines); close or remove them"

// checkLinks estimates that work from the source, line by line and
// paragraph by paragraph, before goldmark sees it.
func checkLinks(src []byte, lines lineIndex) *model.InputError {
	if !bytes.Contains(src, linkOpen) && !bytes.Contains(src, refDefMark) {
		// No destination and no definition: no work at all. Most
		// constitutions have no links, and two fast searches save
		// walking their lines.
		return nil
	}
	work := 0
	chunkStart, titles, refDefs := 0, 0, 0 // titles: left open
	endChunk := func(end int) {
		work += titles*(end-chunkStart) + refDefs*refDefs/4
		titles, refDefs = 0, 0
	}
	for start := 0; start < len(src); {
		line, next := lineAt(src, start)
		if len(bytes.TrimSpace(line)) == 0 {
			endChunk(start)
			chunkStart = next
		} else {
			w, t := destinationWork(line)
			work += w
			titles += t
			if t := bytes.TrimLeft(line, " "); len(t) > 0 && t[0] == '[' && bytes.Contains(t, refDefMark) {
				refDefs++
			}
		}
		if work > maxLinkWork {
			return &model.InputError{Line: lines.line(start), Message: linkErr}
		}
		start = next
	}
	endChunk(len(src))
	if work > maxLinkWork {
		return &model.InputError{Line: lines.line(chunkStart), Message: linkErr}
	}
	return nil
}

// destinationWork sums, over the "](" of a line, the bytes goldmark scans
// for the destination, and counts the titles left open at the end of the
// line, whose closing quote goldmark looks for in the lines after.
func destinationWork(line []byte) (work, openTitles int) {
	i := bytes.Index(line, linkOpen)
	if i < 0 {
		return 0, 0 // nearly every line: no link, nothing to scan
	}
	// The last closing mark of each kind of title, found only for lines
	// with a link.
	lastDouble, lastSingle, lastParen := bytes.LastIndexByte(line, '"'), bytes.LastIndexByte(line, '\''), bytes.LastIndexByte(line, ')')
	ws := 0 // the next white space at or after the current link
	for {
		j := bytes.Index(line[i:], linkOpen)
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
			closing := len(line)
			switch line[k] {
			case '"':
				closing = lastDouble
			case '\'':
				closing = lastSingle
			case '(':
				closing = lastParen
			}
			if closing <= k {
				openTitles++
			}
		}
		i = d
	}
}
