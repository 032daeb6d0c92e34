package extract_test

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// heldOutFloor is the share of the held-out corpus (testdata/heldout: real
// wording the extractor was never tuned on) that must be read right. It is
// set below the share measured (70%, 112 of 160, when the corpus was
// first run; 76%, 121 of 160, after the general fixes of the next round),
// so that a change that makes the reader worse at wording in general
// fails, while the corpus stays out of the tuning loop: no case there is
// ever fixed one by one.
const heldOutFloor = 0.72

func TestHeldOutCorpus(t *testing.T) {
	files, err := filepath.Glob("testdata/heldout/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no held-out corpus: %v", err)
	}
	total, right := 0, 0
	for _, file := range files {
		topic := strings.TrimSuffix(filepath.Base(file), ".yaml")
		tp, ok := topics[topic]
		if !ok {
			continue
		}
		cases := loadCases(t, file)
		n, r := 0, 0
		for _, c := range cases {
			got := tp.read(readFacts(t, c, tp.heading))
			ok := true
			for k, want := range c.Expect {
				ok = ok && reflect.DeepEqual(normalise(got[k]), normalise(want))
			}
			n++
			if ok {
				r++
			}
		}
		t.Logf("%s: %d of %d read right", topic, r, n)
		total, right = total+n, right+r
	}
	share := float64(right) / float64(total)
	t.Logf("held out: %d of %d read right (%.0f%%)", right, total, 100*share)
	if share < heldOutFloor {
		t.Errorf("held out: %.0f%% read right, below the floor of %.0f%%", 100*share, 100*heldOutFloor)
	}
}
