package parse

import (
	"testing"

	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/outline"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
	"github.com/ccgvet/ccgvet/internal/gen"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// phaseDocuments are 20 generated constitutions (about 40 KB each), the
// documents bench/compare.sh checks.
func phaseDocuments() ([][]byte, int64) {
	var srcs [][]byte
	var size int64
	for i := range 20 {
		src := gen.Generate(1, i)
		srcs = append(srcs, src)
		size += int64(len(src))
	}
	return srcs, size
}

// BenchmarkPhase times each phase of reading a constitution on its own,
// per 20 documents: goldmark alone (the floor), the Markdown reader (which
// runs goldmark and builds the outline), extraction from the outline
// (sentences, word sets, facts) and the whole of Parse. The evaluation
// phases are in engine/evaluate (BenchmarkToValue, BenchmarkEval,
// BenchmarkBatch) and rendering in engine/report.
func BenchmarkPhase(b *testing.B) {
	srcs, size := phaseDocuments()
	b.Run("goldmark", func(b *testing.B) {
		md := goldmark.New(goldmark.WithExtensions(extension.Table))
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range srcs {
				md.Parser().Parse(text.NewReader(src))
			}
		}
	})
	b.Run("read", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range srcs {
				if _, err := markdown.Read(src); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			outlines := make([]*outline.Outline, 0, len(srcs))
			for _, src := range srcs {
				o, err := markdown.Read(src)
				if err != nil {
					b.Fatal(err)
				}
				outlines = append(outlines, o)
			}
			b.StartTimer()
			for _, o := range outlines {
				if _, err := extract.Extract(o, extract.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range srcs {
				if _, err := Parse("x.md", src); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
