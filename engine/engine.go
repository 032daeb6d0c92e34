// Package engine checks CCG constitutions against governance policies. It
// wires the steps together — find files, read and parse each into a model,
// evaluate the compiled policies, apply waivers, run batch rules — and
// streams results in a deterministic order. It knows nothing of flags or
// terminals: cmd/ccgvet is a thin CLI over it.
package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"time"

	"github.com/ccgvet/ccgvet/engine/discover"
	"github.com/ccgvet/ccgvet/engine/evaluate"
	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/ccgvet/ccgvet/engine/waiver"
)

// DefaultMaxSize is the largest document read by default (--max-size).
const DefaultMaxSize = 10 << 20

// DefaultTimeout bounds the check of one document (--timeout). It is there
// to stop what would never end (a user's policy that loops, a reader
// stuck), not to judge speed: an ordinary constitution (20 to 600 KB)
// takes under half a second, the largest read (10 MB, the --max-size
// default) 1 to 3 s alone here, and those that keep the most memory are
// stopped by --max-memory within 10 s. 30 s leaves the largest ten times
// their time on a machine loaded five times over. It stays under the
// server's minute for a request, so that a document out of time is said as
// such.
const DefaultTimeout = 30 * time.Second

// DefaultBatchTimeout bounds the rules across documents (--batch-timeout).
const DefaultBatchTimeout = time.Minute

// DefaultMaxMemory is the live heap a large document may keep
// (--max-memory).
const DefaultMaxMemory = 512 << 20

// largeDocument is the size above which documents are checked one at a
// time, and their memory watched: reading and evaluating a document takes
// memory with its size (over 100 times it when every paragraph or member
// practice makes a finding), so a few large ones at once, one per worker,
// would multiply the peak by -j.
const largeDocument = 1 << 20

// memoryCheck is how often the heap is read while a large document is
// checked.
const memoryCheck = 50 * time.Millisecond

// Options configures an Engine.
type Options struct {
	Policy policy.Options
	// Workers is how many documents are checked at once (default: the
	// number of CPUs).
	Workers int
	// MaxSize is the largest document read, in bytes (default 10 MB).
	MaxSize int64
	// Timeout bounds the time to check each document, from opening it to
	// its findings (default 30s). The clock starts when a worker starts
	// the document, never while it waits for its turn; with more workers
	// than CPUs each document is allowed Timeout × Workers / CPUs.
	Timeout time.Duration
	// BatchTimeout bounds the rules across documents (default 1 minute).
	BatchTimeout time.Duration
	// MaxMemory bounds the live heap (what survives a collection) while
	// a document over a megabyte is checked (default 512 MiB): past it the
	// document is stopped, an input error. Smaller documents cannot come
	// near it.
	MaxMemory int64
	// Exclude names files never checked, compared by real path: the report
	// the run is writing, which may be in a folder it checks.
	Exclude []string
	// Skip, when set, leaves out the files it is true for (the user's
	// --exclude patterns), named or found in a folder, without a word.
	Skip func(path string) bool
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
	// lexicon reads wording: the policy data's word sets and frames.
	lexicon *language.Lexicon
	// large is held while a document over largeDocument bytes is checked.
	large chan struct{}
	// cpus is the number of CPUs the documents share (GOMAXPROCS).
	cpus int
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
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.BatchTimeout <= 0 {
		opts.BatchTimeout = DefaultBatchTimeout
	}
	if opts.MaxMemory <= 0 {
		opts.MaxMemory = DefaultMaxMemory
	}
	// The engine bounds each document as a whole, evaluation included.
	ev, err := evaluate.New(ctx, set, evaluate.WithTimeout(0))
	if err != nil {
		return nil, err
	}
	// Wording is read with the word sets of the policy data in force,
	// compiled once, beside the compile of the policies once they are
	// parsed (Evaluator.Parsed).
	<-ev.Parsed()
	lx, err := language.FromData(set.Data)
	if err != nil {
		return nil, fmt.Errorf("policy data: %w", err)
	}
	load := func(path string, maxSize int64) (*model.Document, error) { return LoadWith(path, maxSize, lx) }
	return &Engine{opts: opts, eval: ev, load: load, lexicon: lx, large: make(chan struct{}, 1), cpus: runtime.GOMAXPROCS(0)}, nil
}

// allowed is the time one document may take in this engine.
func (e *Engine) allowed() time.Duration { return allowance(e.opts.Timeout, e.opts.Workers, e.cpus) }

// allowance is the time one document may take when workers documents are
// checked at once on cpus CPUs. With more workers than CPUs each document
// gets only a share of one, so a bound on wall time would fail documents
// for the load -j puts on the machine rather than for their own work:
// the bound grows by the same factor. It never overflows.
func allowance(timeout time.Duration, workers, cpus int) time.Duration {
	if cpus < 1 || workers <= cpus {
		return timeout
	}
	scaled := float64(timeout) * float64(workers) / float64(cpus)
	if scaled >= math.MaxInt64 {
		return math.MaxInt64
	}
	return time.Duration(scaled)
}

// worker is the state one of the goroutines checking documents keeps from
// one document to the next.
type worker struct {
	// busy, when not nil, is closed once a read this worker stopped
	// waiting for (its document ran out of time) has ended. The reader
	// cannot be stopped from outside; until it ends, the worker starts no
	// other document, so that no more documents take CPU at once than
	// there are workers, and a late read does not eat into the time of
	// the documents after it.
	busy chan struct{}
}

// wait returns once the read the worker left running has ended, or ctx
// is done.
func (w *worker) wait(ctx context.Context) {
	if w == nil || w.busy == nil {
		return
	}
	select {
	case <-w.busy:
		w.busy = nil
	case <-ctx.Done():
	}
}

// after runs release now, or once the read the worker left running ends.
func (w *worker) after(release func()) {
	if w == nil || w.busy == nil {
		release()
		return
	}
	busy := w.busy
	go func() {
		<-busy
		release()
	}()
}

// Policies returns the compiled policy set.
func (e *Engine) Policies() *policy.Set { return e.eval.Set() }

// Run is the outcome of a Check.
type Run struct {
	Batch   result.Batch
	Summary result.Summary
	// InputErrors is true when any document could not be read or checked,
	// or the rules across documents could not be run (BatchError).
	InputErrors bool
	// BatchError says why the rules across documents could not be run;
	// the documents were still checked.
	BatchError string
	// Skipped lists the files that were not checked: found in folders and
	// not regular files (a named pipe, a device), or not constitutions.
	Skipped []Skipped
}

// Skipped is a file found in a folder and not checked.
type Skipped struct {
	Path   string
	Reason string
}

// Check checks every document found in paths and calls emit with each
// document's result in the order the documents were found, whatever the
// number of workers. Only the member practices of each document are kept
// for the batch rules, so memory does not grow with document size.
func (e *Engine) Check(ctx context.Context, paths []string, emit func(*result.Document) error) (*Run, error) {
	run := &Run{Batch: result.Batch{Findings: []result.Finding{}}}
	var targets []discover.Target
	for _, t := range discover.Find(paths, e.opts.Exclude...) {
		if e.opts.Skip != nil && t.Err == nil && e.opts.Skip(t.Path) {
			continue
		}
		if t.Skipped != "" {
			run.Skipped = append(run.Skipped, Skipped{Path: t.Path, Reason: t.Skipped})
			continue
		}
		targets = append(targets, t)
	}
	var batch evaluate.Batch

	type outcome struct {
		res   result.Document
		batch *evaluate.BatchDocument
	}
	parent := ctx
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
			var w worker
			for i := range next {
				w.wait(ctx)
				res, bd := e.checkOne(ctx, &w, targets[i])
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
		if o.res.NotChecked != "" {
			run.Skipped = append(run.Skipped, Skipped{Path: o.res.Path, Reason: o.res.NotChecked})
			continue
		}
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
	if err := e.runBatch(parent, &batch, run); err != nil {
		return run, err
	}
	return run, nil
}

// runBatch runs the rules across documents into run, then adds the
// waivers that have expired. The batch phase has a time bound of its own
// (the documents' limits do not cover it, and the caller's ctx may have
// none), and its memory is watched: documents that share many practices
// make the batch rules' input as large as all of them together. Running
// out of either is said in run.BatchError, and every document's result
// stands; an error is returned only when the rules failed or ctx was
// stopped.
func (e *Engine) runBatch(ctx context.Context, batch *evaluate.Batch, run *Run) error {
	if batch.Len() > 1 {
		bctx, cancel := context.WithTimeout(ctx, e.opts.BatchTimeout)
		bctx, stop := e.watchMemory(bctx)
		findings, err := e.eval.EvaluateBatch(bctx, batch)
		stop()
		cancel()
		var te *evaluate.TimeoutError
		var tm *tooMuchMemory
		switch {
		case errors.As(err, &te) && errors.As(context.Cause(bctx), &tm):
			run.BatchError = fmt.Sprintf("%s stopped: %v", te.Phase, tm)
			run.InputErrors = true
		case errors.As(err, &te) && errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
			run.BatchError = fmt.Sprintf("%s did not finish within %s (raise it with --batch-timeout)", te.Phase, e.opts.BatchTimeout)
			run.InputErrors = true
		case err != nil:
			return err
		default:
			e.opts.Waivers.ApplyAll(findings)
			run.Batch.Findings = findings
		}
	}
	run.Batch.Findings = append(run.Batch.Findings, e.opts.Waivers.Expired()...)
	run.Summary.AddBatch(&run.Batch)
	return nil
}

// checkOne reads, parses and evaluates one target within the document's
// time limit; every failure becomes an input error on that document.
func (e *Engine) checkOne(ctx context.Context, w *worker, t discover.Target) (res result.Document, bd *evaluate.BatchDocument) {
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
	if info, err := os.Stat(t.Path); err == nil && info.Size() > largeDocument && info.Size() <= e.opts.MaxSize {
		select {
		case e.large <- struct{}{}:
			// A read left running keeps the turn: the next large
			// document must not start beside it.
			defer w.after(func() { <-e.large })
		case <-ctx.Done():
			return fail(0, ctx.Err().Error())
		}
		var stop func()
		ctx, stop = e.watchMemory(ctx)
		defer stop()
	}
	doc, res, err := e.within(ctx, w, t.Path)
	if err != nil {
		// Never a partial result: the document is an input error.
		var ie *model.InputError
		if errors.As(err, &ie) {
			return fail(ie.Line, ie.Message)
		}
		return fail(0, err.Error())
	}
	if why := notConstitution(doc); why != "" {
		return result.Document{Path: t.Path, NotChecked: why}, nil
	}
	b := evaluate.ForBatch(doc)
	return res, &b
}

// within reads, parses and evaluates one document within its time, which
// covers every phase from opening the file, and starts once the document
// has its turn; running out of time is an error naming the phase.
func (e *Engine) within(ctx context.Context, w *worker, path string) (*model.Document, result.Document, error) {
	ctx, cancel := context.WithTimeout(ctx, e.allowed())
	defer cancel()
	doc, err := e.readCtx(ctx, w, func() (*model.Document, error) { return e.load(path, e.opts.MaxSize) })
	if err != nil {
		return nil, result.Document{}, err
	}
	res, err := e.evaluateCtx(ctx, doc)
	return doc, res, err
}

// readCtx runs read (reading and parsing a document) until ctx is done.
// The parser cannot be stopped from outside: a read still running then is
// left to finish on its own and its result dropped (the reader's own
// limits keep that short), and w, when there is one, starts nothing else
// until it ends.
func (e *Engine) readCtx(ctx context.Context, w *worker, read func() (*model.Document, error)) (*model.Document, error) {
	type loaded struct {
		doc *model.Document
		err error
	}
	if ctx.Err() != nil {
		return nil, e.timeout(ctx, "reading the document")
	}
	done := make(chan loaded, 1)
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		defer func() {
			if r := recover(); r != nil {
				done <- loaded{err: fmt.Errorf("internal error while reading: %v", r)}
			}
		}()
		doc, err := read()
		done <- loaded{doc, err}
	}()
	select {
	case l := <-done:
		return l.doc, l.err
	case <-ctx.Done():
		if w != nil {
			w.busy = ended
		}
		return nil, e.timeout(ctx, "reading the document")
	}
}

// evaluateCtx evaluates a parsed document and applies the waivers.
func (e *Engine) evaluateCtx(ctx context.Context, doc *model.Document) (result.Document, error) {
	res, err := e.eval.Evaluate(ctx, doc)
	if err != nil {
		var te *evaluate.TimeoutError
		if errors.As(err, &te) {
			return res, e.timeout(ctx, te.Phase)
		}
		return res, err
	}
	placeInWord(doc, &res)
	e.waive(&res)
	return res, nil
}

// placeInWord gives each finding in a Word document the place a person
// opens it at: the paragraph, the clause number Word shows there, and the
// paragraph's first words (a Word document has no lines).
func placeInWord(doc *model.Document, res *result.Document) {
	if !parse.IsWord(doc.Path, nil) {
		return
	}
	at := make(map[int]*model.Block, len(doc.Blocks))
	for i := range doc.Blocks {
		at[doc.Blocks[i].Line] = &doc.Blocks[i]
	}
	// Table rows are not blocks: a finding at a member practice, a
	// sign-off, a seat or a vote quotes that row.
	headings := make(map[int]string, len(doc.Sections))
	for _, s := range doc.Sections {
		headings[s.Line] = s.Heading
	}
	for _, p := range doc.Membership.Practices {
		headings[p.Line] = p.Name
	}
	for _, so := range doc.SignOffs {
		headings[so.Line] = so.Practice
	}
	for _, c := range doc.Committees {
		for _, st := range c.Seats {
			headings[st.Line] = st.Role
		}
	}
	for _, v := range doc.Votes {
		// A table of votes has no sentence: its header row is named by
		// its motion, or its section.
		switch {
		case v.Text != "":
			headings[v.Line] = v.Text
		case v.Motion != "":
			headings[v.Line] = v.Motion
		default:
			headings[v.Line] = v.Section
		}
		for _, pv := range v.Practices {
			headings[pv.Line] = pv.Practice
		}
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		if f.Line <= 0 || f.Path != doc.Path {
			continue
		}
		f.Paragraph = f.Line
		if b := at[f.Line]; b != nil {
			f.Clause = b.Number
			f.Excerpt = firstWords(b.Text, 10)
		} else if h := headings[f.Line]; h != "" {
			f.Excerpt = firstWords(h, 10)
		}
	}
}

// firstWords is text's first n words, with "…" when it goes on.
func firstWords(text string, n int) string {
	words := strings.Fields(text)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:n], " ") + "…"
}

// timeout says which phase of a document ran out of its time or memory,
// or that the run was stopped.
func (e *Engine) timeout(ctx context.Context, phase string) error {
	cause := context.Cause(ctx)
	var tm *tooMuchMemory
	switch {
	case errors.As(cause, &tm):
		return fmt.Errorf("stopped: %w", tm)
	case !errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("stopped while %s: %w", phase, ctx.Err())
	}
	if e.allowed() != e.opts.Timeout {
		return fmt.Errorf("%s did not finish within %s (--timeout %s, scaled for %d documents checked at once on %d CPUs; raise it with --timeout)", phase, e.allowed(), e.opts.Timeout, e.opts.Workers, e.cpus)
	}
	return fmt.Errorf("%s did not finish within %s (raise it with --timeout)", phase, e.opts.Timeout)
}

// tooMuchMemory stops a document whose check kept more of the heap than
// allowed.
type tooMuchMemory struct{ heap, limit int64 }

func (m *tooMuchMemory) Error() string {
	heap, limit := sizes(m.heap, m.limit)
	return fmt.Sprintf("checking it kept %s of memory, more than the limit of %s (raise it with --max-memory)", heap, limit)
}

// liveHeap is the heap that survived the last collection: what a check
// keeps, not the garbage it leaves between collections.
var liveHeap = "/gc/heap/live:bytes"

// watchMemory stops ctx, with a tooMuchMemory cause, once the live heap
// passes MaxMemory; it reads it at once and then every memoryCheck. The
// heap is the process's, but while a large document is checked it is
// nearly all that document's: large documents take turns. The time limit
// bounds a document's work; this bounds what it keeps. The process's
// footprint can reach about twice the live heap between collections.
func (e *Engine) watchMemory(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	done := make(chan struct{})
	sample := []metrics.Sample{{Name: liveHeap}}
	live := func() int64 {
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return int64(sample[0].Value.Uint64())
	}
	over := func(first bool) bool {
		h := live()
		if h <= e.opts.MaxMemory {
			return false
		}
		if first {
			// The last collection may have been during the document
			// before, and counted what it kept: collect again.
			runtime.GC()
			if h = live(); h <= e.opts.MaxMemory {
				return false
			}
		}
		cancel(&tooMuchMemory{heap: h, limit: e.opts.MaxMemory})
		return true
	}
	if !over(true) {
		go func() {
			tick := time.NewTicker(memoryCheck)
			defer tick.Stop()
			for {
				select {
				case <-done:
					return
				case <-ctx.Done():
					return
				case <-tick.C:
					if over(false) {
						return
					}
				}
			}
		}()
	}
	return ctx, func() {
		close(done)
		cancel(nil)
	}
}

// Load reads and parses one document, refusing files over maxSize bytes
// (DefaultMaxSize when maxSize <= 0) and anything but a regular file. It
// reads wording with the built-in policy data's lexicon.
func Load(path string, maxSize int64) (*model.Document, error) {
	return LoadWith(path, maxSize, nil)
}

// LoadWith is Load reading wording with the lexicon given (nil: the
// built-in one): the word sets of the policy data in force.
func LoadWith(path string, maxSize int64, lx *language.Lexicon) (*model.Document, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	src, err := readLimited(path, maxSize)
	if err != nil {
		return nil, err
	}
	return parse.ParseWith(path, src, extract.Options{Lexicon: lx})
}

// Evaluate checks a parsed document (diff changes models before checking)
// within the time limit of one document.
func (e *Engine) Evaluate(ctx context.Context, doc *model.Document) (result.Document, error) {
	ctx, cancel := context.WithTimeout(ctx, e.allowed())
	defer cancel()
	return e.evaluateCtx(ctx, doc)
}

func (e *Engine) waive(res *result.Document) {
	if e.opts.Waivers == nil {
		return
	}
	e.opts.Waivers.Apply(res)
	e.eval.Restatus(res)
}

func readLimited(path string, max int64) ([]byte, error) {
	// Checked before opening: open(2) on a named pipe blocks until someone
	// writes to it, and a device may never end.
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		if info.IsDir() {
			return nil, &model.InputError{Path: path, Message: "is a folder"}
		}
		return nil, &model.InputError{Path: path, Message: "not a regular file (" + discover.Kind(info.Mode()) + ")"}
	}
	// Opened without blocking, and checked again once open, in case the
	// file was replaced in between.
	f, err := openNoBlock(path)
	if err != nil {
		return nil, &model.InputError{Path: path, Message: "cannot open: " + unwrapPath(err), Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &model.InputError{Path: path, Message: err.Error(), Err: err}
	}
	switch {
	case info.IsDir():
		return nil, &model.InputError{Path: path, Message: "is a folder"}
	case !info.Mode().IsRegular():
		return nil, &model.InputError{Path: path, Message: "not a regular file (" + discover.Kind(info.Mode()) + ")"}
	}
	if info.Size() > max {
		got, limit := sizes(info.Size(), max)
		return nil, &model.InputError{Path: path, Message: fmt.Sprintf("file is %s, larger than the limit of %s (raise it with --max-size)", got, limit)}
	}
	// Read one byte past the limit: files that grow are still bounded. The
	// buffer is sized from the file, so that a file that does not change
	// is read in one allocation (io.ReadAll grows its buffer by doubling).
	buf := bytes.NewBuffer(make([]byte, 0, min(info.Size(), max)+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, max+1))
	b := buf.Bytes()
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

// sizes writes two sizes as size does, or in bytes when that would write
// them alike ("10.0 MB, larger than the limit of 10.0 MB").
func sizes(a, b int64) (string, string) {
	if size(a) == size(b) {
		return fmt.Sprintf("%d bytes", a), fmt.Sprintf("%d bytes", b)
	}
	return size(a), size(b)
}

func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
