package report

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/ccgvet/ccgvet/engine/result"
)

func init() { register("junit", newJUnit) }

// junitWriter writes JUnit XML for CI test report views (GitLab, Jenkins,
// Azure DevOps): one testsuite per document and one testcase per rule and
// document, so that passes show as well as breaches. Test report views
// merge testcases with the same name (GitLab keeps one), so every name
// carries its document. The root element's totals need the whole run, so
// the suites are kept until Finish; they hold only what is printed.
type junitWriter struct {
	w      io.Writer
	meta   Meta
	cat    catalogue
	failOn string
	suites []junitSuite
}

// JUnit names and messages show in CI logs and test views: they are
// written from Printable copies (encoding/xml would only drop what XML
// cannot hold).
func newJUnit(w io.Writer, m Meta) Writer {
	m = printableMeta(m)
	return &junitWriter{w: w, meta: m, cat: newCatalogue(m), failOn: failOn(m)}
}

// The shapes follow the Jenkins/Ant JUnit schema (engine/report/testdata/
// jenkins-junit.xsd), which every consumer accepts: no attribute outside
// it (the root has no skipped count, a testcase no file or line: both are
// in the failure text), elements in its order, and a time everywhere. The
// time is 0: a report is the same bytes for the same input, and checking
// a constitution is not a test whose duration anyone tracks.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string           `xml:"name,attr"`
	Tests      int              `xml:"tests,attr"`
	Failures   int              `xml:"failures,attr"`
	Errors     int              `xml:"errors,attr"`
	Skipped    int              `xml:"skipped,attr"`
	Time       string           `xml:"time,attr"`
	Properties *junitProperties `xml:"properties,omitempty"`
	Cases      []junitCase      `xml:"testcase"`
}

type junitProperties struct {
	Property []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	SystemOut *junitOutput  `xml:"system-out,omitempty"`
}

// Details are CDATA, so that their lines read as lines in the raw XML (as
// character data each newline would be written as &#xA;).
type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

type junitOutput struct {
	Text string `xml:",cdata"`
}

// junitSkipped says why as text: the schema gives skipped no attributes.
type junitSkipped struct {
	Message string `xml:",chardata"`
}

func (s *junitSuite) add(c junitCase) {
	c.Time = "0"
	s.Tests++
	switch {
	case c.Failure != nil:
		s.Failures++
	case c.Error != nil:
		s.Errors++
	case c.Skipped != nil:
		s.Skipped++
	}
	s.Cases = append(s.Cases, c)
}

// ruleCase is one rule's testcase in one scope (a document, or the batch).
// It fails when a finding counts towards a failing exit status (--fail-on);
// findings below that, and waived ones, are shown in its output and it
// passes, as the run does.
func (j *junitWriter) ruleCase(scope, rule, criterion, status string, fs []result.Finding) junitCase {
	c := junitCase{Name: scope + ": " + rule, Classname: criterion}
	var failing []result.Finding
	for _, f := range fs {
		if result.Fails(f, j.failOn) {
			failing = append(failing, f)
		}
	}
	switch {
	case len(failing) > 0:
		msg := failing[0].Message
		if len(failing) > 1 {
			msg += fmt.Sprintf(" (and %d more)", len(failing)-1)
		}
		c.Failure = &junitProblem{Message: msg, Type: failing[0].Severity, Text: xmlText(j.details(fs))}
	case len(fs) > 0:
		c.SystemOut = &junitOutput{Text: xmlText(j.details(fs))}
	case status == result.StatusNotApplicable:
		c.Skipped = &junitSkipped{Message: "criterion not applicable to this constitution"}
	case status == result.StatusError:
		c.Skipped = &junitSkipped{Message: "not checked: the document could not be checked"}
	}
	return c
}

// details lists findings as `path:line: severity: message`, every location
// of a batch finding, then the rule's guidance and reference.
func (j *junitWriter) details(fs []result.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		sev := f.Severity
		if f.Waived {
			sev = "waived " + sev
		}
		locs := locations(&f)
		where := fmt.Sprintf("%s:%d", locs[0].Path, locs[0].Line)
		if len(f.Locations) == 0 {
			where = Where(&f)
		}
		fmt.Fprintf(&b, "%s: %s: %s\n", where, sev, f.Message)
		for _, l := range locs[1:] {
			fmt.Fprintf(&b, "    %s:%d: also listed here%s\n", l.Path, l.Line, ccgSuffix(l.CCG))
		}
		if f.Waived && f.WaiverReason != "" {
			fmt.Fprintf(&b, "    waived: %s\n", f.WaiverReason)
		}
	}
	if g := j.cat.guidance(&fs[0]); g != "" {
		fmt.Fprintf(&b, "Guidance: %s\n", g)
	}
	if r := j.cat.reference(&fs[0]); r != "" {
		fmt.Fprintf(&b, "Reference: %s\n", r)
	}
	return b.String()
}

// ruleCases adds a testcase for each rule of the catalogue in scope (batch
// or per-document), then for each rule that has findings but is not in the
// catalogue, in the order the findings name them.
func (j *junitWriter) ruleCases(s *junitSuite, scope string, batch bool, fs []result.Finding, status func(criterion string) string) {
	byRule := map[string][]result.Finding{}
	var extra []string
	for _, f := range fs {
		if _, known := j.cat[f.Rule]; !known && byRule[f.Rule] == nil {
			extra = append(extra, f.Rule)
		}
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	for _, r := range j.meta.Rules {
		st := status(r.Criterion)
		if r.Batch != batch || (st == "" && len(byRule[r.ID]) == 0) {
			continue // a criterion this run did not evaluate
		}
		s.add(j.ruleCase(scope, r.ID, r.Criterion, st, byRule[r.ID]))
	}
	for _, id := range extra {
		fs := byRule[id]
		s.add(j.ruleCase(scope, id, fs[0].Criterion, status(fs[0].Criterion), fs))
	}
}

func (j *junitWriter) Document(d *result.Document) error {
	d = printableDocument(d)
	s := junitSuite{Name: d.Path}
	if d.CCG != "" {
		s.Properties = &junitProperties{Property: []junitProperty{{Name: "ccg", Value: d.CCG}}}
	}
	if len(d.Errors) > 0 {
		var text strings.Builder
		for _, e := range d.Errors {
			if e.Line > 0 {
				fmt.Fprintf(&text, "%s:%d: input error: %s\n", d.Path, e.Line, e.Message)
			} else {
				fmt.Fprintf(&text, "%s: input error: %s\n", d.Path, e.Message)
			}
		}
		s.add(junitCase{
			Name: d.Path + ": input", Classname: "input",
			Error: &junitProblem{Message: d.Errors[0].Message, Type: "input-error", Text: xmlText(text.String())},
		})
	}
	j.ruleCases(&s, d.Path, false, d.Findings, func(criterion string) string { return statusOf(d, criterion) })
	j.suites = append(j.suites, s)
	return nil
}

// xmlText replaces the characters XML 1.0 cannot hold (control characters
// a document may contain) with U+FFFD: encoding/xml does so in attributes
// and character data, but writes CDATA as given.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r',
			r >= 0x20 && r <= 0xD7FF,
			r >= 0xE000 && r <= 0xFFFD,
			r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return '\uFFFD'
	}, s)
}

// batchScope names the suite of the findings only a set of documents can
// show; it is not a path, so its testcase names cannot clash with a
// document's.
const batchScope = "across documents"

func (j *junitWriter) Finish(b *result.Batch, sum *result.Summary) error {
	b = printableBatch(b)
	s := junitSuite{Name: batchScope}
	// Batch rules compare documents, so they run only when at least two
	// could be checked; otherwise their cases are skipped, not passed.
	batchStatus := result.StatusMet
	if sum.Documents-sum.InputErrors < 2 {
		batchStatus = result.StatusNotApplicable
	}
	j.ruleCases(&s, batchScope, true, b.Findings, func(string) string { return batchStatus })
	for i := range s.Cases {
		if sk := s.Cases[i].Skipped; sk != nil && batchStatus == result.StatusNotApplicable {
			sk.Message = "not checked: comparing documents needs two or more that could be checked"
		}
	}
	if s.Tests > 0 {
		j.suites = append(j.suites, s)
	}
	root := junitSuites{Name: cmp.Or(j.meta.Tool.Name, "ccgvet"), Time: "0", Suites: j.suites}
	for i := range root.Suites {
		root.Suites[i].Time = "0"
		s := root.Suites[i]
		root.Tests += s.Tests
		root.Failures += s.Failures
		root.Errors += s.Errors
	}
	out, err := xml.MarshalIndent(root, "", "  ")
	if err != nil {
		return fmt.Errorf("write JUnit XML: %w", err)
	}
	if _, err := io.WriteString(j.w, xml.Header+string(out)+"\n"); err != nil {
		return fmt.Errorf("write JUnit XML: %w", err)
	}
	return nil
}
