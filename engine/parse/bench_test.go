package parse

import (
	"os"
	"testing"
)

// BenchmarkParse parses each example in turn and reports MB/s.
func BenchmarkParse(b *testing.B) {
	var srcs [][]byte
	size := 0
	for _, f := range exampleFiles(b) {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			if _, err := Parse("x.md", src); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseLarge parses a 20 MB document.
func BenchmarkParseLarge(b *testing.B) {
	src := bigDocument(b, 20<<20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("x.md", src); err != nil {
			b.Fatal(err)
		}
	}
}
