package evaluate

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

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
	if set.Inputs.All {
		t.Fatal("the built-in policies read the whole input: nothing to compare")
	}
	pruned, err := New(context.Background(), set, WithTimeout(0))
	if err != nil {
		t.Fatal(err)
	}
	whole := *set
	whole.Inputs = policy.InputFields{All: true}
	full, err := New(context.Background(), &whole, WithTimeout(0))
	if err != nil {
		t.Fatal(err)
	}
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
