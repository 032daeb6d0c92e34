package evaluate

import (
	"context"
	"fmt"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/open-policy-agent/opa/v1/rego"
)

// BatchDocument is what batch rules see of one document.
type BatchDocument struct {
	Path string `json:"path"`
	CCG  string `json:"ccg"`
	Code string `json:"code"`
	// PracticeCount is the number of member practices the document lists;
	// Practices holds only those another document also lists.
	PracticeCount int             `json:"practice_count"`
	Practices     []BatchPractice `json:"practices"`
}

// BatchPractice is a member practice as batch rules see it.
type BatchPractice struct {
	Name    string `json:"name"`
	Code    string `json:"code"`
	Line    int    `json:"line"`
	Section string `json:"section"`
}

// ForBatch keeps what batch rules need of a document, so a batch never
// holds whole models. A practice with no code cannot be listed by another
// document (codes are what documents are compared by), so it is counted
// and not kept.
func ForBatch(doc *model.Document) BatchDocument {
	bd := BatchDocument{Path: doc.Path, CCG: doc.CCG, Code: doc.FrontMatter.Code, PracticeCount: len(doc.Membership.Practices), Practices: []BatchPractice{}}
	for _, p := range doc.Membership.Practices {
		if BatchCode(p.Code) == "" {
			continue
		}
		bd.Practices = append(bd.Practices, BatchPractice{Name: p.Name, Code: p.Code, Line: p.Line, Section: p.Section})
	}
	return bd
}

// BatchCode is a practice code as batch rules compare it: trimmed and in
// upper case, as the single-membership rule normalises it
// (upper(trim_space(code))), so that the two agree on what is shared.
func BatchCode(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// Batch gathers, one document at a time, what the batch rules see. Batch
// rules are about what documents share: of each document they see its
// path, name, code and number of practices, and the member practices whose
// code another document of the batch also lists. Leaving out the practices
// only one document lists is what keeps a batch of 10,000 documents (some
// 440,000 practices, over 400 MB as Rego values) to a few megabytes of
// Rego input; no finding about practices shared between documents is lost.
type Batch struct {
	docs []BatchDocument
	// listedBy counts, for each code, the documents that list it.
	listedBy map[string]int
}

// Add adds a document to the batch.
func (b *Batch) Add(d BatchDocument) {
	if b.listedBy == nil {
		b.listedBy = map[string]int{}
	}
	seen := make(map[string]bool, len(d.Practices))
	for _, p := range d.Practices {
		code := BatchCode(p.Code)
		if !seen[code] {
			seen[code] = true
			b.listedBy[code]++
		}
	}
	b.docs = append(b.docs, d)
}

// Len is the number of documents in the batch.
func (b *Batch) Len() int { return len(b.docs) }

// Documents are the documents as batch rules see them: each with only the
// practices whose code another document also lists.
func (b *Batch) Documents() []BatchDocument {
	out := make([]BatchDocument, len(b.docs))
	for i, d := range b.docs {
		shared := []BatchPractice{}
		for _, p := range d.Practices {
			if b.listedBy[BatchCode(p.Code)] > 1 {
				shared = append(shared, p)
			}
		}
		d.Practices = shared
		out[i] = d
	}
	return out
}

// EvaluateBatch runs the batch rules over every document of b at once.
func (e *Evaluator) EvaluateBatch(ctx context.Context, b *Batch) (findings []result.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("evaluate batch: policy evaluation panicked: %v", r)
		}
	}()
	input, err := toValue(map[string]any{"documents": b.Documents()})
	if err != nil {
		return nil, fmt.Errorf("evaluate batch: %w", err)
	}
	rs, err := e.batch.Eval(ctx, rego.EvalParsedInput(input), rego.EvalInterQueryBuiltinValueCache(e.regexes))
	if err != nil {
		return nil, fmt.Errorf("evaluate batch: %w", err)
	}
	findings = []result.Finding{}
	if err := decode(rs, &findings); err != nil {
		return nil, fmt.Errorf("evaluate batch: %w", err)
	}
	for i := range findings {
		if findings[i].Line < 1 {
			findings[i].Line = 1
		}
	}
	result.SortFindings(findings)
	return findings, nil
}
