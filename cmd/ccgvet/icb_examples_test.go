package main

import (
	"encoding/json"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/internal/expect"
)

// icbExamples is where the example integrated care board constitutions
// live, each with its expectation file beside it (amendment pairs in a
// folder below).
const icbExamples = "constitutions/icb"

// ccgOnlyCriteria belong to the CCG family: the icb-2022 profile must not
// run them on an ICB's constitution, so they must have no status at all.
var ccgOnlyCriteria = []string{
	"member-sign-off", "model-change-support", "member-involvement", "practice-obligations",
	"variation-procedure", "governing-body-composition", "conflicts-of-interest", "single-membership",
}

// icbExpectations lists the expectation files under constitutions/icb
// whose name ends in suffix, in a stable order.
func icbExpectations(t *testing.T, suffix string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(icbExamples, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, suffix) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// The ICB examples were written, with their expectations, from the Act and
// NHS England's guidance before the tool read ICBs: each check must give
// the statuses, findings (rule and line) and exit status written there.
func TestICBExamplesMeetTheirExpectations(t *testing.T) {
	var files []string
	for _, f := range icbExpectations(t, ".expect.json") {
		if !strings.HasSuffix(f, ".diff.expect.json") {
			files = append(files, f)
		}
	}
	if len(files) < 6 {
		t.Fatalf("found %d ICB examples with expectations under %s, want at least 6", len(files), icbExamples)
	}
	// A constitution added without its expectations would be checked by
	// nothing; the folder's README is no constitution.
	for _, doc := range icbExpectations(t, ".md") {
		if filepath.Base(doc) == "README.md" {
			continue
		}
		if !slices.Contains(files, strings.TrimSuffix(doc, ".md")+".expect.json") {
			t.Errorf("%s has no expectation file beside it", doc)
		}
	}
	for _, file := range files {
		rel, _ := filepath.Rel(icbExamples, file)
		t.Run(rel, func(t *testing.T) {
			want, err := expect.Load(file)
			if err != nil {
				t.Fatal(err)
			}
			doc := filepath.Join(filepath.Dir(file), want.Doc)
			statuses, errs := checkExpectation(t, want, "check", "--no-config", "--profile", "icb-2022", "--format", "json", doc)
			if len(errs) > 0 {
				t.Errorf("document errors: %v", errs)
			}
			for _, id := range ccgOnlyCriteria {
				if status, ok := statuses[id]; ok {
					t.Errorf("CCG criterion %s ran on an ICB (status %q)", id, status)
				}
			}
		})
	}
}

// icbDiffExpectation is an amendment pair's expectation for `ccgvet diff`
// (the format of testdata/examples/ex04.diff.expect.json).
type icbDiffExpectation struct {
	Old                   string           `json:"old"`
	New                   string           `json:"new"`
	Regressions           []string         `json:"regressions"`
	ChangesMustInclude    []map[string]any `json:"changes_must_include"`
	ChangesMustNotInclude []map[string]any `json:"changes_must_not_include"`
	Exit                  int              `json:"exit"`
}

// An amendment to an ICB's constitution is vetted like a CCG's: diff names
// the criteria it newly breaches and the governance changes it makes.
func TestICBAmendmentDiff(t *testing.T) {
	files := icbExpectations(t, ".diff.expect.json")
	if len(files) == 0 {
		t.Fatalf("no ICB amendment expectations under %s", icbExamples)
	}
	for _, file := range files {
		rel, _ := filepath.Rel(icbExamples, file)
		t.Run(rel, func(t *testing.T) {
			var want icbDiffExpectation
			readJSON(t, file, &want)
			dir := filepath.Dir(file)
			code, stdout, stderr := ccgvet(t, "diff", "--no-config", "--profile", "icb-2022", "--format", "json",
				filepath.Join(dir, want.Old), filepath.Join(dir, want.New))
			if code != want.Exit {
				t.Errorf("exit status %d, want %d (stderr: %s)", code, want.Exit, stderr)
			}
			var got struct {
				Changes     []map[string]any `json:"changes"`
				Regressions []string         `json:"regressions"`
				Summary     string           `json:"summary"`
			}
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, stdout)
			}
			gotRegressions := slices.Sorted(slices.Values(got.Regressions))
			wantRegressions := slices.Sorted(slices.Values(want.Regressions))
			if !slices.Equal(gotRegressions, wantRegressions) {
				t.Errorf("regressions %v, want %v", got.Regressions, want.Regressions)
			}
			// matches reports whether change has every field of pattern.
			matches := func(change, pattern map[string]any) bool {
				for k, v := range pattern {
					if change[k] != v {
						return false
					}
				}
				return true
			}
			kinds := make([]any, 0, len(got.Changes))
			for _, c := range got.Changes {
				kinds = append(kinds, c["kind"])
			}
			for _, p := range want.ChangesMustInclude {
				if !slices.ContainsFunc(got.Changes, func(c map[string]any) bool { return matches(c, p) }) {
					t.Errorf("no change matching %v (kinds: %v)", p, kinds)
				}
			}
			for _, p := range want.ChangesMustNotInclude {
				for _, c := range got.Changes {
					if matches(c, p) {
						t.Errorf("unexpected change %v", c)
					}
				}
			}
			if got.Summary == "" {
				t.Error("no summary")
			}
		})
	}
}
