package evaluate

import (
	"context"
	"fmt"
	"hash/maphash"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
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
	// CCGID is the same for every document of one CCG in the batch (its
	// versions, copies and drafts): documents are one CCG when they share
	// a CCG code or a name (in any case), directly or through another
	// document. Worked out here, once, so that a rule asks whether a
	// practice's listings are of two CCGs by counting ids, where comparing
	// every pair of listings made 400 copies of one constitution take 20 s.
	CCGID int `json:"ccg_id"`
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
//
// Until the batch is evaluated every coded practice has to be kept, so it
// is kept small and without pointers: of each listing only its code's
// hash, its line and its section (an index into the document's few
// sections). The name and code are kept once for each code that a second
// document lists, from the listing that made it shared, and every listing
// of that code comes back with them: a finding names the practice once.
// At 10,000 documents this keeps 16 bytes a listing where the names and
// codes of every listing took 43 MB, a live heap the collector traced at
// every cycle.
type Batch struct {
	docs []storedDocument
	// listedBy counts, for each code's hash, the documents that list it.
	// Two codes with one hash (about one chance in 10^8 at 10,000
	// documents) would be taken for one practice.
	listedBy map[uint64]int32
	// shared holds the name and code of each code listed by two or more
	// documents.
	shared map[uint64]BatchPractice
	seed   maphash.Seed
}

// storedDocument is a BatchDocument as a Batch keeps it.
type storedDocument struct {
	path, ccg, code string
	count           int
	sections        []string
	practices       []storedPractice
}

// storedPractice is a listing: its code's hash, line and section.
type storedPractice struct {
	hash    uint64
	line    int32
	section int32 // index into the document's sections
}

// Add adds a document to the batch.
func (b *Batch) Add(d BatchDocument) {
	if b.listedBy == nil {
		b.listedBy = map[uint64]int32{}
		b.shared = map[uint64]BatchPractice{}
		b.seed = maphash.MakeSeed()
	}
	sd := storedDocument{path: d.Path, ccg: d.CCG, code: d.Code, count: d.PracticeCount, practices: make([]storedPractice, 0, len(d.Practices))}
	seen := make(map[uint64]bool, len(d.Practices))
	for i, p := range d.Practices {
		h := b.codeHash(p.Code)
		if !seen[h] {
			seen[h] = true
			if b.listedBy[h]++; b.listedBy[h] == 2 {
				b.shared[h] = BatchPractice{Name: strings.Clone(p.Name), Code: strings.Clone(p.Code)}
			}
		}
		if i == 0 || p.Section != d.Practices[i-1].Section {
			sd.sections = append(sd.sections, strings.Clone(p.Section))
		}
		sd.practices = append(sd.practices, storedPractice{hash: h, line: int32(p.Line), section: int32(len(sd.sections) - 1)})
	}
	b.docs = append(b.docs, sd)
}

// codeHash hashes a practice code as batch rules compare it.
func (b *Batch) codeHash(code string) uint64 { return maphash.String(b.seed, BatchCode(code)) }

// Len is the number of documents in the batch.
func (b *Batch) Len() int { return len(b.docs) }

// Documents are the documents as batch rules see them: each with only the
// practices whose code another document also lists, and the id of its CCG.
func (b *Batch) Documents() []BatchDocument {
	out := make([]BatchDocument, len(b.docs))
	ids := b.ccgIDs()
	for i, sd := range b.docs {
		d := BatchDocument{Path: sd.path, CCG: sd.ccg, Code: sd.code, PracticeCount: sd.count, Practices: []BatchPractice{}, CCGID: ids[i]}
		for _, p := range sd.practices {
			if b.listedBy[p.hash] > 1 {
				bp := b.shared[p.hash]
				bp.Line, bp.Section = int(p.line), sd.sections[p.section]
				d.Practices = append(d.Practices, bp)
			}
		}
		out[i] = d
	}
	return out
}

// ccgIDs gives each document the id of its CCG: the smallest index of the
// documents joined to it by a shared CCG code or name (union-find over
// the keys, linear in the documents). A document with neither is a CCG of
// its own.
func (b *Batch) ccgIDs() []int {
	parent := make([]int, len(b.docs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, c int) {
		ra, rc := find(a), find(c)
		switch {
		case ra < rc:
			parent[rc] = ra
		case rc < ra:
			parent[ra] = rc
		}
	}
	first := map[string]int{}
	for i, sd := range b.docs {
		for _, key := range []string{"code:" + BatchCode(sd.code), "name:" + strings.ToLower(strings.TrimSpace(sd.ccg))} {
			if strings.HasSuffix(key, ":") {
				continue
			}
			if j, ok := first[key]; ok {
				union(i, j)
			} else {
				first[key] = i
			}
		}
	}
	ids := make([]int, len(b.docs))
	for i := range ids {
		ids[i] = find(i)
	}
	return ids
}

// EvaluateBatch runs the batch rules over every document of b at once,
// within ctx: running out of time is a *TimeoutError.
func (e *Evaluator) EvaluateBatch(ctx context.Context, b *Batch) (findings []result.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("evaluate batch: policy evaluation panicked: %v", r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("evaluate batch: %w", e.timedOut(ctx, PhaseBatch, err))
	}
	q, err := e.queries(ctx, policy.DefaultFamily)
	if err != nil {
		return nil, fmt.Errorf("evaluate batch: %w", err)
	}
	input, err := toValue(ctx, map[string]any{"documents": b.Documents()})
	if err != nil {
		return nil, fmt.Errorf("evaluate batch: %w", e.timedOut(ctx, PhaseBatch, err))
	}
	rs, err := q.batch.Eval(ctx, rego.EvalParsedInput(input), rego.EvalInterQueryBuiltinValueCache(e.regexes))
	if err != nil {
		return nil, fmt.Errorf("evaluate batch: %w", e.timedOut(ctx, PhaseBatch, err))
	}
	v, err := resultValue(rs)
	if err != nil {
		return nil, fmt.Errorf("evaluate batch: %w", err)
	}
	if findings, err = e.findings(ctx, q, v, input, policy.BatchRoot); err != nil {
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
