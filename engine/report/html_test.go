package report

import (
	"regexp"
	"strings"
	"testing"
)

// TestHTMLSelfContained checks the page needs nothing beside it and shows
// document text as text; the browser test checks the same in a browser.
func TestHTMLSelfContained(t *testing.T) {
	run := newSampleRun()
	page := string(run.render(t, "html"))

	if strings.Contains(strings.ToLower(page), "<script") {
		t.Error("the page contains a <script> element")
	}
	if !strings.Contains(page, "&lt;script&gt;window.__pwned=1&lt;/script&gt;") {
		t.Error("the practice name is not shown escaped")
	}
	// No external assets: no links to style sheets, no src attributes, no
	// URLs other than the in-page anchors.
	for _, re := range []string{`<link\b`, `\bsrc=`, `(?i)https?://`, `@import`, `url\(`} {
		if loc := regexp.MustCompile(re).FindStringIndex(page); loc != nil {
			t.Errorf("the page refers to something outside it (%s): %q", re, page[max(0, loc[0]-40):min(len(page), loc[1]+40)])
		}
	}
	for _, want := range []string{
		`<meta name="viewport"`,
		`@media print`,
		`overflow-x: auto`,
		Headline(&run.summary),
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, r := range run.meta.Rules {
		if r.ID == "member-sign-off/no-member-list" || r.ID == "model-change-support/no-vote" {
			continue // no finding of these rules in the sample
		}
		if !strings.Contains(page, htmlEscape(r.Guidance)) || !strings.Contains(page, htmlEscape(r.Reference)) {
			t.Errorf("the page lacks the guidance or reference of %s", r.ID)
		}
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", `"`, "&#34;", "<", "&lt;", ">", "&gt;").Replace(s)
}
