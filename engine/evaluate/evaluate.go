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
	"time"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/topdown/cache"
)

// DefaultTimeout bounds one document's evaluation.
const DefaultTimeout = 10 * time.Second

// Evaluator holds prepared queries; it is safe for concurrent use.
type Evaluator struct {
	set      *policy.Set
	report   rego.PreparedEvalQuery
	batch    rego.PreparedEvalQuery
	timeout  time.Duration
	disabled map[string]bool
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
	store := set.Store()
	var err error
	e.report, err = prepare(ctx, set, store, policy.ReportQuery)
	if err != nil {
		return nil, err
	}
	e.batch, err = prepare(ctx, set, store, policy.BatchQuery)
	if err != nil {
		return nil, err
	}
	return e, nil
}

func prepare(ctx context.Context, set *policy.Set, store storage.Store, query string) (rego.PreparedEvalQuery, error) {
	q, err := rego.New(
		rego.Query(query),
		rego.Compiler(set.Compiler),
		rego.Store(store),
		rego.Capabilities(policy.Capabilities(set.AllowNet)),
		rego.StrictBuiltinErrors(true),
	).PrepareForEval(ctx)
	if err != nil {
		return q, fmt.Errorf("prepare %s: %w", query, err)
	}
	return q, nil
}

// Set returns the policies the evaluator runs.
func (e *Evaluator) Set() *policy.Set { return e.set }

// Evaluate checks one document. A policy that fails at run time, runs out
// of time or panics gives an error for this document only.
func (e *Evaluator) Evaluate(ctx context.Context, doc *model.Document) (res result.Document, err error) {
	res = result.Document{Path: doc.Path, CCG: doc.CCG, Findings: []result.Finding{}, Errors: []result.InputError{}}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("evaluate %s: policy evaluation panicked: %v", doc.Path, r)
		}
	}()
	input, err := toValue(doc)
	if err != nil {
		return res, fmt.Errorf("evaluate %s: build input: %w", doc.Path, err)
	}
	if e.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, e.timeout)
		defer cancel()
	}
	rs, err := e.report.Eval(ctx, rego.EvalParsedInput(input), rego.EvalInterQueryBuiltinValueCache(e.regexes))
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return res, fmt.Errorf("evaluate %s: policies did not finish within %s (raise it with --timeout)", doc.Path, e.timeout)
		}
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, err)
	}
	var out struct {
		Findings   []result.Finding `json:"findings"`
		Applicable map[string]bool  `json:"applicable"`
	}
	if err := decode(rs, &out); err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, err)
	}
	for i := range out.Findings {
		f := &out.Findings[i]
		f.Path = doc.Path
		if f.Line < 1 {
			f.Line = 1
		}
	}
	result.SortFindings(out.Findings)
	res.Findings = out.Findings
	res.Criteria = e.statuses(out.Findings, out.Applicable)
	return res, nil
}

// statuses gives each (non-batch, enabled) criterion its status: breached
// when any of its findings is an unwaived error, not-applicable when the
// policies say its evidence is absent, else met.
func (e *Evaluator) statuses(findings []result.Finding, applicable map[string]bool) []result.Criterion {
	breached := map[string]bool{}
	for _, f := range findings {
		if f.Severity == result.SeverityError && !f.Waived {
			breached[f.Criterion] = true
		}
	}
	var out []result.Criterion
	for _, c := range e.set.Criteria {
		if c.Batch || e.disabled[c.ID] {
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
	for _, c := range d.Criteria {
		applicable[c.ID] = c.Status != result.StatusNotApplicable
	}
	d.Criteria = e.statuses(d.Findings, applicable)
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

// decode reads the single expression value of rs into out.
func decode(rs rego.ResultSet, out any) error {
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return errors.New("the aggregate query is undefined: is policies/main.rego loaded?")
	}
	// The result is small (findings, not the document), so a JSON pass here
	// costs little and keeps the mapping to result types in one place.
	b, err := json.Marshal(rs[0].Expressions[0].Value)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}
