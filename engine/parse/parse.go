// Package parse reads a CCG constitution written in Markdown, with
// optional YAML front matter, into the document model that the policies
// check (docs/model.md). It knows the conventions of real constitutions
// (documents.md): numbered headings and clauses, member practice tables,
// committee membership, votes of member practices. Every piece of
// evidence keeps the line it came from.
package parse

import (
	"bytes"
	"fmt"
	"sort"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/ccgvet/ccgvet/engine/model"
)

var bom = []byte("\xef\xbb\xbf")

// Parse reads one constitution. path is recorded for provenance and in
// errors. Input it cannot read (invalid front matter, a binary file,
// nesting beyond maxNesting) is a *model.InputError naming path and line.
func Parse(path string, src []byte) (doc *model.Document, err error) {
	defer func() {
		// A last resort: a bug must not take down a batch of documents.
		if r := recover(); r != nil {
			doc, err = nil, &model.InputError{Path: path, Message: fmt.Sprintf("cannot read this document: internal error: %v", r)}
		}
	}()
	d, ierr := parse(src)
	if ierr != nil {
		ierr.Path = path
		return nil, ierr
	}
	d.Path = path
	return d, nil
}

func parse(src []byte) (*model.Document, *model.InputError) {
	lines := newLineIndex(src)
	doc := newDocument()
	doc.Lines = lines.count()
	if len(bytes.TrimSpace(bytes.TrimPrefix(src, bom))) == 0 {
		return nil, &model.InputError{Line: 0, Message: "the file is empty"}
	}
	ierr, warnings := checkText(src, lines)
	if ierr != nil {
		return nil, ierr
	}
	doc.Warnings = append(doc.Warnings, warnings...)

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
		md = blank(src, 0, end)
	} else if start > 0 {
		md = blank(src, 0, start)
	}
	doc.FrontMatter, doc.CCG = fm.FrontMatter, fm.CCG

	if ierr := checkNesting(md, lines); ierr != nil {
		return nil, ierr
	}
	if ierr := checkLinks(md, lines); ierr != nil {
		return nil, ierr
	}
	root := parseMarkdown(md)
	o := newOutline(md, lines)
	o.walk(root)
	o.finish()

	doc.Sections = o.sections
	doc.Blocks = make([]model.Block, len(o.blocks))
	for i, b := range o.blocks {
		doc.Blocks[i] = b.Block
	}
	doc.Clauses = clauses(o.blocks)
	if doc.CCG == "" {
		doc.CCG = ccgFromText(doc.Blocks)
	}

	pt := classifyPracticeTables(o)
	doc.Membership, doc.SignOffs = membership(o, pt)
	doc.Committees, doc.GoverningBody = committees(o)
	var w []model.ParseWarning
	doc.Votes, w, ierr = votes(o, fm, pt, doc.Membership.Practices)
	if ierr != nil {
		return nil, ierr
	}
	doc.Warnings = append(doc.Warnings, w...)
	doc.Commissioning = commissioning(fm, o.sections, doc.Committees)
	doc.Conflicts = sectionText(o, model.KindConflicts)
	doc.Variation = sectionText(o, model.KindVariation)
	sort.SliceStable(doc.Warnings, func(i, j int) bool { return doc.Warnings[i].Line < doc.Warnings[j].Line })
	return doc, nil
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

// newDocument returns a document whose lists are empty rather than nil, so
// that they marshal as [] and the schema can require arrays.
func newDocument() *model.Document {
	return &model.Document{
		FrontMatter: model.FrontMatter{KeyLines: map[string]int{}, Extra: map[string]any{}},
		Sections:    []model.Section{},
		Blocks:      []model.Block{},
		Clauses:     []model.Clause{},
		Membership:  model.Membership{Practices: []model.Practice{}},
		SignOffs:    []model.SignOff{},
		Committees:  []model.Committee{},
		Conflicts:   model.SectionText{Sections: []model.SectionRef{}, Blocks: []model.Block{}, Clauses: []model.Clause{}},
		Votes:       []model.Vote{},
		Variation:   model.SectionText{Sections: []model.SectionRef{}, Blocks: []model.Block{}, Clauses: []model.Clause{}},
		Warnings:    []model.ParseWarning{},
	}
}
