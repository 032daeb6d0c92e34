// Package evaluate runs compiled policies over document models: one
// aggregate query prepared once, evaluated per document with the model
// converted straight into a Rego value, and a batch query over every
// document's member practices.
package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
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

// TimeoutError says that a phase of a check ran out of time: the caller's
// deadline, or the evaluator's own timeout (Limit) when it has one.
type TimeoutError struct {
	Phase string
	Limit time.Duration
}

func (e *TimeoutError) Error() string {
	if e.Limit > 0 {
		return fmt.Sprintf("%s did not finish within %s (raise it with --timeout)", e.Phase, e.Limit)
	}
	return e.Phase + " did not finish in time"
}

// Unwrap makes errors.Is(err, context.DeadlineExceeded) true.
func (e *TimeoutError) Unwrap() error { return context.DeadlineExceeded }

// timedOut turns err into a TimeoutError for phase when ctx ran out of
// time; OPA reports a cancelled evaluation with an error of its own.
func (e *Evaluator) timedOut(ctx context.Context, phase string, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &TimeoutError{Phase: phase, Limit: e.timeout}
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
	input, err := toValue(ctx, doc)
	if err != nil {
		return res, fmt.Errorf("evaluate %s: build input: %w", doc.Path, e.timedOut(ctx, PhaseConvert, err))
	}
	rs, err := e.report.Eval(ctx, rego.EvalParsedInput(input), rego.EvalInterQueryBuiltinValueCache(e.regexes))
	if err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, e.timedOut(ctx, PhaseEvaluate, err))
	}
	var out struct {
		Findings   []json.RawMessage `json:"findings"`
		Applicable map[string]bool   `json:"applicable"`
	}
	if err := decode(rs, &out); err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, err)
	}
	findings, err := e.findings(ctx, out.Findings, input, policy.RulesRoot)
	if err != nil {
		return res, fmt.Errorf("evaluate %s: %w", doc.Path, err)
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
	res.Criteria = e.statuses(findings, out.Applicable)
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

// findings decodes the findings of the policies under root, refusing a
// malformed one with the rule that made it: a user's rule that builds its
// findings by hand would otherwise fail with a JSON error naming no rule.
func (e *Evaluator) findings(ctx context.Context, raw []json.RawMessage, input ast.Value, root string) ([]result.Finding, error) {
	out := make([]result.Finding, len(raw))
	for i, r := range raw {
		rule, problem := checkFinding(r, &out[i])
		if problem == "" {
			continue
		}
		if rule == "" {
			rule = e.ruleWithoutID(ctx, input, root)
		}
		return nil, fmt.Errorf("rule %s made a malformed finding: %s (build findings with data.ccgvet.lib.finding): %.200s", rule, problem, r)
	}
	return out, nil
}

// checkFinding decodes one finding into f, and says what is wrong with it
// ("" when nothing is), with its rule id when it has one.
func checkFinding(raw json.RawMessage, f *result.Finding) (rule, problem string) {
	var fields map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&fields); err != nil || fields == nil {
		return "", "it is not an object"
	}
	rule, _ = fields["rule"].(string)
	if rule == "" {
		return "", "it has no rule id"
	}
	for _, key := range []string{"criterion", "message"} {
		if _, ok := fields[key].(string); !ok {
			return rule, fmt.Sprintf("%s is %s, not a string", key, describeJSON(fields[key]))
		}
	}
	if sev, _ := fields["severity"].(string); result.SeverityRank(sev) == 0 {
		return rule, fmt.Sprintf("severity is %s, not error, warning or info", describeJSON(fields["severity"]))
	}
	if line, ok := fields["line"]; ok {
		n, isNumber := line.(json.Number)
		if _, err := n.Int64(); !isNumber || err != nil {
			return rule, fmt.Sprintf("line is %s, not a whole number", describeJSON(line))
		}
	}
	if err := json.Unmarshal(raw, f); err != nil {
		return rule, err.Error()
	}
	return rule, ""
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
func (e *Evaluator) ruleWithoutID(ctx context.Context, input ast.Value, root string) string {
	// A finding that is not an object, then one without a string rule id.
	// object.get rather than f.rule: OPA finds `not is_string(f.rule)`
	// false when f has no rule. Each query may fail to compile where the
	// type checker knows the findings' type; the other then answers.
	for _, test := range []string{`not is_object(f)`, `not is_string(object.get(f, "rule", null))`} {
		query := fmt.Sprintf("f := data.%s[criterion][rule].findings[_]; %s", root, test)
		rs, err := rego.New(
			rego.Query(query),
			rego.Compiler(e.set.Compiler),
			rego.Store(e.set.Store()),
			rego.Capabilities(e.set.Capabilities()),
			rego.ParsedInput(input),
		).Eval(ctx)
		if err == nil && len(rs) > 0 {
			return fmt.Sprintf("%s/%v", rs[0].Bindings["criterion"], rs[0].Bindings["rule"])
		}
	}
	return "(unknown)"
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
