package serve

import (
	"bytes"
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/report"
)

// A passage is the text a finding points at, as written: the paragraph,
// list item or table row at its line, with a few lines either side. The
// evidence (the words the finding quotes) is marked; when no quote is
// found in the passage, the line pointed at is.
type passage struct {
	Lines []passageLine
	// Quoted is true when the finding's own words were found and marked.
	Quoted bool
}

type passageLine struct {
	Number   int
	Pointed  bool
	Segments []segment
}

type segment struct {
	Text string
	Mark bool
}

// Bounds of a passage.
const (
	contextLines    = 2
	maxPassageLines = 14
	maxLineRunes    = 400
)

// quoted finds the words a finding quotes: text in straight or curly
// double quotes, without a trailing ellipsis.
var quoted = regexp.MustCompile(`"([^"]{6,})"|“([^”]{6,})”`)

// source is a document's lines, split once for all its findings.
type source struct {
	lines  []string
	blocks []model.Block
}

func newSource(name string, data []byte, doc *model.Document) *source {
	if parse.IsWord(name, data) {
		return wordSource(doc)
	}
	// A document in UTF-16 or with invalid bytes has no passages: its
	// lines are not what the reader read.
	if !utf8.Valid(data) {
		return nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	s := &source{lines: strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")}
	if doc != nil {
		s.blocks = doc.Blocks
	}
	return s
}

// wordSource gives a Word document's paragraphs as its lines: findings
// on a Word document count paragraphs, not lines. The text is the one the
// reader read (headings and paragraphs); a paragraph it kept no text of,
// such as a table row, is left empty.
func wordSource(doc *model.Document) *source {
	if doc == nil || doc.Lines <= 0 {
		return nil
	}
	s := &source{lines: make([]string, doc.Lines), blocks: doc.Blocks}
	for _, sec := range doc.Sections {
		if sec.Line >= 1 && sec.Line <= doc.Lines {
			s.lines[sec.Line-1] = sec.Heading
		}
	}
	for _, b := range doc.Blocks {
		if b.Line >= 1 && b.Line <= doc.Lines {
			s.lines[b.Line-1] = b.Text
		}
	}
	return s
}

// passage builds the passage at line for a finding's message.
func (s *source) passage(line int, message string) *passage {
	if s == nil || line < 1 || line > len(s.lines) {
		return nil
	}
	from, to := s.block(line)
	// A finding at a heading may quote a clause under it ("clause 1.4.1
	// (line 36)"): a line it names close by is part of its passage.
	for _, m := range lineRef.FindAllStringSubmatch(message, -1) {
		r, err := strconv.Atoi(m[1])
		if err != nil || r < 1 || r > len(s.lines) || r < line || r-line >= maxPassageLines {
			continue
		}
		_, rto := s.block(r)
		to = max(to, rto)
	}
	// The words it quotes may run past its block (a model without
	// blocks, a quote from the next sentence): they are looked for in the
	// lines that follow, and the passage reaches their end.
	window := min(len(s.lines), from+maxPassageLines-1)
	text := strings.Join(s.lines[from-1:window], "\n")
	for _, m := range evidence(text, message) {
		to = max(to, from+strings.Count(text[:m[1]], "\n"))
	}
	from = max(1, from-contextLines)
	to = min(len(s.lines), to+contextLines)
	if to-from+1 > maxPassageLines {
		// A long block: keep the lines from the one pointed at.
		from = max(1, line-contextLines)
		to = min(len(s.lines), from+maxPassageLines-1)
	}
	lines := s.lines[from-1 : to]
	text = strings.Join(lines, "\n")
	marks := evidence(text, message)
	p := &passage{Quoted: len(marks) > 0}
	start := 0
	for i, l := range lines {
		n := from + i
		pl := passageLine{Number: n, Pointed: n == line}
		end := start + len(l)
		if len(marks) > 0 {
			pl.Segments = cut(l, start, marks)
		} else {
			pl.Segments = []segment{{Text: l, Mark: n == line && strings.TrimSpace(l) != ""}}
		}
		for j := range pl.Segments {
			pl.Segments[j].Text = shorten(report.Printable(pl.Segments[j].Text))
		}
		p.Lines = append(p.Lines, pl)
		start = end + 1
	}
	return p
}

// block is the first and last line of the paragraph, list item or table
// row holding line.
func (s *source) block(line int) (from, to int) {
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Line <= line && line <= max(b.EndLine, b.Line) {
			return b.Line, max(b.EndLine, b.Line)
		}
	}
	return line, line
}

// lineRef is a line a message names besides its own.
var lineRef = regexp.MustCompile(`\bline (\d+)\b`)

// evidence finds each quote of message in text, its words matched across
// line breaks, white space and Markdown emphasis; it returns byte ranges.
func evidence(text, message string) [][2]int {
	var out [][2]int
	for _, m := range quoted.FindAllStringSubmatch(message, -1) {
		q := m[1] + m[2]
		q = strings.TrimSuffix(strings.TrimSpace(q), "…")
		q = strings.TrimSuffix(q, "...")
		words := strings.Fields(q)
		if len(words) == 0 {
			continue
		}
		// A quote cut short may end in part of a word.
		if cutShort := strings.HasSuffix(m[0], "…\"") || strings.HasSuffix(m[0], "…”"); cutShort && len(words) > 1 {
			words = words[:len(words)-1]
		}
		parts := make([]string, len(words))
		for i, w := range words {
			parts[i] = wordPattern(w)
		}
		re, err := regexp.Compile(`(?i)` + strings.Join(parts, quoteGap))
		if err != nil {
			continue
		}
		if loc := re.FindStringIndex(text); loc != nil {
			out = append(out, [2]int{loc[0], loc[1]})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// quoteGap is what may stand between two words of a quote in the source:
// white space and line breaks, emphasis, a quote or table mark, and a list
// item's marker ("shall:" then "(a) nominate"), which a quote of a lead-in
// and its items leaves out.
const quoteGap = `[\s*_>|]+(?:(?:\(?[a-z0-9]{1,4}[.)]|[-+])[\s*_]+)?`

// wordPattern matches a word of a quote as written in Markdown: emphasis
// may sit between its letters and its punctuation ("Body**,").
func wordPattern(w string) string {
	var b strings.Builder
	prevLetter := false
	for i, r := range w {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if i > 0 && letter != prevLetter {
			b.WriteString(`[*_]*`)
		}
		b.WriteString(regexp.QuoteMeta(string(r)))
		prevLetter = letter
	}
	return b.String()
}

// cut splits line, which starts at offset in the passage, into marked and
// unmarked segments.
func cut(line string, offset int, marks [][2]int) []segment {
	var segs []segment
	pos := 0
	for _, m := range marks {
		a, b := m[0]-offset, m[1]-offset
		a, b = max(a, pos), min(b, len(line))
		if a >= b {
			continue
		}
		if a > pos {
			segs = append(segs, segment{Text: line[pos:a]})
		}
		segs = append(segs, segment{Text: line[a:b], Mark: true})
		pos = b
	}
	if pos < len(line) || len(segs) == 0 {
		segs = append(segs, segment{Text: line[pos:]})
	}
	return segs
}

func shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxLineRunes {
		return s
	}
	r := []rune(s)
	return string(r[:maxLineRunes]) + "…"
}
