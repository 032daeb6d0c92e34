package policy

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The built-in policies are compiled at their first use, once, however
// many callers come at the same time; a user's policies are compiled by
// Load, so that their errors are reported before any document is read.
func TestCompileIsDeferredOnlyForTheBuiltinPolicies(t *testing.T) {
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !set.Deferred() {
		t.Fatal("the built-in policies were compiled by Load")
	}
	if n := len(set.families.compiled); n != 0 {
		t.Fatalf("%d compiles made by Load, want none", n)
	}
	got := make([]*Compiled, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() {
			c, err := set.Compiled()
			if err != nil {
				t.Error(err)
			}
			got[i] = c
		})
	}
	wg.Wait()
	for _, c := range got[1:] {
		if c != got[0] {
			t.Fatal("callers at the same time got different compiles")
		}
	}

	dir := t.TempDir()
	broken := "package ccgvet.rules[\"mine\"][\"broken\"]\n\nfindings contains f if {\n\tf := undefined_function(input)\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "broken.rego"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(Options{Dirs: []string{dir}}); err == nil || !strings.Contains(err.Error(), "broken.rego") {
		t.Fatalf("Load of a policy that does not compile: err = %v, want an error naming broken.rego", err)
	}
}
