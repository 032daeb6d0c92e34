package engine

import (
	"context"
	"errors"
	"fmt"

	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/evaluate"
	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/read/docx"
	"github.com/ccgvet/ccgvet/engine/result"
)

// Source is a document held in memory: the name results give it, and its
// bytes. A server checks what it was sent without writing it to disk.
type Source struct {
	Name string
	Data []byte
}

// CheckSources is Check over documents held in memory, with the same
// results: each document within the time limit of one, waivers applied,
// then the rules across documents when there are several. Documents are
// checked one after another (a server bounds how many requests check at
// once); emit gets each result in order with its parsed model, nil when
// the document could not be read.
func (e *Engine) CheckSources(ctx context.Context, srcs []Source, emit func(*result.Document, *model.Document) error) (*Run, error) {
	run := &Run{Batch: result.Batch{Findings: []result.Finding{}}}
	var batch evaluate.Batch
	var w worker
	for i := range srcs {
		w.wait(ctx)
		if err := ctx.Err(); err != nil {
			return run, err
		}
		res, doc := e.checkSource(ctx, &w, &srcs[i])
		if doc != nil {
			batch.Add(evaluate.ForBatch(doc))
		}
		if len(res.Errors) > 0 {
			run.InputErrors = true
		}
		run.Summary.Add(&res)
		if err := emit(&res, doc); err != nil {
			return run, err
		}
	}
	if err := e.runBatch(ctx, &batch, run); err != nil {
		return run, err
	}
	return run, nil
}

// checkSource is checkOne for a document in memory: every failure is an
// input error on the document, never a partial result.
func (e *Engine) checkSource(ctx context.Context, w *worker, src *Source) (res result.Document, doc *model.Document) {
	fail := func(line int, msg string) (result.Document, *model.Document) {
		return result.Document{
			Path:     src.Name,
			Criteria: e.eval.ErrorStatuses(),
			Findings: []result.Finding{},
			Errors:   []result.InputError{{Message: msg, Line: line}},
		}, nil
	}
	defer func() {
		if r := recover(); r != nil {
			res, doc = fail(0, fmt.Sprintf("internal error while checking: %v", r))
		}
	}()
	doc, res, err := e.withinSource(ctx, w, src)
	if err != nil {
		var ie *model.InputError
		if errors.As(err, &ie) {
			return fail(ie.Line, ie.Message)
		}
		return fail(0, err.Error())
	}
	return res, doc
}

// withinSource is within for a document in memory, with the same bounds:
// its size, its time, and the memory of a large one.
func (e *Engine) withinSource(ctx context.Context, w *worker, src *Source) (*model.Document, result.Document, error) {
	if n := int64(len(src.Data)); n > e.opts.MaxSize {
		return nil, result.Document{}, &model.InputError{Path: src.Name, Message: fmt.Sprintf("file is %s, larger than the limit of %s", size(n), size(e.opts.MaxSize))}
	}
	if len(src.Data) > largeDocument {
		select {
		case e.large <- struct{}{}:
			defer w.after(func() { <-e.large })
		case <-ctx.Done():
			return nil, result.Document{}, ctx.Err()
		}
		var stop func()
		ctx, stop = e.watchMemory(ctx)
		defer stop()
	}
	ctx, cancel := context.WithTimeout(ctx, e.allowed())
	defer cancel()
	doc, err := e.parseCtx(ctx, w, src)
	if err != nil {
		return nil, result.Document{}, err
	}
	res, err := e.evaluateCtx(ctx, doc)
	return doc, res, err
}

// parseCtx is readCtx for a document in memory.
func (e *Engine) parseCtx(ctx context.Context, w *worker, src *Source) (*model.Document, error) {
	return e.readCtx(ctx, w, func() (*model.Document, error) {
		return parse.ParseWith(src.Name, src.Data, extract.Options{Lexicon: e.lexicon})
	})
}

// DiffSources is Diff over two versions held in memory. It also returns
// the proposed version's model, for a caller that shows the passages its
// findings point at.
func (e *Engine) DiffSources(ctx context.Context, oldSrc, newSrc Source) (*diff.Result, *model.Document, error) {
	oldDoc, oldRes, err := e.withinSource(ctx, nil, &oldSrc)
	if err != nil {
		return nil, nil, describe(oldSrc.Name, err)
	}
	if n := int64(len(newSrc.Data)); n > e.opts.MaxSize {
		return nil, nil, &model.InputError{Path: newSrc.Name, Message: fmt.Sprintf("file is %s, larger than the limit of %s", size(n), size(e.opts.MaxSize))}
	}
	ctx, cancel := context.WithTimeout(ctx, e.allowed())
	defer cancel()
	newDoc, err := e.parseCtx(ctx, nil, &newSrc)
	if err != nil {
		return nil, nil, describe(newSrc.Name, err)
	}
	diff.JudgeAgainst(newDoc, oldDoc)
	newRes, err := e.evaluateCtx(ctx, newDoc)
	if err != nil {
		return nil, nil, describe(newSrc.Name, err)
	}
	return diff.Compare(oldDoc, newDoc, &oldRes, &newRes), newDoc, nil
}

// DiffTrackedSource is DiffTracked over a Word document held in memory:
// its tracked changes rejected are OLD, accepted are NEW. It also returns
// NEW's model.
func (e *Engine) DiffTrackedSource(ctx context.Context, src Source) (*diff.Result, *model.Document, error) {
	if n := int64(len(src.Data)); n > e.opts.MaxSize {
		return nil, nil, &model.InputError{Path: src.Name, Message: fmt.Sprintf("file is %s, larger than the limit of %s", size(n), size(e.opts.MaxSize))}
	}
	if !parse.IsWord(src.Name, src.Data) {
		return nil, nil, &model.InputError{Path: src.Name, Message: "one document is read as an amendment only when it is a Word document with tracked changes; this is not a Word document: give the current and the proposed versions"}
	}
	_, revs, ierr := docx.ReadView(src.Data, docx.Accepted)
	if ierr != nil {
		ierr.Path = src.Name
		return nil, nil, ierr
	}
	if len(revs) == 0 {
		return nil, nil, &model.InputError{Path: src.Name, Message: "the document has no tracked changes, so no amendment to compare: give the current and the proposed versions"}
	}
	ctx, cancel := context.WithTimeout(ctx, e.allowed())
	defer cancel()
	oldDoc, err := e.parseView(ctx, src.Name, src.Data, docx.Rejected)
	if err != nil {
		return nil, nil, describe(src.Name, err)
	}
	oldRes, err := e.evaluateCtx(ctx, oldDoc)
	if err != nil {
		return nil, nil, describe(src.Name, err)
	}
	newDoc, err := e.parseView(ctx, src.Name, src.Data, docx.Accepted)
	if err != nil {
		return nil, nil, describe(src.Name, err)
	}
	diff.JudgeAgainst(newDoc, oldDoc)
	newRes, err := e.evaluateCtx(ctx, newDoc)
	if err != nil {
		return nil, nil, describe(src.Name, err)
	}
	r := diff.Compare(oldDoc, newDoc, &oldRes, &newRes)
	r.Tracked = make([]diff.TrackedChange, 0, len(revs))
	for _, rv := range revs {
		r.Tracked = append(r.Tracked, diff.TrackedChange{Kind: rv.Kind, Author: rv.Author, Date: rv.Date, Paragraph: rv.Paragraph, Text: rv.Text})
	}
	return r, newDoc, nil
}
