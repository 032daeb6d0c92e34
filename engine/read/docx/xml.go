package docx

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// tokens reads one XML part as raw tokens (names keep their prefixes
// unresolved: the reader matches local names, which is what Word's
// namespaces leave unambiguous), counting the nesting.
type tokens struct {
	d     *xml.Decoder
	name  string
	depth int
}

func newTokens(r io.Reader, name string) *tokens {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	return &tokens{d: d, name: name}
}

// next returns the next token, or io.EOF at the end of the part. Start
// and end elements change the depth; a start beyond MaxNesting is an
// error.
func (t *tokens) next() (xml.Token, *model.InputError) {
	tok, err := t.d.RawToken()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errEOF
		}
		return nil, readError(t.name, err)
	}
	switch tok.(type) {
	case xml.StartElement:
		t.depth++
		if t.depth > MaxNesting {
			return nil, inputError("not read: %s nests XML elements more than %d deep", t.name, MaxNesting)
		}
	case xml.EndElement:
		t.depth--
	}
	return tok, nil
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
		tok, ierr := t.next()
		if ierr != nil {
			if ierr == errEOF {
				return nil
			}
			return ierr
		}
		if cd, ok := tok.(xml.CharData); ok && t.depth == end+1 {
			b.Write(cd)
		}
	}
	return nil
}

// attr returns the value of the attribute with local name local.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// on reads a w:b-like toggle: present is on unless val says off.
func on(e xml.StartElement) bool {
	switch strings.ToLower(attr(e, "val")) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// intAttr reads w:val as an integer, or def.
func intAttr(e xml.StartElement, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(attr(e, "val")))
	if err != nil {
		return def
	}
	return n
}
