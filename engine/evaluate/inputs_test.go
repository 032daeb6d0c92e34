package evaluate

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/internal/gen"
)

// The policies get only the fields of a document they read; every
// document must be judged as it is with every field given: the examples,
// the real-worded constitutions, the bundled ones and generated ones.
func TestInputOfTheFieldsReadJudgesAsTheWhole(t *testing.T) {
	set, err := policy.Load(policy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ccg, err := set.Compiled()
	if err != nil {
		t.Fatal(err)
	}
	if ccg.Inputs.All {
		t.Fatal("the built-in policies read the whole input: nothing to compare")
	}
	// Each family's documents are read with their own fields.
	if icb, err := set.Family("icb"); err != nil || icb.Inputs.All {
		t.Fatalf("the ICB policies read the whole input (%v)", err)
	}
	pruned, err := New(context.Background(), set, WithTimeout(0))
	if err != nil {
		t.Fatal(err)
	}
	full, err := New(context.Background(), set, WithTimeout(0))
	if err != nil {
		t.Fatal(err)
	}
	full.wholeInput = true
	var files []string
	for _, pattern := range []string{"../../testdata/examples/*.md", "../../testdata/real/*.md", "../../constitutions/*.md", "../../constitutions/icb/*.md"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("found %d documents", len(files))
	}
	sources := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources[f] = b
	}
	for i := range 20 {
		sources[gen.FileName(i)] = gen.Generate(7, i)
	}
	for name, src := range sources {
		doc, err := parse.Parse(name, src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		a, errA := pruned.Evaluate(context.Background(), doc)
		b, errB := full.Evaluate(context.Background(), doc)
		if (errA == nil) != (errB == nil) {
			t.Errorf("%s: errors differ: %v / %v", name, errA, errB)
			continue
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: judged differently with the fields read (%d findings) and with the whole input (%d findings)", name, len(a.Findings), len(b.Findings))
		}
	}
}

// A document of another family is checked with its own compile, made when
// the first such document comes: the criteria of integrated care boards
// run on an ICB's constitution, the CCGs' never do, and the other way
// round, as main.rego scopes them.
func TestEachFamilyIsCompiledWhenFirstNeeded(t *testing.T) {
	ev := builtinEvaluator(t)
	// New starts the CCGs' compile; waiting for it must compile no other.
	ccgQueries(t, ev)
	if n := ev.preparedFamilies(); n != 1 {
		t.Fatalf("%d families compiled before any document, want 1 (CCGs)", n)
	}
	for _, tt := range []struct {
		family   string
		runs     string
		notRuns  string
		compiled int
	}{
		{"", "member-sign-off", "icb-board-membership", 1},
		{"icb", "icb-board-membership", "member-sign-off", 2},
		{"ccg", "member-sign-off", "icb-board-membership", 2},
	} {
		res, err := ev.Evaluate(context.Background(), &model.Document{Path: "x.md", Family: tt.family})
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, c := range res.Criteria {
			ids[c.ID] = true
		}
		if !ids[tt.runs] || ids[tt.notRuns] {
			t.Errorf("family %q: criteria %v, want %s and not %s", tt.family, ids, tt.runs, tt.notRuns)
		}
		if n := ev.preparedFamilies(); n != tt.compiled {
			t.Errorf("family %q: %d families compiled, want %d", tt.family, n, tt.compiled)
		}
	}
	icb, err := ev.set.Family("icb")
	if err != nil {
		t.Fatal(err)
	}
	for name := range icb.Modules {
		if strings.Contains(name, "/member-sign-off/") {
			t.Errorf("the ICB compile holds %s", name)
		}
	}
	for name := range ccgQueries(t, ev).compiled.Modules {
		if strings.Contains(name, "/icb-board-membership/") {
			t.Errorf("the CCG compile holds %s", name)
		}
	}
}

// preparedFamilies is the number of families whose queries are prepared.
func (e *Evaluator) preparedFamilies() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.families)
}
