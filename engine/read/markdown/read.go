// Package markdown reads a constitution written in Markdown, with optional
// YAML front matter (documents.md §1), into an outline: its sections,
// blocks, tables and lists, each with its line. It knows Markdown
// (goldmark with GFM tables, HTML tables as pandoc writes them) and
// refuses input that is not text or would take the Markdown library too
// long; it knows nothing of governance, which is engine/extract's.
package markdown

import (
	"bytes"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

var bom = []byte("\xef\xbb\xbf")

// Read reads one Markdown document. Input it cannot read (invalid front
// matter, a binary file, nesting beyond MaxNesting) is a
// *model.InputError with the line, for the caller to give its path.
func Read(src []byte) (*outline.Outline, *model.InputError) {
	src, decoded := decodeText(src) // UTF-16, UTF-32, lone CRs: encoding.go
	lines := newLineIndex(src)
	if len(bytes.TrimSpace(bytes.TrimPrefix(src, bom))) == 0 {
		return nil, &model.InputError{Line: 0, Message: "the file is empty"}
	}
	ierr, warnings := checkText(src, lines)
	if ierr != nil {
		return nil, ierr
	}

	start := 0
	if bytes.HasPrefix(src, bom) {
		start = len(bom)
	}
	md := src
	fm := frontMatter{FrontMatter: model.FrontMatter{KeyLines: map[string]int{}, Extra: map[string]any{}}}
	yamlText, end, ok, ierr := splitFrontMatter(src, start)
	if ierr != nil {
		return nil, ierr
	}
	if ok {
		if fm, ierr = readFrontMatter(yamlText); ierr != nil {
			return nil, ierr
		}
		if ierr := checkExpansion(&fm.FrontMatter, len(yamlText)); ierr != nil {
			return nil, ierr
		}
		md = blank(src, 0, end)
	} else if start > 0 {
		md = blank(src, 0, start)
	}

	if ierr := checkNesting(md, lines); ierr != nil {
		return nil, ierr
	}
	if ierr := checkLinks(md, lines); ierr != nil {
		return nil, ierr
	}
	if ierr := checkDelimiters(md, lines); ierr != nil {
		return nil, ierr
	}
	w := newWalker(md, lines)
	w.walk(parseMarkdown(md))
	w.finish()

	o := &w.out
	o.Lines = lines.count()
	o.FrontMatter = fm.FrontMatter
	o.Warnings = append(o.Warnings, decoded...)
	o.Warnings = append(o.Warnings, warnings...)
	if fm.memberVote != nil {
		// Read after the checks of the source, as it always was, so that
		// a file with two problems reports the same one.
		if o.FrontMatterVotes, ierr = frontMatterVotes(fm.memberVote, fm.KeyLines["member_vote"]); ierr != nil {
			return nil, ierr
		}
	}
	return o, nil
}

// markdownParsers holds goldmark parsers (with GFM tables) for reuse:
// building one costs about a tenth of parsing a constitution with it.
// goldmark does not say whether a parser may run in several goroutines at
// once, so each parse takes one of its own from the pool.
var markdownParsers = sync.Pool{New: func() any {
	return goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()
}}

// parseMarkdown parses src with a pooled goldmark parser.
func parseMarkdown(src []byte) ast.Node {
	p := markdownParsers.Get().(parser.Parser)
	defer markdownParsers.Put(p)
	return p.Parse(text.NewReader(src))
}
