package serve

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/result"
	"github.com/chromedp/chromedp"
)

// findChromium returns Debian's chromium, or "" when it is not installed.
func findChromium() string {
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// browser starts headless Chromium for one test; it is closed before the
// test's temporary folder is removed.
func browser(t *testing.T) (context.Context, string) {
	t.Helper()
	chromium := findChromium()
	if chromium == "" {
		t.Skip("chromium is not installed: install it to run the browser tests (Debian/Ubuntu: apt-get install chromium)")
	}
	dir := t.TempDir()
	// The whole budget of the test: a hung browser must not hang CI.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // CI containers run as root
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1280, 900),
	)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		if err := chromedp.Cancel(bctx); err != nil && ctx.Err() == nil {
			t.Logf("closing chromium: %v", err)
		}
		cancelBrowser()
	})
	return bctx, dir
}

// pageFacts is what the tests read from a rendered page.
type pageFacts struct {
	Headline string   `json:"headline"`
	Text     string   `json:"text"`
	Pwned    string   `json:"pwned"`
	Scripts  int      `json:"scripts"`
	Handlers int      `json:"handlers"`
	Statuses []string `json:"statuses"`
	Marks    []string `json:"marks"`
	// Rules maps each finding's rule to the text of its first mark.
	Rules     map[string]string `json:"rules"`
	Regressed []string          `json:"regressed"`
	Verdict   string            `json:"verdict"`
	Styled    string            `json:"styled"`
}

const pageFactsJS = `(() => {
	const rules = {};
	for (const f of document.querySelectorAll(".finding")) {
		const m = f.querySelector("mark");
		if (m && !(f.dataset.rule in rules)) rules[f.dataset.rule] = m.innerText;
	}
	const h = document.getElementById("headline");
	const v = document.getElementById("amend-verdict");
	return {
		headline: h ? h.innerText.trim() : "",
		text: document.body.innerText,
		pwned: typeof window.__pwned,
		scripts: document.scripts.length,
		handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
		statuses: Array.from(document.querySelectorAll(".matrix td"), td => td.dataset.status),
		marks: Array.from(document.querySelectorAll("mark"), m => m.innerText),
		rules: rules,
		regressed: Array.from(document.querySelectorAll("tr.regressed"), tr => tr.dataset.criterion),
		verdict: v ? v.innerText.trim() : "",
		styled: getComputedStyle(document.body).maxWidth,
	};
})()`

func readPage(t *testing.T, ctx context.Context) pageFacts {
	t.Helper()
	facts, err := chromedp.Run(ctx, chromedp.Evaluate[pageFacts](pageFactsJS))
	if err != nil {
		t.Fatalf("read the page: %v", err)
	}
	return facts
}

func saveScreenshot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("screenshot is not a PNG")
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	// t.TempDir goes with the test; CCGVET_SCREENSHOTS keeps a copy for
	// review.
	if keep := os.Getenv("CCGVET_SCREENSHOTS"); keep != "" {
		if err := os.WriteFile(filepath.Join(keep, filepath.Base(path)), png, 0o644); err != nil {
			t.Errorf("keep the screenshot: %v", err)
		}
	}
}

// submit opens page, chooses files for each input and submits the form,
// then waits for the element that only the answer has.
func submit(t *testing.T, ctx context.Context, url string, files map[string][]string, answer string) {
	t.Helper()
	actions := []chromedp.Action[chromedp.Void]{chromedp.Navigate(url)}
	for input, paths := range files {
		actions = append(actions, chromedp.SetUploadFiles(chromedp.ID(input), paths))
	}
	actions = append(actions, chromedp.Click(chromedp.ID("submit")), chromedp.WaitVisible(chromedp.CSS(answer)))
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("submit the form of %s: %v", url, err)
	}
}

func repoPath(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join("..", "..", path))
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestCheckInBrowser uploads a constitution through the check page's form
// and sees the statuses the engine gives it, and a finding's passage with
// its evidence highlighted.
func TestCheckInBrowser(t *testing.T) {
	ctx, dir := browser(t)
	s := newTestServer(t, Limits{}, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()

	path := repoPath(t, "constitutions/brantwick.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	_, err = s.profiles["default"].Engine.CheckSources(context.Background(), []engine.Source{{Name: "brantwick.md", Data: data}}, func(d *result.Document, _ *model.Document) error {
		for _, c := range d.Criteria {
			want = append(want, c.Status)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	submit(t, ctx, ts.URL+"/", map[string][]string{"files": {path}}, "#headline")
	facts := readPage(t, ctx)
	saveScreenshot(t, ctx, filepath.Join(dir, "check.png"))
	if facts.Headline != "0 of 1 constitution meet every criterion" {
		t.Errorf("headline %q", facts.Headline)
	}
	if strings.Join(facts.Statuses, " ") != strings.Join(want, " ") {
		t.Errorf("the matrix shows %v, the engine gives %v", facts.Statuses, want)
	}
	const rule, evidence = "variation-procedure/no-member-approval", "This constitution may be amended by the Governing Body"
	if got := facts.Rules[rule]; !strings.Contains(got, evidence) {
		t.Errorf("the passage of %s highlights %q, want the words %q", rule, got, evidence)
	}
	if len(facts.Marks) < 5 {
		t.Errorf("only %d highlighted passages", len(facts.Marks))
	}
	if facts.Styled == "none" || facts.Styled == "" {
		t.Errorf("the style sheet was not applied (body max-width %q): is it blocked by the Content-Security-Policy?", facts.Styled)
	}

	// On a phone the page does not scroll sideways: the matrix scrolls in
	// its frame and passages wrap.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)); err != nil {
		t.Fatalf("emulate a phone: %v", err)
	}
	widths, err := chromedp.Run(ctx, chromedp.Evaluate[[2]int](`[window.innerWidth, document.documentElement.scrollWidth]`))
	if err != nil {
		t.Fatal(err)
	}
	if widths[1] > widths[0] {
		t.Errorf("on a phone the page is %dpx wide in a %dpx viewport", widths[1], widths[0])
	}
	saveScreenshot(t, ctx, filepath.Join(dir, "check-phone.png"))
}

// TestAmendmentInBrowser uploads an amendment pair and sees the
// regression it brings, with reworded clauses side by side.
func TestAmendmentInBrowser(t *testing.T) {
	ctx, dir := browser(t)
	s := newTestServer(t, Limits{}, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()

	submit(t, ctx, ts.URL+"/amendment", map[string][]string{
		"old": {repoPath(t, "testdata/examples/ex04-amend-old.md")},
		"new": {repoPath(t, "testdata/examples/ex04-amend-new.md")},
	}, "#amend-verdict")
	facts := readPage(t, ctx)
	saveScreenshot(t, ctx, filepath.Join(dir, "amendment.png"))
	if strings.Join(facts.Regressed, " ") != "conflicts-of-interest" {
		t.Errorf("regressed rows %v, want conflicts-of-interest", facts.Regressed)
	}
	if !strings.Contains(facts.Verdict, "breaks 1 criterion") || !strings.Contains(facts.Verdict, "conflicts-of-interest") {
		t.Errorf("verdict %q", facts.Verdict)
	}
	for _, want := range []string{"Reworded clauses", "Current", "Proposed", "REGRESSION"} {
		if !strings.Contains(facts.Text, want) {
			t.Errorf("the page does not show %q", want)
		}
	}
}

// TestHostileDocumentInBrowser: markup in a constitution's name and text
// is shown as text, and nothing of it runs.
func TestHostileDocumentInBrowser(t *testing.T) {
	ctx, dir := browser(t)
	s := newTestServer(t, Limits{}, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()

	// The upload is a test fixture written by the test; the server reads
	// it from the request, in memory.
	path := filepath.Join(dir, "hostile <img src=x onerror=alert(1)>.md")
	if err := os.WriteFile(path, hostile(t), 0o644); err != nil {
		t.Fatal(err)
	}
	submit(t, ctx, ts.URL+"/", map[string][]string{"files": {path}}, "#headline")
	facts := readPage(t, ctx)
	saveScreenshot(t, ctx, filepath.Join(dir, "hostile.png"))
	for _, want := range []string{"<script>window.__pwned=1</script>", `onerror="window.__pwned=2"`, "<img src=x onerror=alert(1)>",
		"3.3.3 Each member practice shall <script>window.__pwned=3</script> keep a", `register <img src=x onerror="window.__pwned=4"> of its staff.`} {
		if !strings.Contains(facts.Text, want) {
			t.Errorf("the page does not show %q as text", want)
		}
	}
	if facts.Pwned != "undefined" || facts.Scripts != 0 || facts.Handlers != 0 {
		t.Errorf("markup from the document ran or was parsed: typeof window.__pwned = %q, %d scripts, %d elements with handlers", facts.Pwned, facts.Scripts, facts.Handlers)
	}
}

// TestTrackedAmendmentInBrowser uploads one Word document with tracked
// changes as the amendment and sees its changes listed with their authors.
func TestTrackedAmendmentInBrowser(t *testing.T) {
	ctx, dir := browser(t)
	s := newTestServer(t, Limits{}, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()

	submit(t, ctx, ts.URL+"/amendment", map[string][]string{
		"amended": {repoPath(t, "testdata/docx/tracked/brantwick-amended.docx")},
	}, "#tracked")
	facts := readPage(t, ctx)
	saveScreenshot(t, ctx, filepath.Join(dir, "tracked.png"))
	if facts.Verdict == "" || !strings.Contains(facts.Text, "Tracked changes") || !strings.Contains(facts.Text, "paragraph ") {
		t.Errorf("the page does not show the amendment and its tracked changes:\n%.1500s", facts.Text)
	}
}
