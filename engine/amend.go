package engine

import (
	"context"
	"errors"
	"fmt"

	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/read/docx"
)

// Diff checks two versions of a constitution and compares them. NEW is
// judged with OLD as its previous version: its change of commissioning
// model is measured against OLD's model. An unreadable file is an error.
// Each version is read and checked within the time limit of one document.
func (e *Engine) Diff(ctx context.Context, oldPath, newPath string) (*diff.Result, error) {
	oldDoc, oldRes, err := e.within(ctx, nil, oldPath)
	if err != nil {
		return nil, describe(oldPath, err)
	}
	ctx, cancel := context.WithTimeout(ctx, e.allowed())
	defer cancel()
	newDoc, err := e.readCtx(ctx, nil, func() (*model.Document, error) { return e.load(newPath, e.opts.MaxSize) })
	if err != nil {
		return nil, describe(newPath, err)
	}
	diff.JudgeAgainst(newDoc, oldDoc)
	newRes, err := e.evaluateCtx(ctx, newDoc)
	if err != nil {
		return nil, describe(newPath, err)
	}
	return diff.Compare(oldDoc, newDoc, &oldRes, &newRes), nil
}

// describe names the file in an error that does not already.
func describe(path string, err error) error {
	var ie *model.InputError
	if errors.As(err, &ie) {
		return err
	}
	return fmt.Errorf("check %s: %w", path, err)
}

// DiffTracked reads one Word document with tracked changes as an
// amendment: OLD is the document with every change rejected, NEW with
// every change accepted, compared as Diff compares two files. The result
// also lists the tracked changes, with who made each and when. A file that
// is not Word, or has no tracked changes, is an input error.
func (e *Engine) DiffTracked(ctx context.Context, path string) (*diff.Result, error) {
	src, err := readLimited(path, e.opts.MaxSize)
	if err != nil {
		return nil, describe(path, err)
	}
	if !parse.IsWord(path, src) {
		return nil, &model.InputError{Path: path, Message: "diff with one file reads a Word document's tracked changes; this is not a Word document: give OLD and NEW"}
	}
	_, revs, ierr := docx.ReadView(src, docx.Accepted)
	if ierr != nil {
		ierr.Path = path
		return nil, ierr
	}
	if len(revs) == 0 {
		return nil, &model.InputError{Path: path, Message: "the document has no tracked changes, so no amendment to compare: give OLD and NEW"}
	}
	ctx, cancel := context.WithTimeout(ctx, e.allowed())
	defer cancel()
	oldDoc, err := e.parseView(ctx, path, src, docx.Rejected)
	if err != nil {
		return nil, describe(path, err)
	}
	oldRes, err := e.evaluateCtx(ctx, oldDoc)
	if err != nil {
		return nil, describe(path, err)
	}
	newDoc, err := e.parseView(ctx, path, src, docx.Accepted)
	if err != nil {
		return nil, describe(path, err)
	}
	diff.JudgeAgainst(newDoc, oldDoc)
	newRes, err := e.evaluateCtx(ctx, newDoc)
	if err != nil {
		return nil, describe(path, err)
	}
	r := diff.Compare(oldDoc, newDoc, &oldRes, &newRes)
	r.Tracked = make([]diff.TrackedChange, 0, len(revs))
	for _, rv := range revs {
		r.Tracked = append(r.Tracked, diff.TrackedChange{Kind: rv.Kind, Author: rv.Author, Date: rv.Date, Paragraph: rv.Paragraph, Text: rv.Text})
	}
	return r, nil
}

// parseView reads one view of a Word document's tracked changes until ctx
// is done (see readCtx).
func (e *Engine) parseView(ctx context.Context, path string, src []byte, view docx.View) (*model.Document, error) {
	return e.readCtx(ctx, nil, func() (*model.Document, error) {
		return parse.ParseOutlineWith(path, src, func(src []byte) (*outline.Outline, *model.InputError) {
			o, _, ierr := docx.ReadView(src, view)
			return o, ierr
		}, extract.Options{Lexicon: e.lexicon})
	})
}
