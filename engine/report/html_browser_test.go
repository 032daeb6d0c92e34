package report

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
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

// pageFacts is what the browser test reads from the rendered page.
type pageFacts struct {
	Headline string            `json:"headline"`
	Counts   map[string]string `json:"counts"`
	Text     string            `json:"text"`
	Pwned    string            `json:"pwned"`
	Scripts  int               `json:"scripts"`
	Statuses []string          `json:"statuses"`
	// Widths show whether the page fits the viewport and the matrix
	// scrolls inside its frame.
	ViewportWidth  int    `json:"viewportWidth"`
	PageWidth      int    `json:"pageWidth"`
	MatrixWidth    int    `json:"matrixWidth"`
	MatrixVisible  int    `json:"matrixVisible"`
	MatrixOverflow string `json:"matrixOverflow"`
	StickyColumn   string `json:"stickyColumn"`
}

const pageFactsJS = `(() => {
	const counts = {};
	for (const dd of document.querySelectorAll(".counts dd")) counts[dd.id] = dd.innerText.trim();
	const wrap = document.querySelector(".matrix-wrap");
	return {
		headline: document.getElementById("headline").innerText.trim(),
		counts: counts,
		text: document.body.innerText,
		pwned: typeof window.__pwned,
		scripts: document.scripts.length,
		statuses: Array.from(document.querySelectorAll(".matrix td"), td => td.dataset.status),
		viewportWidth: window.innerWidth,
		pageWidth: document.documentElement.scrollWidth,
		matrixWidth: wrap.scrollWidth,
		matrixVisible: wrap.clientWidth,
		matrixOverflow: getComputedStyle(wrap).overflowX,
		stickyColumn: getComputedStyle(document.querySelector(".matrix th.ccg")).position,
	};
})()`

// TestHTMLInBrowser renders the sample report in headless Chromium and
// checks what a reviewer sees: the right counts, a hostile practice name
// shown as text and never run, a page that fits a phone with a matrix that
// scrolls sideways, and print styles that unroll the matrix.
func TestHTMLInBrowser(t *testing.T) {
	chromium := findChromium()
	if chromium == "" {
		t.Skip("chromium is not installed: install it to run the browser test (Debian/Ubuntu: apt-get install chromium)")
	}
	run := newSampleRun()
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, run.render(t, "html"), 0o644); err != nil {
		t.Fatal(err)
	}

	// The browser gets the test's whole budget: the first Run binds the
	// browser's life to this context, and a hung browser must not hang CI.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
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
		// /dev/shm is small in containers; Chromium crashes when it fills.
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1280, 900),
	)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	// Close the browser before t.TempDir is removed: it writes to its
	// profile until it exits.
	t.Cleanup(func() {
		if err := chromedp.Cancel(bctx); err != nil && ctx.Err() == nil {
			t.Logf("closing chromium: %v", err)
		}
		cancelBrowser()
	})

	fileURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(page)}).String()
	if err := chromedp.Do(bctx, chromedp.Navigate(fileURL)); err != nil {
		t.Fatalf("open %s in chromium: %v", fileURL, err)
	}
	facts := readPage(t, bctx)

	if want := Headline(&run.summary); facts.Headline != want {
		t.Errorf("headline = %q, want %q", facts.Headline, want)
	}
	s := run.summary
	for id, want := range map[string]int{
		"count-documents": s.Documents, "count-met": s.Met, "count-breached": s.Breached,
		"count-input-errors": s.InputErrors, "count-errors": s.Errors, "count-warnings": s.Warnings,
		"count-infos": s.Infos, "count-waived": s.Waived,
	} {
		if got := facts.Counts[id]; got != strconv.Itoa(want) {
			t.Errorf("#%s shows %q, want %d", id, got, want)
		}
	}
	if !strings.Contains(facts.Text, pwned) {
		t.Errorf("the page does not show the practice name %q as text", pwned)
	}
	if facts.Pwned != "undefined" || facts.Scripts != 0 {
		t.Errorf("a script from a document ran or was parsed: typeof window.__pwned = %q, %d script elements", facts.Pwned, facts.Scripts)
	}
	cols := len(columns(run.meta, withBatch(run.meta, run.docs, &run.batch)))
	if got, want := len(facts.Statuses), cols*len(run.docs); got != want {
		t.Errorf("the matrix has %d cells, want %d", got, want)
	} else if facts.Statuses[cols] != "breached" || facts.Statuses[3*cols] != "error" {
		t.Errorf("matrix statuses %v: want example-vale breached first and broken.md in error", facts.Statuses)
	}
	saveScreenshot(t, bctx, filepath.Join(dir, "report-desktop.png"))

	// A phone: the page must not scroll sideways; the matrix does, within
	// its frame, with the CCG column kept in view.
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)); err != nil {
		t.Fatalf("emulate a phone: %v", err)
	}
	phone := readPage(t, bctx)
	if phone.PageWidth > phone.ViewportWidth {
		t.Errorf("on a phone the page is %dpx wide in a %dpx viewport", phone.PageWidth, phone.ViewportWidth)
	}
	if phone.MatrixWidth <= phone.MatrixVisible || phone.MatrixOverflow != "auto" || phone.StickyColumn != "sticky" {
		t.Errorf("on a phone the matrix should scroll in its frame (%dpx in %dpx, overflow-x %s, CCG column %s)",
			phone.MatrixWidth, phone.MatrixVisible, phone.MatrixOverflow, phone.StickyColumn)
	}
	saveScreenshot(t, bctx, filepath.Join(dir, "report-phone.png"))

	// On paper nothing scrolls.
	err := chromedp.Do(bctx,
		chromedp.EmulateReset(),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			return err
		}))
	if err != nil {
		t.Fatalf("emulate print: %v", err)
	}
	if printed := readPage(t, bctx); printed.MatrixOverflow != "visible" || printed.StickyColumn != "static" {
		t.Errorf("in print the matrix should not scroll (overflow-x %s, CCG column %s)", printed.MatrixOverflow, printed.StickyColumn)
	}
}

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
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
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
}
