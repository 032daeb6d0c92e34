package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/ccgvet/ccgvet/engine/result"
)

// sarifSchema is the OASIS SARIF 2.1.0 schema (errata 01), as go-sarif
// v3.3.1 embeds it (pkg/report/v210/sarif/schema.go), kept here so that the
// test does not depend on the library checking itself.
const sarifSchema = "testdata/sarif-schema-2.1.0.json"

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchema)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", sarifSchema, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // uri and uri-reference matter: code scanning resolves them
	url := "file:///" + filepath.ToSlash(sarifSchema)
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile %s: %v", sarifSchema, err)
	}
	return sch
}

func validateSARIF(t *testing.T, sch *jsonschema.Schema, out []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not match the SARIF 2.1.0 schema: %v", err)
	}
}

// sarifLog is the part of a SARIF log the tests read back.
type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID                   string
					Name                 string
					ShortDescription     struct{ Text string }
					FullDescription      struct{ Text string }
					Help                 struct{ Text, Markdown string }
					DefaultConfiguration struct{ Level string }
				}
			}
		}
		Results []struct {
			RuleID              string
			RuleIndex           int
			Level               string
			Message             struct{ Text string }
			PartialFingerprints map[string]string
			Locations           []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI string }
					Region           *struct{ StartLine int }
				}
			}
			RelatedLocations []json.RawMessage
			Suppressions     []struct{ Kind, Status, Justification string }
		}
		Invocations []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []struct {
				Level   string
				Message struct{ Text string }
			}
		}
	}
}

func TestSARIF(t *testing.T) {
	run := newSampleRun()
	out := run.render(t, "sarif")
	validateSARIF(t, compileSARIFSchema(t), out)

	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("got %d runs, want 1", len(log.Runs))
	}
	r := log.Runs[0]
	rules := r.Tool.Driver.Rules
	if len(rules) != len(run.meta.Rules) {
		t.Fatalf("got %d rules, want one per catalogue rule (%d)", len(rules), len(run.meta.Rules))
	}
	for i, want := range run.meta.Rules {
		got := rules[i]
		if got.ID != want.ID || got.ShortDescription.Text != want.Title || got.FullDescription.Text != want.Description {
			t.Errorf("rule %d = %+v, want id, short and full description from %+v", i, got, want)
		}
		if got.Name == "" || strings.ContainsAny(got.Name, "/-") {
			t.Errorf("rule %s: name %q is not an identifier", want.ID, got.Name)
		}
		if !strings.Contains(got.Help.Text, want.Guidance) || !strings.Contains(got.Help.Text, want.Reference) {
			t.Errorf("rule %s: help %q lacks the guidance or reference", want.ID, got.Help.Text)
		}
		if got.DefaultConfiguration.Level != sarifLevel(want.Severity) {
			t.Errorf("rule %s: default level %q, want %q", want.ID, got.DefaultConfiguration.Level, sarifLevel(want.Severity))
		}
	}

	wantResults := run.summary.Findings
	if len(r.Results) != wantResults {
		t.Fatalf("got %d results, want %d (every finding, waived and batch included)", len(r.Results), wantResults)
	}
	fingerprints := map[string]bool{}
	for _, res := range r.Results {
		if rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s: ruleIndex %d points at %s", res.RuleID, res.RuleIndex, rules[res.RuleIndex].ID)
		}
		fp := res.PartialFingerprints[fingerprintKey]
		if fp == "" || fingerprints[fp] {
			t.Errorf("result %s at %+v: fingerprint %q missing or not unique", res.RuleID, res.Locations, fp)
		}
		fingerprints[fp] = true
		loc := res.Locations[0].PhysicalLocation
		if uri := loc.ArtifactLocation.URI; !strings.HasPrefix(uri, "constitutions/") {
			t.Errorf("result %s: uri %q is not relative to the working directory", res.RuleID, uri)
		}
		if loc.Region == nil || loc.Region.StartLine < 1 {
			t.Errorf("result %s: no startLine", res.RuleID)
		}
	}
	var waived, related int
	for _, res := range r.Results {
		if len(res.Suppressions) > 0 {
			waived++
			if s := res.Suppressions[0]; s.Kind != "external" || s.Status != "accepted" || s.Justification == "" {
				t.Errorf("waived result: suppression %+v", s)
			}
		}
		related += len(res.RelatedLocations)
	}
	if waived != run.summary.Waived {
		t.Errorf("got %d suppressed results, want %d", waived, run.summary.Waived)
	}
	if related != 1 {
		t.Errorf("got %d related locations, want the batch finding's second location", related)
	}
	inv := r.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 || inv.ToolExecutionNotifications[0].Level != "error" {
		t.Errorf("invocation %+v: want the input error as an error notification and executionSuccessful false", inv)
	}
}

// TestSARIFFingerprintsIgnoreLines checks that moving a finding (an edit
// above it) keeps its fingerprint, so code scanning keeps the same alert.
func TestSARIFFingerprintsIgnoreLines(t *testing.T) {
	fingerprint := func(line int) string {
		var buf bytes.Buffer
		w := newSARIF(&buf, sampleMeta(), func() (string, error) { return "/work", nil })
		doc := result.Document{Path: "a.md", Findings: []result.Finding{{
			Rule: "member-sign-off/unsigned-practice", Severity: "error", Message: "X has not signed off", Path: "a.md", Line: line,
		}}}
		if err := w.Document(&doc); err != nil {
			t.Fatal(err)
		}
		if err := w.Finish(&result.Batch{}, &result.Summary{}); err != nil {
			t.Fatal(err)
		}
		var log sarifLog
		if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
			t.Fatal(err)
		}
		return log.Runs[0].Results[0].PartialFingerprints[fingerprintKey]
	}
	if a, b := fingerprint(10), fingerprint(25); a != b {
		t.Errorf("fingerprint changed when the finding moved: %s, %s", a, b)
	}
}

func TestSARIFPaths(t *testing.T) {
	sch := compileSARIFSchema(t)
	tests := []struct {
		path, wd, want string
	}{
		{"constitutions/a.md", "/work", "constitutions/a.md"},
		{"./constitutions/../constitutions/a.md", "/work", "constitutions/a.md"},
		{"/work/constitutions/a.md", "/work", "constitutions/a.md"},
		{"/elsewhere/a.md", "/work", "file:///elsewhere/a.md"},
		{"/workshop/a.md", "/work", "file:///workshop/a.md"},
		{"constitutions/NHS Vale #2.md", "/work", "constitutions/NHS%20Vale%20%232.md"},
		{"a:b.md", "/work", "./a:b.md"},
		{"/abs/a.md", "", "file:///abs/a.md"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var buf bytes.Buffer
			w := newSARIF(&buf, Meta{}, func() (string, error) { return tt.wd, nil })
			doc := result.Document{Path: tt.path, Findings: []result.Finding{{
				Rule: "x/y", Criterion: "x", Severity: "warning", Message: "m", Path: tt.path, Line: 3,
			}}}
			if err := w.Document(&doc); err != nil {
				t.Fatal(err)
			}
			if err := w.Finish(&result.Batch{}, &result.Summary{}); err != nil {
				t.Fatal(err)
			}
			validateSARIF(t, sch, buf.Bytes())
			var log sarifLog
			if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
				t.Fatal(err)
			}
			res := log.Runs[0].Results[0]
			if got := res.Locations[0].PhysicalLocation.ArtifactLocation.URI; got != tt.want {
				t.Errorf("uri = %q, want %q", got, tt.want)
			}
			// A rule the catalogue lacks still gets a descriptor.
			if rules := log.Runs[0].Tool.Driver.Rules; len(rules) != 1 || rules[res.RuleIndex].ID != "x/y" {
				t.Errorf("rules %+v: want a descriptor made from the finding", rules)
			}
		})
	}
}
