package docx

import (
	"path"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// relationships reads a .rels part: relationship type (its last path
// element, "styles", "numbering", "officeDocument") -> part name, resolved
// against dir. A missing .rels part is no relationships.
func (p *pkg) relationships(name, dir string) (map[string]string, *model.InputError) {
	out := map[string]string{}
	if _, ok := p.files[name]; !ok {
		return out, nil
	}
	r, ierr := p.open(name)
	if ierr != nil {
		return nil, ierr
	}
	defer r.Close()
	t := newTokens(r, name)
	for {
		tok, ierr := t.next()
		if ierr == errEOF {
			return out, nil
		}
		if ierr != nil {
			return nil, ierr
		}
		if e, ok := tok.start(); ok && e.local == "Relationship" {
			if strings.EqualFold(attr(e, "TargetMode"), "External") {
				continue
			}
			typ := attr(e, "Type")
			typ = typ[strings.LastIndexByte(typ, '/')+1:]
			target := attr(e, "Target")
			if strings.HasPrefix(target, "/") {
				target = strings.TrimPrefix(target, "/")
			} else {
				target = path.Clean(dir + target)
			}
			if _, seen := out[typ]; !seen {
				out[typ] = target
			}
		}
	}
}

// part returns the name of the main part's related part of a type, or the
// usual name.
func (p *pkg) part(typ, usual string) string {
	if n := p.rels[typ]; n != "" {
		if _, ok := p.files[n]; ok {
			return n
		}
	}
	return usual
}

// style is one paragraph or character style, as styles.xml defines it.
type style struct {
	name, basedOn string
	// outline is the outline level (0-8), or -1.
	outline int
	numID   string
	ilvl    int
	hasNum  bool
	// bold and italic are 1 or 0 when the style says, -1 when it does
	// not.
	bold, italic int
}

type styles struct {
	byID        map[string]*style
	defaultPara string
}

func (p *pkg) styles() (*styles, *model.InputError) {
	st := &styles{byID: map[string]*style{}}
	name := p.part("styles", "word/styles.xml")
	if _, ok := p.files[name]; !ok {
		return st, nil
	}
	r, ierr := p.open(name)
	if ierr != nil {
		return nil, ierr
	}
	defer r.Close()
	t := newTokens(r, name)
	var cur *style
	inRPr, inPPr := false, false
	for {
		tok, ierr := t.next()
		if ierr == errEOF {
			return st, nil
		}
		if ierr != nil {
			return nil, ierr
		}
		e := &tok.el
		switch tok.kind {
		case startTok:
			switch e.local {
			case "style":
				cur = &style{outline: -1, ilvl: -1, bold: -1, italic: -1}
				id := attr(e, "styleId")
				if typ := attr(e, "type"); typ == "paragraph" || typ == "character" || typ == "numbering" || typ == "" {
					st.byID[id] = cur
					if d := attr(e, "default"); typ == "paragraph" && (d == "1" || d == "true" || d == "on") {
						st.defaultPara = id
					}
				}
			case "name":
				if cur != nil {
					cur.name = attr(e, "val")
				}
			case "basedOn":
				if cur != nil {
					cur.basedOn = attr(e, "val")
				}
			case "pPr":
				inPPr = true
			case "rPr":
				inRPr = true
			case "outlineLvl":
				if cur != nil && inPPr {
					cur.outline = intAttr(e, -1)
				}
			case "numId":
				if cur != nil && inPPr {
					cur.numID, cur.hasNum = attr(e, "val"), true
				}
			case "ilvl":
				if cur != nil && inPPr {
					cur.ilvl = intAttr(e, 0)
				}
			case "b":
				if cur != nil && inRPr {
					cur.bold = onOff(e)
				}
			case "i":
				if cur != nil && inRPr {
					cur.italic = onOff(e)
				}
			case "docDefaults", "latentStyles", "tblPr", "tblStylePr", "trPr", "tcPr", "rPrChange", "pPrChange":
				if ierr := t.skip(); ierr != nil {
					return nil, ierr
				}
			}
		case endTok:
			switch e.local {
			case "style":
				cur = nil
			case "pPr":
				inPPr = false
			case "rPr":
				inRPr = false
			}
		}
	}
}

// chain calls f on a style and those it is based on, nearest first, until
// f returns true; a loop of basedOn ends it.
func (st *styles) chain(id string, f func(*style) bool) {
	for i := 0; i < 16 && id != ""; i++ {
		s := st.byID[id]
		if s == nil || f(s) {
			return
		}
		id = s.basedOn
	}
}

// headingLevel is the heading level a paragraph style gives (1-9), or 0:
// Heading 1-9 and Title by name, else an outline level, on the style or
// one it is based on.
func (st *styles) headingLevel(id string) int {
	level := 0
	st.chain(id, func(s *style) bool {
		if n := builtinHeading(s.name); n > 0 {
			level = n
			return true
		}
		if s.outline >= 0 && s.outline <= 8 {
			level = s.outline + 1
			return true
		}
		if s.outline == 9 {
			return true // body text, explicitly
		}
		return false
	})
	return level
}

func builtinHeading(name string) int {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "title" {
		return 1
	}
	if rest, ok := strings.CutPrefix(n, "heading"); ok {
		rest = strings.TrimSpace(rest)
		if len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
			return int(rest[0] - '0')
		}
	}
	return 0
}

// tableOfContents reports whether a paragraph style is one of Word's
// table of contents styles (toc 1-9, TOC Heading): the contents list
// repeats the headings with page numbers, and read as text it would
// number every clause twice.
func (st *styles) tableOfContents(id string) bool {
	toc := false
	st.chain(id, func(s *style) bool {
		n := strings.ToLower(strings.TrimSpace(s.name))
		if strings.HasPrefix(n, "toc ") || n == "toc heading" || n == "table of figures" {
			toc = true
			return true
		}
		return false
	})
	return toc
}

// numbering returns the list a paragraph style numbers its paragraphs
// with, if any.
func (st *styles) numbering(id string) (numID string, ilvl int, ok bool) {
	ilvl = -1
	st.chain(id, func(s *style) bool {
		if ilvl < 0 && s.ilvl >= 0 {
			ilvl = s.ilvl
		}
		if s.hasNum {
			numID, ok = s.numID, true
			return true
		}
		return false
	})
	return numID, ilvl, ok
}

// bold reports whether a style makes its text bold.
func (st *styles) bold(id string) bool { return st.says(id, func(s *style) int { return s.bold }) }

// italic reports whether a style makes its text italic.
func (st *styles) italic(id string) bool { return st.says(id, func(s *style) int { return s.italic }) }

// says reports what the first style in id's chain that says anything of
// a run property (1 or 0, -1 when it does not) says of it.
func (st *styles) says(id string, prop func(*style) int) bool {
	b := false
	st.chain(id, func(s *style) bool {
		if v := prop(s); v >= 0 {
			b = v == 1
			return true
		}
		return false
	})
	return b
}

// onOff reads a toggle property (w:b, w:i): 1 on, 0 off.
func onOff(e *elem) int {
	if on(e) {
		return 1
	}
	return 0
}
