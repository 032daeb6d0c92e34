package docx

import (
	"archive/zip"
	"bytes"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// Docx builds a .docx in memory: body is the content of w:body; extra
// parts (styles, numbering, properties) are added by name.
func Docx(body string, parts map[string]string) []byte {
	all := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0"?><w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`,
	}
	for k, v := range parts {
		all[k] = v
	}
	return zipOf(all)
}

func zipOf(parts map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedKeys(parts) {
		w, err := zw.Create(name)
		if err != nil {
			panic(err)
		}
		w.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// P is a paragraph: props go in w:pPr, text in one run.
func P(props, text string) string {
	pp := ""
	if props != "" {
		pp = "<w:pPr>" + props + "</w:pPr>"
	}
	return "<w:p>" + pp + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"
}

// Style is a pStyle property.
func Style(id string) string { return `<w:pStyle w:val="` + id + `"/>` }

// Num is a numPr property.
func Num(numID, ilvl string) string {
	return `<w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr>`
}

func Styles(inner string) string {
	return `<?xml version="1.0"?><w:styles ` + wNS + `>` + inner + `</w:styles>`
}

func Numbering(inner string) string {
	return `<?xml version="1.0"?><w:numbering ` + wNS + `>` + inner + `</w:numbering>`
}

func mustRead(t *testing.T, src []byte, view View) *outlineT {
	t.Helper()
	o, revs, ierr := ReadView(src, view)
	if ierr != nil {
		t.Fatalf("read: %v", ierr)
	}
	return &outlineT{o, revs}
}
