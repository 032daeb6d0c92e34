package docx

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"strings"
	"testing"
)

// rawZip writes entries whose headers claim sizes the data does not have:
// how a zip bomb or a lying archive looks to the reader.
func rawZip(t *testing.T, entries map[string]struct {
	data         []byte
	uncompressed uint64
}) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, e := range entries {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: name, Method: zip.Store, CRC32: crc32.ChecksumIEEE(e.data),
			CompressedSize64: uint64(len(e.data)), UncompressedSize64: e.uncompressed,
		})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(e.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func deflated(name string, data []byte, extra map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create(name)
	w.Write(data)
	for _, k := range sortedKeys(extra) {
		w, _ := zw.Create(k)
		w.Write([]byte(extra[k]))
	}
	zw.Close()
	return buf.Bytes()
}

func TestBadInput(t *testing.T) {
	good := Docx(P("", "Text."), nil)
	many := map[string]string{}
	for i := 0; i <= MaxEntries; i++ {
		many["f"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+itoa(i)] = ""
	}
	type entry = struct {
		data         []byte
		uncompressed uint64
	}
	// Entries of 1 MiB each, too small for the ratio to be judged, that
	// add up to more than MaxTotalSize.
	bombs := map[string]entry{}
	for i := 0; i <= MaxTotalSize>>20; i++ {
		bombs["part"+itoa(i)] = entry{[]byte("x"), ratioFloor}
	}
	nested := strings.Repeat("<w:sdt><w:sdtContent>", MaxNesting) + P("", "deep") + strings.Repeat("</w:sdtContent></w:sdt>", MaxNesting)
	ole := append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 1024)...)
	encrypted := append(append([]byte{}, ole...), encryptedPackage...)
	tests := []struct {
		name string
		src  []byte
		want string
	}{
		{"not a zip", []byte("This is plain text called .docx"), "not a Word document (.docx is a zip"},
		{"truncated", good[:len(good)/2], "truncated or damaged"},
		{"Word 97 .doc", ole, "Word 97-2003 document (.doc)"},
		{"encrypted", encrypted, "encrypted (password-protected)"},
		{"macro-enabled", Docx(P("", "x"), map[string]string{"[Content_Types].xml": `<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>`}), "macro-enabled Word document (.docm)"},
		{"too many entries", zipOf(many), "entries, more than"},
		{"zip bomb by ratio", deflated("word/document.xml", bytes.Repeat([]byte(" "), 8<<20), nil), "compressed"},
		{"zip bomb by total size", rawZip(t, bombs), "unpacks to more than"},
		{"a part over the part limit", rawZip(t, map[string]entry{
			"word/document.xml": {bytes.Repeat([]byte("<w:p/>"), (MaxPartSize/MaxRatio)/6+1000), MaxPartSize + 1},
		}), "document.xml unpacks to more than 64 MiB"},
		{"a part lying about its size", rawZip(t, map[string]entry{
			"word/document.xml": {[]byte("<w:document><w:body><w:p><w:r><w:t>long text</w:t></w:r></w:p></w:body></w:document>"), 10},
		}), "not a readable Word document"},
		{"nesting", Docx(nested, nil), "nests XML elements more than"},
		{"no document part", deflated("word/other.xml", []byte("<x/>"), nil), "no document body"},
		{"no body", deflated("word/document.xml", []byte(`<w:document xmlns:w="x"></w:document>`), nil), "no body"},
		{"broken XML", deflated("word/document.xml", []byte(`<w:document><w:body><w:p><w:r><w:t>x</w:t`), nil), "not a readable Word document"},
		{"RTF", []byte(`{\rtf1\ansi Constitution}`), "Rich Text Format"},
		{"Word 2003 XML", []byte(`<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">`), "Word XML document"},
		{"OpenDocument", zipOf(map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}), "an OpenDocument file (text)"},
		{"empty zip", zipOf(map[string]string{}), "no document body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, ierr := Read(tt.src)
			if ierr == nil {
				t.Fatalf("read, want an error with %q: %d blocks", tt.want, len(o.Blocks))
			}
			if !strings.Contains(ierr.Message, tt.want) {
				t.Errorf("error %q, want %q", ierr.Message, tt.want)
			}
		})
	}
}

func itoa(i int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
		if i == 0 {
			return string(b)
		}
	}
}
