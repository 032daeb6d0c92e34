package wordtest

import (
	"archive/zip"
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/diff"
	"github.com/ccgvet/ccgvet/engine/outline"
	"github.com/ccgvet/ccgvet/engine/read/docx"
)

var update = flag.Bool("update", false, "rewrite testdata/docx/tracked from the amendments below")

// amendment builds, from one Word document, the same edits twice: as
// Word's tracked changes (amended) and made outright (plain, what
// accepting every change gives).
type amendment struct {
	t              *testing.T
	amended, plain string
	id             int
	author, date   string
}

func (a *amendment) mark(kind string) string {
	a.id++
	return fmt.Sprintf(`<w:%s w:id="%d" w:author="%s" w:date="%s">`, kind, 900+a.id, a.author, a.date)
}

// span finds the element (open tag, e.g. "<w:p>") around the first
// occurrence of text in doc.
func (a *amendment) span(doc, open, text string) (start, end int) {
	a.t.Helper()
	i := strings.Index(doc, text)
	if i < 0 {
		a.t.Fatalf("%q not found", text)
	}
	start = strings.LastIndex(doc[:i], open)
	closeTag := "</" + open[1:]
	end = i + strings.Index(doc[i:], closeTag) + len(closeTag)
	return start, end
}

var changeRe = regexp.MustCompile(`<w:(?:ins|del|moveFrom|moveTo) [^>]*[^/]>`)

var runRe = regexp.MustCompile(`<w:r>.*?</w:r>`)

// wrapRuns puts every run of xml in a tracked change of kind, as deleted
// text when it is one.
func (a *amendment) wrapRuns(xml, kind string) string {
	return runRe.ReplaceAllStringFunc(xml, func(r string) string {
		if kind == "del" {
			r = strings.ReplaceAll(strings.ReplaceAll(r, "<w:t ", "<w:delText "), "</w:t>", "</w:delText>")
			r = strings.ReplaceAll(strings.ReplaceAll(r, "<w:t>", "<w:delText>"), "</w:t>", "</w:delText>")
		}
		return a.mark(kind) + r + "</w:" + kind + ">"
	})
}

// markParagraph marks a paragraph's mark as inserted or deleted.
func (a *amendment) markParagraph(p, kind string) string {
	m := strings.TrimSuffix(a.mark(kind), ">") + "/>"
	return strings.Replace(p, "</w:pPr>", "<w:rPr>"+m+"</w:rPr></w:pPr>", 1)
}

// replace changes old to new inside one run.
func (a *amendment) replace(old, new string) {
	s, e := a.span(a.amended, "<w:r>", old)
	run := a.amended[s:e]
	ti := strings.Index(run, "<w:t")
	rPr := run[len("<w:r>"):ti]
	textStart := ti + strings.Index(run[ti:], ">") + 1
	textEnd := strings.Index(run, "</w:t>")
	text := run[textStart:textEnd]
	k := strings.Index(text, old)
	mk := func(t string) string {
		if t == "" {
			return ""
		}
		return `<w:r>` + rPr + `<w:t xml:space="preserve">` + t + `</w:t></w:r>`
	}
	repl := mk(text[:k]) +
		a.mark("del") + `<w:r>` + rPr + `<w:delText xml:space="preserve">` + old + `</w:delText></w:r></w:del>` +
		a.mark("ins") + mk(new) + `</w:ins>` + mk(text[k+len(old):])
	a.amended = a.amended[:s] + repl + a.amended[e:]
	a.plain = strings.Replace(a.plain, old, new, 1)
}

func (a *amendment) deleteParagraph(text string) {
	s, e := a.span(a.amended, "<w:p>", text)
	p := a.markParagraph(a.wrapRuns(a.amended[s:e], "del"), "del")
	a.amended = a.amended[:s] + p + a.amended[e:]
	s, e = a.span(a.plain, "<w:p>", text)
	a.plain = a.plain[:s] + a.plain[e:]
}

// insertParagraph adds a paragraph like the one holding after, after it.
func (a *amendment) insertParagraph(after, text string) {
	for _, doc := range []*string{&a.amended, &a.plain} {
		s, e := a.span(*doc, "<w:p>", after)
		p := (*doc)[s:e]
		pPr := p[:strings.Index(p, "</w:pPr>")+len("</w:pPr>")]
		run := `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>`
		np := pPr + run + `</w:p>`
		if doc == &a.amended {
			np = a.markParagraph(pPr+a.mark("ins")+run+`</w:ins></w:p>`, "ins")
		}
		*doc = (*doc)[:e] + np + (*doc)[e:]
	}
}

// moveParagraph moves the paragraph holding text to after the one
// holding after.
func (a *amendment) moveParagraph(text, after string) {
	s, e := a.span(a.amended, "<w:p>", text)
	orig := a.amended[s:e]
	from := a.markParagraph(a.wrapRuns(orig, "moveFrom"), "moveFrom")
	a.amended = a.amended[:s] + from + a.amended[e:]
	_, e = a.span(a.amended, "<w:p>", after)
	to := a.markParagraph(a.wrapRuns(orig, "moveTo"), "moveTo")
	a.amended = a.amended[:e] + to + a.amended[e:]
	s, e = a.span(a.plain, "<w:p>", text)
	a.plain = a.plain[:s] + a.plain[e:]
	_, e = a.span(a.plain, "<w:p>", after)
	a.plain = a.plain[:e] + orig + a.plain[e:]
}

func (a *amendment) deleteRow(text string) {
	s, e := a.span(a.amended, "<w:tr>", text)
	row := a.wrapRuns(a.amended[s:e], "del")
	row = "<w:tr><w:trPr>" + strings.TrimSuffix(a.mark("del"), ">") + "/></w:trPr>" + strings.TrimPrefix(row, "<w:tr>")
	a.amended = a.amended[:s] + row + a.amended[e:]
	s, e = a.span(a.plain, "<w:tr>", text)
	a.plain = a.plain[:s] + a.plain[e:]
}

func (a *amendment) insertRow(after string, cells ...string) {
	for _, doc := range []*string{&a.amended, &a.plain} {
		_, e := a.span(*doc, "<w:tr>", after)
		var row strings.Builder
		row.WriteString("<w:tr>")
		if doc == &a.amended {
			row.WriteString("<w:trPr>" + strings.TrimSuffix(a.mark("ins"), ">") + "/></w:trPr>")
		}
		for _, c := range cells {
			run := `<w:r><w:t xml:space="preserve">` + c + `</w:t></w:r>`
			if doc == &a.amended {
				run = a.mark("ins") + run + "</w:ins>"
			}
			row.WriteString(`<w:tc><w:tcPr /><w:p><w:pPr><w:pStyle w:val="Compact" /></w:pPr>` + run + `</w:p></w:tc>`)
		}
		row.WriteString("</w:tr>")
		*doc = (*doc)[:e] + row.String() + (*doc)[e:]
	}
}

// amendments are two amendments to bundled constitutions, as an officer
// would track them in Word.
var amendments = []struct {
	name, base string
	edit       func(a *amendment)
	// listed are lines the list of tracked changes must have.
	listed []string
}{
	{
		name: "brantwick-amended", base: "brantwick",
		edit: func(a *amendment) {
			a.author, a.date = "Jane Whitlock (Board Secretary)", "2015-02-02T09:30:00Z"
			// Governing Body: two GP seats fewer, a secondary care doctor.
			a.deleteParagraph("three further GP members elected by the member practices;")
			a.insertParagraph("the Deputy Chair, a GP elected by the member practices;", "one further GP member elected by the member practices;")
			a.insertParagraph("a registered nurse;", "a secondary care specialist doctor;")
			// Practices' obligations reworded.
			a.replace("three quarters", "two thirds")
			// Co-commissioning: from joint to delegated.
			a.author, a.date = "Dr Martin Okafor", "2015-02-03T14:00:00Z"
			a.replace("jointly with NHS England through the Primary Care Committee", "under delegated arrangements with NHS England, through the Primary Care Committee")
			// The Primary Care Committee: a member removed; an observer
			// given a vote.
			a.deleteRow("Locality representative (Brant Valley Rural)")
			a.replace("Observer", "Yes")
			// The Director of Public Health clause moved under the Council
			// of Members.
			a.moveParagraph("5.2.2 The Director of Public Health", "6.1.1 The Council of Members consists")
			// Member practices: one leaves, one joins.
			a.deleteRow("Eastgate Surgery")
			a.insertRow("Tannery Lane Surgery", "L83050", "Riverside Surgery", "5,102", "4 Quay Street, Brantwick, BW2 9RQ", "Dr Asha Patel (Partner)", "24/02/2015")
		},
		listed: []string{
			"delete by Jane Whitlock (Board Secretary): three quarters\n",
			"insert by Jane Whitlock (Board Secretary): two thirds\n",
			"delete by Dr Martin Okafor: L83021 Eastgate Surgery 6,233 7 Eastgate, Brantwick, BW2 4EG - -\n",
			"insert by Dr Martin Okafor: L83050 Riverside Surgery 5,102 4 Quay Street, Brantwick, BW2 9RQ Dr Asha Patel (Partner) 24/02/2015\n",
			"move from by Dr Martin Okafor: 5.2.2 The Director of Public Health",
			"move to by Dr Martin Okafor: 5.2.2 The Director of Public Health",
		},
	},
	{
		name: "kirkhallam-amended", base: "kirkhallam",
		edit: func(a *amendment) {
			a.author, a.date = "Kirkhallam CCG Governance Team", "2015-03-10T11:00:00Z"
			// The committee's quorum no longer needs a GP member.
			a.replace("quorum of the Committee is six voting members", "quorum of the Committee is four voting members")
			// Conflicted members may now stay and vote: they declare the
			// interest and need not leave.
			a.replace("not take part in the discussion or vote on that item", "declare it before the discussion of that item")
			a.replace("and shall leave", "and need not leave")
			// One lay member fewer on the committee.
			a.deleteParagraph("3 lay members of the Governing Body, one of whom chairs the")
			a.insertParagraph("the registered nurse member of the Governing Body;", "2 lay members of the Governing Body, one of whom chairs the Committee;")
		},
		listed: []string{
			"delete by Kirkhallam CCG Governance Team: quorum of the Committee is six voting members\n",
			"insert by Kirkhallam CCG Governance Team: declare it before the discussion of that item\n",
		},
	},
}

// unpack reads a .docx's parts, in their order.
func unpack(t *testing.T, src []byte) (map[string][]byte, []string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	var order []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = b
		order = append(order, f.Name)
	}
	return parts, order
}

func repack(t *testing.T, parts map[string][]byte, order []string, document string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range order {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if name == "word/document.xml" {
			w.Write([]byte(document))
		} else {
			w.Write(parts[name])
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestTrackedChangesDiff: `ccgvet diff AMENDED.docx` gives the same
// governance changes, regressions and criteria as diffing the document
// before and after the same edits, made outright, as two files; and
// lists every tracked change with its author and date.
func TestTrackedChangesDiff(t *testing.T) {
	eng, err := engine.New(context.Background(), engine.Options{Timeout: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, am := range amendments {
		t.Run(am.name, func(t *testing.T) {
			oldPath := filepath.Join(root, "testdata", "docx", "pandoc", am.base+".docx")
			src, err := os.ReadFile(oldPath)
			if err != nil {
				t.Fatal(err)
			}
			parts, order := unpack(t, src)
			a := &amendment{t: t, amended: string(parts["word/document.xml"]), plain: string(parts["word/document.xml"])}
			am.edit(a)
			amendedPath := filepath.Join(dir, am.name+".docx")
			newPath := filepath.Join(dir, am.name+"-accepted.docx")
			amended := repack(t, parts, order, a.amended)
			for p, b := range map[string][]byte{amendedPath: amended, newPath: repack(t, parts, order, a.plain)} {
				if err := os.WriteFile(p, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if *update {
				if err := os.WriteFile(filepath.Join(root, "testdata", "docx", "tracked", am.name+".docx"), amended, 0o644); err != nil {
					t.Fatal(err)
				}
			}

			// The views are the two files, paragraph for paragraph.
			for _, v := range []struct {
				view docx.View
				want []byte
			}{{docx.Rejected, src}, {docx.Accepted, repack(t, parts, order, a.plain)}} {
				got, _, ierr := docx.ReadView(amended, v.view)
				if ierr != nil {
					t.Fatal(ierr)
				}
				want, _ := docx.Read(v.want)
				if g, w := texts(got.Blocks), texts(want.Blocks); !slices.Equal(g, w) {
					t.Errorf("view %d: blocks differ from the file's:\n%s", v.view, firstDiff(g, w))
				}
				if g, w := tableTexts(got.Tables), tableTexts(want.Tables); !slices.Equal(g, w) {
					t.Errorf("view %d: tables differ from the file's:\n%s", v.view, firstDiff(g, w))
				}
			}

			separate, err := eng.Diff(context.Background(), oldPath, newPath)
			if err != nil {
				t.Fatal(err)
			}
			// The same amendment saved by LibreOffice (make.sh), which
			// writes tracked changes its own way.
			lo := filepath.Join(root, "testdata", "docx", "tracked", "libreoffice", am.name+".docx")
			if _, err := os.Stat(lo); err == nil {
				viaLO, err := eng.DiffTracked(context.Background(), lo)
				if err != nil {
					t.Fatal(err)
				}
				if g, w := changeKeys(viaLO), changeKeys(separate); !slices.Equal(g, w) {
					t.Errorf("LibreOffice's copy: changes:\n tracked  %q\n separate %q", g, w)
				}
				if !slices.Equal(viaLO.Regressions, separate.Regressions) || !slices.Equal(criteria(viaLO), criteria(separate)) {
					t.Errorf("LibreOffice's copy: regressions %q, want %q", viaLO.Regressions, separate.Regressions)
				}
			} else {
				t.Errorf("no LibreOffice copy of the amendment: run testdata/docx/make.sh")
			}
			tracked, err := eng.DiffTracked(context.Background(), amendedPath)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := changeKeys(tracked), changeKeys(separate); !slices.Equal(g, w) {
				t.Errorf("changes:\n tracked  %q\n separate %q", g, w)
			}
			if !slices.Equal(tracked.Regressions, separate.Regressions) {
				t.Errorf("regressions:\n tracked  %q\n separate %q", tracked.Regressions, separate.Regressions)
			}
			if g, w := criteria(tracked), criteria(separate); !slices.Equal(g, w) {
				t.Errorf("criteria:\n tracked  %q\n separate %q", g, w)
			}
			if len(tracked.Changes) == 0 {
				t.Error("no governance changes found")
			}
			// Every change is listed, the runs of one change (a row's
			// cells, a paragraph's runs) as one.
			made := len(changeRe.FindAllString(a.amended, -1))
			if len(tracked.Tracked) == 0 || len(tracked.Tracked) > made {
				t.Errorf("%d tracked changes listed, %d made", len(tracked.Tracked), made)
			}
			var all strings.Builder
			for _, tc := range tracked.Tracked {
				fmt.Fprintf(&all, "%s by %s: %s\n", tc.Kind, tc.Author, tc.Text)
			}
			for _, want := range am.listed {
				if !strings.Contains(all.String(), want) {
					t.Errorf("tracked changes do not list %q:\n%s", want, all.String())
				}
			}
			for _, tc := range tracked.Tracked {
				if tc.Author == "" || tc.Date == "" || tc.Paragraph < 1 {
					t.Errorf("tracked change without author, date or place: %+v", tc)
				}
			}
			t.Logf("%d tracked changes: %d governance changes, %d regressions", len(tracked.Tracked), len(tracked.Changes), len(tracked.Regressions))
		})
	}
}

func texts(bs []outline.Block) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Number+" "+b.Text)
	}
	return out
}

func tableTexts(ts []outline.Table) []string {
	var out []string
	for _, t := range ts {
		out = append(out, strings.Join(t.Header, "|"))
		for _, r := range t.Rows {
			out = append(out, strings.Join(r.Cells, "|"))
		}
	}
	return out
}

func changeKeys(r *diff.Result) []string {
	var out []string
	for _, c := range r.Changes {
		out = append(out, c.Kind+": "+c.Description)
	}
	return out
}

func criteria(r *diff.Result) []string {
	var out []string
	for _, c := range r.Old.Criteria {
		out = append(out, "old "+c.ID+"="+c.Status)
	}
	for _, c := range r.New.Criteria {
		out = append(out, "new "+c.ID+"="+c.Status)
	}
	return out
}

func firstDiff(g, w []string) string {
	for i := 0; i < max(len(g), len(w)); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf(" at %d:\n  got  %q\n  want %q", i, a, b)
		}
	}
	return ""
}
