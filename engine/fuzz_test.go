package engine_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ccgvet/ccgvet/engine/evaluate"
	"github.com/ccgvet/ccgvet/engine/parse"
	"github.com/ccgvet/ccgvet/engine/policy"
)

// FuzzCheck runs the whole check of one document — parse, then every
// policy — on mutated constitutions: it must never panic, and every result
// must point at a line of the document.
func FuzzCheck(f *testing.F) {
	for _, pattern := range []string{"../constitutions/*.md", "../testdata/examples/*.md"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte("---\ncommissioning_model: delegated\nprevious_commissioning_model: joint\n---\n# 6.4 Primary Care Joint Committee\n\n| Member | Voting |\n|---|---|\n| GP | Yes |\n"))
	set, err := policy.Load(policy.Options{})
	if err != nil {
		f.Fatal(err)
	}
	// No time limit: a result must not depend on the machine's speed, and
	// an input that would never finish is a hang the fuzzer reports.
	ev, err := evaluate.New(context.Background(), set, evaluate.WithTimeout(0))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := parse.Parse("fuzz.md", src)
		if err != nil {
			return // an input error, reported as such
		}
		res, err := ev.Evaluate(context.Background(), doc)
		if err != nil {
			t.Fatalf("evaluate: %v", err)
		}
		if len(res.Criteria) == 0 {
			t.Fatal("no criteria in the result")
		}
		last := max(doc.Lines, 1)
		for _, finding := range res.Findings {
			if finding.Line < 1 || finding.Line > last {
				t.Errorf("%s at line %d of a %d-line document", finding.Rule, finding.Line, doc.Lines)
			}
		}
	})
}
