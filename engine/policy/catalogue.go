package policy

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Rule describes one rule from its package's METADATA.
type Rule struct {
	ID          string `json:"id"`
	Criterion   string `json:"criterion"`
	Severity    string `json:"severity"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Reference   string `json:"reference,omitempty"`
	Guidance    string `json:"guidance,omitempty"`
	// Example is wording that meets the rule (METADATA custom.example),
	// for ccgvet explain and docs/rules.
	Example string `json:"example,omitempty"`
	// Batch rules need every document at once.
	Batch bool `json:"batch,omitempty"`
	// File is the module the rule is defined in.
	File string `json:"file"`
	Line int    `json:"line"`
}

// Criterion describes one criterion from its package's METADATA.
type Criterion struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Reference   string `json:"reference,omitempty"`
	Order       int    `json:"order"`
	Batch       bool   `json:"batch,omitempty"`
}

// catalogue reads the rules and criteria from the package annotations under
// data.ccgvet.rules and data.ccgvet.batch.
func catalogue(annotations *ast.AnnotationSet) ([]Rule, []Criterion) {
	var rules []Rule
	criteria := map[string]*Criterion{}
	for _, ref := range annotations.Flatten() {
		a := ref.Annotations
		if a == nil || a.Scope != "package" {
			continue
		}
		parts, batch, ok := treePath(ref.Path)
		if !ok {
			continue
		}
		custom := a.Custom
		switch len(parts) {
		case 1:
			cr := criterionFor(criteria, parts[0], batch)
			cr.Title = a.Title
			cr.Description = strings.TrimSpace(a.Description)
			cr.Reference = str(custom["reference"])
			if n, ok := custom["order"].(int); ok {
				cr.Order = n
			} else if f, ok := custom["order"].(float64); ok {
				cr.Order = int(f)
			}
		case 2:
			criterion := str(custom["criterion"])
			if criterion == "" {
				criterion = parts[0]
			}
			criterionFor(criteria, criterion, batch)
			r := Rule{
				ID:          parts[0] + "/" + parts[1],
				Criterion:   criterion,
				Severity:    str(custom["severity"]),
				Title:       a.Title,
				Description: strings.TrimSpace(a.Description),
				Reference:   str(custom["reference"]),
				Guidance:    str(custom["guidance"]),
				Example:     strings.TrimSpace(str(custom["example"])),
				Batch:       batch,
			}
			if r.Severity == "" {
				r.Severity = "error"
			}
			if loc := a.Loc(); loc != nil {
				r.File, r.Line = loc.File, loc.Row
			}
			rules = append(rules, r)
		}
	}
	out := make([]Criterion, 0, len(criteria))
	for _, cr := range criteria {
		if cr.Title == "" {
			cr.Title = cr.ID
		}
		out = append(out, *cr)
	}
	order := func(id string) int {
		if cr := criteria[id]; cr != nil && cr.Order > 0 {
			return cr.Order
		}
		return 1 << 20
	}
	slices.SortFunc(out, func(a, b Criterion) int {
		return cmp.Or(cmp.Compare(order(a.ID), order(b.ID)), cmp.Compare(a.ID, b.ID))
	})
	slices.SortFunc(rules, func(a, b Rule) int {
		return cmp.Or(cmp.Compare(order(a.Criterion), order(b.Criterion)), cmp.Compare(a.ID, b.ID))
	})
	return rules, out
}

// packageCriteria lists the criteria of the compiled packages, per
// document (under data.ccgvet.rules) and batch (under data.ccgvet.batch),
// whether or not they carry METADATA: main.rego walks these lists, so that
// it looks up only the criteria that run and never evaluates a disabled
// one (naming data.ccgvet.rules whole would evaluate every rule).
func packageCriteria(packages map[string]ast.Ref) (document, batch []string) {
	seen := map[string]bool{}
	for _, pkg := range packages {
		parts, isBatch, ok := treePath(pkg)
		if !ok || len(parts) == 0 {
			continue
		}
		key := fmt.Sprint(isBatch, parts[0])
		if seen[key] {
			continue
		}
		seen[key] = true
		if isBatch {
			batch = append(batch, parts[0])
		} else {
			document = append(document, parts[0])
		}
	}
	slices.Sort(document)
	slices.Sort(batch)
	return document, batch
}

func criterionFor(m map[string]*Criterion, id string, batch bool) *Criterion {
	if m[id] == nil {
		m[id] = &Criterion{ID: id, Batch: batch}
	}
	return m[id]
}

// treePath returns the parts of a package path below data.ccgvet.rules or
// data.ccgvet.batch, skipping test packages.
func treePath(p ast.Ref) ([]string, bool, bool) {
	var parts []string
	for _, t := range p {
		s, ok := t.Value.(ast.String)
		if !ok {
			if v, ok := t.Value.(ast.Var); ok {
				parts = append(parts, string(v))
				continue
			}
			return nil, false, false
		}
		parts = append(parts, string(s))
	}
	if len(parts) < 4 || parts[0] != "data" || parts[1] != "ccgvet" {
		return nil, false, false
	}
	batch := parts[2] == "batch"
	if parts[2] != "rules" && !batch {
		return nil, false, false
	}
	rest := parts[3:]
	for _, s := range rest {
		if strings.HasSuffix(s, "_test") {
			return nil, false, false
		}
	}
	if len(rest) > 2 {
		return nil, false, false
	}
	return rest, batch, true
}

func str(v any) string {
	if v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(fmt.Sprint(v))
}

// CriterionByID returns the criterion with the given id.
func (s *Set) CriterionByID(id string) (Criterion, bool) {
	for _, c := range s.Criteria {
		if c.ID == id {
			return c, true
		}
	}
	return Criterion{}, false
}

// Disabled returns the criteria the policy data turns off: those in
// criteria.disabled, and the optional ones not in criteria.enabled.
// Profiles use it to swap one criterion for another. It mirrors
// disabled() in policies/main.rego.
func (s *Set) Disabled() map[string]bool {
	criteria, _ := s.Data["criteria"].(map[string]any)
	ids := func(key string) map[string]bool {
		out := map[string]bool{}
		list, _ := criteria[key].([]any)
		for _, v := range list {
			if id, ok := v.(string); ok {
				out[id] = true
			}
		}
		return out
	}
	out := ids("disabled")
	enabled := ids("enabled")
	for id := range ids("optional") {
		if !enabled[id] {
			out[id] = true
		}
	}
	return out
}

// EffectiveRules lists the rules that run, with the severities the policy
// data gives them.
func (s *Set) EffectiveRules() []Rule {
	disabled := s.Disabled()
	severity, _ := s.Data["severity"].(map[string]any)
	var out []Rule
	for _, r := range s.Rules {
		if disabled[r.Criterion] {
			continue
		}
		if sev, ok := severity[r.ID].(string); ok {
			r.Severity = sev
		}
		out = append(out, r)
	}
	return out
}
