package report

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/policy"
)

// RuleDocBase is where docs/rules is published: each built-in rule has a
// page there, generated from its METADATA (ccgvet explain prints the same).
const RuleDocBase = "https://github.com/ccgvet/ccgvet/blob/main/docs/rules/"

// RuleDocPath is a built-in rule's page under docs/rules, or "" for a
// user's own rule, which has none.
func RuleDocPath(r policy.Rule) string {
	if !strings.HasPrefix(r.File, "builtin:") || !strings.Contains(r.ID, "/") {
		return ""
	}
	return r.ID + ".md"
}

// RuleDocURL is the address of a built-in rule's page, or "".
func RuleDocURL(r policy.Rule) string {
	if p := RuleDocPath(r); p != "" {
		return RuleDocBase + p
	}
	return ""
}
