// Package outline is the seam between reading a constitution and
// extracting governance from it: a document reduced to its sections,
// blocks of text, tables and lists, each with its location, whatever the
// format it was read from. A reader (engine/read/markdown, later Word)
// fills an Outline and knows nothing of governance; extraction
// (engine/extract) reads one and knows nothing of formats.
package outline

import (
	"sort"

	"github.com/ccgvet/ccgvet/engine/model"
)

// Outline is one document as a reader found it.
type Outline struct {
	// Lines is the number of lines in the file (0 for a format without
	// lines).
	Lines int
	// FrontMatter is the document's metadata as read: YAML front matter in
	// Markdown. CCG in it is `ccg`, else `name`.
	FrontMatter model.FrontMatter
	// FrontMatterVotes are the votes the metadata records (`member_vote`).
	FrontMatterVotes []model.Vote
	// Sections are the headings in document order.
	Sections []Section
	// Blocks are the paragraphs and list items in document order.
	Blocks []Block
	Tables []Table
	Lists  []List
	// Warnings are what the reader could read only in part.
	Warnings []model.ParseWarning
}

// Location is where something is, in the terms of its format: a line in
// Markdown; in Word, the paragraph, and the clause number and heading
// Word shows for it. Fields a format has no use for stay zero.
type Location struct {
	Line      int
	Paragraph int
	Clause    string
	Heading   string
}

// Section is a heading and what follows it up to the next heading of the
// same or a higher level.
type Section struct {
	// Heading is the heading's plain text as written.
	Heading string
	Level   int
	Location
	// EndLine is the section's last line, subsections included.
	EndLine int
	// Parent is the index of the enclosing section, or -1.
	Parent int
}

// Block is a paragraph or a list item's own paragraphs.
type Block struct {
	// Text is the plain text: markup removed, runs of white space one
	// space.
	Text string
	// Number is the number the format gives the block, not one written in
	// its text: an ordered list item's number as typed (Markdown), or
	// Word's automatic numbering. Empty when none.
	Number string
	Location
	EndLine int
	// Section is the index of the innermost section, or -1.
	Section int
	// Marks say where in Text each source line's text begins, so that a
	// sentence inside a block can be given its own line (see LineOf).
	Marks []Mark
	// List is the index in Outline.Lists of the list the block is an item
	// of, or -1.
	List int
	// Seq orders blocks, tables, lists and headings in the document.
	Seq int
}

// Mark says that a block's text from offset Off onwards comes from Line.
type Mark struct{ Off, Line int }

// LineOf returns the line of byte offset off of the block's text.
func (b Block) LineOf(off int) int {
	i := sort.Search(len(b.Marks), func(i int) bool { return b.Marks[i].Off > off })
	if i == 0 {
		return b.Line
	}
	return b.Marks[i-1].Line
}

// Table is a table; its first row is the header.
type Table struct {
	Header []string
	Rows   []Row
	// Location is that of the header row.
	Location
	EndLine int
	Section int
	Seq     int
}

// Row is a table row after the header.
type Row struct {
	Cells []string
	Location
}

// List is a list; its items are blocks.
type List struct {
	Ordered bool
	// Items are indices in Outline.Blocks.
	Items []int
	Location
	Section int
	Seq     int
}
