package markdown

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/model"
)

// decodeText gives src as UTF-8 whose lines end in LF or CRLF, which is
// what the rest of the reader counts lines by.
//
// UTF-16 and UTF-32 (PowerShell 5 writes UTF-16, and Word can save either)
// are decoded, with a byte-order mark or, without one, recognised by the
// zero bytes of their ASCII text; the reader would otherwise call them
// binary for those zero bytes. A carriage return not followed by a line
// feed ends a line, as CommonMark says (old Mac files and some exports end
// every line so): it becomes a line feed, the same length, so offsets
// stay put; left alone, the whole file would be read as one line.
//
// src is not changed; the result may be src itself.
func decodeText(src []byte) ([]byte, []model.ParseWarning) {
	var warnings []model.ParseWarning
	if enc := detectEncoding(src); enc != nil {
		out, bad := enc.decode(src)
		msg := fmt.Sprintf("the file is %s; it was read as such, but save it as UTF-8 to be sure every reader agrees", enc.name)
		if bad > 0 {
			msg = fmt.Sprintf("the file is %s, with %d code units that are not valid; they were read as U+FFFD (save it as UTF-8)", enc.name, bad)
		}
		warnings = append(warnings, model.ParseWarning{Line: 1, Message: msg})
		src = out
	}
	return loneCRs(src), warnings
}

// encoding is a wide Unicode encoding.
type encoding struct {
	name  string
	width int // bytes per code unit: 2 or 4
	order binary.ByteOrder
	bom   int // bytes of byte-order mark to skip
}

// detectEncoding recognises UTF-16 and UTF-32 by their byte-order mark,
// else by where the zero bytes fall in the first kilobyte: text of a
// constitution is mostly ASCII, each character of which is one non-zero
// byte and one (UTF-16) or three (UTF-32) zero bytes. UTF-8 text has no
// zero bytes at all, so it is never taken for either. nil means neither.
func detectEncoding(src []byte) *encoding {
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE, 0, 0}):
		return &encoding{"UTF-32 (little-endian)", 4, binary.LittleEndian, 4}
	case bytes.HasPrefix(src, []byte{0, 0, 0xFE, 0xFF}):
		return &encoding{"UTF-32 (big-endian)", 4, binary.BigEndian, 4}
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		return &encoding{"UTF-16 (little-endian)", 2, binary.LittleEndian, 2}
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return &encoding{"UTF-16 (big-endian)", 2, binary.BigEndian, 2}
	}
	if len(src) < 4 || bytes.IndexByte(src, 0) < 0 {
		return nil
	}
	sample := src[:min(len(src), 1024)]
	// zeros[i] counts the zero bytes at offset i modulo 4.
	var zeros [4]int
	for i, b := range sample {
		if b == 0 {
			zeros[i%4]++
		}
	}
	quarter := len(sample) / 4
	most := func(n int) bool { return n*10 >= quarter*9 } // 90% of a quarter
	few := func(n int) bool { return n*10 <= quarter }    // 10% of a quarter
	switch {
	case few(zeros[0]) && most(zeros[1]) && most(zeros[2]) && most(zeros[3]):
		return &encoding{"UTF-32 (little-endian)", 4, binary.LittleEndian, 0}
	case most(zeros[0]) && most(zeros[1]) && most(zeros[2]) && few(zeros[3]):
		return &encoding{"UTF-32 (big-endian)", 4, binary.BigEndian, 0}
	case few(zeros[0]) && few(zeros[2]) && most(zeros[1]) && most(zeros[3]):
		return &encoding{"UTF-16 (little-endian)", 2, binary.LittleEndian, 0}
	case most(zeros[0]) && most(zeros[2]) && few(zeros[1]) && few(zeros[3]):
		return &encoding{"UTF-16 (big-endian)", 2, binary.BigEndian, 0}
	}
	return nil
}

// decode converts src to UTF-8, counting the code units that are not
// valid (unpaired surrogates, values past U+10FFFF, a last unit cut
// short), each read as U+FFFD.
func (e *encoding) decode(src []byte) (out []byte, bad int) {
	src = src[e.bom:]
	out = make([]byte, 0, len(src)/e.width*3/2+4)
	if rest := len(src) % e.width; rest != 0 {
		src = src[:len(src)-rest]
		bad++
		defer func() { out = utf8.AppendRune(out, utf8.RuneError) }()
	}
	if e.width == 4 {
		for i := 0; i < len(src); i += 4 {
			r := rune(e.order.Uint32(src[i:]))
			if !utf8.ValidRune(r) {
				r = utf8.RuneError
				bad++
			}
			out = utf8.AppendRune(out, r)
		}
		return out, bad
	}
	for i := 0; i < len(src); i += 2 {
		u := e.order.Uint16(src[i:])
		r := rune(u)
		switch {
		case utf16.IsSurrogate(r):
			if u < 0xDC00 && i+3 < len(src) {
				if pair := utf16.DecodeRune(r, rune(e.order.Uint16(src[i+2:]))); pair != utf8.RuneError {
					out = utf8.AppendRune(out, pair)
					i += 2
					continue
				}
			}
			r = utf8.RuneError
			bad++
		}
		out = utf8.AppendRune(out, r)
	}
	return out, bad
}

// loneCRs returns src with every carriage return that is not followed by a
// line feed made a line feed, copying only when there is one.
func loneCRs(src []byte) []byte {
	i := bytes.IndexByte(src, '\r')
	for i >= 0 && i+1 < len(src) && src[i+1] == '\n' {
		next := bytes.IndexByte(src[i+1:], '\r')
		if next < 0 {
			return src // only CRLF
		}
		i += 1 + next
	}
	if i < 0 {
		return src
	}
	out := bytes.Clone(src)
	for ; i < len(out); i++ {
		if out[i] == '\r' && (i+1 == len(out) || out[i+1] != '\n') {
			out[i] = '\n'
		}
	}
	return out
}
