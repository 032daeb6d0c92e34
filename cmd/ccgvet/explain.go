package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/spf13/cobra"
)

func newExplain() *cobra.Command {
	var (
		pf      policyFlags
		format  string
		outPath string
	)
	cmd := &cobra.Command{
		Use:   "explain [flags] RULE",
		Short: "Explain a rule or criterion: what it checks, why, and how to meet it",
		Long: `explain prints a rule's title, description, severity, reference, guidance
and, where its METADATA gives one, an example of wording that meets it. Given
a criterion id it prints the criterion and each of its rules. The pages under
docs/rules are this command's Markdown output for every built-in rule.`,
		Example: `  ccgvet explain clinical-majority/minority
  ccgvet explain conflicts-of-interest
  ccgvet explain --format markdown member-sign-off/unsigned-practice
  ccgvet explain --policy my-policies/ local/list-size`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return exitWith(ExitInput, fmt.Errorf("give one rule or criterion id, such as clinical-majority/minority (ccgvet policies lists them; see %s --help)", cmd.CommandPath()))
			}
			return nil
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			set, err := policy.Load(policy.Options{})
			if err != nil {
				return nil, cobra.ShellCompDirectiveError
			}
			return waivableIDs(set)[3:], cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "markdown" {
				return exitWith(ExitInput, fmt.Errorf("unknown format %q (choose text or markdown)", format))
			}
			set, w, err := pf.loadWithOutput(cmd, outPath)
			if err != nil {
				return err
			}
			defer w.discard()
			id := args[0]
			var text string
			if r, ok := findRule(set, id); ok {
				text = explainRule(set, r, format == "markdown")
			} else if c, ok := findCriterion(set, id); ok {
				text = explainCriterion(set, c, format == "markdown")
			} else {
				msg := fmt.Sprintf("no rule or criterion %q", id)
				if near := nearest(id, waivableIDs(set)[3:]); near != "" {
					msg += fmt.Sprintf(" (did you mean %q?)", near)
				}
				return exitWith(ExitInput, fmt.Errorf("%s: ccgvet policies lists them", msg))
			}
			if _, err := fmt.Fprint(w, text); err != nil {
				return exitWith(ExitInput, err)
			}
			return w.commit()
		},
	}
	pf.bind(cmd.Flags())
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or markdown")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "write to FILE instead of standard output")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]cobra.Completion{"text", "markdown"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// findRule looks a rule up with the severity the profile and data give it.
func findRule(set *policy.Set, id string) (policy.Rule, bool) {
	for _, rules := range [][]policy.Rule{set.EffectiveRules(), set.Rules} {
		if i := slices.IndexFunc(rules, func(r policy.Rule) bool { return r.ID == id }); i >= 0 {
			return rules[i], true
		}
	}
	return policy.Rule{}, false
}

func findCriterion(set *policy.Set, id string) (policy.Criterion, bool) {
	i := slices.IndexFunc(set.Criteria, func(c policy.Criterion) bool { return c.ID == id })
	if i < 0 {
		return policy.Criterion{ID: id, Title: id}, false
	}
	return set.Criteria[i], true
}

// explainRule renders one rule, as text for a terminal or as the Markdown
// page docs/rules keeps for it.
func explainRule(set *policy.Set, r policy.Rule, md bool) string {
	c, _ := findCriterion(set, r.Criterion)
	var b strings.Builder
	title := cmp.Or(r.Title, r.ID)
	if md {
		fmt.Fprintf(&b, "# `%s`: %s\n\n", r.ID, title)
		fmt.Fprintf(&b, "- **Criterion:** [`%s`](%s): %s\n", c.ID, relCriterionLink(r), c.Title)
		fmt.Fprintf(&b, "- **Severity:** %s\n", r.Severity)
		if r.Batch {
			b.WriteString("- **Compares documents:** yes, it runs across every constitution checked together\n")
		}
		section := func(h, text string) {
			if text = strings.TrimSpace(text); text != "" {
				fmt.Fprintf(&b, "\n## %s\n\n%s\n", h, text)
			}
		}
		section("What it finds", r.Description)
		section("What to do", r.Guidance)
		section("Reference", cmp.Or(r.Reference, c.Reference))
		if r.Example != "" {
			fmt.Fprintf(&b, "\n## Wording that meets it\n\n%s\n", quoteLines(r.Example))
		}
		fmt.Fprintf(&b, "\n---\nGenerated from the rule's METADATA by `ccgvet explain --format markdown %s`.\n", r.ID)
		return b.String()
	}
	fmt.Fprintf(&b, "%s: %s\n\n", r.ID, title)
	fmt.Fprintf(&b, "Criterion:  %s (%s)\nSeverity:   %s\n", c.ID, c.Title, r.Severity)
	if r.Batch {
		b.WriteString("Compares:   every constitution checked together\n")
	}
	section := func(h, text string) {
		if text = strings.TrimSpace(text); text != "" {
			fmt.Fprintf(&b, "\n%s\n%s\n", h, indent(text))
		}
	}
	section("What it finds", r.Description)
	section("What to do", r.Guidance)
	section("Reference", cmp.Or(r.Reference, c.Reference))
	section("Wording that meets it", r.Example)
	if u := report.RuleDocURL(r); u != "" {
		fmt.Fprintf(&b, "\nMore: %s\n", u)
	}
	return b.String()
}

// explainCriterion renders a criterion and a line for each of its rules.
func explainCriterion(set *policy.Set, c policy.Criterion, md bool) string {
	var rules []policy.Rule
	for _, r := range set.Rules {
		if r.Criterion == c.ID {
			r, _ = findRule(set, r.ID)
			rules = append(rules, r)
		}
	}
	var b strings.Builder
	if md {
		fmt.Fprintf(&b, "# `%s`: %s\n\n", c.ID, c.Title)
		if c.Batch {
			b.WriteString("Compares every constitution checked together.\n\n")
		}
		if d := strings.TrimSpace(c.Description); d != "" {
			fmt.Fprintf(&b, "%s\n\n", d)
		}
		if c.Reference != "" {
			fmt.Fprintf(&b, "**Reference:** %s\n\n", c.Reference)
		}
		b.WriteString("## Rules\n\n| Rule | Severity | Finds |\n| --- | --- | --- |\n")
		for _, r := range rules {
			_, name, _ := strings.Cut(r.ID, "/")
			fmt.Fprintf(&b, "| [`%s`](%s/%s.md) | %s | %s |\n", r.ID, c.ID, name, r.Severity, r.Title)
		}
		fmt.Fprintf(&b, "\n---\nGenerated from the criterion's METADATA by `ccgvet explain --format markdown %s`.\n", c.ID)
		return b.String()
	}
	fmt.Fprintf(&b, "%s: %s\n", c.ID, c.Title)
	if c.Batch {
		b.WriteString("Compares every constitution checked together.\n")
	}
	if d := strings.TrimSpace(c.Description); d != "" {
		fmt.Fprintf(&b, "\n%s\n", indent(d))
	}
	if c.Reference != "" {
		fmt.Fprintf(&b, "\nReference\n%s\n", indent(c.Reference))
	}
	b.WriteString("\nRules (ccgvet explain RULE for each)\n")
	width := 0
	for _, r := range rules {
		width = max(width, len(r.ID))
	}
	for _, r := range rules {
		fmt.Fprintf(&b, "  %-*s  %-7s  %s\n", width, r.ID, r.Severity, r.Title)
	}
	return b.String()
}

// relCriterionLink is the criterion page from a rule page in docs/rules.
func relCriterionLink(r policy.Rule) string {
	return "../" + r.Criterion + ".md"
}

// indent indents text for a terminal, wrapping lines METADATA folded
// into one.
func indent(s string) string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if strings.TrimSpace(l) == "" {
			out = append(out, "")
			continue
		}
		line := ""
		for _, word := range strings.Fields(l) {
			if line != "" && len(line)+1+len(word) > 74 {
				out = append(out, "  "+line)
				line = ""
			}
			line = strings.TrimSpace(line + " " + word)
		}
		out = append(out, "  "+line)
	}
	return strings.Join(out, "\n")
}

func quoteLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight("> "+l, " ")
	}
	return strings.Join(lines, "\n")
}

// ruleDocs is docs/rules: a page for each built-in criterion and rule, and
// an index, keyed by path under docs/rules.
func ruleDocs(set *policy.Set) map[string]string {
	docs := map[string]string{}
	var index strings.Builder
	index.WriteString("# Rules\n\nEach criterion and rule ccgvet checks, generated from the policies' METADATA\n" +
		"(`go test ./cmd/ccgvet -run TestRuleDocs -update` regenerates these pages;\n" +
		"the test fails when they fall out of step). `ccgvet explain ID` prints the same.\n")
	for _, c := range set.Criteria {
		docs[c.ID+".md"] = explainCriterion(set, c, true)
		fmt.Fprintf(&index, "\n## [`%s`](%s.md): %s\n\n", c.ID, c.ID, c.Title)
		for _, r := range set.Rules {
			if r.Criterion != c.ID || report.RuleDocPath(r) == "" {
				continue
			}
			docs[report.RuleDocPath(r)] = explainRule(set, r, true)
			fmt.Fprintf(&index, "- [`%s`](%s) (%s): %s\n", r.ID, report.RuleDocPath(r), r.Severity, r.Title)
		}
	}
	docs["README.md"] = index.String()
	return docs
}
