package gen

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/result"
)

const testSeed = 1

func TestGenerateIsDeterministic(t *testing.T) {
	for _, i := range []int{0, 7, 123} {
		a, b := Generate(testSeed, i), Generate(testSeed, i)
		if !bytes.Equal(a, b) {
			t.Errorf("document %d differs between two runs", i)
		}
		if bytes.Equal(a, Generate(testSeed+1, i)) {
			t.Errorf("document %d is the same for seeds %d and %d", i, testSeed, testSeed+1)
		}
	}
	if bytes.Equal(Generate(testSeed, 1), Generate(testSeed, 2)) {
		t.Error("documents 1 and 2 are the same")
	}
}

// TestGenerateRanges parses every document of a batch and checks it is as
// large as the issue asks: 20–60 KB, 150–600 clauses, 8–80 practices
// (a borrowed or repeated one aside), 4–10 committees.
func TestGenerateRanges(t *testing.T) {
	n := 60
	if testing.Short() {
		n = 20
	}
	sizes := map[string]int{}
	for i := range n {
		src := Generate(testSeed, i)
		doc, err := parse.Parse(FileName(i), src)
		if err != nil {
			t.Fatalf("document %d does not parse: %v", i, err)
		}
		in := func(what string, got, lo, hi int) {
			t.Helper()
			if got < lo || got > hi {
				t.Errorf("document %d: %s = %d, want %d to %d", i, what, got, lo, hi)
			}
		}
		in("bytes", len(src), MinBytes, MaxBytes)
		in("clauses", len(doc.Clauses), MinClauses, MaxClauses)
		in("practices", len(doc.Membership.Practices), MinPractices, MaxPractices+2)
		in("committees", len(doc.Committees), MinCommittees, MaxCommittees)
		if doc.GoverningBody == nil {
			t.Errorf("document %d: no governing body found", i)
		}
		switch {
		case len(src) < 30<<10:
			sizes["under 30 KB"]++
		case len(src) < 45<<10:
			sizes["30-45 KB"]++
		default:
			sizes["over 45 KB"]++
		}
	}
	// The sizes spread over the range rather than bunch at one end.
	if len(sizes) < 3 {
		t.Errorf("sizes bunch together: %v", sizes)
	}
}

// TestGenerateChecks runs the checker over a batch: no document is an input
// error, and the criteria come out differently from one document to the
// next, so that every policy does real work.
func TestGenerateChecks(t *testing.T) {
	n := 40
	if testing.Short() {
		n = 25
	}
	dir := t.TempDir()
	if err := WriteDir(dir, testSeed, n); err != nil {
		t.Fatal(err)
	}
	eng, err := engine.New(context.Background(), engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	statuses := map[string]map[string]int{}
	rules := map[string]int{}
	run, err := eng.Check(context.Background(), []string{dir}, func(d *result.Document) error {
		for _, e := range d.Errors {
			t.Errorf("%s:%d: input error: %s", d.Path, e.Line, e.Message)
		}
		for _, c := range d.Criteria {
			if statuses[c.ID] == nil {
				statuses[c.ID] = map[string]int{}
			}
			statuses[c.ID][c.Status]++
		}
		for _, f := range d.Findings {
			rules[f.Rule]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if run.InputErrors {
		t.Error("the run reports input errors")
	}
	// Criteria whose rules can breach: each is met somewhere and breached
	// somewhere else.
	for _, id := range []string{"member-sign-off", "clinical-majority", "conflicts-of-interest", "model-change-support", "governing-body-composition", "variation-procedure"} {
		st := statuses[id]
		if st[result.StatusMet] == 0 || st[result.StatusBreached] == 0 {
			t.Errorf("%s: statuses %v, want both met and breached", id, st)
		}
	}
	if len(rules) < 15 {
		t.Errorf("only %d rules fired over %d documents: %v", len(rules), n, rules)
	}
	for _, prefix := range []string{"member-involvement/", "practice-obligations/"} {
		fired := false
		for r := range rules {
			fired = fired || strings.HasPrefix(r, prefix)
		}
		if !fired {
			t.Errorf("no %s rule fired", prefix)
		}
	}
}

// TestGenerateSharedPractice finds a document that also lists a practice
// of the document before it, and checks the batch rule reports it.
func TestGenerateSharedPractice(t *testing.T) {
	for i := 1; i < 400; i++ {
		code := practiceCode(i-1, 0)
		src := Generate(testSeed, i)
		if !bytes.Contains(src, []byte(code)) {
			continue
		}
		dir := t.TempDir()
		for _, k := range []int{i - 1, i} {
			if err := os.WriteFile(filepath.Join(dir, FileName(k)), Generate(testSeed, k), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		eng, err := engine.New(context.Background(), engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		run, err := eng.Check(context.Background(), []string{dir}, func(*result.Document) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range run.Batch.Findings {
			if f.Criterion == "single-membership" && strings.Contains(f.Message, code) {
				return
			}
		}
		t.Fatalf("documents %d and %d both list %s, but no single-membership finding names it: %v", i-1, i, code, run.Batch.Findings)
	}
	t.Fatal("no document in the first 400 lists a practice of the one before")
}
