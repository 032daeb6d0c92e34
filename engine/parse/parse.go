// Package parse reads a constitution into the document model that the
// policies check (docs/model.md): a reader for its format makes an
// outline of it (engine/read/markdown), and extraction reads the
// governance from the outline (engine/extract). Every caller parses
// through here, whatever the format.
package parse

import (
	"errors"
	"fmt"

	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

// Parse reads one constitution. path is recorded for provenance and in
// errors. Input it cannot read (invalid front matter, a binary file,
// nesting beyond markdown.MaxNesting) is a *model.InputError naming path
// and line.
func Parse(path string, src []byte) (doc *model.Document, err error) {
	defer func() {
		// A last resort: a bug must not take down a batch of documents.
		if r := recover(); r != nil {
			doc, err = nil, &model.InputError{Path: path, Message: fmt.Sprintf("cannot read this document: internal error: %v", r)}
		}
	}()
	o, ierr := markdown.Read(src)
	if ierr != nil {
		ierr.Path = path
		return nil, ierr
	}
	d, err := extract.Extract(o, extract.Options{})
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
