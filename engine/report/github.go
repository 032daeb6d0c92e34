package report

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ccgvet/ccgvet/engine/result"
)

func init() {
	register("github", func(w io.Writer, m Meta) Writer { return newGitHub(w, m, os.Getenv, os.Getwd) })
}

// stepSummaryLimit is the most GitHub accepts in one step's summary (1 MiB);
// a larger report is cut to its headline and matrix rather than rejected.
const stepSummaryLimit = 1 << 20

// githubWriter writes GitHub Actions workflow commands: an annotation per
// finding at its file and line, grouped per document in the log. GitHub
// shows only ten annotations of each kind per step, so when
// GITHUB_STEP_SUMMARY names a file it also appends the Markdown report
// there; only then are documents kept until Finish.
type githubWriter struct {
	w           *bufio.Writer
	meta        Meta
	cat         catalogue
	wd          string
	summaryPath string
	docs        []result.Document
}

// newGitHub makes the writer; getenv and getwd are injected so that tests
// neither read nor write the real step summary of the CI job running them.
func newGitHub(w io.Writer, m Meta, getenv func(string) string, getwd func() (string, error)) Writer {
	wd, err := getwd()
	if err != nil {
		wd = "" // paths are then printed as given
	}
	// Text is made Printable before it is escaped for workflow commands:
	// escaping keeps a line break from ending a command, and Printable
	// keeps ESC and its kin out of the log, which renders colour codes.
	m = printableMeta(m)
	return &githubWriter{
		w: bufio.NewWriter(w), meta: m, cat: newCatalogue(m), wd: wd,
		summaryPath: getenv("GITHUB_STEP_SUMMARY"),
	}
}

// escapeData escapes a workflow command's message as the Actions toolkit
// does, so that a newline in a document cannot end the command and start
// another (a practice named "x\n::add-mask::..." stays text).
var escapeData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// escapeProperty escapes a property value, where ":" and "," would also
// end the value.
var escapeProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace

// oneLine makes text safe on a plain log line: without a newline it cannot
// start a line of its own, so it cannot be read as a workflow command.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace

func githubCommand(severity string) string {
	switch severity {
	case result.SeverityError:
		return "error"
	case result.SeverityWarning:
		return "warning"
	}
	return "notice"
}

// annotate writes one annotation command; line 0 (unknown) is left out.
func (g *githubWriter) annotate(command, path string, line int, title, message string) {
	fmt.Fprintf(g.w, "::%s file=%s", command, escapeProperty(workPath(path, g.wd)))
	if line > 0 {
		fmt.Fprintf(g.w, ",line=%d", line)
	}
	fmt.Fprintf(g.w, ",title=%s::%s\n", escapeProperty(title), escapeData(message))
}

// finding annotates f at each of its locations, so that a batch finding
// shows on every file it is about; waived findings are listed in the log
// but take no annotation, whose number per step is limited.
func (g *githubWriter) finding(f *result.Finding) {
	locs := locations(f)
	if f.Waived {
		fmt.Fprintf(g.w, "waived: %s:%d: %s [%s]", workPath(locs[0].Path, g.wd), locs[0].Line, oneLine(f.Message), f.Rule)
		if f.WaiverReason != "" {
			fmt.Fprintf(g.w, " (%s)", oneLine(f.WaiverReason))
		}
		g.w.WriteString("\n")
		return
	}
	title := g.cat.title(f)
	if title != f.Rule {
		title += " [" + f.Rule + "]"
	}
	for i, l := range locs {
		msg := f.Message
		for j, other := range locs {
			if j != i {
				msg += fmt.Sprintf("\nAlso listed at %s:%d%s", workPath(other.Path, g.wd), other.Line, ccgSuffix(other.CCG))
			}
		}
		if guidance := g.cat.guidance(f); guidance != "" {
			msg += "\nGuidance: " + guidance
		}
		line := l.Line
		if IsWord(l.Path) && len(f.Locations) == 0 {
			// GitHub cannot show a Word document's lines: the place goes
			// in the message, the annotation on the file.
			msg = "At " + Where(f) + ".\n" + msg
			line = 0
		}
		g.annotate(githubCommand(f.Severity), l.Path, line, title, msg)
	}
}

func (g *githubWriter) Document(d *result.Document) error {
	d = printableDocument(d)
	title := workPath(d.Path, g.wd)
	if d.CCG != "" {
		title += " — " + d.CCG
	}
	fmt.Fprintf(g.w, "::group::%s\n", escapeData(title))
	for _, e := range d.Errors {
		g.annotate("error", d.Path, e.Line, "Input error", e.Message)
	}
	for i := range d.Findings {
		g.finding(&d.Findings[i])
	}
	for _, c := range d.Criteria {
		fmt.Fprintf(g.w, "%s: %s\n", oneLine(c.ID), c.Status)
	}
	g.w.WriteString("::endgroup::\n")
	if g.summaryPath != "" {
		g.docs = append(g.docs, *d)
	}
	return nil
}

func (g *githubWriter) Finish(b *result.Batch, s *result.Summary) error {
	b = printableBatch(b)
	if len(b.Findings) > 0 {
		g.w.WriteString("::group::Across documents\n")
		for i := range b.Findings {
			g.finding(&b.Findings[i])
		}
		g.w.WriteString("::endgroup::\n")
	}
	fmt.Fprintf(g.w, "%s\n", SummaryLine(s))
	if err := g.w.Flush(); err != nil {
		return err
	}
	if g.summaryPath == "" {
		return nil
	}
	return g.appendStepSummary(b, s)
}

// appendStepSummary appends the Markdown report to the step summary file:
// other steps of the job write there too, so it is never truncated.
func (g *githubWriter) appendStepSummary(b *result.Batch, s *result.Summary) error {
	report := markdownReport(g.meta, g.docs, b, s, true)
	if len(report) > stepSummaryLimit {
		report = markdownReport(g.meta, g.docs, b, s, false)
	}
	f, err := os.OpenFile(g.summaryPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("GitHub step summary: %w", err)
	}
	_, err = io.WriteString(f, report)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("GitHub step summary %s: %w", g.summaryPath, err)
	}
	return nil
}
