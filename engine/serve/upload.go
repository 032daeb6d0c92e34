package serve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"strings"
	"unicode"

	"github.com/ccgvet/ccgvet/engine"
)

// httpError is a request refused with a status and a message a person can
// act on.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func refuse(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// upload is what a request sent: its documents, each with the form field
// it came in, and its other fields.
type upload struct {
	files  []engine.Source
	fields []string // the form field of each file
	values map[string]string
}

// value is a form field, or else the query parameter of the same name.
func (u *upload) value(r *http.Request, name string) string {
	if v, ok := u.values[name]; ok {
		return v
	}
	return r.URL.Query().Get(name)
}

// file returns the document sent in the named form field.
func (u *upload) file(field string) (engine.Source, bool) {
	for i, f := range u.fields {
		if f == field {
			return u.files[i], true
		}
	}
	return engine.Source{}, false
}

// rawTypes are the content types of a document sent as the whole body.
var rawTypes = map[string]bool{
	"text/markdown":   true,
	"text/x-markdown": true,
	"text/plain":      true,
	wordType:          true,
}

const wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// Limits on the fields beside the files of a form.
const (
	maxFields     = 16
	maxFieldBytes = 1 << 10
	maxNameBytes  = 255
)

// readUpload reads the documents of a request into memory, within the
// limits: a multipart form (one or more files, and fields), or one
// document as the body with its name in ?filename= or Content-Disposition.
// Nothing is written to disk: multipart parts are read one by one, never
// through ParseMultipartForm, which spills large files to temporary files.
func (s *Server) readUpload(w http.ResponseWriter, r *http.Request, raw bool) (*upload, error) {
	r.Body = http.MaxBytesReader(w, r.Body, s.limits.MaxRequestBytes)
	ct, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil && r.Header.Get("Content-Type") != "" {
		return nil, refuse(http.StatusUnsupportedMediaType, "the Content-Type header cannot be read: %v", err)
	}
	up := &upload{values: map[string]string{}}
	switch {
	case ct == "multipart/form-data":
		if params["boundary"] == "" {
			return nil, refuse(http.StatusBadRequest, "a multipart form needs a boundary in its Content-Type")
		}
		if err := s.readMultipart(up, multipart.NewReader(r.Body, params["boundary"])); err != nil {
			return nil, err
		}
	case raw && rawTypes[ct]:
		name := r.URL.Query().Get("filename")
		if name == "" {
			if _, p, err := mime.ParseMediaType(r.Header.Get("Content-Disposition")); err == nil {
				name = p["filename"]
			}
		}
		data, err := s.readFile(r.Body, name)
		if err != nil {
			return nil, err
		}
		up.files = append(up.files, engine.Source{Name: cleanName(name), Data: data})
		up.fields = append(up.fields, "file")
	default:
		accepted := "multipart/form-data"
		if raw {
			accepted += ", or a document as the body: text/markdown, text/plain or a Word document (" + wordType + ")"
		}
		return nil, refuse(http.StatusUnsupportedMediaType, "cannot read a request of type %q: send %s", cmpOr(ct, "(none)"), accepted)
	}
	countFiles(w, len(up.files))
	if len(up.files) == 0 {
		return nil, refuse(http.StatusBadRequest, "no document was sent: choose a file")
	}
	return up, nil
}

func (s *Server) readMultipart(up *upload, mr *multipart.Reader) error {
	fields := 0
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return bodyError(err, s.limits.MaxRequestBytes)
		}
		name := part.FormName()
		if part.FileName() == "" && !isFileField(name) {
			fields++
			if fields > maxFields {
				return refuse(http.StatusBadRequest, "the form has more than %d fields", maxFields)
			}
			b, err := io.ReadAll(io.LimitReader(part, maxFieldBytes+1))
			if err != nil {
				return bodyError(err, s.limits.MaxRequestBytes)
			}
			if len(b) > maxFieldBytes {
				return refuse(http.StatusBadRequest, "the form field %q is longer than %d bytes", name, maxFieldBytes)
			}
			up.values[name] = string(b)
			continue
		}
		data, err := s.readFile(part, part.FileName())
		if err != nil {
			return err
		}
		// A file input left empty is sent with no name and no content.
		if part.FileName() == "" && len(data) == 0 {
			continue
		}
		if len(up.files) == s.limits.MaxFiles {
			return refuse(http.StatusRequestEntityTooLarge, "more than %d documents in one request: send them in several", s.limits.MaxFiles)
		}
		up.files = append(up.files, engine.Source{Name: cleanName(part.FileName()), Data: data})
		up.fields = append(up.fields, name)
	}
}

// isFileField names the form fields that carry documents, so that an
// empty file input is not taken for a field.
func isFileField(name string) bool {
	return name == "file" || name == "files" || name == "old" || name == "new" || name == "amended"
}

// readFile reads one document within the per-file limit.
func (s *Server) readFile(r io.Reader, name string) ([]byte, error) {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, s.limits.MaxFileBytes+1))
	if err != nil {
		return nil, bodyError(err, s.limits.MaxRequestBytes)
	}
	if n > s.limits.MaxFileBytes {
		return nil, refuse(http.StatusRequestEntityTooLarge, "%s is larger than the limit of %s a document", cmpOr(cleanName(name), "the document"), bytesWords(s.limits.MaxFileBytes))
	}
	return buf.Bytes(), nil
}

func bodyError(err error, limit int64) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return refuse(http.StatusRequestEntityTooLarge, "the request is larger than the limit of %s", bytesWords(limit))
	}
	return refuse(http.StatusBadRequest, "the request could not be read: %v", err)
}

// cleanName keeps the last element of an uploaded file's name, without
// control characters, within a length: it names the document in results,
// and a name is all that is kept of where it came from.
func cleanName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(strings.TrimSpace(name))
	if name == "." || name == "/" {
		name = ""
	}
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, name)
	for len(name) > maxNameBytes {
		_, size := lastRune(name)
		name = name[:len(name)-size]
	}
	if name == "" {
		return "document.md"
	}
	return name
}

func lastRune(s string) (rune, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xc0 != 0x80 {
			return rune(s[i]), len(s) - i
		}
	}
	return 0, 1
}

func bytesWords(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
