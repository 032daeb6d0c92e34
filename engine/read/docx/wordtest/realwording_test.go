package wordtest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine"
)

// TestRealWordingInWord: every real-worded constitution of testdata/real,
// made into Word by pandoc as an author's Markdown draft would be, reads
// as its Markdown does: the same criteria statuses, the same findings
// (rule and section) and the same name. Word is how LMC officers receive
// a constitution; the readers share the reading of headings typed as bold
// paragraphs (package heading) so that a document reads alike in both.
func TestRealWordingInWord(t *testing.T) {
	pandoc, err := exec.LookPath("pandoc")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pandoc is not installed (.ci/run installs it)")
		}
		t.Skip("pandoc is not installed")
	}
	if testing.Short() {
		t.Skip("converts every real-worded constitution with pandoc")
	}
	mds, err := filepath.Glob(filepath.Join(root, "testdata", "real", "r*.md"))
	if err != nil || len(mds) == 0 {
		t.Fatalf("no real-worded constitutions: %v", err)
	}
	dir := t.TempDir()
	// Front matter is Markdown's own (a Word constitution has none): both
	// readers are given the text after it.
	for i, md := range mds {
		src, err := os.ReadFile(md)
		if err != nil {
			t.Fatal(err)
		}
		if body, ok := withoutFrontMatter(src); ok {
			mds[i] = filepath.Join(dir, filepath.Base(md))
			if err := os.WriteFile(mds[i], body, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// pandoc takes most of the time: convert on every CPU at once.
	words := make([]string, len(mds))
	errs := make([]error, len(mds))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, md := range mds {
		words[i] = filepath.Join(dir, strings.TrimSuffix(filepath.Base(md), ".md")+".docx")
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if out, err := exec.Command(pandoc, "-f", "gfm", "-t", "docx", "-o", words[i], md).CombinedOutput(); err != nil {
				errs[i] = &convertError{md, err, string(out)}
			}
		}()
	}
	wg.Wait()
	eng, err := engine.New(context.Background(), engine.Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	for i, md := range mds {
		t.Run(filepath.Base(md), func(t *testing.T) {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			wantStatus, wantFindings, mdDoc := checked(t, eng, md)
			status, findings, doc := checked(t, eng, words[i])
			same := slices.Equal(status, wantStatus) && slices.Equal(findings, wantFindings)
			if why, known := wordDiffers[filepath.Base(md)]; known {
				// pandoc's Word, not the readers, differs: reported, and
				// struck off the list once the two read alike.
				if same {
					t.Errorf("reads alike in Word now: strike it off wordDiffers (%s)", why)
				} else {
					t.Logf("known difference (%s):\n docx %v %v\n md   %v %v", why, status, findings, wantStatus, wantFindings)
				}
				return
			}
			if !slices.Equal(status, wantStatus) {
				t.Errorf("criteria:\n docx %v\n md   %v", status, wantStatus)
			}
			if !slices.Equal(findings, wantFindings) {
				t.Errorf("findings:\n docx %v\n md   %v", findings, wantFindings)
			}
			if doc.CCG != mdDoc.CCG {
				t.Errorf("name %q, want %q", doc.CCG, mdDoc.CCG)
			}
		})
	}
}

// wordDiffers are the real-worded constitutions whose Word made by pandoc
// is not the document its Markdown is, and why.
var wordDiffers = map[string]string{
	// "        i. two jointly nominated by …" under "    c. four Partner
	// Members:" is indented code in Markdown (skipped), which pandoc puts
	// into Word as one numbered paragraph of code with line breaks,
	// read as an item of the board's list.
	"r994-weyhollow.md": "items indented eight spaces are code to Markdown and a numbered paragraph in pandoc's Word",
	// "        i. the Lay Member for …" under "    a. from the CCG:", the
	// joint committee's members, likewise.
	"r996-stourmouth-and-coastal.md": "items indented eight spaces are code to Markdown and a numbered paragraph in pandoc's Word",
	// "    i.  two nominated by the NHS trusts …" after the paragraph "c)
	// five Partner Members, …:" (not a list to Markdown, whose ordered
	// lists are numbered), likewise code after a blank line.
	"r1014-leavale-and-stortmere.md": "items indented four spaces after a lettered paragraph are code to Markdown and a paragraph in pandoc's Word",
}

// withoutFrontMatter is a Markdown file's text after its YAML front
// matter, and whether it had any.
func withoutFrontMatter(src []byte) ([]byte, bool) {
	text := string(src)
	if !strings.HasPrefix(text, "---\n") {
		return src, false
	}
	end := strings.Index(text[4:], "\n---\n")
	if end < 0 {
		return src, false
	}
	return []byte(strings.TrimLeft(text[4+end+5:], "\n")), true
}

type convertError struct {
	path string
	err  error
	out  string
}

func (e *convertError) Error() string {
	return "pandoc " + e.path + ": " + e.err.Error() + ": " + e.out
}
