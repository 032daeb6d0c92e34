// Package engine checks CCG constitutions against governance policies. It
// wires the steps together — find files, read and parse each into a model,
// evaluate the compiled policies, apply waivers, run batch rules — and
// streams results in a deterministic order. It knows nothing of flags or
// terminals: cmd/ccgvet is a thin CLI over it.
package engine

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/ccgvet/ccgvet/engine/discover"
	"github.com/ccgvet/ccgvet/engine/evaluate"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/ccgvet/ccgvet/engine/waiver"
)

// DefaultMaxSize is the largest document read by default (--max-size).
const DefaultMaxSize = 10 << 20

// Options configures an Engine.
type Options struct {
	Policy policy.Options
	// Workers is how many documents are checked at once (default: the
	// number of CPUs).
	Workers int
	// MaxSize is the largest document read, in bytes (default 10 MB).
	MaxSize int64
	// Timeout bounds each document's evaluation (default 10s).
	Timeout time.Duration
	// Waivers mark accepted findings as waived; expired ones are reported
	// with the batch findings.
	Waivers *waiver.Set
}

// Engine checks documents with policies compiled once.
type Engine struct {
	opts Options
	eval *evaluate.Evaluator
	// load reads and parses one document; tests replace it to prove that a
	// failure inside the parser cannot take a batch down.
	load func(path string, maxSize int64) (*model.Document, error)
}

// New compiles the policies and prepares their queries.
func New(ctx context.Context, opts Options) (*Engine, error) {
	set, err := policy.Load(opts.Policy)
	if err != nil {
		return nil, err
	}
	return NewWithSet(ctx, set, opts)
}

// NewWithSet prepares an engine over an already loaded policy set.
func NewWithSet(ctx context.Context, set *policy.Set, opts Options) (*Engine, error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	if opts.Timeout == 0 {
		opts.Timeout = evaluate.DefaultTimeout
	}
	ev, err := evaluate.New(ctx, set, evaluate.WithTimeout(opts.Timeout))
	if err != nil {
		return nil, err
	}
	return &Engine{opts: opts, eval: ev, load: Load}, nil
}

// Policies returns the compiled policy set.
func (e *Engine) Policies() *policy.Set { return e.eval.Set() }

// Run is the outcome of a Check.
type Run struct {
	Batch   result.Batch
	Summary result.Summary
	// InputErrors is true when any document could not be read or checked.
	InputErrors bool
}

// Check checks every document found in paths and calls emit with each
// document's result in the order the documents were found, whatever the
// number of workers. Only the member practices of each document are kept
// for the batch rules, so memory does not grow with document size.
func (e *Engine) Check(ctx context.Context, paths []string, emit func(*result.Document) error) (*Run, error) {
	targets := discover.Find(paths)
	run := &Run{Batch: result.Batch{Findings: []result.Finding{}}}
	var batch evaluate.Batch

	type outcome struct {
		res   result.Document
		batch *evaluate.BatchDocument
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Each target gets a slot; workers fill slots and the loop below drains
	// them in order. The semaphore bounds how far ahead workers run, so at
	// most a few results wait in memory.
	slots := make([]chan outcome, len(targets))
	for i := range slots {
		slots[i] = make(chan outcome, 1)
	}
	ahead := make(chan struct{}, e.opts.Workers*4)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < e.opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				res, bd := e.checkOne(ctx, targets[i])
				slots[i] <- outcome{res: res, batch: bd}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range targets {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var emitErr error
	for i := range targets {
		var o outcome
		select {
		case o = <-slots[i]:
		case <-ctx.Done():
			emitErr = ctx.Err()
		}
		if emitErr != nil {
			break
		}
		<-ahead
		slots[i] = nil
		if o.batch != nil {
			batch.Add(*o.batch)
		}
		if len(o.res.Errors) > 0 {
			run.InputErrors = true
		}
		run.Summary.Add(&o.res)
		if err := emit(&o.res); err != nil {
			emitErr = err
			break
		}
	}
	cancel()
	wg.Wait()
	if emitErr != nil {
		return run, emitErr
	}
	if batch.Len() > 1 {
		findings, err := e.eval.EvaluateBatch(context.Background(), &batch)
		if err != nil {
			return run, err
		}
		e.opts.Waivers.ApplyAll(findings)
		run.Batch.Findings = findings
	}
	run.Batch.Findings = append(run.Batch.Findings, e.opts.Waivers.Expired()...)
	run.Summary.AddBatch(&run.Batch)
	return run, nil
}

// checkOne reads, parses and evaluates one target; every failure becomes
// an input error on that document.
func (e *Engine) checkOne(ctx context.Context, t discover.Target) (res result.Document, bd *evaluate.BatchDocument) {
	fail := func(line int, msg string) (result.Document, *evaluate.BatchDocument) {
		return result.Document{
			Path:     t.Path,
			Criteria: e.eval.ErrorStatuses(),
			Findings: []result.Finding{},
			Errors:   []result.InputError{{Message: msg, Line: line}},
		}, nil
	}
	defer func() {
		if r := recover(); r != nil {
			res, bd = fail(0, fmt.Sprintf("internal error while checking: %v", r))
		}
	}()
	if t.Err != nil {
		return fail(0, t.Err.Error())
	}
	doc, err := e.load(t.Path, e.opts.MaxSize)
	if err != nil {
		var ie *model.InputError
		if errors.As(err, &ie) {
			return fail(ie.Line, ie.Message)
		}
		return fail(0, err.Error())
	}
	res, err = e.eval.Evaluate(ctx, doc)
	if err != nil {
		return fail(0, err.Error())
	}
	e.waive(&res)
	b := evaluate.ForBatch(doc)
	return res, &b
}

// Load reads and parses one document, refusing files over maxSize bytes
// (DefaultMaxSize when maxSize <= 0).
func Load(path string, maxSize int64) (*model.Document, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	src, err := readLimited(path, maxSize)
	if err != nil {
		return nil, err
	}
	return parse.Parse(path, src)
}

// Evaluate checks a parsed document (diff changes models before checking).
func (e *Engine) Evaluate(ctx context.Context, doc *model.Document) (result.Document, error) {
	res, err := e.eval.Evaluate(ctx, doc)
	if err == nil {
		e.waive(&res)
	}
	return res, err
}

func (e *Engine) waive(res *result.Document) {
	if e.opts.Waivers == nil {
		return
	}
	e.opts.Waivers.Apply(res)
	e.eval.Restatus(res)
}

func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &model.InputError{Path: path, Message: "cannot open: " + unwrapPath(err), Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &model.InputError{Path: path, Message: err.Error(), Err: err}
	}
	if info.IsDir() {
		return nil, &model.InputError{Path: path, Message: "is a folder"}
	}
	if info.Size() > max {
		return nil, &model.InputError{Path: path, Message: fmt.Sprintf("file is %s, larger than the limit of %s (raise it with --max-size)", size(info.Size()), size(max))}
	}
	// Read one byte past the limit: files that grow, or report no size
	// (pipes), are still bounded.
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, &model.InputError{Path: path, Message: "cannot read: " + unwrapPath(err), Err: err}
	}
	if int64(len(b)) > max {
		return nil, &model.InputError{Path: path, Message: fmt.Sprintf("file is larger than the limit of %s (raise it with --max-size)", size(max))}
	}
	return b, nil
}

func unwrapPath(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
