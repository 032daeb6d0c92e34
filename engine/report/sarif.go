package report

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
)

func init() {
	register("sarif", func(w io.Writer, m Meta) Writer { return newSARIF(w, m, os.Getwd) })
}

// fingerprintKey names ccgvet's partial fingerprint. It is versioned: if
// what is hashed ever changes, so does the key, and fingerprints made the
// old way are never compared with new ones as if alike.
const fingerprintKey = "ccgvetFinding/v1"

// sarifWriter writes one SARIF 2.1.0 log with one run, for code scanning
// (GitHub, GitLab, Azure DevOps). A SARIF log is one JSON object whose rules
// come before its results, so results are kept until Finish; only the SARIF
// objects that are printed are kept, not the documents.
type sarifWriter struct {
	w   io.Writer
	wd  string
	run *sarif.Run
	// occurrences counts findings with the same fingerprint, so that two
	// identical findings in one file keep distinct, stable fingerprints.
	occurrences   map[string]int
	notifications []*sarif.Notification
}

// newSARIF makes the writer; getwd is injected so that tests can fix the
// directory paths are made relative to.
func newSARIF(w io.Writer, m Meta, getwd func() (string, error)) Writer {
	wd, err := getwd()
	if err != nil {
		// Without a working directory paths are printed as given, which is
		// still a valid URI reference.
		wd = ""
	}
	driver := sarif.NewToolComponent().WithName(cmp.Or(m.Tool.Name, "ccgvet"))
	if m.Tool.Version != "" {
		driver.WithVersion(m.Tool.Version)
	}
	run := sarif.NewRun().WithTool(sarif.NewTool().WithDriver(driver))
	if m.Profile != "" {
		run.WithProperties(sarif.NewPropertyBag().Add("profile", m.Profile))
	}
	for _, r := range m.Rules {
		run.Tool.Driver.AddRule(sarifRule(r))
	}
	return &sarifWriter{w: w, wd: wd, run: run, occurrences: map[string]int{}}
}

// sarifRule is one reporting descriptor from a rule's METADATA.
func sarifRule(r policy.Rule) *sarif.ReportingDescriptor {
	title := cmp.Or(r.Title, r.ID)
	d := sarif.NewRule(r.ID).
		WithName(ruleName(r.ID)).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(title)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(cmp.Or(r.Description, title))).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity)))
	if help := sarifHelp(r.Guidance, r.Reference); help != nil {
		d.WithHelp(help)
	}
	if u := RuleDocURL(r); u != "" {
		d.WithHelpURI(u)
	}
	props := sarif.NewPropertyBag().AddTag("governance")
	if r.Criterion != "" {
		props.AddTag(r.Criterion).Add("criterion", r.Criterion)
	}
	return d.WithProperties(props)
}

// sarifHelp is a rule's help: what to do, then where the requirement comes
// from. Code scanning shows it beside every alert of the rule.
func sarifHelp(guidance, reference string) *sarif.MultiformatMessageString {
	var text, md []string
	if guidance != "" {
		text = append(text, "Guidance: "+guidance)
		md = append(md, "**Guidance:** "+markdownText(guidance))
	}
	if reference != "" {
		text = append(text, "Reference: "+reference)
		md = append(md, "**Reference:** "+markdownText(reference))
	}
	if len(text) == 0 {
		return nil
	}
	return sarif.NewMultiformatMessageString().
		WithText(strings.Join(text, "\n")).
		WithMarkdown(strings.Join(md, "\n\n"))
}

// ruleName turns a rule id into the PascalCase identifier SARIF expects in
// a descriptor's name: member-sign-off/unsigned-practice becomes
// MemberSignOffUnsignedPractice.
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	}) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func sarifLevel(severity string) string {
	switch severity {
	case result.SeverityError:
		return sarif.LevelError
	case result.SeverityWarning:
		return sarif.LevelWarning
	}
	return sarif.LevelNote
}

// uri is p as a SARIF artifact URI: relative to the working directory with
// forward slashes, percent-encoded; a file:// URI when p is outside it.
func (s *sarifWriter) uri(p string) string {
	p = workPath(p, s.wd)
	if filepath.IsAbs(filepath.FromSlash(p)) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive: file:///C:/...
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func (s *sarifWriter) location(path string, line int) *sarif.Location {
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(sarif.NewSimpleArtifactLocation(s.uri(path)))
	if line > 0 {
		phys.WithRegion(sarif.NewRegion().WithStartLine(line))
	}
	return sarif.NewLocationWithPhysicalLocation(phys)
}

// ruleIndex is the index of the finding's rule among the descriptors,
// adding a descriptor from the finding when the catalogue lacks the rule
// (findings made outside the policies, such as an expired waiver).
func (s *sarifWriter) ruleIndex(f *result.Finding) int {
	if i := s.run.GetRuleIndex(f.Rule); i >= 0 {
		return i
	}
	s.run.Tool.Driver.AddRule(sarifRule(policy.Rule{
		ID: f.Rule, Criterion: f.Criterion, Severity: f.Severity,
		Title: f.Title, Guidance: f.Guidance, Reference: f.Reference,
	}))
	return s.run.GetRuleIndex(f.Rule)
}

// fingerprint identifies a finding across runs by its rule, file and
// message and not its line, so that an edit above it does not make code
// scanning close the alert and open a new one.
func (s *sarifWriter) fingerprint(f *result.Finding, uri string) string {
	sum := sha256.Sum256([]byte(f.Rule + "\x00" + uri + "\x00" + f.Message))
	h := hex.EncodeToString(sum[:16])
	s.occurrences[h]++
	return fmt.Sprintf("%s:%d", h, s.occurrences[h])
}

func (s *sarifWriter) add(f *result.Finding) {
	locs := locations(f)
	primary := s.location(locs[0].Path, locs[0].Line)
	if IsWord(f.Path) && len(f.Locations) == 0 {
		// A Word document has no lines: the place is a logical one, the
		// clause and paragraph a person opens in Word.
		primary = s.location(f.Path, 0).AddLogicalLocation(wordLocation(f))
	}
	res := sarif.NewRuleResult(f.Rule).
		WithRuleIndex(s.ruleIndex(f)).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(f.Message)).
		AddLocation(primary).
		WithPartialFingerprints(map[string]string{fingerprintKey: s.fingerprint(f, s.uri(locs[0].Path))})
	for i, l := range locs[1:] {
		msg := "also listed here"
		if l.CCG != "" {
			msg += " (" + l.CCG + ")"
		}
		res.AddRelatedLocation(s.location(l.Path, l.Line).WithID(i + 1).WithMessage(sarif.NewTextMessage(msg)))
	}
	props := sarif.NewPropertyBag()
	if f.Criterion != "" {
		props.Add("criterion", f.Criterion)
	}
	if f.Section != "" {
		props.Add("section", f.Section)
	}
	if len(props.Properties) > 0 {
		res.WithProperties(props)
	}
	if f.Waived {
		// An accepted external suppression: the waiver lives outside the
		// constitution, and code scanning shows the result as dismissed.
		sup := sarif.NewSuppression().WithKind("external").WithStatus("accepted")
		if f.WaiverReason != "" {
			sup.WithJustification(f.WaiverReason)
		}
		res.AddSuppression(sup)
	}
	s.run.AddResult(res)
}

func (s *sarifWriter) Document(d *result.Document) error {
	for i := range d.Findings {
		s.add(&d.Findings[i])
	}
	// Input errors are not findings about the constitution but failures to
	// check it, which SARIF records as tool execution notifications.
	for _, e := range d.Errors {
		s.notifications = append(s.notifications, sarif.NewNotification().
			WithLevel(sarif.LevelError).
			WithMessage(sarif.NewTextMessage(e.Message)).
			AddLocation(s.location(d.Path, e.Line)))
	}
	return nil
}

func (s *sarifWriter) Finish(b *result.Batch, _ *result.Summary) error {
	for i := range b.Findings {
		s.add(&b.Findings[i])
	}
	inv := sarif.NewInvocation().WithExecutionSuccessful(len(s.notifications) == 0)
	for _, n := range s.notifications {
		inv.AddToolExecutionNotification(n)
	}
	s.run.AddInvocation(inv)
	log := sarif.NewReport().AddRun(s.run)
	var raw bytes.Buffer
	if err := log.Write(&raw); err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	pruned, err := pruneSARIF(raw.Bytes())
	if err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	if _, err := s.w.Write(pruned); err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	if _, err := io.WriteString(s.w, "\n"); err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	return nil
}

// wordLocation names the place of a finding in a Word document: its
// clause (or paragraph) and heading.
func wordLocation(f *result.Finding) *sarif.LogicalLocation {
	name := fmt.Sprintf("paragraph %d", f.Line)
	if f.Clause != "" {
		name = "clause " + f.Clause + ", " + name
	}
	l := sarif.NewLogicalLocation().WithName(name).WithKind("paragraph")
	if f.Section != "" {
		l.WithFullyQualifiedName(f.Section + " / " + name)
	}
	return l
}
