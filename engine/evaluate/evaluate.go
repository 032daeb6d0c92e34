// Package evaluate runs compiled policies over document models: one
// aggregate query prepared once, evaluated per document with the model
// converted straight into a Rego value, and a batch query over every
// document's member practices.
package evaluate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/topdown/cache"
)

// DefaultTimeout bounds one document's evaluation.
const DefaultTimeout = 10 * time.Second

// Evaluator holds prepared queries; it is safe for concurrent use.
type Evaluator struct {
	set *policy.Set
	// families are the queries of each family of documents, prepared when
	// the first document of it is checked (queries); New starts those of
	// CCGs' constitutions.
	mu       sync.Mutex
	families map[string]*queries
	timeout  time.Duration
	// wholeInput gives the policies every field of a document, not only
	// those they read (for the test that the two judge alike).
	wholeInput bool
	disabled   map[string]bool
	// parsed is closed once the policies of New's compile are parsed.
	parsed chan struct{}
	// regexes keeps every compiled phrase pattern across documents: OPA's
	// own regex cache holds only 100, fewer than the default phrase lists.
	regexes cache.InterQueryValueCache
}

// regexCacheEntries bounds the compiled patterns kept; well above the
// number of phrases in the default policy data.
const regexCacheEntries = 4096

// Option configures an Evaluator.
type Option func(*Evaluator)

// WithTimeout bounds each document's evaluation (0 means no limit).
func WithTimeout(d time.Duration) Option { return func(e *Evaluator) { e.timeout = d } }

// New prepares the aggregate queries of set once.
func New(ctx context.Context, set *policy.Set, opts ...Option) (*Evaluator, error) {
	entries := regexCacheEntries
	e := &Evaluator{
		set:      set,
		timeout:  DefaultTimeout,
		disabled: set.Disabled(),
		regexes: cache.NewInterQueryValueCache(ctx, &cache.Config{
			InterQueryBuiltinValueCache: cache.InterQueryBuiltinValueCacheConfig{MaxNumEntries: &entries},
		}),
	}
	for _, o := range opts {
		o(e)
	}
	if set.Deferred() {
		// The built-in policies, which always compile: they are compiled
		// and prepared on another goroutine while the caller goes on to
		// read its documents, which is a fifth of checking one document
		// cold. The first evaluation waits for them.
		e.parsed = make(chan struct{})
		go func() {
			// An error is the compile's too, and reported by it.
			_ = set.Parse(policy.DefaultFamily)
			close(e.parsed)
			_, _ = e.queries(ctx, policy.DefaultFamily)
		}()
		return e, nil
	}
	if _, err := e.queries(ctx, policy.DefaultFamily); err != nil {
		return nil, err
	}
	return e, nil
}

// Parsed is closed once the policies New compiles are parsed. Parsing
// them takes every CPU and compiling them one: a caller that waits for
// this before it reads its documents has them read beside the compile
// rather than slowing the parse (a sixth of checking one document cold).
func (e *Evaluator) Parsed() <-chan struct{} {
	if e.parsed == nil {
		return closed
	}
	return e.parsed
}

var closed = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// queries are the aggregate queries prepared over one family's compile.
type queries struct {
	compiled *policy.Compiled
	store    storage.Store
	report   rego.PreparedEvalQuery
	batch    rego.PreparedEvalQuery
}

// queries prepares (once) the queries for documents of a family.
func (e *Evaluator) queries(ctx context.Context, family string) (*queries, error) {
	family = policy.FamilyOf(family)
	e.mu.Lock()
	defer e.mu.Unlock()
	if q, ok := e.families[family]; ok {
		return q, nil
	}
	compiled, err := e.set.Family(family)
	if err != nil {
		return nil, err
	}
	q := &queries{compiled: compiled, store: compiled.Store()}
	if q.report, err = prepare(ctx, e.set, compiled.Compiler, q.store, policy.ReportQuery); err != nil {
		return nil, err
	}
	if q.batch, err = prepare(ctx, e.set, compiled.Compiler, q.store, policy.BatchQuery); err != nil {
		return nil, err
	}
	if e.families == nil {
		e.families = map[string]*queries{}
	}
	e.families[family] = q
	return q, nil
}

func prepare(ctx context.Context, set *policy.Set, compiler *ast.Compiler, store storage.Store, query string) (rego.PreparedEvalQuery, error) {
	q, err := rego.New(
		rego.Query(query),
		rego.Compiler(compiler),
		rego.Store(store),
		rego.Capabilities(set.Capabilities()),
		rego.StrictBuiltinErrors(true),
	).PrepareForEval(ctx)
	if err != nil {
		return q, fmt.Errorf("prepare %s: %w", query, err)
	}
	return q, nil
}

// Set returns the policies the evaluator runs.
func (e *Evaluator) Set() *policy.Set { return e.set }

// Phases of checking a document, as a TimeoutError names them.
const (
	PhaseConvert  = "converting the document for the policies"
	PhaseEvaluate = "the policies"
	PhaseBatch    = "the rules across documents"
)

// TimeoutError says that a phase of a check was stopped by its context:
// it ran out of time (the caller's deadline, or the evaluator's own
// timeout, Limit, when it has one), or the caller stopped it for another
// Cause (a document that takes too much memory).
type TimeoutError struct {
	Phase string
	Limit time.Duration
	// Cause is context.Cause of the context that stopped the phase.
	Cause error
}

func (e *TimeoutError) Error() string {
	switch {
	case !errors.Is(e.Cause, context.DeadlineExceeded):
		return fmt.Sprintf("stopped (%s): %v", e.Phase, e.Cause)
	case e.Limit > 0:
		return fmt.Sprintf("%s did not finish within %s (raise it with --timeout)", e.Phase, e.Limit)
	}
	return e.Phase + " did not finish in time"
}

// Unwrap gives the cause: errors.Is(err, context.DeadlineExceeded) is
// true of a phase that ran out of time.
func (e *TimeoutError) Unwrap() error { return e.Cause }

// timedOut turns err into a TimeoutError for phase when ctx is done; OPA
// reports a cancelled evaluation with an error of its own.
func (e *Evaluator) timedOut(ctx context.Context, phase string, err error) error {
	if ctx.Err() != nil {
		return &TimeoutError{Phase: phase, Limit: e.timeout, Cause: context.Cause(ctx)}
	}
	return err
}

// Evaluate checks one document. A policy that fails at run time, runs out
// of time or panics gives an error for this document only; running out of
// time is a *TimeoutError naming the phase.
func (e *Evaluator) Evaluate(ctx context.Context, doc *model.Document) (res result.Document, err error) {
	res = result.Document{Path: doc.Path, CCG: doc.CCG, Findings: []result.Finding{}, Errors: []result.InputError{}}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("evaluate %s: policy evaluation panicked: %v", doc.Path, r)
		}
	}()
	if e.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, e.timeout)
		defer cancel()
	}
	// Checked first, so that a document whose time is already up never
	// gets a result that depends on how fast this machine is.
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, e.timedOut(ctx, PhaseConvert, err))
	}
	q, err := e.queries(ctx, doc.Family)
	if err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, err)
	}
	fields := q.compiled.Inputs
	if e.wholeInput {
		fields = policy.InputFields{All: true}
	}
	input, err := documentValue(ctx, doc, fields)
	if err != nil {
		return res, fmt.Errorf("evaluate %s: build input: %w", doc.Path, e.timedOut(ctx, PhaseConvert, err))
	}
	rs, err := q.report.Eval(ctx, rego.EvalParsedInput(input), rego.EvalInterQueryBuiltinValueCache(e.regexes))
	if err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, e.timedOut(ctx, PhaseEvaluate, err))
	}
	v, err := resultValue(rs)
	if err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, err)
	}
	report, _ := v.(map[string]any)
	findings, err := e.findings(ctx, q, report["findings"], input, policy.RulesRoot)
	if err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, err)
	}
	applicable := map[string]bool{}
	if m, ok := report["applicable"].(map[string]any); ok {
		for id, a := range m {
			applicable[id], _ = a.(bool)
		}
	}
	for i := range findings {
		f := &findings[i]
		f.Path = doc.Path
		if f.Line < 1 {
			f.Line = 1
		}
	}
	result.SortFindings(findings)
	res.Findings = findings
	res.Criteria = e.statuses(findings, applicable, runs(report["runs"]))
	return res, nil
}

// runs reads the criteria the report says ran on the document (main.rego's
// runs), or nil when it does not say (a user's own aggregate).
func runs(v any) map[string]bool {
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	out := make(map[string]bool, len(list))
	for _, x := range list {
		if id, ok := x.(string); ok {
			out[id] = true
		}
	}
	return out
}

// statuses gives each (non-batch, enabled) criterion that ran on the
// document (every one when ran is nil) its status: breached when any of
// its findings is an unwaived error, not-applicable when the policies say
// its evidence is absent, else met. A criterion of another family of
// documents did not run and has no status.
func (e *Evaluator) statuses(findings []result.Finding, applicable map[string]bool, ran map[string]bool) []result.Criterion {
	breached := map[string]bool{}
	for _, f := range findings {
		if f.Severity == result.SeverityError && !f.Waived {
			breached[f.Criterion] = true
		}
	}
	var out []result.Criterion
	for _, c := range e.set.Criteria {
		if c.Batch || e.disabled[c.ID] || (ran != nil && !ran[c.ID]) {
			continue
		}
		status := result.StatusMet
		switch {
		case breached[c.ID]:
			status = result.StatusBreached
		case !applicableOr(applicable, c.ID):
			status = result.StatusNotApplicable
		}
		out = append(out, result.Criterion{ID: c.ID, Title: c.Title, Status: status})
	}
	return out
}

// Restatus recomputes a document's statuses after its findings changed
// (waivers), keeping not-applicable where it was.
func (e *Evaluator) Restatus(d *result.Document) {
	applicable := map[string]bool{}
	ran := map[string]bool{}
	for _, c := range d.Criteria {
		applicable[c.ID] = c.Status != result.StatusNotApplicable
		ran[c.ID] = true
	}
	d.Criteria = e.statuses(d.Findings, applicable, ran)
}

// ErrorStatuses gives every criterion the status error, for a document
// that could not be checked.
func (e *Evaluator) ErrorStatuses() []result.Criterion {
	var out []result.Criterion
	for _, c := range e.set.Criteria {
		if c.Batch || e.disabled[c.ID] {
			continue
		}
		out = append(out, result.Criterion{ID: c.ID, Title: c.Title, Status: result.StatusError})
	}
	return out
}

func applicableOr(m map[string]bool, id string) bool {
	a, ok := m[id]
	return !ok || a
}

// findings reads the findings of the policies under root from the query's
// result (a list of objects), refusing a malformed one with the rule that
// made it: a user's rule that builds its findings by hand would otherwise
// fail with an error naming no rule, or not fail at all. They are read by
// hand rather than through JSON: a member list of 100,000 unsigned
// practices makes as many findings, and a JSON round trip cost a tenth of
// checking it.
func (e *Evaluator) findings(ctx context.Context, q *queries, v any, input ast.Value, root string) ([]result.Finding, error) {
	list, ok := v.([]any)
	if !ok && v != nil {
		return nil, fmt.Errorf("the findings are %s, not a list", describeJSON(v))
	}
	out := make([]result.Finding, len(list))
	for i, x := range list {
		rule, problem := readFinding(x, &out[i])
		if problem == "" {
			continue
		}
		if rule == "" {
			rule = e.ruleWithoutID(ctx, q, input, root)
		}
		raw, _ := json.Marshal(x)
		return nil, fmt.Errorf("rule %s made a malformed finding: %s (build findings with data.ccgvet.lib.finding): %.200s", rule, problem, raw)
	}
	return out, nil
}

// readFinding reads one finding into f, and says what is wrong with it
// ("" when nothing is), with its rule id when it has one. Fields it does
// not know are left out, as encoding/json would.
func readFinding(x any, f *result.Finding) (rule, problem string) {
	m, ok := x.(map[string]any)
	if !ok {
		return "", "it is not an object"
	}
	rule, _ = m["rule"].(string)
	if rule == "" {
		return "", "it has no rule id"
	}
	f.Rule = rule
	for _, field := range []struct {
		key      string
		to       *string
		required bool
	}{
		{"criterion", &f.Criterion, true}, {"message", &f.Message, true}, {"severity", &f.Severity, true},
		{"title", &f.Title, false}, {"path", &f.Path, false}, {"section", &f.Section, false},
		{"guidance", &f.Guidance, false}, {"reference", &f.Reference, false}, {"waiver_reason", &f.WaiverReason, false},
	} {
		v, present := m[field.key]
		s, isString := v.(string)
		switch {
		case isString:
			*field.to = s
		case present || field.required:
			return rule, fmt.Sprintf("%s is %s, not a string", field.key, describeJSON(v))
		}
	}
	if result.SeverityRank(f.Severity) == 0 {
		return rule, fmt.Sprintf("severity is %s, not error, warning or info", describeJSON(f.Severity))
	}
	if v, present := m["line"]; present {
		n, ok := wholeNumber(v)
		if !ok {
			return rule, fmt.Sprintf("line is %s, not a whole number", describeJSON(v))
		}
		f.Line = n
	}
	if v, present := m["waived"]; present {
		if f.Waived, ok = v.(bool); !ok {
			return rule, fmt.Sprintf("waived is %s, not true or false", describeJSON(v))
		}
	}
	if v, present := m["locations"]; present && v != nil {
		locs, ok := v.([]any)
		if !ok {
			return rule, fmt.Sprintf("locations is %s, not a list", describeJSON(v))
		}
		for _, l := range locs {
			lm, ok := l.(map[string]any)
			if !ok {
				return rule, fmt.Sprintf("a location is %s, not an object", describeJSON(l))
			}
			var loc result.Location
			loc.Path, _ = lm["path"].(string)
			loc.Section, _ = lm["section"].(string)
			loc.CCG, _ = lm["ccg"].(string)
			if lv, present := lm["line"]; present {
				if loc.Line, ok = wholeNumber(lv); !ok {
					return rule, fmt.Sprintf("a location's line is %s, not a whole number", describeJSON(lv))
				}
			}
			f.Locations = append(f.Locations, loc)
		}
	}
	return rule, ""
}

// wholeNumber reads a number from a query result (json.Number).
func wholeNumber(v any) (int, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := n.Int64()
	if err != nil || i != int64(int(i)) {
		return 0, false
	}
	return int(i), true
}

func describeJSON(v any) string {
	if v == nil {
		return "missing"
	}
	b, err := json.Marshal(v)
	if err != nil || len(b) > 60 {
		return fmt.Sprintf("a %T", v)
	}
	return string(b)
}

// ruleWithoutID finds the rule that made a finding without a rule id: only
// called when one did, so the second evaluation costs nothing otherwise.
func (e *Evaluator) ruleWithoutID(ctx context.Context, q *queries, input ast.Value, root string) string {
	// A finding that is not an object, then one without a string rule id.
	// object.get rather than f.rule: OPA finds `not is_string(f.rule)`
	// false when f has no rule. Each query may fail to compile where the
	// type checker knows the findings' type; the other then answers.
	for _, test := range []string{`not is_object(f)`, `not is_string(object.get(f, "rule", null))`} {
		query := fmt.Sprintf("f := data.%s[criterion][rule].findings[_]; %s", root, test)
		rs, err := rego.New(
			rego.Query(query),
			rego.Compiler(q.compiled.Compiler),
			rego.Store(q.store),
			rego.Capabilities(e.set.Capabilities()),
			rego.ParsedInput(input),
		).Eval(ctx)
		if err == nil && len(rs) > 0 {
			return fmt.Sprintf("%s/%v", rs[0].Bindings["criterion"], rs[0].Bindings["rule"])
		}
	}
	return "(unknown)"
}

// resultValue is the single expression value of rs.
func resultValue(rs rego.ResultSet) (any, error) {
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, errors.New("the aggregate query is undefined: is policies/main.rego loaded?")
	}
	return rs[0].Expressions[0].Value, nil
}
