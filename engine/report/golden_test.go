package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden from the current output")

// checkGolden compares got with testdata/golden/name.golden, or rewrites
// the file with -update (review the diff before committing).
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./engine/report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (run go test ./engine/report -update and review the diff):\n%s", name, path, firstDifference(got, want))
	}
}

// firstDifference shows the first line where got and want differ.
func firstDifference(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return fmt.Sprintf("line %d:\n  got:  %s\n  want: %s", i+1, gl, wl)
		}
	}
	return "(same lines, different bytes)"
}

// TestGolden renders the sample run in every registered format, so a new
// format cannot be added without golden data, and checks the output is the
// same on a second run (no timestamps, ids or map order).
func TestGolden(t *testing.T) {
	run := newSampleRun()
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			got := run.render(t, format)
			if again := newSampleRun().render(t, format); !bytes.Equal(got, again) {
				t.Fatalf("%s output differs between two runs over the same results", format)
			}
			checkGolden(t, format, got)
		})
	}
}
