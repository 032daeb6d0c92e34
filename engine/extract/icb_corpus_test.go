package extract_test

import (
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

const (
	icbCorpusFile  = "testdata/icb/sentences.yaml"
	icbHeldOutFile = "testdata/icb/heldout.yaml"
	icbMisreadFile = "testdata/icb/misread.txt"
)

// readICB extracts a passage of an ICB constitution standing alone under
// its heading.
func readICB(t *testing.T, c sentenceCase) *model.Document {
	t.Helper()
	heading := c.Section
	if heading == "" {
		heading = "Constitution"
	}
	src := "---\nfamily: icb\nname: NHS Example Integrated Care Board\n---\n\n# " + heading + "\n\n" + c.Text + "\n"
	o, ierr := markdown.Read([]byte(src))
	if ierr != nil {
		t.Fatalf("%s: read: %v", c.ID, ierr)
	}
	doc, err := extract.Extract(o, extract.Options{})
	if err != nil {
		t.Fatalf("%s: extract: %v", c.ID, err)
	}
	if doc.Family != model.FamilyICB || doc.ICB == nil {
		t.Fatalf("%s: family %q, want icb", c.ID, doc.Family)
	}
	return doc
}

// icbFacts writes an ICB's facts in the corpus's compact form (README.md).
func icbFacts(icb *model.ICB) map[string]any {
	got := map[string]any{}
	members := []string{}
	for _, m := range icb.Board.Members {
		s := fmt.Sprintf("%s %d", m.Role, m.Count)
		if m.Minimum {
			s += "+"
		}
		members = append(members, s)
	}
	got["members"] = members
	appointments := []string{}
	for _, f := range icb.Facts.Appointments {
		s := []string{f.Role}
		s = appendActors(s, "by", f.AppointedBy)
		s = appendActors(s, "approval", f.ApprovalBy)
		s = appendActors(s, "removed", f.RemovedBy)
		s = appendActors(s, "removal-approval", f.RemovalApprovalBy)
		if f.Employee {
			s = append(s, "employee")
		}
		appointments = append(appointments, strings.Join(s, " "))
	}
	got["appointments"] = appointments
	nominations := []string{}
	for _, f := range icb.Facts.Nominations {
		s := appendActors([]string{f.Role}, "by", f.Nominators)
		if f.Objection {
			s = append(s, "objection")
		}
		if f.Selection != "" {
			s = append(s, "selection="+f.Selection)
		}
		nominations = append(nominations, strings.Join(s, " "))
	}
	got["nominations"] = nominations
	deputy := []string{}
	for _, f := range icb.Facts.DeputyChair {
		s := []string{"deputy"}
		if f.NonExecutive {
			s = append(s, "non-executive")
		}
		if f.NotAuditChair {
			s = append(s, "not-audit-chair")
		}
		if f.AuditChair {
			s = append(s, "audit-chair")
		}
		if f.SeniorIndependent {
			s = append(s, "senior")
		}
		deputy = append(deputy, strings.Join(s, " "))
	}
	got["deputy"] = deputy
	committees := []string{}
	for _, f := range icb.Facts.Committees {
		s := []string{f.Committee}
		if f.ChairedBy != "" {
			s = append(s, "chaired="+f.ChairedBy)
		}
		if f.Delegated {
			s = append(s, "delegated")
		}
		committees = append(committees, strings.Join(s, " "))
	}
	got["committees"] = committees
	variation := []string{}
	for _, f := range icb.Facts.Variation {
		s := []string{"variation"}
		if f.Application {
			s = append(s, "application")
		}
		s = appendActors(s, "before", f.Before)
		s = appendActors(s, "varied", f.VariedBy)
		variation = append(variation, strings.Join(s, " "))
	}
	got["variation"] = variation
	got["independence"] = len(icb.Facts.Independence) > 0
	got["mental_health"] = len(icb.Facts.MentalHealth) > 0
	return got
}

func appendActors(s []string, key string, actors []string) []string {
	if len(actors) == 0 {
		return s
	}
	a := append([]string{}, actors...)
	sort.Strings(a)
	return append(s, key+"="+strings.Join(a, "+"))
}

// canonical sorts the words after the first of each compact fact, so that
// the corpus may write them in any order.
func canonical(v any) any {
	list, ok := normalise(v).([]string)
	if !ok {
		return v
	}
	out := make([]string, len(list))
	for i, s := range list {
		w := strings.Fields(s)
		if len(w) > 1 {
			rest := w[1:]
			for k, x := range rest {
				if key, val, ok := strings.Cut(x, "="); ok {
					parts := strings.Split(val, "+")
					sort.Strings(parts)
					rest[k] = key + "=" + strings.Join(parts, "+")
				}
			}
			sort.Strings(rest)
		}
		out[i] = strings.Join(w, " ")
	}
	sort.Strings(out)
	return out
}

// TestICBSentenceCorpus reads the ICB corpus and, apart, the held-out
// passages written after the extractor, whose share read right is the
// honest figure.
func TestICBSentenceCorpus(t *testing.T) {
	known := readMisreadFile(t, icbMisreadFile)
	var misread []string
	for _, file := range []string{icbCorpusFile, icbHeldOutFile} {
		misread = append(misread, icbCorpus(t, file, known)...)
	}
	if *updateMisread {
		body := "# Cases of the ICB corpus read wrongly today, with what differs.\n# Rewritten by go test ./engine/extract -run TestICBSentenceCorpus -update-misread\n" + strings.Join(misread, "\n") + "\n"
		if err := os.WriteFile(icbMisreadFile, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func icbCorpus(t *testing.T, file string, known map[string]bool) []string {
	cases := loadCases(t, file)
	var misread []string
	total, wrong := 0, 0
	for _, c := range cases {
		total++
		t.Run(c.ID, func(t *testing.T) {
			got := icbFacts(readICB(t, c).ICB)
			var diffs []string
			for k, want := range c.Expect {
				g, ok := got[k]
				if !ok {
					t.Fatalf("unknown key %q", k)
				}
				if !reflect.DeepEqual(canonical(g), canonical(want)) {
					diffs = append(diffs, fmt.Sprintf("%s = %v, want %v", k, canonical(g), canonical(want)))
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
				t.Errorf("read right now: strike %s off %s", c.ID, icbMisreadFile)
			}
		})
	}
	t.Logf("%s: %d cases, %d read wrongly (%.0f%% right)", file, total, wrong, 100*float64(total-wrong)/float64(total))
	return misread
}

// readMisreadFile reads a baseline of known misreads (see misreadFile),
// one id a line.
func readMisreadFile(t *testing.T, path string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return out
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[strings.Fields(line)[0]] = true
		}
	}
	return out
}
