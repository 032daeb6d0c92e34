package extract_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

// loadCases reads a file of labelled sentences (the corpus, the held-out
// corpus, the ICB corpora).
func loadCases(t *testing.T, file string) []sentenceCase {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var cases []sentenceCase
	if err := yaml.Unmarshal(b, &cases); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return cases
}

// sentenceCase is one labelled sentence of the corpus in
// testdata/sentences (see its README): real wording, paraphrased, with the
// facts a reader of it would conclude.
type sentenceCase struct {
	ID      string         `yaml:"id"`
	Text    string         `yaml:"text"`
	Section string         `yaml:"section"`
	Shape   string         `yaml:"shape"`
	Expect  map[string]any `yaml:"expect"`
}

// readFacts extracts one sentence standing alone under its heading (or
// under defaultHeading when the case has none).
func readFacts(t *testing.T, c sentenceCase, defaultHeading string) *model.Document {
	t.Helper()
	heading := c.Section
	if heading == "" {
		heading = defaultHeading
	}
	src := c.Text + "\n"
	if heading != "" {
		src = "# " + heading + "\n\n" + src
	}
	if defaultHeading == governingBodyHeading && heading != defaultHeading {
		// A sentence on a member of the governing body stands in a
		// document that has one: its section is part of it ("The Chair of
		// the Governing Body"), or another part of the same document.
		src = "# " + governingBodyHeading + "\n\n## " + heading + "\n\n" + c.Text + "\n"
	}
	if defaultHeading == committeeHeading {
		// A committee sentence is judged alone: it stands in a committee
		// whose title says nothing of what it does, not under its own
		// heading, which may ("Primary Care Commissioning Committee").
		src = "# " + committeeHeading + "\n\n" + c.Text + "\n"
	}
	o, ierr := markdown.Read([]byte(src))
	if ierr != nil {
		t.Fatalf("%s: read: %v", c.ID, ierr)
	}
	doc, err := extract.Extract(o, extract.Options{})
	if err != nil {
		t.Fatalf("%s: extract: %v", c.ID, err)
	}
	return doc
}

// governingBodyHeading is the heading a governing body sentence stands
// under when its case names none.
const governingBodyHeading = "Governing Body"

// committeeHeading is the heading a committee sentence stands under: it
// names a committee and says nothing of what it does.
const committeeHeading = "Commissioning Committee"

// topics says, per corpus file, how to read the facts a case's expect
// names, and the heading a case stands under when it names none.
var topics = map[string]struct {
	heading string
	read    func(doc *model.Document) map[string]any
}{
	"variation": {"", func(doc *model.Document) map[string]any {
		got := map[string]any{"about": false, "approvers": []string{}, "varied_by": []string{}, "threshold": nil, "conditional": false}
		approvers, varied := map[string]bool{}, map[string]bool{}
		for _, f := range doc.Facts.Variation {
			got["about"] = true
			for _, a := range f.Approvers {
				approvers[a] = true
			}
			for _, a := range f.VariedBy {
				varied[a] = true
			}
			if f.Threshold != "" {
				got["threshold"] = f.Threshold
			}
			if f.Conditional {
				got["conditional"] = true
			}
		}
		got["approvers"], got["varied_by"] = keys(approvers), keys(varied)
		return got
	}},
	"conflicts": {"Conflicts of interest", func(doc *model.Document) map[string]any {
		set := map[string]bool{}
		for _, f := range doc.Facts.Safeguards {
			set[f.Safeguard] = true
		}
		return map[string]any{"safeguards": keys(set)}
	}},
	"reserved": {"", func(doc *model.Document) map[string]any {
		got := map[string]any{"reserved_to_members": false, "reserves_variation": false}
		for _, f := range doc.Facts.Reserved {
			got["reserved_to_members"] = true
			if f.Variation {
				got["reserves_variation"] = true
			}
		}
		return got
	}},
	"participation": {"", func(doc *model.Document) map[string]any {
		set := map[string]bool{}
		for _, f := range doc.Facts.Participation {
			set[f.Mechanism] = true
		}
		return map[string]any{"participation": keys(set)}
	}},
	"obligations": {"", func(doc *model.Document) map[string]any {
		got := map[string]any{"obligation": false, "sanction": nil}
		for _, f := range doc.Facts.Obligations {
			if f.Kind == "obligation" {
				got["obligation"] = true
			} else if got["sanction"] == nil {
				got["sanction"] = f.Sanction
			}
		}
		return got
	}},
	"committees": {committeeHeading, func(doc *model.Document) map[string]any {
		got := map[string]any{"with_nhs_england": false, "primary_care": false}
		for _, c := range doc.Committees {
			if c.WithNHSEngland {
				got["with_nhs_england"] = true
			}
			if c.PrimaryCare {
				got["primary_care"] = true
			}
		}
		return got
	}},
	"governing-body": {governingBodyHeading, func(doc *model.Document) map[string]any {
		set := map[string]bool{}
		for _, f := range doc.Facts.Roles {
			set[f.Role] = true
		}
		return map[string]any{"roles": keys(set)}
	}},
}

func keys(set map[string]bool) []string {
	out := []string{}
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// normalise makes YAML's decoded expectations comparable with what the
// readers return: lists of strings sorted, nulls nil.
func normalise(v any) any {
	switch x := v.(type) {
	case []any:
		out := []string{}
		for _, e := range x {
			out = append(out, fmt.Sprint(e))
		}
		sort.Strings(out)
		return out
	case []string:
		out := append([]string{}, x...)
		sort.Strings(out)
		return out
	}
	return v
}

var updateMisread = flag.Bool("update-misread", false, "rewrite testdata/sentences/misread.txt with the cases read wrongly now")

// misreadFile lists, one id a line, the cases the extractor is known to
// read wrongly: a baseline, as linters keep one, so that a change that
// breaks a case read right fails, and so does one that mends a listed
// case until it is struck off. Each line is a debt, not an exception.
const misreadFile = "testdata/sentences/misread.txt"

func readMisread(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	f, err := os.Open(misreadFile)
	if os.IsNotExist(err) {
		return out
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			out[strings.Fields(line)[0]] = true
		}
	}
	return out
}

// topicOf is the topic a corpus file holds: its name, or the topic its
// name begins with before a dash ("governing-body-m" is a later batch of
// governing-body).
func topicOf(name string) string {
	if _, ok := topics[name]; ok {
		return name
	}
	best := name
	for topic := range topics {
		if strings.HasPrefix(name, topic+"-") && (best == name || len(topic) > len(best)) {
			best = topic
		}
	}
	return best
}

func TestSentenceCorpus(t *testing.T) {
	known := readMisread(t)
	var misread []string
	files, err := filepath.Glob("testdata/sentences/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	total, wrong := 0, 0
	for _, file := range files {
		topic := topicOf(strings.TrimSuffix(filepath.Base(file), ".yaml"))
		tp, ok := topics[topic]
		if !ok {
			if topic != "quorum" {
				t.Errorf("%s: no topic of the corpus is named by this file", file)
			}
			continue // quorum.yaml is read by the quorum tests
		}
		cases := loadCases(t, file)
		for _, c := range cases {
			total++
			t.Run(c.ID, func(t *testing.T) {
				got := tp.read(readFacts(t, c, tp.heading))
				var diffs []string
				for k, want := range c.Expect {
					if !reflect.DeepEqual(normalise(got[k]), normalise(want)) {
						diffs = append(diffs, fmt.Sprintf("%s = %v, want %v", k, got[k], want))
					}
				}
				sort.Strings(diffs)
				switch {
				case len(diffs) > 0:
					wrong++
					misread = append(misread, c.ID+" "+strings.Join(diffs, "; "))
					if !known[c.ID] && !*updateMisread {
						t.Errorf("%s\n\t%s", strings.Join(diffs, "\n"), strings.TrimSpace(c.Text))
					}
				case known[c.ID] && !*updateMisread:
					t.Errorf("read right now: strike %s off %s", c.ID, misreadFile)
				}
			})
		}
	}
	t.Logf("%d sentences, %d read wrongly (%.0f%% right)", total, wrong, 100*float64(total-wrong)/float64(total))
	if *updateMisread {
		body := "# Cases of the sentence corpus read wrongly today, with what differs.\n# Rewritten by go test ./engine/extract -run TestSentenceCorpus -update-misread\n" + strings.Join(misread, "\n") + "\n"
		if err := os.WriteFile(misreadFile, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
