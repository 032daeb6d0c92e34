package docx

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/model"
)

// tokens reads one XML part as a stream of elements and text, counting
// the nesting. It is a small scanner of its own rather than encoding/xml,
// which costs four times as much (a string for every name and attribute
// value, Word's many revision-id attributes included); it reads what
// WordprocessingML is: elements, attributes, text with the five entities
// and character references, comments, processing instructions and CDATA.
// Names keep only their local part: the reader matches local names, which
// Word's namespaces leave unambiguous. A DOCTYPE is skipped, and no entity
// it might declare is ever expanded.
type tokens struct {
	src   []byte
	pos   int
	name  string
	depth int
	kind  tokenKind
	el    elem
	chars []byte
	// closing says the start just returned was self-closing: its end
	// comes next.
	closing bool
	// unescaped is the buffer text with entities is decoded into.
	unescaped []byte
	readErr   *model.InputError
}

type tokenKind int

const (
	startTok tokenKind = iota + 1
	endTok
	textTok
)

// elem is the element just started or ended; valid until the next token.
type elem struct {
	local string
	attrs []rawAttr
}

type rawAttr struct {
	local string
	val   []byte
}

// newTokens reads a part whole (MaxPartSize bounds it) and scans it.
func newTokens(r io.Reader, name string) *tokens {
	var buf bytes.Buffer
	if l, ok := r.(*limited); ok && l.size > 0 {
		// The size the archive declares (checked against MaxPartSize when
		// opened, and held to by archive/zip): one allocation.
		buf.Grow(int(l.size) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(r)
	src := buf.Bytes()
	t := &tokens{src: src, name: name}
	if err != nil {
		t.src = nil
		t.pos = -1
		t.readErr = readError(name, err)
	}
	return t
}

// start returns the element a start token began.
func (t *tokens) start() (*elem, bool) { return &t.el, t.kind == startTok }

// end returns the element an end token ended.
func (t *tokens) end() (*elem, bool) { return &t.el, t.kind == endTok }

// names interns element and attribute names: a document uses a few dozen.
var names = func() map[string]string {
	m := map[string]string{}
	for _, n := range strings.Fields(`p r t pPr rPr pStyle numPr ilvl numId outlineLvl b tab br cr ins del moveTo moveFrom
		delText tbl tr tc tcPr trPr gridSpan vMerge body sdt sdtContent sdtPr hyperlink fldSimple instrText
		val author date id style styleId type default name basedOn abstractNum num abstractNumId lvl start numFmt
		lvlText lvlRestart isLgl lvlOverride startOverride property Relationship Type Target TargetMode rsidR rsidRPr
		rsidRDefault rsidP space jc ind spacing rFonts sz szCs lang color bCs i iCs u proofErr bookmarkStart bookmarkEnd
		tblPr tblGrid gridCol tcW tblW tblStyle tblLook shd vAlign w h`) {
		m[n] = n
	}
	return m
}()

func intern(b []byte) string {
	if s, ok := names[string(b)]; ok {
		return s
	}
	return string(b)
}

// next reads the next token (its kind in t.kind, its element in t.el, its
// text in t.chars), or returns errEOF at the end of the part. A start
// beyond MaxNesting is an error, and so is XML that is not well formed
// enough to read.
func (t *tokens) next() (*tokens, *model.InputError) {
	if t.readErr != nil {
		return nil, t.readErr
	}
	if t.closing {
		t.closing = false
		t.kind = endTok
		t.el.attrs = t.el.attrs[:0]
		t.depth--
		return t, nil
	}
	src := t.src
	for {
		if t.pos >= len(src) {
			return nil, errEOF
		}
		if src[t.pos] != '<' {
			end := bytes.IndexByte(src[t.pos:], '<')
			if end < 0 {
				end = len(src) - t.pos
			}
			raw := src[t.pos : t.pos+end]
			t.pos += end
			t.kind = textTok
			t.chars = t.unescape(raw)
			return t, nil
		}
		rest := src[t.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			if !t.skipPast("-->") {
				return nil, t.malformed("an unclosed comment")
			}
			continue
		case bytes.HasPrefix(rest, []byte("<?")):
			if !t.skipPast("?>") {
				return nil, t.malformed("an unclosed processing instruction")
			}
			continue
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			end := bytes.Index(rest, []byte("]]>"))
			if end < 0 {
				return nil, t.malformed("an unclosed CDATA section")
			}
			t.chars = rest[len("<![CDATA["):end]
			t.pos += end + 3
			t.kind = textTok
			return t, nil
		case bytes.HasPrefix(rest, []byte("<!")):
			if !t.skipPast(">") {
				return nil, t.malformed("an unclosed declaration")
			}
			continue
		case bytes.HasPrefix(rest, []byte("</")):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return nil, t.malformed("an unclosed end tag")
			}
			t.el.local = intern(localName(bytes.TrimSpace(rest[2:end])))
			t.el.attrs = t.el.attrs[:0]
			t.pos += end + 1
			t.kind = endTok
			t.depth--
			return t, nil
		}
		return t, t.startTag()
	}
}

// startTag reads "<name attr="v" ...>" or "<name .../>" at t.pos.
func (t *tokens) startTag() *model.InputError {
	src := t.src
	i := t.pos + 1
	n := i
	for n < len(src) && !isSpace(src[n]) && src[n] != '>' && src[n] != '/' {
		n++
	}
	if n == i {
		return t.malformed("a tag with no name")
	}
	t.el.local = intern(localName(src[i:n]))
	t.el.attrs = t.el.attrs[:0]
	i = n
	for {
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		if i >= len(src) {
			return t.malformed("an unclosed tag")
		}
		switch src[i] {
		case '>':
			t.pos = i + 1
			return t.opened(false)
		case '/':
			if i+1 < len(src) && src[i+1] == '>' {
				t.pos = i + 2
				return t.opened(true)
			}
			return t.malformed("a stray / in a tag")
		}
		eq := bytes.IndexByte(src[i:], '=')
		if eq < 0 {
			return t.malformed("an attribute with no value")
		}
		an := bytes.TrimSpace(src[i : i+eq])
		i += eq + 1
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		if i >= len(src) || src[i] != '"' && src[i] != '\'' {
			return t.malformed("an attribute value not in quotes")
		}
		q := src[i]
		end := bytes.IndexByte(src[i+1:], q)
		if end < 0 {
			return t.malformed("an unclosed attribute value")
		}
		val := src[i+1 : i+1+end]
		i += end + 2
		if len(t.el.attrs) < 64 {
			t.el.attrs = append(t.el.attrs, rawAttr{local: intern(localName(an)), val: val})
		}
	}
}

func (t *tokens) opened(selfClosing bool) *model.InputError {
	t.kind = startTok
	t.depth++
	t.closing = selfClosing
	if t.depth > MaxNesting {
		return inputError("not read: %s nests XML elements more than %d deep", t.name, MaxNesting)
	}
	return nil
}

func (t *tokens) skipPast(end string) bool {
	i := bytes.Index(t.src[t.pos:], []byte(end))
	if i < 0 {
		return false
	}
	t.pos += i + len(end)
	return true
}

func (t *tokens) malformed(what string) *model.InputError {
	return inputError("not a readable Word document: %s is not well-formed XML (%s at byte %d)", t.name, what, t.pos)
}

func localName(b []byte) []byte {
	if i := bytes.LastIndexByte(b, ':'); i >= 0 {
		return b[i+1:]
	}
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// unescape decodes entities and character references; text without any
// is returned as it is.
func (t *tokens) unescape(raw []byte) []byte {
	if bytes.IndexByte(raw, '&') < 0 {
		return raw
	}
	out := t.unescaped[:0]
	for len(raw) > 0 {
		amp := bytes.IndexByte(raw, '&')
		if amp < 0 {
			out = append(out, raw...)
			break
		}
		out = append(out, raw[:amp]...)
		raw = raw[amp:]
		semi := bytes.IndexByte(raw, ';')
		if semi < 0 || semi > 12 {
			out = append(out, '&')
			raw = raw[1:]
			continue
		}
		ent := string(raw[1:semi])
		raw = raw[semi+1:]
		switch ent {
		case "amp":
			out = append(out, '&')
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "quot":
			out = append(out, '"')
		case "apos":
			out = append(out, '\'')
		default:
			r := rune(-1)
			if strings.HasPrefix(ent, "#x") || strings.HasPrefix(ent, "#X") {
				if n, err := strconv.ParseUint(ent[2:], 16, 32); err == nil {
					r = rune(n)
				}
			} else if strings.HasPrefix(ent, "#") {
				if n, err := strconv.ParseUint(ent[1:], 10, 32); err == nil {
					r = rune(n)
				}
			}
			if r >= 0 && utf8.ValidRune(r) {
				out = utf8.AppendRune(out, r)
			}
		}
	}
	t.unescaped = out
	return out
}

// errEOF marks the end of a part; it is never returned to a caller.
var errEOF = &model.InputError{Message: "end of part"}

// skip reads past the end of the element just started.
func (t *tokens) skip() *model.InputError {
	end := t.depth - 1
	for t.depth > end {
		if _, ierr := t.next(); ierr != nil {
			if ierr == errEOF {
				return nil
			}
			return ierr
		}
	}
	return nil
}

// text reads the character data of the element just started, up to its
// end.
func (t *tokens) text(b *strings.Builder) *model.InputError {
	end := t.depth - 1
	for t.depth > end {
		_, ierr := t.next()
		if ierr != nil {
			if ierr == errEOF {
				return nil
			}
			return ierr
		}
		if t.kind == textTok && t.depth == end+1 {
			b.Write(t.chars)
		}
	}
	return nil
}

// attr returns the value of the attribute with local name local.
func attr(e *elem, local string) string {
	for _, a := range e.attrs {
		if a.local == local {
			return string(a.val)
		}
	}
	return ""
}

// on reads a w:b-like toggle: present is on unless val says off.
func on(e *elem) bool {
	switch strings.ToLower(attr(e, "val")) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// intAttr reads w:val as an integer, or def.
func intAttr(e *elem, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(attr(e, "val")))
	if err != nil {
		return def
	}
	return n
}
