package evaluate

import (
	"context"
	"testing"

	"github.com/ccgvet/ccgvet/engine/policy"
)

// Parsed is closed once the policies are parsed: at once when New compiled
// them (a user's policies), and when the parse New started has finished
// for the built-in ones, which a document can then be checked with.
func TestParsedIsClosedOncePoliciesAreParsed(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts policy.Options
	}{
		{"built-in, compiled on another goroutine", policy.Options{}},
		{"with a user's policies, compiled by Load", policy.Options{Dirs: []string{"../../examples/policies"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, err := policy.Load(tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			ev, err := New(context.Background(), set)
			if err != nil {
				t.Fatal(err)
			}
			<-ev.Parsed()
			if err := set.Parse(policy.DefaultFamily); err != nil {
				t.Fatal(err)
			}
			if _, err := ev.Evaluate(context.Background(), benchDocument(t)); err != nil {
				t.Fatal(err)
			}
		})
	}
}
