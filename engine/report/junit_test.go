package report

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
			Time    string `xml:"time,attr"`
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
				// The schema has no file or line on a testcase: the
				// failure text starts with path:line.
				if c.Failure.Message == "" || !lineRef.MatchString(c.Failure.Text) || c.Time == "" {
					t.Errorf("failure %s: want a message, a time and path:line in its text, got %+v", c.Name, c)
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
	if rep.Tests != tests || rep.Failures != failures || rep.Errors != errors {
		t.Errorf("totals %d/%d/%d, suites add up to %d/%d/%d",
			rep.Tests, rep.Failures, rep.Errors, tests, failures, errors)
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

var lineRef = regexp.MustCompile(`(?m)^constitutions/[a-z-]+\.md:[1-9][0-9]*: `)

// The report validates against the Jenkins/Ant JUnit schema that Jenkins,
// GitLab and Azure DevOps accept, with xmllint (Debian's libxml2-utils,
// which .ci/run installs).
func TestJUnitSchema(t *testing.T) {
	if _, err := exec.LookPath("xmllint"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("xmllint is not installed: apt-get install libxml2-utils")
		}
		t.Skip("xmllint is not installed (apt-get install libxml2-utils)")
	}
	for _, failOn := range []string{"error", "warning"} {
		run := newSampleRun()
		run.meta.FailOn = failOn
		p := filepath.Join(t.TempDir(), "report.xml")
		if err := os.WriteFile(p, run.render(t, "junit"), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("xmllint", "--noout", "--schema", filepath.Join("testdata", "jenkins-junit.xsd"), p).CombinedOutput()
		if err != nil {
			t.Errorf("--fail-on %s: the JUnit report does not validate: %v\n%s", failOn, err, out)
		}
	}
}

func TestXMLText(t *testing.T) {
	if got := xmlText("a\x00b\x1bc\td\n"); got != "a\uFFFDb\uFFFDc\td\n" {
		t.Errorf("xmlText = %q", got)
	}
}
