// Package diff compares two versions of a constitution in governance terms:
// the commissioning model, committees and their composition, member
// practices, clauses (matched by number and by text, so renumbering alone
// is no change) and new obligations on practices. It works on document
// models and check results; it neither parses nor evaluates.
package diff

import (
	"fmt"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
)

// Change kinds, as results.md names them.
const (
	KindModel            = "commissioning-model"
	KindCommitteeAdded   = "committee-added"
	KindCommitteeRemoved = "committee-removed"
	KindCommitteeChanged = "committee-composition"
	KindMemberAdded      = "member-added"
	KindMemberRemoved    = "member-removed"
	KindClauseAdded      = "clause-added"
	KindClauseRemoved    = "clause-removed"
	KindClauseChanged    = "clause-changed"
	KindObligationAdded  = "practice-obligation-added"
)

// Criteria the diff reads findings of.
const (
	criterionObligations  = "practice-obligations"
	criterionModelSupport = "model-change-support"
)

// Composition is a committee's voting seats by category.
type Composition struct {
	Voting       int `json:"voting"`
	Clinical     int `json:"clinical"`
	Lay          int `json:"lay"`
	Executive    int `json:"executive"`
	Unclassified int `json:"unclassified"`
}

// Change is one difference between OLD and NEW. Line is in NEW, or in OLD
// for what was removed; OldLine is the line in OLD of what changed.
type Change struct {
	Kind      string `json:"kind"`
	From      any    `json:"from,omitempty"`
	To        any    `json:"to,omitempty"`
	Committee string `json:"committee,omitempty"`
	// Role is the board member an ICB's change is about (icb.go).
	Role     string `json:"role,omitempty"`
	Practice string `json:"practice,omitempty"`
	Code     string `json:"code,omitempty"`
	Clause   string `json:"clause,omitempty"`
	Section  string `json:"section,omitempty"`
	Text     string `json:"text,omitempty"`
	OldText  string `json:"old_text,omitempty"`
	Rule     string `json:"rule,omitempty"`
	Severity string `json:"severity,omitempty"`
	Line     int    `json:"line"`
	OldLine  int    `json:"old_line,omitempty"`
	// Removed is true when Line refers to OLD.
	Removed bool `json:"removed,omitempty"`
	// Description says the change in plain words.
	Description string `json:"description"`
}

// Side is one version's results.
type Side struct {
	Path     string              `json:"path"`
	CCG      string              `json:"ccg,omitempty"`
	Criteria []result.Criterion  `json:"criteria"`
	Findings []result.Finding    `json:"findings,omitempty"`
	Errors   []result.InputError `json:"errors,omitempty"`
}

// Result is what `ccgvet diff` reports.
type Result struct {
	Old         Side     `json:"old"`
	New         Side     `json:"new"`
	Summary     string   `json:"summary"`
	Changes     []Change `json:"changes"`
	Regressions []string `json:"regressions"`
	// ModelChangeUnsupported is true when NEW breaches model-change-support.
	ModelChangeUnsupported bool `json:"model_change_unsupported"`
	// Tracked are the changes Word tracked, when OLD and NEW are one Word
	// document with its tracked changes rejected and accepted.
	Tracked []TrackedChange `json:"tracked_changes,omitempty"`
	// Warnings say what makes the comparison doubtful: OLD and NEW name
	// different CCGs, so they are not two versions of one constitution.
	Warnings []string `json:"warnings,omitempty"`
}

// Fails reports whether the amendment should fail a check: a regression,
// or a change of model without majority support.
func (r *Result) Fails() bool { return len(r.Regressions) > 0 || r.ModelChangeUnsupported }

// JudgeAgainst makes OLD's commissioning model the previous model of NEW,
// so NEW's change of model is judged against OLD even when NEW's front
// matter says nothing of it.
func JudgeAgainst(newDoc, oldDoc *model.Document) {
	prev := effective(oldDoc)
	if prev == "" {
		return
	}
	newDoc.Commissioning.Previous = prev
	newDoc.Commissioning.PreviousLine = 0
	newDoc.Commissioning.PreviousSource = "old-document:" + oldDoc.Path
}

func effective(d *model.Document) string {
	if d.Commissioning.Effective != "" {
		return d.Commissioning.Effective
	}
	return model.HigherModel(d.Commissioning.Model, d.Commissioning.Inferred)
}

// Compare builds the diff of two parsed documents and their check results
// (NEW checked after JudgeAgainst).
func Compare(oldDoc, newDoc *model.Document, oldRes, newRes *result.Document) *Result {
	r := &Result{
		Old:         Side{Path: oldRes.Path, CCG: oldRes.CCG, Criteria: oldRes.Criteria, Errors: oldRes.Errors},
		New:         Side{Path: newRes.Path, CCG: newRes.CCG, Criteria: newRes.Criteria, Findings: newRes.Findings, Errors: newRes.Errors},
		Changes:     []Change{},
		Regressions: []string{},
	}
	if r.New.Findings == nil {
		r.New.Findings = []result.Finding{}
	}
	r.Changes = append(r.Changes, modelChange(oldDoc, newDoc)...)
	r.Changes = append(r.Changes, committeeChanges(oldDoc, newDoc)...)
	r.Changes = append(r.Changes, memberChanges(oldDoc, newDoc)...)
	r.Changes = append(r.Changes, icbChanges(oldDoc, newDoc)...)
	clauses, pairs := clauseChanges(oldDoc, newDoc)
	r.Changes = append(r.Changes, clauses...)
	r.Changes = append(r.Changes, obligationChanges(oldDoc, newDoc, oldRes, newRes, pairs)...)

	oldStatus := map[string]string{}
	for _, c := range oldRes.Criteria {
		oldStatus[c.ID] = c.Status
	}
	for _, c := range newRes.Criteria {
		if c.Status == result.StatusBreached && oldStatus[c.ID] != result.StatusBreached {
			r.Regressions = append(r.Regressions, c.ID)
		}
		if c.ID == criterionModelSupport && c.Status == result.StatusBreached {
			r.ModelChangeUnsupported = true
		}
	}
	r.Summary = summarise(r, newDoc, newRes)
	r.Warnings = sameCCG(oldDoc, newDoc)
	return r
}

// sameCCG warns when OLD and NEW name different CCGs (by ODS code, or by
// name when either lacks a code): every clause would then read as
// changed, and the verdict would be about two constitutions, not an
// amendment.
func sameCCG(oldDoc, newDoc *model.Document) []string {
	oc, nc := strings.TrimSpace(oldDoc.FrontMatter.Code), strings.TrimSpace(newDoc.FrontMatter.Code)
	on, nn := strings.TrimSpace(oldDoc.CCG), strings.TrimSpace(newDoc.CCG)
	switch {
	case oc != "" && nc != "" && !strings.EqualFold(oc, nc):
	case (oc == "" || nc == "") && on != "" && nn != "" && normalise(on, "") != normalise(nn, ""):
	default:
		return nil
	}
	describe := func(name, code string) string {
		switch {
		case name != "" && code != "":
			return fmt.Sprintf("%s (%s)", name, code)
		case name != "":
			return name
		case code != "":
			return code
		}
		return "a CCG with no name"
	}
	return []string{fmt.Sprintf("the old version is %s and the new is %s: these are not two versions of one constitution, so the changes and the verdict compare two CCGs",
		describe(on, oc), describe(nn, nc))}
}

func modelChange(oldDoc, newDoc *model.Document) []Change {
	from, to := effective(oldDoc), effective(newDoc)
	if from == to || to == "" {
		return nil
	}
	line := newDoc.Commissioning.ModelLine
	if line == 0 {
		line = newDoc.Commissioning.InferredLine
	}
	if line == 0 {
		line = newDoc.Commissioning.SectionLine
	}
	if from == "" {
		from = "not stated"
	}
	return []Change{{
		Kind: KindModel, From: from, To: to, Line: max(line, 1),
		OldLine:     oldDoc.Commissioning.ModelLine,
		Description: fmt.Sprintf("The commissioning model changes from %s to %s.", modelWords(from), modelWords(to)),
	}}
}

func modelWords(m string) string {
	switch m {
	case model.ModelGreaterInvolvement:
		return "greater involvement"
	case model.ModelJoint:
		return "joint commissioning"
	case model.ModelDelegated:
		return "delegated commissioning"
	case model.ModelNone:
		return "no co-commissioning"
	}
	return m
}

func compositionOf(c *model.Committee) Composition {
	return Composition{Voting: c.Count.Voting, Clinical: c.Count.Clinical, Lay: c.Count.Lay, Executive: c.Count.Executive, Unclassified: c.Count.Unclassified}
}

// committeeKey matches committees across versions by name, ignoring case,
// numbering and a leading "The".
func committeeKey(name string) string {
	k := strings.ToLower(strings.TrimSpace(name))
	k = strings.TrimPrefix(k, "the ")
	return strings.Join(strings.Fields(k), " ")
}

func committeeChanges(oldDoc, newDoc *model.Document) []Change {
	var out []Change
	olds := map[string]*model.Committee{}
	for i := range oldDoc.Committees {
		olds[committeeKey(oldDoc.Committees[i].Name)] = &oldDoc.Committees[i]
	}
	seen := map[string]bool{}
	for i := range newDoc.Committees {
		n := &newDoc.Committees[i]
		key := committeeKey(n.Name)
		seen[key] = true
		o, ok := olds[key]
		if !ok {
			comp := compositionOf(n)
			out = append(out, Change{
				Kind: KindCommitteeAdded, Committee: n.Name, To: comp, Line: n.Line, Section: n.Section,
				Description: fmt.Sprintf("The %s is added%s.", n.Name, seatsWords(n)),
			})
			continue
		}
		from, to := compositionOf(o), compositionOf(n)
		if from != to {
			out = append(out, Change{
				Kind: KindCommitteeChanged, Committee: n.Name, From: from, To: to, Line: n.Line, OldLine: o.Line, Section: n.Section,
				Description: compositionWords(n.Name, from, to, n.Joint || n.PrimaryCare || o.Joint || o.PrimaryCare),
			})
		}
	}
	for i := range oldDoc.Committees {
		o := &oldDoc.Committees[i]
		if !seen[committeeKey(o.Name)] {
			out = append(out, Change{
				Kind: KindCommitteeRemoved, Committee: o.Name, From: compositionOf(o), Line: o.Line, Removed: true, Section: o.Section,
				Description: fmt.Sprintf("The %s is removed.", o.Name),
			})
		}
	}
	return out
}

func seatsWords(c *model.Committee) string {
	if c.Count.Voting == 0 {
		return ""
	}
	return fmt.Sprintf(" with %d voting seats, %d of them clinical", c.Count.Voting, c.Count.Clinical)
}

func hasMajority(c Composition) bool { return c.Voting > 0 && c.Clinical*2 > c.Voting }

func compositionWords(name string, from, to Composition, joint bool) string {
	counts := fmt.Sprintf("(%d of %d -> %d of %d clinical voting seats)", from.Clinical, from.Voting, to.Clinical, to.Voting)
	if joint {
		switch {
		case hasMajority(from) && !hasMajority(to):
			return fmt.Sprintf("The %s loses its clinical majority %s.", name, counts)
		case !hasMajority(from) && hasMajority(to):
			return fmt.Sprintf("The %s gains a clinical majority %s.", name, counts)
		}
	}
	return fmt.Sprintf("The composition of the %s changes %s.", name, counts)
}

func practiceKey(p *model.Practice) string {
	if p.Code != "" {
		return "code:" + strings.ToUpper(p.Code)
	}
	return "name:" + strings.ToLower(strings.Join(strings.Fields(p.Name), " "))
}

func memberChanges(oldDoc, newDoc *model.Document) []Change {
	var out []Change
	olds := map[string]bool{}
	for i := range oldDoc.Membership.Practices {
		olds[practiceKey(&oldDoc.Membership.Practices[i])] = true
	}
	news := map[string]bool{}
	for i := range newDoc.Membership.Practices {
		p := &newDoc.Membership.Practices[i]
		key := practiceKey(p)
		news[key] = true
		if !olds[key] {
			out = append(out, Change{Kind: KindMemberAdded, Practice: p.Name, Code: p.Code, Line: p.Line, Section: p.Section,
				Description: fmt.Sprintf("%s becomes a member practice.", practiceName(p))})
		}
	}
	for i := range oldDoc.Membership.Practices {
		p := &oldDoc.Membership.Practices[i]
		if !news[practiceKey(p)] {
			out = append(out, Change{Kind: KindMemberRemoved, Practice: p.Name, Code: p.Code, Line: p.Line, Removed: true, Section: p.Section,
				Description: fmt.Sprintf("%s is no longer a member practice.", practiceName(p))})
		}
	}
	return out
}

func practiceName(p *model.Practice) string {
	if p.Code != "" {
		return fmt.Sprintf("%s (%s)", p.Name, p.Code)
	}
	return p.Name
}
