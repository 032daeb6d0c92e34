package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/ccgvet/ccgvet/engine/result"
)

func init() { register("json", newJSON) }

// jsonWriter streams the JSON of results.md: the documents array is written
// one document at a time.
type jsonWriter struct {
	w     *bufio.Writer
	meta  Meta
	first bool
	err   error
}

func newJSON(w io.Writer, m Meta) Writer {
	return &jsonWriter{w: bufio.NewWriter(w), meta: m, first: true}
}

func (j *jsonWriter) write(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *jsonWriter) value(v any, indent string) {
	if j.err != nil {
		return
	}
	b, err := json.MarshalIndent(v, indent, "  ")
	if err != nil {
		j.err = err
		return
	}
	_, j.err = j.w.Write(b)
}

func (j *jsonWriter) header() {
	j.write("{\n  \"tool\": ")
	j.value(j.meta.Tool, "  ")
	j.write(",\n  \"profile\": ")
	j.value(j.meta.Profile, "  ")
	j.write(",\n  \"documents\": [")
}

func (j *jsonWriter) Document(d *result.Document) error {
	if j.first {
		j.header()
		j.write("\n    ")
		j.first = false
	} else {
		j.write(",\n    ")
	}
	j.value(d, "    ")
	return j.err
}

func (j *jsonWriter) Finish(b *result.Batch, s *result.Summary) error {
	if j.first {
		j.header()
		j.first = false
	} else {
		j.write("\n  ")
	}
	j.write("],\n  \"batch\": ")
	j.value(b, "  ")
	j.write(",\n  \"summary\": ")
	j.value(s, "  ")
	j.write("\n}\n")
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}
