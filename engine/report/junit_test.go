package report

import (
	"encoding/xml"
	"strings"
	"testing"
)

// junitReport is the JUnit XML read back as CI systems read it.
type junitReport struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Errors   int `xml:"errors,attr"`
	Skipped  int `xml:"skipped,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Errors   int    `xml:"errors,attr"`
		Skipped  int    `xml:"skipped,attr"`
		Cases    []struct {
			Name    string `xml:"name,attr"`
			File    string `xml:"file,attr"`
			Line    int    `xml:"line,attr"`
			Failure *struct {
				Message string `xml:"message,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Error   *struct{} `xml:"error"`
			Skipped *struct{} `xml:"skipped"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func TestJUnit(t *testing.T) {
	run := newSampleRun()
	var rep junitReport
	if err := xml.Unmarshal(run.render(t, "junit"), &rep); err != nil {
		t.Fatalf("JUnit output is not XML: %v", err)
	}
	if got, want := len(rep.Suites), len(run.docs)+1; got != want {
		t.Fatalf("got %d testsuites, want one per document and one for the batch (%d)", got, want)
	}
	names := map[string]bool{}
	var tests, failures, errors, skipped int
	for i, s := range rep.Suites {
		if i < len(run.docs) && s.Name != run.docs[i].Path {
			t.Errorf("suite %d is %q, want %q", i, s.Name, run.docs[i].Path)
		}
		var f, e, sk int
		for _, c := range s.Cases {
			// GitLab keeps one of several testcases with the same name.
			if names[c.Name] {
				t.Errorf("testcase name %q is not unique", c.Name)
			}
			names[c.Name] = true
			switch {
			case c.Failure != nil:
				f++
				if c.Line < 1 || c.File == "" || c.Failure.Message == "" || !strings.Contains(c.Failure.Text, c.File) {
					t.Errorf("failure %s: want file, line, message and the findings in its text, got %+v", c.Name, c)
				}
			case c.Error != nil:
				e++
			case c.Skipped != nil:
				sk++
			}
		}
		if s.Tests != len(s.Cases) || s.Failures != f || s.Errors != e || s.Skipped != sk {
			t.Errorf("suite %s counts tests=%d failures=%d errors=%d skipped=%d, cases say %d %d %d %d",
				s.Name, s.Tests, s.Failures, s.Errors, s.Skipped, len(s.Cases), f, e, sk)
		}
		tests, failures, errors, skipped = tests+s.Tests, failures+s.Failures, errors+s.Errors, skipped+s.Skipped
	}
	if rep.Tests != tests || rep.Failures != failures || rep.Errors != errors || rep.Skipped != skipped {
		t.Errorf("totals %d/%d/%d/%d, suites add up to %d/%d/%d/%d",
			rep.Tests, rep.Failures, rep.Errors, rep.Skipped, tests, failures, errors, skipped)
	}
	// Three failing rule x document pairs: two unsigned practices (one
	// testcase), the minority, and the practice in two CCGs.
	if failures != 3 || errors != 1 {
		t.Errorf("got %d failures and %d errors, want 3 and 1 (the unreadable document)", failures, errors)
	}
	passes := tests - failures - errors - skipped
	if passes == 0 {
		t.Error("no testcase passes: passes must show")
	}
}

// TestJUnitFailOn checks that warnings fail their testcases when the run
// fails on warnings, as the exit status does.
func TestJUnitFailOn(t *testing.T) {
	run := newSampleRun()
	run.meta.FailOn = "warning"
	var rep junitReport
	if err := xml.Unmarshal(run.render(t, "junit"), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Failures != 5 {
		t.Errorf("got %d failures with --fail-on warning, want 5 (3 error cases and 2 warning cases)", rep.Failures)
	}
}

func TestXMLText(t *testing.T) {
	if got := xmlText("a\x00b\x1bc\td\n"); got != "a\uFFFDb\uFFFDc\td\n" {
		t.Errorf("xmlText = %q", got)
	}
}
