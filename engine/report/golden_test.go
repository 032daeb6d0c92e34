package report

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"

	"github.com/ccgvet/ccgvet/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden from the current output")

// checkGolden compares got with testdata/golden/name.golden, or rewrites
// the file with -update (review the diff before committing).
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "golden", name+".golden"), got, *update, "./engine/report")
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
