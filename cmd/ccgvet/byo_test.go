package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// statusesOf runs check --format json and returns each document's
// criterion statuses and finding rules.
func statusesOf(t *testing.T, args ...string) (int, map[string]map[string]string, map[string][]string, string) {
	t.Helper()
	code, stdout, stderr := ccgvet(t, append([]string{"check", "--format", "json"}, args...)...)
	var out struct {
		Documents []struct {
			Path     string `json:"path"`
			Criteria []struct{ ID, Status string }
			Findings []struct {
				Rule         string `json:"rule"`
				Severity     string `json:"severity"`
				Waived       bool   `json:"waived"`
				WaiverReason string `json:"waiver_reason"`
			} `json:"findings"`
		} `json:"documents"`
		Batch struct {
			Findings []struct{ Rule, Severity, Path string }
		} `json:"batch"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("not JSON (exit %d, stderr %s): %v\n%s", code, stderr, err, stdout)
	}
	statuses := map[string]map[string]string{}
	rules := map[string][]string{}
	for _, d := range out.Documents {
		statuses[d.Path] = map[string]string{}
		for _, c := range d.Criteria {
			statuses[d.Path][c.ID] = c.Status
		}
		for _, f := range d.Findings {
			r := f.Rule + ":" + f.Severity
			if f.Waived {
				r += ":waived:" + f.WaiverReason
			}
			rules[d.Path] = append(rules[d.Path], r)
		}
	}
	for _, f := range out.Batch.Findings {
		rules["batch"] = append(rules["batch"], f.Rule+":"+f.Severity+":"+f.Path)
	}
	return code, statuses, rules, stderr
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const ex02 = "testdata/examples/ex02-northbrook.md"

func TestUserPolicies(t *testing.T) {
	// examples/policies/list-sizes warns on practices without a list size:
	// ex03's member list has no list size column.
	ex03 := "testdata/examples/ex03-eastmere.md"
	code, statuses, rules, stderr := statusesOf(t, "--no-config", "--policy", "examples/policies", ex03)
	if code != ExitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if statuses[ex03]["list-sizes"] != "met" || !hasRule(rules[ex03], "list-sizes/missing-list-size:warning") {
		t.Errorf("user rule did not report: statuses %v, rules %v", statuses[ex03], rules[ex03])
	}
	if statuses[ex03]["conflicts-of-interest"] != "breached" {
		t.Errorf("built-in criteria should still run beside the user's")
	}

	// --no-builtin: only the user's criterion.
	_, statuses, _, _ = statusesOf(t, "--no-config", "--no-builtin", "--policy", "examples/policies", ex03)
	if len(statuses[ex03]) != 1 || statuses[ex03]["list-sizes"] != "met" {
		t.Errorf("--no-builtin statuses = %v, want only list-sizes", statuses[ex03])
	}
}

func TestDataOverrideChangesTheOutcome(t *testing.T) {
	data := writeFile(t, t.TempDir(), "half.yaml", "sign_off:\n  required_fraction: 0.5\n")
	_, before, _, _ := statusesOf(t, "--no-config", ex02)
	_, after, rules, _ := statusesOf(t, "--no-config", "--data", data, ex02)
	if before[ex02]["member-sign-off"] != "breached" || after[ex02]["member-sign-off"] != "met" {
		t.Errorf("member-sign-off %s -> %s, want breached -> met", before[ex02]["member-sign-off"], after[ex02]["member-sign-off"])
	}
	if !hasRule(rules[ex02], "member-sign-off/unsigned-practice:warning") {
		t.Errorf("unsigned practices should become warnings: %v", rules[ex02])
	}
	code, stdout, _ := ccgvet(t, "policies", "--no-config", "--show-data", "--data", data)
	if code != ExitOK || !strings.Contains(stdout, `"required_fraction": 0.5`) {
		t.Errorf("--show-data does not show the override:\n%.500s", stdout)
	}
}

func TestWaivers(t *testing.T) {
	dir := t.TempDir()
	config := writeFile(t, dir, ".ccgvet.yaml", `profile: default
waivers:
  - rule: member-sign-off/unsigned-practice
    path: "**/ex02-*.md"
    reason: "Practices merged; signatures are in the merger deed"
    expires: 2099-03-31
  - rule: clinical-majority
    path: "**/ex02-*.md"
    reason: "Committee stood down in 2016"
  - rule: conflicts-of-interest/no-guardian
    reason: "An old waiver"
    expires: 2020-01-01
`)
	code, statuses, rules, stderr := statusesOf(t, "--config", config, ex02)
	if code != ExitOK {
		t.Errorf("exit %d, want 0 with every error waived (stderr %s)", code, stderr)
	}
	if statuses[ex02]["member-sign-off"] != "met" || statuses[ex02]["clinical-majority"] != "met" {
		t.Errorf("waived findings must not breach: %v", statuses[ex02])
	}
	if !hasRule(rules[ex02], "member-sign-off/unsigned-practice:error:waived:Practices merged; signatures are in the merger deed") {
		t.Errorf("waived finding should stay in the output with its reason: %v", rules[ex02])
	}
	if !hasRule(rules["batch"], "config/expired-waiver:warning:"+config) {
		t.Errorf("expired waiver not reported: %v", rules["batch"])
	}

	noReason := writeFile(t, dir, "no-reason.yaml", "waivers:\n  - rule: member-sign-off/unsigned-practice\n")
	code, _, stderr = ccgvet(t, "check", "--config", noReason, ex02)
	if code != ExitInput || !strings.Contains(stderr, "no-reason.yaml:2: waiver for member-sign-off/unsigned-practice: needs a reason") {
		t.Errorf("exit %d, stderr %q: a waiver without a reason must be refused", code, stderr)
	}
}

func TestConfigFileIsFoundAndFlagsWin(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, ".ccgvet.yaml", "format: json\nfail-on: warning\n")
	doc := writeFile(t, dir, "docs/ex01.md", mustRead(t, "testdata/examples/ex01-example-vale.md"))
	sub := filepath.Join(dir, "docs")
	t.Chdir(sub)
	code, stdout, _ := ccgvet(t, "check", "ex01.md")
	if !strings.HasPrefix(stdout, "{") || code != ExitOK {
		t.Errorf("config from a parent folder not used: exit %d, output %.200s", code, stdout)
	}
	code, stdout, _ = ccgvet(t, "check", "--format", "text", "--fail-on", "info", doc)
	if strings.HasPrefix(stdout, "{") || code != ExitFindings {
		t.Errorf("flags should win over the config: exit %d, output %.200s", code, stdout)
	}
}

func TestSandbox(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "net/net.rego", `package ccgvet.rules["net"]["fetch"]

findings contains f if {
	resp := http.send({"method": "GET", "url": "http://127.0.0.1:9/"})
	f := data.ccgvet.lib.finding(rego.metadata.chain(), {"line": 1}, sprint(resp.status_code))
}
`)
	code, _, stderr := ccgvet(t, "check", "--no-config", "--policy", filepath.Join(dir, "net"), ex02)
	if code != ExitInput || !strings.Contains(stderr, "http.send is not allowed") || !strings.Contains(stderr, "net.rego:4") {
		t.Errorf("exit %d, stderr %q: http.send must be refused naming the builtin and file:line", code, stderr)
	}
}

// A rule that never ends for one document and returns at once for the
// other: whatever the speed of the machine, the first runs out of time and
// the second does not, under a limit far above what the second needs. The
// built-in rules are left out so that nothing else is timed.
func TestTimeoutStopsARunawayPolicy(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "slow/slow.rego", `package ccgvet.rules["slow"]["spin"]

findings contains f if {
	contains(input.ccg, "Northbrook")
	some i in numbers.range(1, 50000)
	some j in numbers.range(1, 50000)
	i * j < 0
	f := data.ccgvet.lib.finding(rego.metadata.chain(), {"line": 1}, "never")
}
`)
	code, stdout, _ := ccgvet(t, "check", "--no-config", "--no-builtin", "--timeout", "5s", "--policy", filepath.Join(dir, "slow"), ex02, "testdata/examples/ex01-example-vale.md")
	if code != ExitInput {
		t.Errorf("exit %d, want %d", code, ExitInput)
	}
	if !strings.Contains(stdout, "ex02-northbrook.md: input error: the policies did not finish within 5s (raise it with --timeout)") ||
		!strings.Contains(stdout, "ex01-example-vale.md — NHS Example Vale") || !strings.Contains(stdout, "1 meets every criterion") {
		t.Errorf("the slow document should error and the other be checked:\n%s", stdout)
	}
}

func hasRule(rules []string, want string) bool {
	for _, r := range rules {
		if r == want {
			return true
		}
	}
	return false
}

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestProfilesOnConstitutions(t *testing.T) {
	const clean = "constitutions/silverdell.md"
	const cleanICB = "constitutions/icb/harrowmere-ludwell.md"
	var documents []string
	for _, pattern := range []string{"constitutions/*.md", "constitutions/icb/*.md", "constitutions/icb/*/*.md"} {
		m, _ := filepath.Glob(pattern)
		for _, f := range m {
			if filepath.Base(f) != "README.md" {
				documents = append(documents, f)
			}
		}
	}
	tests := []struct {
		profile string
		// criterion -> status expected for the clean constitutions; "" for
		// a criterion the profile leaves out (or of the other family).
		want, wantICB map[string]string
	}{
		{"default", map[string]string{"clinical-majority": "met", "lay-executive-majority": "", "governing-body-composition": "met", "icb-board-membership": ""},
			map[string]string{"icb-board-membership": "met", "member-sign-off": "", "clinical-majority": "not-applicable"}},
		{"nhse-2014", map[string]string{"clinical-majority": "", "lay-executive-majority": "breached"}, nil},
		{"coi-2017", map[string]string{"clinical-majority": "met", "lay-executive-majority": "", "governing-body-composition": "breached"}, nil},
		// The ICB profile leaves out the CCGs' criteria, whatever the
		// document: a CCG's constitution is judged only by those of no
		// family.
		{"icb-2022", map[string]string{"member-sign-off": "", "clinical-majority": "met", "icb-board-membership": ""},
			map[string]string{"icb-board-membership": "met", "icb-appointments": "met", "icb-variation": "met", "member-sign-off": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.profile, func(t *testing.T) {
			code, statuses, _, stderr := statusesOf(t, "--no-config", "--profile", tt.profile, "constitutions/")
			if code != ExitFindings {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if len(statuses) != len(documents) {
				t.Fatalf("%d documents checked, want %d", len(statuses), len(documents))
			}
			for id, want := range tt.want {
				if got := statuses[clean][id]; got != want {
					t.Errorf("%s: %s is %q, want %q", clean, id, got, want)
				}
			}
			for id, want := range tt.wantICB {
				if got := statuses[cleanICB][id]; got != want {
					t.Errorf("%s: %s is %q, want %q", cleanICB, id, got, want)
				}
			}
		})
	}
	code, _, stderr := ccgvet(t, "check", "--no-config", "--profile", "nhse-2099", clean)
	if code != ExitInput || !strings.Contains(stderr, `unknown profile "nhse-2099"`) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// A disabled criterion is never evaluated: a user's criterion whose rule
// fails at run time (a division by zero under strict builtin errors) fails
// every document while it runs, and leaves them untouched once disabled,
// whether by the user's data or because it is optional and not enabled.
func TestDisabledCriterionIsNeverEvaluated(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "broken/fails/fails.rego", `# METADATA
# title: fails at run time
# custom:
#   severity: error
package ccgvet.rules.broken.fails

findings contains {"rule": "broken/fails", "criterion": "broken", "line": 1, "severity": "error", "message": "never", "guidance": "never"} if {
	x := count(input.clauses) / 0
	x > 0
}
`)
	code, _, stderr := ccgvet(t, "check", "--no-config", "--policy", dir, ex02)
	if code != ExitInput {
		t.Fatalf("a rule that fails at run time should fail the document: exit %d, stderr %s", code, stderr)
	}
	for name, data := range map[string]string{
		"disabled": "criteria:\n  disabled: [broken]\n",
		"optional": "criteria:\n  optional: [broken, lay-executive-majority]\n",
	} {
		t.Run(name, func(t *testing.T) {
			file := writeFile(t, t.TempDir(), "data.yaml", data)
			code, statuses, _, stderr := statusesOf(t, "--no-config", "--policy", dir, "--data", file, ex02)
			if code == ExitInput || strings.Contains(stderr, "divide") {
				t.Fatalf("exit %d: the disabled criterion ran: %s", code, stderr)
			}
			if _, ok := statuses[ex02]["broken"]; ok {
				t.Errorf("a disabled criterion has a status: %v", statuses[ex02])
			}
			if statuses[ex02]["member-sign-off"] != "breached" {
				t.Errorf("the built-in criteria should run as before: %v", statuses[ex02])
			}
		})
	}
}
