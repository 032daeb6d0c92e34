// Package docx reads a constitution written in Word (.docx,
// WordprocessingML) into the same outline the Markdown reader makes
// (engine/outline): paragraphs, headings from paragraph styles and bold
// paragraphs, Word's automatic numbering as Word displays it, tables with
// merged cells, and the document properties in place of front matter.
//
// It uses only archive/zip and a small XML scanner of its own (see
// tokens): each XML part is read whole, within MaxPartSize, and scanned
// once, token by token, never built into a tree. Word has no lines: a location's Line is the
// paragraph's position in the body (1-based, tables and text boxes
// included), which is also its Paragraph, so that everything that orders
// or ranges by line (sections, evidence, findings) works unchanged.
//
// A document with tracked changes is read as Word shows it with every
// change accepted, or (ReadView) with every change rejected.
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// Limits on what a .docx may make the reader do. A real constitution is a
// few dozen entries and a few megabytes of XML; these are far beyond it.
const (
	// MaxEntries is the most entries the archive may list.
	MaxEntries = 10000
	// MaxTotalSize is the most the archive's entries may unpack to in all.
	MaxTotalSize = 1 << 30
	// MaxPartSize is the most one XML part read may unpack to: it is read
	// whole. A 300-page constitution is some 20 MB of XML.
	MaxPartSize = 64 << 20
	// MaxRatio is the largest compression ratio of an entry over
	// ratioFloor bytes: XML compresses about twentyfold, a zip bomb a
	// thousandfold.
	MaxRatio   = 200
	ratioFloor = 1 << 20
	// MaxNesting is the deepest XML element nesting read. Word's own
	// documents stay under thirty.
	MaxNesting = 256
)

// View says which version of a document with tracked changes to read.
type View int

const (
	// Accepted reads the document with every tracked change accepted (as
	// it will be): insertions kept, deletions gone.
	Accepted View = iota
	// Rejected reads it with every change rejected (as it was).
	Rejected
)

// Signatures of files that are not a .docx.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
	// encryptedPackage is the stream an encrypted Office document keeps
	// its encrypted zip in, named in UTF-16.
	encryptedPackage = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")
)

// IsDocx reports whether src looks like a Word document or something a
// Word user may have meant as one: a zip, or an OLE compound file (.doc
// or an encrypted .docx).
func IsDocx(src []byte) bool {
	return bytes.HasPrefix(src, zipMagic) || bytes.HasPrefix(src, oleMagic) ||
		bytes.HasPrefix(src, []byte("PK\x05\x06")) // an empty zip
}

// Read reads a .docx with its tracked changes accepted.
func Read(src []byte) (*outline.Outline, *model.InputError) {
	o, _, err := ReadView(src, Accepted)
	return o, err
}

// ReadView reads a .docx as one view of its tracked changes, and returns
// the changes it found (the same whichever the view). Input it cannot read
// is a *model.InputError, for the caller to give its path.
func ReadView(src []byte, view View) (*outline.Outline, []Revision, *model.InputError) {
	pk, ierr := openPackage(src)
	if ierr != nil {
		return nil, nil, ierr
	}
	st, ierr := pk.styles()
	if ierr != nil {
		return nil, nil, ierr
	}
	num, ierr := pk.numbering()
	if ierr != nil {
		return nil, nil, ierr
	}
	num.resolveLinks(st)
	r, ierr := pk.open(pk.main)
	if ierr != nil {
		return nil, nil, ierr
	}
	defer r.Close()
	b := newBodyReader(r, view, st)
	items, ierr := b.read()
	if ierr != nil {
		return nil, nil, ierr
	}
	// Footnotes and endnotes are part of the constitution: a note may
	// hold a rule ("The chair of the Audit Committee may not be Deputy
	// Chair"). They follow the body, as pandoc's Markdown puts them.
	var notes []note
	for _, n := range []struct{ rel, element, label string }{
		{"footnotes", "footnote", "Footnote"}, {"endnotes", "endnote", "Endnote"},
	} {
		part := pk.rels[n.rel]
		if part == "" || pk.files[part] == nil {
			continue
		}
		nr, ierr := pk.open(part)
		if ierr != nil {
			return nil, nil, ierr
		}
		got, ierr := b.notes(nr, part, n.element, n.label)
		nr.Close()
		if ierr != nil {
			return nil, nil, ierr
		}
		notes = append(notes, got...)
	}
	o := build(items, notes, b.paragraphs, st, num)
	fm, votes, warnings := pk.properties()
	o.FrontMatter, o.FrontMatterVotes = fm, votes
	o.Warnings = append(o.Warnings, warnings...)
	return o, mergeRevisions(b.revisions), nil
}

// mergeRevisions makes one change of the runs Word splits a change into:
// consecutive changes of one kind, by one author at one time, in the same
// or the next paragraph (a row's cells, a passage of paragraphs), are
// one, at the first paragraph. Changes with no text (an empty run) go.
func mergeRevisions(revs []Revision) []Revision {
	out := revs[:0]
	last := -1
	for _, r := range revs {
		if last >= 0 {
			p := &out[last]
			if p.Kind == r.Kind && p.Author == r.Author && p.Date == r.Date && r.Paragraph-p.lastParagraph() <= 1 && r.Paragraph >= p.Paragraph {
				p.Text = collapse(p.Text + " " + r.Text)
				p.through = r.Paragraph
				continue
			}
		}
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		r.Text = collapse(r.Text)
		out = append(out, r)
		last = len(out) - 1
	}
	return out
}

// pkg is an opened .docx: its entries by name and the main part's.
type pkg struct {
	files map[string]*zip.File
	main  string
	// rels are the main part's relationships: type suffix -> part name.
	rels map[string]string
}

func inputError(format string, a ...any) *model.InputError {
	return &model.InputError{Message: fmt.Sprintf(format, a...)}
}

func openPackage(src []byte) (*pkg, *model.InputError) {
	if bytes.HasPrefix(src, oleMagic) {
		if bytes.Contains(src, encryptedPackage) {
			return nil, inputError("an encrypted (password-protected) Word document: remove the password in Word (File > Info > Protect Document) and save it again")
		}
		return nil, inputError("a Word 97-2003 document (.doc) or another OLE compound file, not a .docx: open it in Word or LibreOffice and save it as .docx")
	}
	if !bytes.HasPrefix(src, zipMagic) && !bytes.HasPrefix(src, []byte("PK\x05\x06")) {
		head := src[:min(len(src), 4096)]
		switch {
		case bytes.HasPrefix(head, []byte(`{\rtf`)):
			return nil, inputError("a Rich Text Format document, not a .docx: open it in Word or LibreOffice and save it as .docx")
		case bytes.Contains(head, []byte("<w:wordDocument")) || bytes.Contains(head, []byte("<pkg:package")):
			return nil, inputError("a Word XML document (Word 2003 XML or flat OPC), not a .docx: open it in Word and save it as .docx")
		}
		return nil, inputError("not a Word document (.docx is a zip archive and this is not one)")
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, inputError("not a readable Word document: the zip archive is truncated or damaged (%v)", err)
	}
	if len(zr.File) > MaxEntries {
		return nil, inputError("not read: the archive lists %d entries, more than the %d a Word document could have", len(zr.File), MaxEntries)
	}
	p := &pkg{files: make(map[string]*zip.File, len(zr.File)), rels: map[string]string{}}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > MaxTotalSize {
			return nil, inputError("not read: the archive unpacks to more than %d MiB (a zip bomb?)", MaxTotalSize>>20)
		}
		if f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > MaxRatio*max(f.CompressedSize64, 1) {
			return nil, inputError("not read: %s is compressed %d-fold, far beyond any real document (a zip bomb?)", f.Name, f.UncompressedSize64/max(f.CompressedSize64, 1))
		}
		p.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	if ct, ok := p.files["[Content_Types].xml"]; ok {
		types, ierr := p.slurp(ct.Name)
		if ierr != nil {
			return nil, ierr
		}
		if bytes.Contains(types, []byte("macroEnabled")) {
			return nil, inputError("a macro-enabled Word document (.docm): ccgvet reads .docx; save it in Word as a Word Document (.docx), which drops the macros")
		}
	}
	if _, ok := p.files["EncryptedPackage"]; ok {
		return nil, inputError("an encrypted Word document: remove the password and save it again")
	}
	if mt, ok := p.files["mimetype"]; ok && mt.UncompressedSize64 < 100 {
		if b, ierr := p.slurp("mimetype"); ierr == nil && bytes.HasPrefix(b, []byte("application/vnd.oasis.opendocument")) {
			return nil, inputError("an OpenDocument file (%s), not a .docx: open it in LibreOffice and save it as Word (.docx)", strings.TrimPrefix(string(b), "application/vnd.oasis.opendocument."))
		}
	}
	p.main = "word/document.xml"
	if rels, ierr := p.relationships("_rels/.rels", ""); ierr == nil {
		if t := rels["officeDocument"]; t != "" {
			p.main = t
		}
	} else {
		return nil, ierr
	}
	if _, ok := p.files[p.main]; !ok {
		if _, ok := p.files["word/document.xml"]; ok {
			p.main = "word/document.xml"
		} else {
			return nil, inputError("not a Word document: the archive has no document body (word/document.xml)")
		}
	}
	dir, file := path.Split(p.main)
	rels, ierr := p.relationships(dir+"_rels/"+file+".rels", dir)
	if ierr != nil {
		return nil, ierr
	}
	p.rels = rels
	return p, nil
}

// open opens a part, counting what it unpacks to against MaxPartSize.
func (p *pkg) open(name string) (io.ReadCloser, *model.InputError) {
	f, ok := p.files[name]
	if !ok {
		return nil, inputError("not a Word document: %s is missing", name)
	}
	if f.UncompressedSize64 > MaxPartSize {
		return nil, inputError("not read: %s unpacks to more than %d MiB", name, MaxPartSize>>20)
	}
	if f.Flags&0x1 != 0 {
		return nil, inputError("an encrypted zip archive, not a Word document")
	}
	rc, err := f.Open()
	if err != nil {
		return nil, inputError("not a readable Word document: %s: %v", name, err)
	}
	return &limited{rc: rc, left: MaxPartSize, name: name, size: int64(f.UncompressedSize64)}, nil
}

// slurp reads a small part whole.
func (p *pkg) slurp(name string) ([]byte, *model.InputError) {
	r, ierr := p.open(name)
	if ierr != nil {
		return nil, ierr
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, readError(name, err)
	}
	return b, nil
}

// limited stops a part that unpacks to more than it said it would.
type limited struct {
	rc   io.ReadCloser
	left int64
	name string
	// size is what the archive says the part unpacks to.
	size int64
}

var errTooBig = errors.New("unpacks to more than the limit")

func (l *limited) Read(b []byte) (int, error) {
	if l.left <= 0 {
		return 0, errTooBig
	}
	if int64(len(b)) > l.left {
		b = b[:l.left]
	}
	n, err := l.rc.Read(b)
	l.left -= int64(n)
	return n, err
}

func (l *limited) Close() error { return l.rc.Close() }

func readError(name string, err error) *model.InputError {
	var ie *model.InputError
	if errors.As(err, &ie) {
		return ie
	}
	if errors.Is(err, errTooBig) {
		return inputError("not read: %s unpacks to more than %d MiB", name, MaxPartSize>>20)
	}
	return inputError("not a readable Word document: %s: %v", name, err)
}
