package markdown

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/model"
)

// maxDelimiterWork bounds the work goldmark does on brackets and emphasis
// marks, in the units delimiterEstimate counts. goldmark keeps no bottom
// for its searches, so two patterns cost it time in the square of their
// length:
//
//   - every "]" walks the inline nodes made since the "[" it closes,
//     looking for a link inside the link text: a line of a million "[",
//     then "a", then a million "]" (2 MB) took it about a minute; a unit
//     is one node walked (0.2 to 3 ns here, the most when the brackets
//     are on lines of their own);
//   - every "*" or "_" run that can close emphasis looks back through the
//     runs before it for an opener of its own kind: 40,000 "*a_ " on one
//     line took it 15 seconds; a step back costs emphasisStep units
//     (15 to 20 ns here).
//
// A constitution makes a few units per bracket or run; at the bound
// goldmark takes one to two seconds on this machine (docs/limits.md).
const maxDelimiterWork = 1_000_000_000

// emphasisStep is the units one step back through the emphasis runs costs.
const emphasisStep = 16

var delimiterErr = "brackets or emphasis marks here would take the Markdown reader too long to read (thousands of nested or unmatched \"[\", \"]\", \"*\" or \"_\" in one paragraph); remove or escape them"

// checkDelimiters estimates that work from the source before goldmark sees
// it, paragraph by paragraph (goldmark reads the inline text of each
// paragraph, heading and table cell on its own).
func checkDelimiters(src []byte, lines lineIndex) *model.InputError {
	if bytes.IndexAny(src, "[]*_") < 0 {
		return nil
	}
	var est delimiterEstimate
	fence := []byte(nil) // the opening fence of a code block being skipped
	chunkStart := 0
	table := false
	for start, next := 0, 0; start < len(src); start = next {
		var line []byte
		line, next = lineAt(src, start)
		trimmed := bytes.TrimLeft(line, " ")
		switch {
		case fence != nil:
			if bytes.HasPrefix(trimmed, fence) && len(bytes.Trim(trimmed, string(fence[:1])+" \t\r")) == 0 {
				fence = nil
			}
			continue
		case bytes.HasPrefix(trimmed, []byte("```")) || bytes.HasPrefix(trimmed, []byte("~~~")):
			// Code is not read for brackets or emphasis.
			est.end()
			fence = trimmed[:3]
			continue
		case len(bytes.TrimSpace(line)) == 0:
			est.end()
			table = false
			chunkStart = next
			continue
		}
		// A table's cells are read one by one: each row is taken on its
		// own, which over-estimates a cell by the rest of its row.
		if !table && start != chunkStart && isDelimiterRow(line) {
			table = true
		}
		if table {
			est.end()
		}
		est.line(line)
		if est.work > maxDelimiterWork {
			return &model.InputError{Line: lines.line(start), Message: delimiterErr}
		}
	}
	est.end()
	if est.work > maxDelimiterWork {
		return &model.InputError{Line: lines.line(chunkStart), Message: delimiterErr}
	}
	return nil
}

// isDelimiterRow reports whether line is a GFM table's delimiter row
// ("|---|:--:|"): only pipes, dashes, colons and spaces, with a dash.
func isDelimiterRow(line []byte) bool {
	dash := false
	for _, c := range line {
		switch c {
		case '-':
			dash = true
		case '|', ':', ' ', '\t', '\r':
		default:
			return false
		}
	}
	return dash && bytes.IndexByte(line, '|') >= 0
}

// delimiterEstimate follows goldmark's work on one run of inline text. It
// counts the steps goldmark takes rather than simulating it exactly: it
// over-estimates (it ignores the rule of three, the 999-character cap on
// link labels, code spans and raw HTML), which only moves a pathological
// input nearer the bound.
type delimiterEstimate struct {
	work int
	// nodes counts the inline nodes made so far (brackets, runs, text
	// between them); opens holds, for each "[" not yet closed, the node
	// count where it opened.
	nodes int
	opens []int
	// runs is the emphasis runs still waiting to be matched, in order, and
	// openers the index in runs of each one that can open, by kind.
	runs    []byte
	openers [2][]int // '*', '_'
	// prev is the last rune of the text so far ('\n' at the start).
	prev rune
}

// end finishes a run of inline text.
func (e *delimiterEstimate) end() {
	e.nodes, e.opens, e.runs = 0, e.opens[:0], e.runs[:0]
	e.openers[0], e.openers[1] = e.openers[0][:0], e.openers[1][:0]
	e.prev = '\n'
}

// line adds one line of a paragraph.
func (e *delimiterEstimate) line(line []byte) {
	if e.prev == 0 {
		e.prev = '\n'
	}
	text := false // whether a text node is open
	for i := 0; i < len(line); {
		c := line[i]
		switch c {
		case '\\':
			// An escaped mark is text.
			i += 2
			e.prev = 'x'
			text = true
			continue
		case '[', ']':
			e.nodes++
			text = false
			if c == '[' {
				e.opens = append(e.opens, e.nodes)
			} else if n := len(e.opens); n > 0 {
				open := e.opens[n-1]
				e.opens = e.opens[:n-1]
				// The nodes walked for a link inside the label.
				e.work += e.nodes - open
			}
			e.prev = rune(c)
			i++
			continue
		case '*', '_':
			j := i
			for j < len(line) && line[j] == c {
				j++
			}
			after := '\n'
			if j < len(line) {
				after, _ = utf8.DecodeRune(line[j:])
			}
			e.run(c, e.prev, after)
			e.nodes++
			text = false
			e.prev = rune(c)
			i = j
			continue
		}
		if !text {
			e.nodes++
			text = true
		}
		// The text up to the next mark is one node: only its last rune
		// matters (to the run after it), so it is skipped whole, not
		// decoded rune by rune, which was most of reading a document.
		j := len(line)
		if k := bytes.IndexAny(line[i:], delimiterMarks); k >= 0 {
			j = i + k
		}
		e.prev, _ = utf8.DecodeLastRune(line[i:j])
		i = j
	}
	e.prev = '\n'
}

// delimiterMarks are the bytes delimiterEstimate.line stops at.
const delimiterMarks = "\\[]*_"

// run adds an emphasis run of c, between the runes before and after it.
func (e *delimiterEstimate) run(c byte, before, after rune) {
	left := !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before))
	right := !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after))
	canOpen, canClose := left, right
	if c == '_' {
		canOpen = left && (!right || isPunct(before))
		canClose = right && (!left || isPunct(after))
	}
	kind := 0
	if c == '_' {
		kind = 1
	}
	if canClose {
		// goldmark looks back from the closer, run by run, to an opener
		// of its kind, or to the start when there is none.
		if o := e.openers[kind]; len(o) > 0 {
			j := o[len(o)-1]
			e.work += (len(e.runs) - j) * emphasisStep
			// Matched: the opener and the runs between are done with.
			e.runs = e.runs[:j]
			for k := range e.openers {
				for len(e.openers[k]) > 0 && e.openers[k][len(e.openers[k])-1] >= j {
					e.openers[k] = e.openers[k][:len(e.openers[k])-1]
				}
			}
			return
		}
		e.work += len(e.runs) * emphasisStep
		if !canOpen {
			return // goldmark drops a closer with no opener
		}
	}
	if canOpen {
		e.openers[kind] = append(e.openers[kind], len(e.runs))
	}
	// A run that can neither open nor close stays in goldmark's list,
	// and every search back passes it.
	e.runs = append(e.runs, c)
}

func isSpace(r rune) bool { return r == '\n' || unicode.IsSpace(r) }

// isPunct is CommonMark's punctuation: Unicode P and S categories (ASCII
// punctuation is in them).
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
