package report

import (
	"bytes"
	"io"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/result"
)

// pwned is a practice name that would run if a format let document text
// through as HTML.
const pwned = "<script>window.__pwned=1</script>"

// sampleRun is a hand-built run covering what every format must show: a
// constitution meeting every criterion (with a waived finding), one
// breaching with errors, a warning and a note (and text that needs
// escaping in every format), one meeting every criterion with a warning,
// one that could not be read, and a batch finding with two locations.
type sampleRun struct {
	meta    Meta
	docs    []result.Document
	batch   result.Batch
	summary result.Summary
}

func sampleMeta() Meta {
	const (
		authorisation = "NHS Commissioning Board, CCG authorisation: engagement from constituent practices"
		lmc           = "LMC position on primary care co-commissioning (2014)"
		coi           = "NHS England statutory guidance on managing conflicts of interest for CCGs (2017)"
	)
	return Meta{
		Generated: time.Date(2026, 12, 6, 11, 20, 0, 0, time.UTC),
		Tool:      Tool{Name: "ccgvet", Version: "0.1.0"},
		Profile:   "default",
		FailOn:    result.SeverityError,
		Criteria: []policy.Criterion{
			{ID: "member-sign-off", Title: "Constitution signed off by member practices", Order: 1},
			{ID: "clinical-majority", Title: "Clinicians hold a majority on every joint committee", Order: 2},
			{ID: "conflicts-of-interest", Title: "Safeguards for managing conflicts of interest", Order: 3},
			{ID: "model-change-support", Title: "A change of commissioning model has majority support", Order: 4},
			{ID: "practice-obligations", Title: "Obligations on practices for an LMC to review", Order: 8},
			{ID: "single-membership", Title: "No practice is a member of two CCGs", Order: 9, Batch: true},
		},
		Rules: []policy.Rule{
			{ID: "member-sign-off/no-member-list", Criterion: "member-sign-off", Severity: "error",
				Title: "No member practices listed", Description: "The constitution must specify its member practices (NHS Act 2006 Sch 1A para 2(1)(b)).",
				Reference: "NHS Act 2006 Sch 1A para 2(1)(b)", Guidance: "List every member practice with its code."},
			{ID: "member-sign-off/unsigned-practice", Criterion: "member-sign-off", Severity: "error",
				Title: "Practice has not signed off", Description: "Every member practice must have signed off the constitution.",
				Reference: authorisation, Guidance: "Obtain the practice's signature or record why it is not a member."},
			{ID: "clinical-majority/minority", Criterion: "clinical-majority", Severity: "error",
				Title: "Clinicians in a minority", Description: "Clinicians must hold a majority of the voting seats on every joint committee.",
				Reference: lmc, Guidance: "Add clinical voting seats, or remove lay or executive ones, until clinicians hold a majority."},
			{ID: "clinical-majority/unclassified-seat", Criterion: "clinical-majority", Severity: "warning",
				Title: "Seat could not be classified", Description: "A voting seat's holder could not be classified as clinical or not.",
				Reference: lmc, Guidance: "Say whether the seat is held by a clinician."},
			{ID: "conflicts-of-interest/no-register", Criterion: "conflicts-of-interest", Severity: "error",
				Title: "No register of interests", Description: "A register of interests must be maintained.",
				Reference: coi, Guidance: "Require a register of interests and say who keeps it."},
			{ID: "conflicts-of-interest/no-guardian", Criterion: "conflicts-of-interest", Severity: "warning",
				Title: "No conflicts of interest guardian", Description: "A conflicts of interest guardian should be named.",
				Reference: coi, Guidance: "Name a conflicts of interest guardian, usually the lay member for audit."},
			{ID: "model-change-support/no-vote", Criterion: "model-change-support", Severity: "error",
				Title: "Model changed without a vote", Description: "A change of commissioning model needs a recorded vote of member practices.",
				Reference: "LMC position (2014); NHS England (2014)", Guidance: "Record the vote of member practices on the change."},
			{ID: "practice-obligations/obligation", Criterion: "practice-obligations", Severity: "info",
				Title: "Obligation on practices", Description: "A clause obliges member practices to do something.",
				Reference: "LMC concern (2013) about unacceptable obligations", Guidance: "Ask the LMC to review the obligation."},
			{ID: "single-membership/duplicate-membership", Criterion: "single-membership", Severity: "error", Batch: true,
				Title: "Practice in two CCGs", Description: "One practice code is listed as a member of two different CCGs.",
				Reference: "NHS Act 2006 s.14A(2)", Guidance: "Agree with both CCGs and NHS England which group the practice belongs to."},
		},
	}
}

// statuses gives the per-document criteria of sampleMeta, in order, the
// statuses given as id, status pairs.
func statuses(pairs ...string) []result.Criterion {
	titles := map[string]string{}
	for _, c := range sampleMeta().Criteria {
		titles[c.ID] = c.Title
	}
	var out []result.Criterion
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, result.Criterion{ID: pairs[i], Title: titles[pairs[i]], Status: pairs[i+1]})
	}
	return out
}

func newSampleRun() sampleRun {
	r := sampleRun{meta: sampleMeta()}
	east := "constitutions/east-vale.md"
	example := "constitutions/example-vale.md"
	hill := "constitutions/hill-and-dale.md"
	broken := "constitutions/broken.md"
	r.docs = []result.Document{
		{
			Path: east, CCG: "NHS East Vale CCG",
			Criteria: statuses("member-sign-off", "met", "clinical-majority", "met", "conflicts-of-interest", "met",
				"model-change-support", "not-applicable", "practice-obligations", "met"),
			Findings: []result.Finding{{
				Rule: "conflicts-of-interest/no-register", Criterion: "conflicts-of-interest", Severity: "error",
				Title: "No register of interests", Message: "the conflicts of interest section does not require a register of interests",
				Path: east, Line: 204, Section: "8. Conflicts of Interest",
				Waived: true, WaiverReason: "the register is kept under the CCG's standards of business conduct policy (board minute 2024/17)",
			}},
			Errors: []result.InputError{},
		},
		{
			Path: example, CCG: "NHS Example Vale CCG",
			Criteria: statuses("member-sign-off", "breached", "clinical-majority", "breached", "conflicts-of-interest", "met",
				"model-change-support", "not-applicable", "practice-obligations", "met"),
			Findings: []result.Finding{
				{Rule: "member-sign-off/unsigned-practice", Criterion: "member-sign-off", Severity: "error",
					Title: "Practice has not signed off", Message: pwned + " Surgery (Y00002) has not signed off the constitution",
					Path: example, Line: 57, Section: "Appendix C – Member Practices"},
				{Rule: "member-sign-off/unsigned-practice", Criterion: "member-sign-off", Severity: "error",
					Title: "Practice has not signed off", Message: "Hill Top Medical Centre (Y00004) has not signed off the constitution",
					Path: example, Line: 59, Section: "Appendix C – Member Practices"},
				{Rule: "clinical-majority/minority", Criterion: "clinical-majority", Severity: "error",
					Title: "Clinicians in a minority", Message: "Primary Care Joint Committee: clinicians hold 4 of 11 voting seats; a majority needs 6",
					Path: example, Line: 112, Section: "Primary Care Joint Committee"},
				{Rule: "clinical-majority/unclassified-seat", Criterion: "clinical-majority", Severity: "warning",
					Title: "Seat could not be classified", Message: `Primary Care Joint Committee: the seat "Healthwatch representative (50% attendance, non-voting?)" could not be classified; the outcome would not change if it were clinical`,
					Path: example, Line: 118, Section: "Primary Care Joint Committee"},
				{Rule: "practice-obligations/obligation", Criterion: "practice-obligations", Severity: "info",
					Title: "Obligation on practices", Message: "clause 6.2: each practice shall provide data to the group | as required & *promptly*",
					Path: example, Line: 140, Section: "6. Duties of Member Practices"},
			},
			Errors: []result.InputError{},
		},
		{
			Path: hill, CCG: "NHS Hill & Dale CCG",
			Criteria: statuses("member-sign-off", "met", "clinical-majority", "not-applicable", "conflicts-of-interest", "met",
				"model-change-support", "not-applicable", "practice-obligations", "met"),
			Findings: []result.Finding{{
				Rule: "conflicts-of-interest/no-guardian", Criterion: "conflicts-of-interest", Severity: "warning",
				Title: "No conflicts of interest guardian", Message: "the conflicts of interest section names no conflicts of interest guardian",
				Path: hill, Line: 88, Section: "Conflicts of Interest",
			}},
			Errors: []result.InputError{},
		},
		{
			Path: broken,
			Criteria: statuses("member-sign-off", "error", "clinical-majority", "error", "conflicts-of-interest", "error",
				"model-change-support", "error", "practice-obligations", "error"),
			Findings: []result.Finding{},
			Errors:   []result.InputError{{Message: "front matter: yaml: line 3: mapping values are not allowed in this context", Line: 3}},
		},
	}
	r.batch = result.Batch{Findings: []result.Finding{{
		Rule: "single-membership/duplicate-membership", Criterion: "single-membership", Severity: "error",
		Title:   "Practice in two CCGs",
		Message: "Riverside Surgery (Y00003) is listed as a member of NHS Example Vale CCG and NHS Hill & Dale CCG",
		Path:    example, Line: 58,
		Locations: []result.Location{
			{Path: example, Line: 58, Section: "Appendix C – Member Practices", CCG: "NHS Example Vale CCG"},
			{Path: hill, Line: 31, Section: "Schedule 1 – Members", CCG: "NHS Hill & Dale CCG"},
		},
	}}}
	for i := range r.docs {
		r.summary.Add(&r.docs[i])
	}
	r.summary.AddBatch(&r.batch)
	return r
}

// write runs a writer over the sample run as the engine does: documents in
// order, then the batch and summary.
func (r sampleRun) write(t *testing.T, w Writer) {
	t.Helper()
	for i := range r.docs {
		if err := w.Document(&r.docs[i]); err != nil {
			t.Fatalf("Document(%s): %v", r.docs[i].Path, err)
		}
	}
	if err := w.Finish(&r.batch, &r.summary); err != nil {
		t.Fatalf("Finish: %v", err)
	}
}

// testWriter makes a format's writer with no dependence on the process:
// a fixed working directory, and for github no environment, so that a test
// run inside GitHub Actions never writes to the job's step summary.
func testWriter(format string, w io.Writer, m Meta) (Writer, error) {
	getwd := func() (string, error) { return "/work/checkout", nil }
	switch format {
	case "sarif":
		return newSARIF(w, m, getwd), nil
	case "github":
		return newGitHub(w, m, func(string) string { return "" }, getwd), nil
	}
	return New(format, w, m)
}

// render writes the sample run in a format.
func (r sampleRun) render(t *testing.T, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := testWriter(format, &buf, r.meta)
	if err != nil {
		t.Fatal(err)
	}
	r.write(t, w)
	return buf.Bytes()
}
