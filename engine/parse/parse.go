// Package parse reads a constitution into the document model that the
// policies check (docs/model.md): a reader for its format makes an
// outline of it (engine/read/markdown, engine/read/docx), and extraction
// reads the
// governance from the outline (engine/extract). Every caller parses
// through here, whatever the format.
package parse

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
	"github.com/ccgvet/ccgvet/engine/read/docx"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

// Parse reads one constitution. path is recorded for provenance and in
// errors. Input it cannot read (invalid front matter, a binary file,
// nesting beyond markdown.MaxNesting) is a *model.InputError naming path
// and line. A Word document (.docx, found by its zip signature or its
// name) is read with its tracked changes accepted.
func Parse(path string, src []byte) (doc *model.Document, err error) {
	return ParseWith(path, src, extract.Options{})
}

// ParseWith is Parse with extraction options: the lexicon compiled from
// the policy data in force (--data, a profile), so that a user's word sets
// read the wording.
func ParseWith(path string, src []byte, opts extract.Options) (doc *model.Document, err error) {
	return ParseOutlineWith(path, src, func(src []byte) (*outline.Outline, *model.InputError) {
		if IsWord(path, src) {
			return docx.Read(src)
		}
		return markdown.Read(src)
	}, opts)
}

// IsWord reports whether a file is to be read as Word: it has a Word
// name (.docx, .docm, .doc, .dotx; .rtf and .odt, which the Word reader
// refuses by name) or a zip or OLE signature. A Markdown
// file never starts with either.
func IsWord(path string, src []byte) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".docx", ".docm", ".doc", ".dotx", ".dotm", ".rtf", ".odt":
		// The reader names what the others are and how to save them.
		return true
	}
	return docx.IsDocx(src)
}

// ParseOutline reads one constitution with the reader given, then
// extracts its governance: Parse with a reader of the caller's choice (a
// view of a Word document's tracked changes).
func ParseOutline(path string, src []byte, read func([]byte) (*outline.Outline, *model.InputError)) (doc *model.Document, err error) {
	return ParseOutlineWith(path, src, read, extract.Options{})
}

// ParseOutlineWith is ParseOutline with extraction options.
func ParseOutlineWith(path string, src []byte, read func([]byte) (*outline.Outline, *model.InputError), opts extract.Options) (doc *model.Document, err error) {
	defer func() {
		// A last resort: a bug must not take down a batch of documents.
		if r := recover(); r != nil {
			doc, err = nil, &model.InputError{Path: path, Message: fmt.Sprintf("cannot read this document: internal error: %v", r)}
		}
	}()
	o, ierr := read(src)
	if ierr != nil {
		ierr.Path = path
		return nil, ierr
	}
	d, err := extract.Extract(o, opts)
	if err != nil {
		var ie *model.InputError
		if errors.As(err, &ie) {
			ie.Path = path
		}
		return nil, err
	}
	d.Path = path
	return d, nil
}
