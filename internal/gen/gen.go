// Package gen writes realistic CCG constitutions for benchmarks and tests,
// deterministically from a seed: the same seed and index always give the
// same bytes. Documents vary as real ones do (documents.md): heading forms,
// table header synonyms, sign-off cells, committee tables and lists, vote
// records, conflicts of interest text with safeguards missing, so that
// every criterion does real work and outcomes differ from one document to
// the next.
//
// Each document has 8–80 member practices, 4–10 committees besides the
// governing body, 150–600 clauses and 20–60 KB. Practice codes are unique
// across a batch, except that about one document in forty also lists a
// practice of the document before it (a breach of single-membership) and
// about one in fifty lists one of its own practices twice.
package gen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Ranges every generated document falls in.
const (
	MinPractices  = 8
	MaxPractices  = 80
	MinCommittees = 4
	MaxCommittees = 10
	MinClauses    = 150
	MaxClauses    = 600
	MinBytes      = 20 << 10
	MaxBytes      = 60 << 10
)

// Targets sit inside the ranges, since filler is sized by estimate.
const (
	targetMinClauses = 170
	targetMaxClauses = 560
	targetMinBytes   = 23 << 10
	targetMaxBytes   = 56 << 10
	// Shortest and longest filler clause, in bytes.
	minFill = 80
	maxFill = 650
)

// Generate returns constitution i of the batch made from seed.
func Generate(seed int64, i int) []byte {
	// The first pass writes the structure alone and measures it; the second
	// adds as many filler clauses, of such a length, as bring the document
	// to its target clauses and size. Structure and filler draw from
	// separate streams, so both passes write the same structure.
	probe := build(seed, i, nil)
	return build(seed, i, planFiller(seed, i, probe)).w.buf.Bytes()
}

// FileName is the name WriteDir gives document i.
func FileName(i int) string { return fmt.Sprintf("ccg-%05d.md", i) }

// WriteDir writes documents 0 to n-1 of seed's batch into dir.
func WriteDir(dir string, seed int64, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, FileName(i)), Generate(seed, i), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// filler says how many filler clauses each filler slot writes, and about
// how long each is.
type filler struct {
	slots []int
	// bytes is what the filler clauses should add up to; each clause is
	// sized from what is left, so that misses even out.
	bytes int
}

func planFiller(seed int64, i int, probe *doc) *filler {
	r := rand.New(rand.NewPCG(uint64(seed)^0x2545f4914f6cdd1d, uint64(i)))
	base, baseClauses := probe.w.buf.Len(), probe.w.clauses
	// The size first, then as many filler clauses as fit it at a length
	// between the shortest and the longest filler clause.
	size := max(targetMinBytes+r.IntN(targetMaxBytes-targetMinBytes+1), base+20*(minFill+12))
	lo := max(targetMinClauses-baseClauses, (size-base)/(maxFill+12)+1, 1)
	hi := min(targetMaxClauses-baseClauses, (size-base)/(minFill+12))
	fc := lo
	if hi > lo {
		fc = lo + r.IntN(hi-lo+1)
	}
	f := &filler{bytes: size - base, slots: make([]int, probe.slots)}
	// Spread the clauses over the slots by weight: the functions part and
	// the standing orders take most.
	weights := make([]int, probe.slots)
	total := 0
	for k := range weights {
		weights[k] = 1 + r.IntN(6)
		if probe.heavy[k] {
			weights[k] += 8
		}
		total += weights[k]
	}
	left := fc
	for k := range f.slots {
		n := fc * weights[k] / total
		f.slots[k] = n
		left -= n
	}
	for k := 0; left > 0; k = (k + 1) % len(f.slots) {
		f.slots[k]++
		left--
	}
	return f
}
