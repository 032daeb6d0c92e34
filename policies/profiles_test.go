package policies_test

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// loadProfile loads the built-in policies with the named profile, as
// `ccgvet check --profile NAME` does.
func loadProfile(t testing.TB, name string) *policy.Set {
	t.Helper()
	set, err := policy.Load(policy.Options{Profile: name})
	if err != nil {
		t.Fatalf("load profile %s: %v", name, err)
	}
	return set
}

// evaluateProfile evaluates data.ccgvet.main.report on testdata/NAME.json
// with the set's compiled policies and data.
func evaluateProfile(t testing.TB, set *policy.Set, name string) report {
	t.Helper()
	return evaluateReport(t, set, patched(t, name, func(map[string]any) {}))
}

// effective maps each rule that runs to its severity.
func effective(set *policy.Set) map[string]string {
	out := map[string]string{}
	for _, r := range set.EffectiveRules() {
		out[r.ID] = r.Severity
	}
	return out
}

func disabled(set *policy.Set) []string {
	return slices.Sorted(maps.Keys(set.Disabled()))
}

// rulesOf lists the findings' rules of one criterion, sorted, with their
// messages for failures.
func rulesOf(r report, criterion string) []string {
	var out []string
	for _, f := range r.Findings {
		if strings.HasPrefix(f.Rule, criterion+"/") {
			out = append(out, f.Rule+": "+f.Message)
		}
	}
	slices.Sort(out)
	return out
}

func find(r report, rule string) (finding, bool) {
	for _, f := range r.Findings {
		if f.Rule == rule {
			return f, true
		}
	}
	return finding{}, false
}

var layExecutiveRules = []string{
	"lay-executive-majority/no-lay-chair",
	"lay-executive-majority/no-lay-executive-majority",
	"lay-executive-majority/no-membership",
}

func TestProfileDefault(t *testing.T) {
	set := loadProfile(t, "default")
	if got := disabled(set); !slices.Equal(got, []string{"lay-executive-majority"}) {
		t.Errorf("disabled = %v, want [lay-executive-majority]", got)
	}
	rules := effective(set)
	for _, id := range layExecutiveRules {
		if _, ok := rules[id]; ok {
			t.Errorf("%s runs by default", id)
		}
	}
	for id, want := range map[string]string{
		"clinical-majority/minority":                     "error",
		"conflicts-of-interest/no-guardian":              "warning",
		"conflicts-of-interest/no-gifts-register":        "warning",
		"conflicts-of-interest/no-procurement-register":  "warning",
		"conflicts-of-interest/no-quorum-fallback":       "warning",
		"governing-body-composition/too-few-lay-members": "error",
	} {
		if rules[id] != want {
			t.Errorf("%s: severity %q, want %q", id, rules[id], want)
		}
	}
	// The rules are catalogued all the same, for --data to enable them.
	if _, ok := set.CriterionByID("lay-executive-majority"); !ok {
		t.Error("lay-executive-majority is not in the catalogue")
	}

	r := evaluateProfile(t, set, "ex02-northbrook")
	if got := status(r, "clinical-majority"); got != "breached" {
		t.Errorf("clinical-majority: %s, want breached", got)
	}
	if _, ok := r.Applicable["lay-executive-majority"]; ok {
		t.Error("lay-executive-majority is judged by default")
	}
	if got := rulesOf(r, "lay-executive-majority"); len(got) > 0 {
		t.Errorf("lay-executive-majority findings by default: %v", got)
	}
	if got := status(r, "governing-body-composition"); got != "met" {
		t.Errorf("governing-body-composition: %s, want met (two lay members): %v", got, rulesOf(r, "governing-body-composition"))
	}
}

// nhse-2014 judges joint committees by NHS England's 2014 guidance (a lay
// chair and a lay and executive majority) instead of a clinical majority,
// and makes three conflicts safeguards errors.
func TestProfileNHSE2014(t *testing.T) {
	set := loadProfile(t, "nhse-2014")
	if got := disabled(set); !slices.Equal(got, []string{"clinical-majority"}) {
		t.Errorf("disabled = %v, want [clinical-majority]", got)
	}
	rules := effective(set)
	for id := range rules {
		if strings.HasPrefix(id, "clinical-majority/") {
			t.Errorf("%s runs under nhse-2014", id)
		}
	}
	for _, id := range layExecutiveRules {
		if rules[id] != "error" {
			t.Errorf("%s: severity %q, want error", id, rules[id])
		}
	}
	for id, want := range map[string]string{
		"conflicts-of-interest/no-gifts-register":        "error",
		"conflicts-of-interest/no-procurement-register":  "error",
		"conflicts-of-interest/no-quorum-fallback":       "error",
		"conflicts-of-interest/no-guardian":              "warning",
		"governing-body-composition/too-few-lay-members": "error",
	} {
		if rules[id] != want {
			t.Errorf("%s: severity %q, want %q", id, rules[id], want)
		}
	}

	// ex02's Primary Care Joint Committee is chaired by the lay member for
	// patient and public involvement, and lay and executive members hold 5
	// of its 8 voting seats: breached by default, met here.
	r := evaluateProfile(t, set, "ex02-northbrook")
	if got := rulesOf(r, "clinical-majority"); len(got) > 0 {
		t.Errorf("clinical-majority findings under nhse-2014: %v", got)
	}
	if _, ok := r.Applicable["clinical-majority"]; ok {
		t.Error("clinical-majority is judged under nhse-2014")
	}
	if !r.Applicable["lay-executive-majority"] {
		t.Errorf("lay-executive-majority not applicable: %v", r.Applicable)
	}
	if got := status(r, "lay-executive-majority"); got != "met" {
		t.Errorf("lay-executive-majority: %s, want met: %v", got, rulesOf(r, "lay-executive-majority"))
	}
	if got := status(r, "conflicts-of-interest"); got != "met" {
		t.Errorf("conflicts-of-interest: %s, want met (ex02 has every safeguard): %v", got, rulesOf(r, "conflicts-of-interest"))
	}

	// The same committee with a GP in the chair and two more GPs.
	doc := patched(t, "ex02-northbrook", func(doc map[string]any) {
		pc := committeeNamed(t, doc, "Primary Care Joint Committee")
		pc["chair"] = "GP member of the Governing Body (north locality)"
		seats := pc["seats"].([]any)
		seats[0].(map[string]any)["role"] = "Lay member for patient and public involvement"
		seats[5].(map[string]any)["count"] = 3
	})
	r = evaluateReport(t, set, doc)
	if got := status(r, "lay-executive-majority"); got != "breached" {
		t.Errorf("lay-executive-majority with a GP chair: %s, want breached", got)
	}
	for rule, message := range map[string]string{
		"lay-executive-majority/no-lay-chair":              `Primary Care Joint Committee: its chair ("GP member of the Governing Body (north locality)") is a clinical member`,
		"lay-executive-majority/no-lay-executive-majority": "Primary Care Joint Committee: lay and executive members hold 5 of 10 voting seats; a majority needs 6",
	} {
		f, ok := find(r, rule)
		if !ok {
			t.Errorf("no %s: %v", rule, rulesOf(r, "lay-executive-majority"))
			continue
		}
		if f.Message != message || f.Line != 190 || f.Severity != "error" {
			t.Errorf("%s: %d %s %q, want line 190, error, %q", rule, f.Line, f.Severity, f.Message, message)
		}
	}
}

// coi-2017 makes the guardian and the gifts and procurement registers
// errors and asks for three lay members on the governing body.
func TestProfileCOI2017(t *testing.T) {
	set := loadProfile(t, "coi-2017")
	if got := disabled(set); !slices.Equal(got, []string{"lay-executive-majority"}) {
		t.Errorf("disabled = %v, want the default [lay-executive-majority]", got)
	}
	rules := effective(set)
	for id, want := range map[string]string{
		"conflicts-of-interest/no-guardian":             "error",
		"conflicts-of-interest/no-gifts-register":       "error",
		"conflicts-of-interest/no-procurement-register": "error",
		"conflicts-of-interest/no-quorum-fallback":      "warning",
		"clinical-majority/minority":                    "error",
	} {
		if rules[id] != want {
			t.Errorf("%s: severity %q, want %q", id, rules[id], want)
		}
	}
	for _, id := range layExecutiveRules {
		if _, ok := rules[id]; ok {
			t.Errorf("%s runs under coi-2017", id)
		}
	}
	gb, _ := set.Data["governing_body"].(map[string]any)
	if n, _ := gb["minimum_lay_members"].(json.Number); n.String() != "3" {
		t.Errorf("governing_body.minimum_lay_members = %v, want 3", gb["minimum_lay_members"])
	}
	// The rest of governing_body is the default's (a mapping merges).
	if gb["minimum_members"] == nil || gb["roles"] == nil {
		t.Errorf("governing_body lost its defaults: %v", slices.Sorted(maps.Keys(gb)))
	}

	// ex02's governing body has the two lay members the regulations ask
	// for, not the three of the revised guidance.
	r := evaluateProfile(t, set, "ex02-northbrook")
	if got := status(r, "governing-body-composition"); got != "breached" {
		t.Errorf("governing-body-composition: %s, want breached", got)
	}
	f, ok := find(r, "governing-body-composition/too-few-lay-members")
	if !ok {
		t.Fatalf("no too-few-lay-members: %v", rulesOf(r, "governing-body-composition"))
	}
	if want := "the governing body has 2 lay members (\"the lay member with a lead role in audit and governance\", \"the lay member with a lead role in patient and public involvement, who is the Deputy Chair\"); at least 3 are required"; f.Message != want || f.Line != 228 || f.Severity != "error" {
		t.Errorf("too-few-lay-members: %d %s %q, want line 228, error, %q", f.Line, f.Severity, f.Message, want)
	}
	if got := status(r, "clinical-majority"); got != "breached" {
		t.Errorf("clinical-majority: %s, want breached as by default", got)
	}

	// Without its guardian and registers, ex02's conflicts provisions are
	// breached under coi-2017 and only warned about by default.
	bare := patched(t, "ex02-northbrook", func(doc map[string]any) {
		facts := doc["facts"].(map[string]any)
		var kept []any
		for _, f := range facts["safeguards"].([]any) {
			if c := f.(map[string]any)["clause"]; c != "8.2.2" && c != "8.3.5" {
				kept = append(kept, f)
			}
		}
		facts["safeguards"] = kept
	})
	want := []string{
		"conflicts-of-interest/no-gifts-register",
		"conflicts-of-interest/no-guardian",
		"conflicts-of-interest/no-procurement-register",
	}
	for profile, severity := range map[string]string{"default": "warning", "coi-2017": "error"} {
		r := evaluateReport(t, loadProfile(t, profile), bare)
		var got []string
		for _, f := range r.Findings {
			if f.Rule != "conflicts-of-interest/no-section" && strings.HasPrefix(f.Rule, "conflicts-of-interest/") {
				got = append(got, f.Rule)
				if f.Severity != severity {
					t.Errorf("%s: %s is %s, want %s", profile, f.Rule, f.Severity, severity)
				}
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: conflicts findings %v, want %v", profile, got, want)
		}
		wantStatus := map[string]string{"default": "met", "coi-2017": "breached"}[profile]
		if s := status(r, "conflicts-of-interest"); s != wantStatus {
			t.Errorf("%s: conflicts-of-interest %s, want %s", profile, s, wantStatus)
		}
	}
}

// Every built-in profile names rules and criteria that exist: a misspelt
// id in a profile would silently change nothing.
func TestProfilesNameKnownRules(t *testing.T) {
	profiles, err := policy.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range profiles {
		names = append(names, p.Name)
		set := loadProfile(t, p.Name)
		if strings.TrimSpace(p.Description) == "" {
			t.Errorf("%s: no description", p.Name)
		}
		known := map[string]bool{}
		for _, r := range set.Rules {
			known[r.ID] = true
		}
		severity, _ := set.Data["severity"].(map[string]any)
		for id, v := range severity {
			if !known[id] {
				t.Errorf("%s: severity for unknown rule %s", p.Name, id)
			}
			if s, _ := v.(string); s != "error" && s != "warning" && s != "info" {
				t.Errorf("%s: %s: severity %v", p.Name, id, v)
			}
		}
		for id := range set.Disabled() {
			if _, ok := set.CriterionByID(id); !ok {
				t.Errorf("%s: disables unknown criterion %s", p.Name, id)
			}
		}
	}
	if want := []string{"coi-2017", "default", "icb-2022", "nhse-2014"}; !slices.Equal(names, want) {
		t.Errorf("profiles %v, want %v", names, want)
	}
}

// patched is testdata/NAME.json changed by edit.
func patched(t testing.TB, name string, edit func(map[string]any)) map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("testdata/%s.json: %v", name, err)
	}
	edit(doc)
	return doc
}

func committeeNamed(t testing.TB, doc map[string]any, name string) map[string]any {
	t.Helper()
	for _, c := range doc["committees"].([]any) {
		if m := c.(map[string]any); m["name"] == name {
			return m
		}
	}
	t.Fatalf("no committee %q", name)
	return nil
}

// evaluateReport evaluates data.ccgvet.main.report on a document given as
// a Go value.
func evaluateReport(t testing.TB, set *policy.Set, doc map[string]any) report {
	t.Helper()
	compiled, err := set.Compiled()
	if err != nil {
		t.Fatal(err)
	}
	pq, err := rego.New(
		rego.Query(policy.ReportQuery),
		rego.Compiler(compiled.Compiler),
		rego.Store(set.Store()),
	).PrepareForEval(context.Background())
	if err != nil {
		t.Fatalf("prepare: %v", err)
	}
	input, err := ast.InterfaceToValue(doc)
	if err != nil {
		t.Fatal(err)
	}
	return evaluate(t, pq, input)
}
