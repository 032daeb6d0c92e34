// Command autonumber turns the clause numbers typed at the start of a
// pandoc-made .docx's paragraphs ("6.3.2 The Group ...") into Word
// automatic numbering (numbering.xml, w:numPr), and writes the Markdown's
// YAML front matter as custom document properties (member_vote as YAML
// text). Used by make.sh; not part of ccgvet.
//
//	go run ./testdata/docx/autonumber IN.docx CONSTITUTION.md OUT.docx
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: autonumber IN.docx CONSTITUTION.md OUT.docx")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, "autonumber:", err)
		os.Exit(1)
	}
}

func run(in, md, out string) error {
	zr, err := zip.OpenReader(in)
	if err != nil {
		return err
	}
	defer zr.Close()
	src, err := os.ReadFile(md)
	if err != nil {
		return err
	}
	parts := map[string][]byte{}
	var order []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return err
		}
		parts[f.Name] = b
		order = append(order, f.Name)
	}
	doc, nums, abstract, n := number(string(parts["word/document.xml"]))
	parts["word/document.xml"] = []byte(doc)
	numbering := string(parts["word/numbering.xml"])
	if i := strings.Index(numbering, "<w:num "); i >= 0 {
		numbering = numbering[:i] + abstract + numbering[i:]
	} else if i := strings.Index(numbering, "<w:num>"); i >= 0 {
		numbering = numbering[:i] + abstract + numbering[i:]
	} else {
		i := strings.LastIndex(numbering, "</w:numbering>")
		numbering = numbering[:i] + abstract + numbering[i:]
	}
	i := strings.LastIndex(numbering, "</w:numbering>")
	parts["word/numbering.xml"] = []byte(numbering[:i] + nums + numbering[i:])
	if _, ok := parts["docProps/custom.xml"]; ok {
		parts["docProps/custom.xml"] = customProps(src)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range order {
		w, err := zw.Create(name)
		if err != nil {
			return err
		}
		if _, err := w.Write(parts[name]); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d paragraphs numbered automatically\n", out, n)
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

var (
	paraRe   = regexp.MustCompile(`(?s)<w:p>(.*?)</w:p>|<w:tbl>|</w:tbl>`)
	firstT   = regexp.MustCompile(`(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)`)
	numberRe = regexp.MustCompile(`^(\d{1,3}(?:\.\d{1,3}){1,3})\.?\s+`)
	// topRe reads a top-level heading's number: "Section 3: ", "3. ",
	// "PART 3 – ".
	topRe = regexp.MustCompile(`^(Section |PART )?(\d{1,2})(:|\.| –) +`)
)

const (
	abstractID = 9001
	numID      = 9100
)

// number replaces typed numbers with automatic ones from one multi-level
// list, as a Word user sets up outline numbering: level 1 numbers the
// top-level headings ("Section %1:", "%1.", "PART %1 –", whichever the
// document types), level 2 "%1.%2", level 3 "%1.%2.%3" and so on, for
// headings and paragraphs alike. A typed number Word would not show
// there (a number skipped) stays typed, and the list runs on past it.
func number(doc string) (out, nums, abstract string, count int) {
	var vals [4]int
	top := ""
	inTable := 0
	out = paraRe.ReplaceAllStringFunc(doc, func(p string) string {
		switch p {
		case "<w:tbl>":
			inTable++
			return p
		case "</w:tbl>":
			inTable--
			return p
		}
		if inTable > 0 || strings.Contains(p, "<w:numPr>") {
			return p
		}
		m := firstT.FindStringSubmatchIndex(p)
		if m == nil {
			return p
		}
		text := html.UnescapeString(p[m[4]:m[5]])
		var typed []int
		var cut int
		if tm := topRe.FindStringSubmatch(text); tm != nil && strings.Contains(p, `w:val="Heading1"`) {
			label := tm[1] + "%1" + tm[3]
			if top == "" {
				top = label
			}
			if label != top {
				return p
			}
			v, _ := strconv.Atoi(tm[2])
			typed, cut = []int{v}, len(tm[0])
		} else if nm := numberRe.FindStringSubmatch(text); nm != nil && top != "" {
			for _, s := range strings.Split(nm[1], ".") {
				v, _ := strconv.Atoi(s)
				typed = append(typed, v)
			}
			cut = len(nm[0])
		} else {
			return p
		}
		ilvl := len(typed) - 1
		for k := 0; k <= ilvl; k++ {
			want := max(vals[k], 1)
			if k == ilvl {
				want = vals[k] + 1
			}
			if want != typed[k] {
				return p
			}
		}
		copy(vals[:], typed)
		for k := ilvl + 1; k < 4; k++ {
			vals[k] = 0
		}
		count++
		rest := html.EscapeString(text[cut:])
		p = p[:m[4]] + rest + p[m[5]:]
		numPr := fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, ilvl, numID)
		if i := strings.Index(p, "</w:pStyle>"); i >= 0 {
			p = p[:i+len("</w:pStyle>")] + numPr + p[i+len("</w:pStyle>"):]
		} else if i := strings.Index(p, "<w:pStyle "); i >= 0 {
			j := strings.Index(p[i:], "/>") + i + 2
			p = p[:j] + numPr + p[j:]
		} else {
			p = "<w:p><w:pPr>" + numPr + "</w:pPr>" + strings.TrimPrefix(p, "<w:p>")
		}
		return p
	})
	var ab strings.Builder
	fmt.Fprintf(&ab, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>`, abstractID)
	text := "%1"
	for k := 0; k < 9; k++ {
		lvl := text
		if k == 0 {
			lvl = html.EscapeString(top)
		} else {
			text += ".%" + strconv.Itoa(k+1)
			lvl = text
		}
		fmt.Fprintf(&ab, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>`, k, lvl)
	}
	ab.WriteString(`</w:abstractNum>`)
	nums = fmt.Sprintf(`<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, numID, abstractID)
	return out, nums, ab.String(), count
}

// customProps writes the front matter's top-level keys as custom
// properties, each value as its YAML text.
func customProps(md []byte) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	s := string(md)
	if strings.HasPrefix(s, "---\n") {
		end := strings.Index(s[4:], "\n---")
		lines := strings.Split(s[4:4+end], "\n")
		type kv struct{ k, v string }
		var props []kv
		keyRe := regexp.MustCompile(`^([A-Za-z_]+):\s*(.*)$`)
		for _, l := range lines {
			if m := keyRe.FindStringSubmatch(l); m != nil {
				props = append(props, kv{m[1], m[2]})
			} else if len(props) > 0 && strings.TrimSpace(l) != "" {
				last := &props[len(props)-1]
				if last.v != "" {
					last.v += "\n"
				}
				last.v += strings.TrimPrefix(l, "  ")
			}
		}
		for i, p := range props {
			fmt.Fprintf(&b, `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>`, i+2, p.k, html.EscapeString(p.v))
		}
	}
	b.WriteString(`</Properties>`)
	return []byte(b.String())
}
