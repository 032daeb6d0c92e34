package docx

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/outline"
)

type outlineT struct {
	*outline.Outline
	revs []Revision
}

// dump writes an outline one line per heading, block and table, in
// document order: "H2 1.1 Name", "B[1.1.1] 1.1.1 text", "L[3] text" (a
// list item), "T a|b / c|d"; with @paragraph when at is set.
func dump(o *outline.Outline, at bool) string {
	type line struct {
		seq  int
		text string
	}
	var ls []line
	where := func(l outline.Location) string {
		if !at {
			return ""
		}
		return fmt.Sprintf(" @%d", l.Paragraph)
	}
	// Sections have no Seq: a heading comes just before the first thing
	// after it, found by their paragraphs.
	for _, s := range o.Sections {
		ls = append(ls, line{s.Line*1000 - 1, fmt.Sprintf("H%d %s%s", s.Level, s.Heading, where(s.Location))})
	}
	for _, b := range o.Blocks {
		kind := "B"
		if b.List >= 0 {
			kind = "L"
		}
		ls = append(ls, line{b.Line * 1000, fmt.Sprintf("%s[%s] %s%s", kind, b.Number, b.Text, where(b.Location))})
	}
	for _, t := range o.Tables {
		rows := []string{strings.Join(t.Header, "|")}
		for _, r := range t.Rows {
			rows = append(rows, strings.Join(r.Cells, "|"))
		}
		ls = append(ls, line{t.Line * 1000, "T " + strings.Join(rows, " / ") + where(t.Location)})
	}
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].seq < ls[j].seq })
	var out []string
	for _, l := range ls {
		out = append(out, l.text)
	}
	return strings.Join(out, "\n")
}

var multiLevel = `<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pStyle w:val="Heading1"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:pStyle w:val="Heading3"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3">
<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3)"/><w:lvlRestart w:val="0"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="4">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="5">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="LegalList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="7"><w:styleLink w:val="LegalList"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="Article %1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="10"><w:abstractNumId w:val="6"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="4"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="5"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="6"/></w:lvlOverride></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="2"/></w:num>
<w:abstractNum w:abstractNumId="8">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
` + pandocInstance("11") + pandocInstance("12") + pandocInstance("13") + pandocInstance("14")

// pandocInstance is a list instance as pandoc writes one for every list,
// nested or not: of one definition, restarting every level.
func pandocInstance(id string) string {
	out := `<w:num w:numId="` + id + `"><w:abstractNumId w:val="8"/>`
	for _, l := range []string{"0", "1", "2"} {
		out += `<w:lvlOverride w:ilvl="` + l + `"><w:startOverride w:val="1"/></w:lvlOverride>`
	}
	return out + `</w:num>`
}

const stylesXML = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="CCGPart"><w:name w:val="CCG Part"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="My outline"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="BoldBody"><w:name w:val="Bold body"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="numbering" w:styleId="LegalList"><w:name w:val="Legal list"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`

func TestRead(t *testing.T) {
	parts := map[string]string{
		"word/styles.xml":    Styles(stylesXML),
		"word/numbering.xml": Numbering(multiLevel),
	}
	bold := func(text string) string {
		return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>` + text + `</w:t></w:r></w:p>`
	}
	tests := []struct {
		name string
		body string
		want string
	}{
		{
			name: "headings from styles, based-on styles and outline levels; Title",
			body: P(Style("Title"), "NHS Example CCG Constitution") +
				P(Style("Heading2"), "Name") + P("", "Body.") +
				P(Style("CCGPart"), "A custom heading") +
				P(Style("Outline3"), "Outline level three") +
				P(`<w:outlineLvl w:val="1"/>`, "Direct outline level"),
			want: "H1 NHS Example CCG Constitution\nH2 Name\nB[] Body.\nH2 A custom heading\nH3 Outline level three\nH2 Direct outline level",
		},
		{
			name: "multi-level automatic numbering through a heading style and a clause style",
			body: P(Style("Heading1"), "Introduction") +
				P(Style("Clause"), "The name is X.") +
				P(Num("1", "2"), "Deeper.") + P(Num("1", "2"), "Deeper again.") +
				P(Style("Clause"), "Second clause.") +
				P(Style("Heading1"), "Membership") +
				P(Num("1", "1"), "Members are practices.") + P(Num("1", "2"), "6.3.2 stays typed.") +
				P(Style("Heading3"), "A level linked to its style") + P(`<w:numPr><w:numId w:val="0"/></w:numPr>`+Style("Clause"), "Numbering removed."),
			want: "H1 1. Introduction\nB[1.1] 1.1 The name is X.\nB[1.1.1] 1.1.1 Deeper.\nB[1.1.2] 1.1.2 Deeper again.\nB[1.2] 1.2 Second clause.\nH1 2. Membership\nB[2.1] 2.1 Members are practices.\nB[2.1.1] 2.1.1 6.3.2 stays typed.\nH3 2.1.2 A level linked to its style\nB[] Numbering removed.",
		},
		{
			name: "start override restarts at 6; letters and roman numerals; restart of a lettered list",
			body: P(Num("7", "0"), "Sixth") + P(Num("7", "1"), "Under six") +
				P(Num("2", "0"), "first") + P(Num("2", "1"), "sub") + P(Num("2", "1"), "sub two") + P(Num("2", "0"), "second") +
				P("", "Between.") +
				P(Num("3", "0"), "restarted") + P(Num("8", "0"), "continues the definition"),
			want: "L[6] Sixth\nB[6.1] 6.1 Under six\nB[(a)] (a) first\nB[(i)] (i) sub\nB[(ii)] (ii) sub two\nB[(b)] (b) second\nB[] Between.\nB[(a)] (a) restarted\nB[(b)] (b) continues the definition",
		},
		{
			name: "legal numbering shows the levels above in decimal; a level that never restarts",
			body: P(Num("4", "0"), "Four") + P(Num("4", "1"), "Legal") + P(Num("4", "2"), "one") +
				P(Num("4", "0"), "Five") + P(Num("4", "2"), "two"),
			want: "B[IV] IV. Four\nB[4.1] 4.1 Legal\nL[1] one\nB[V] V. Five\nL[2] two",
		},
		{
			name: "a list style: a definition that links to a numbering style counts with the style's list",
			body: P(Num("10", "0"), "First article") + P(Num("10", "1"), "Its clause") + P(Num("9", "0"), "Second article") + P(Num("10", "1"), "Its clause"),
			want: "B[Article A] Article A. First article\nB[1.1] 1.1 Its clause\nB[Article B] Article B. Second article\nB[2.1] 2.1 Its clause",
		},
		{
			name: "plain and bulleted lists are lists, as in Markdown",
			body: P("", "Each practice shall:") + P(Num("6", "0"), "attend;") + P(Num("6", "0"), "vote.") +
				P(Num("5", "0"), "a bullet") + P(Num("5", "0"), "another"),
			want: "B[] Each practice shall:\nL[1] attend;\nL[2] vote.\nL[] a bullet\nL[] another",
		},
		{
			name: "bold paragraphs: a numbered one is a heading; a title before body text; the title page is not",
			body: bold("NHS EXAMPLE CCG") + bold("CONSTITUTION") + P("", "Version 1.") +
				bold("5. THE GOVERNING BODY") + P("", "5.1 The Governing Body has members.") +
				bold("Quorum") + P("", "The quorum is four.") +
				`<w:p><w:pPr>` + Style("BoldBody") + `</w:pPr><w:r><w:t>Styled Bold Title</w:t></w:r></w:p>` + P("", "Text.") +
				`<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Strong Title</w:t></w:r></w:p>` + P("", "Text.") +
				bold("A bold sentence ends with a full stop.") + P("", "x"),
			want: "B[] NHS EXAMPLE CCG\nB[] CONSTITUTION\nB[] Version 1.\nH1 5. THE GOVERNING BODY\nB[] 5.1 The Governing Body has members.\nH2 Quorum\nB[] The quorum is four.\nH2 Styled Bold Title\nB[] Text.\nH2 Strong Title\nB[] Text.\nB[] A bold sentence ends with a full stop.\nB[] x",
		},
		{
			name: "a bold title over bold titles, each over its text: its sub-headings go below it",
			body: bold("5. COMMITTEES") + P("", "5.1 The Board has the committees below.") +
				bold("Primary Care Committee – terms of reference") + bold("Purpose") + P("", "1. The Committee decides on contracts.") +
				bold("Membership") + P("", "2. The Committee has five voting members."),
			want: "H1 5. COMMITTEES\nB[] 5.1 The Board has the committees below.\nH2 Primary Care Committee – terms of reference\nH3 Purpose\nB[] 1. The Committee decides on contracts.\nH3 Membership\nB[] 2. The Committee has five voting members.",
		},
		{
			name: "a bold paragraph numbered 5. by Word is a heading; a bold list item that reads as a sentence is not",
			body: P(Style("Heading2"), "Start") + `<w:p><w:pPr>` + Num("6", "0") + `</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>THE GOVERNING BODY</w:t></w:r></w:p>` +
				P("", "The Governing Body has members.") +
				`<w:p><w:pPr>` + Num("6", "0") + `</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>the Chair shall preside;</w:t></w:r></w:p>`,
			want: "H2 Start\nH1 1. THE GOVERNING BODY\nB[] The Governing Body has members.\nL[2] the Chair shall preside;",
		},
		{
			// "1. **Introduction**" with "1. **Name**" … "4. **Status**"
			// nested in it, each with its clauses nested in turn, as
			// pandoc writes Word from Markdown: an instance for every
			// list, each restarting every level, which restarts only the
			// levels its own paragraphs are at. Bold items are headings a
			// level below the item they are nested in.
			name: "pandoc's nested lists: an instance for each, restarting only its own levels; nested bold headings",
			body: `<w:p><w:pPr>` + Num("11", "0") + `</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Introduction</w:t></w:r></w:p>` +
				`<w:p><w:pPr>` + Num("12", "1") + `</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Name</w:t></w:r></w:p>` +
				P(Num("13", "2"), "The name is X.") +
				`<w:p><w:pPr>` + Num("12", "1") + `</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Status</w:t></w:r></w:p>` +
				P(Num("14", "2"), "It binds the members.") + P(Num("14", "2"), "And the staff.") +
				`<w:p><w:pPr>` + Num("12", "1") + `</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Variation</w:t></w:r></w:p>` +
				P("", "It is varied on application."),
			want: "H1 1. Introduction\nH2 1. Name\nL[1] The name is X.\nH2 2. Status\nL[1] It binds the members.\nL[2] And the staff.\nH2 3. Variation\nB[] It is varied on application.",
		},
		{
			name: "hyperlinks, fields, content controls, smart tags and text boxes are text; comments, footnotes and field codes are not",
			body: `<w:p><w:r><w:t>See </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>the website</w:t></w:r></w:hyperlink>` +
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF clause6 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> and clause 6</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
				`<w:fldSimple w:instr="PAGE"><w:r><w:t> page 3</w:t></w:r></w:fldSimple>` +
				`<w:commentRangeStart w:id="1"/><w:r><w:t>.</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>` +
				`<w:r><w:footnoteReference w:id="2"/></w:r></w:p>` +
				`<w:sdt><w:sdtPr><w:alias w:val="Name"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent>` + P("", "In a content control.") + `</w:sdtContent></w:sdt>` +
				`<w:p><w:r><w:t>Anchor.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>` + P("", "In a text box.") + `</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>` + P("", "In a text box.") + `</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			want: "B[] See the website and clause 6 page 3.\nB[] In a content control.\nB[] Anchor.\nB[] In a text box.",
		},
		{
			name: "tables: merged cells across and down read as the reader sees them; nested tables as text",
			body: P(Style("Heading2"), "Members") + `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
				`<w:tr><w:tc>` + P("", "Member") + `</w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + P("", "Role") + `</w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + P("", "GP") + `</w:tc><w:tc>` + P("", "Chair") + `</w:tc><w:tc>` + P("", "Voting") + `</w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>` + P("", "Member") + P("", "(two)") + `</w:tc><w:tc><w:tbl><w:tr><w:tc>` + P("", "Yes") + `</w:tc><w:tc>` + P("", "in part") + `</w:tc></w:tr></w:tbl></w:tc></w:tr>` +
				`</w:tbl>` + P("", "After."),
			want: "H2 Members\nT Member|Role|Role / GP|Chair|Voting / GP|Member (two)|Yes in part\nB[] After.",
		},
		{
			name: "a table of contents is not read: it repeats the headings",
			body: P(Style("TOCHeading"), "Contents") + P(Style("TOC1"), "1. Introduction 3") + P(Style("TOC1"), "6.3.2 Audit Committee 14") +
				P(Style("Heading2"), "Introduction"),
			want: "H2 Introduction",
		},
		{
			name: "a first row merged across the table is its title, not its header",
			body: `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + P("", "Member practices") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + P("", "Practice") + `</w:tc><w:tc>` + P("", "Code") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + P("", "Abbey Surgery") + `</w:tc><w:tc>` + P("", "Y00001") + `</w:tc></w:tr></w:tbl>`,
			want: "T Practice|Code / Abbey Surgery|Y00001",
		},
		{
			name: "white space: tabs, breaks and non-breaking spaces are one space",
			body: `<w:p><w:r><w:t>6.3</w:t></w:r><w:r><w:tab/><w:t>The  Group</w:t><w:br/><w:t>acts` + "\u00a0" + `alone.</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r></w:p>`,
			want: "B[] 6.3 The Group acts alone.-x",
		},
		{
			name: "hidden text is not read",
			body: `<w:p><w:r><w:t>Shown</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> hidden</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> and shown.</w:t></w:r></w:p>`,
			want: "B[] Shown and shown.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := mustRead(t, Docx(tt.body, parts), Accepted)
			if got := dump(o.Outline, false); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestLocations(t *testing.T) {
	parts := map[string]string{"word/styles.xml": Styles(stylesXML), "word/numbering.xml": Numbering(multiLevel)}
	body := P(Style("Heading1"), "Introduction") + P("", "") + P(Style("Clause"), "Name.") +
		`<w:tbl><w:tr><w:tc>` + P("", "a") + `</w:tc></w:tr><w:tr><w:tc>` + P("", "b") + P("", "b2") + `</w:tc></w:tr></w:tbl>` +
		P(Num("1", "2"), "Typed 9.9.9 later.") + P("", "7.2.1 A typed number.")
	o := mustRead(t, Docx(body, parts), Accepted)
	want := "H1 1. Introduction @1\nB[1.1] 1.1 Name. @3\nT a / b b2 @4\nB[1.1.1] 1.1.1 Typed 9.9.9 later. @7\nB[] 7.2.1 A typed number. @8"
	if got := dump(o.Outline, true); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if o.Lines != 8 {
		t.Errorf("Lines = %d, want 8 paragraphs", o.Lines)
	}
	b := o.Blocks[0]
	if b.Clause != "1.1" || b.Heading != "1. Introduction" || b.Line != 3 || b.Paragraph != 3 {
		t.Errorf("block location %+v", b.Location)
	}
	if c := o.Blocks[len(o.Blocks)-1].Clause; c != "7.2.1" {
		t.Errorf("typed clause %q", c)
	}
	if s := o.Sections[0]; s.EndLine != 8 || s.Clause != "1" {
		t.Errorf("section %+v", s)
	}
}

// Footnotes and endnotes are read after the body, each a section named as
// Word shows it; the separators Word keeps among them are not notes.
func TestNotes(t *testing.T) {
	o := mustRead(t, notesDocx(), Accepted)
	want := "H1 Deputy Chair @1\nB[] A Non-Executive Member is Deputy Chair. @2\n" +
		"H1 Footnote 1 @3\nB[] The chair of the Audit Committee may not be Deputy Chair. @3\n" +
		"H1 Footnote 2 @4\nB[] See the Scheme of Delegation. @4\nB[] It is published. @5\n" +
		"H1 Endnote 1 @6\nB[] Version 3. @6"
	if got := dump(o.Outline, true); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if o.Lines != 6 {
		t.Errorf("Lines = %d, want 6 paragraphs (the separators are none)", o.Lines)
	}
}

func TestProperties(t *testing.T) {
	custom := `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
		`<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="CCG Name"><vt:lpwstr>NHS Example CCG</vt:lpwstr></property>` +
		`<property pid="3" name="ODS code"><vt:lpwstr>99X</vt:lpwstr></property>` +
		`<property pid="4" name="Commissioning model"><vt:lpwstr>delegated</vt:lpwstr></property>` +
		`<property pid="5" name="Unrelated"><vt:lpwstr>x</vt:lpwstr></property>` +
		`<property pid="6" name="member_vote"><vt:lpwstr>motion: "apply for delegation"` + "\n" + `for: 12` + "\n" + `against: 3</vt:lpwstr></property></Properties>`
	core := `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Constitution</dc:title><cp:version>4.1</cp:version><cp:contentStatus>Draft</cp:contentStatus></cp:coreProperties>`
	o := mustRead(t, Docx(P("", "Body."), map[string]string{"docProps/custom.xml": custom, "docProps/core.xml": core}), Accepted)
	fm := o.FrontMatter
	if !fm.Present || fm.CCG != "NHS Example CCG" || fm.Code != "99X" || fm.Version != "4.1" || fm.Status != "Draft" || fm.CommissioningModel == "" {
		t.Errorf("front matter %+v %v", fm, o.Warnings)
	}
	if len(o.FrontMatterVotes) != 1 || o.FrontMatterVotes[0].For != 12 {
		t.Errorf("votes %+v", o.FrontMatterVotes)
	}
	// A property that does not read is a warning, and the text is read.
	bad := strings.Replace(custom, "<vt:lpwstr>delegated", "<vt:lpwstr>Level 3: delegated", 1)
	o = mustRead(t, Docx(P("", "Body."), map[string]string{"docProps/custom.xml": bad}), Accepted)
	if len(o.Warnings) != 1 || !strings.Contains(o.Warnings[0].Message, "commissioning model") || len(o.Blocks) != 1 {
		t.Errorf("bad property: %v", o.Warnings)
	}
	// No properties: no front matter.
	o = mustRead(t, Docx(P("", "Body."), nil), Accepted)
	if o.FrontMatter.Present {
		t.Errorf("front matter without properties: %+v", o.FrontMatter)
	}
}

// notesDocx is a document with footnotes (separators among them) and an
// endnote.
func notesDocx() []byte {
	rels := `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>` +
		`<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>`
	footnotes := `<?xml version="1.0"?><w:footnotes ` + wNS + `>` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1">` + P("", "The chair of the Audit Committee may not be Deputy Chair.") + `</w:footnote>` +
		`<w:footnote w:id="2">` + P("", "See the Scheme of Delegation.") + P("", "It is published.") + `</w:footnote></w:footnotes>`
	endnotes := `<?xml version="1.0"?><w:endnotes ` + wNS + `><w:endnote w:id="1">` + P("", "Version 3.") + `</w:endnote></w:endnotes>`
	body := P(Style("Heading1"), "Deputy Chair") + `<w:p><w:r><w:t>A Non-Executive Member is Deputy Chair.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`
	parts := map[string]string{"word/styles.xml": Styles(stylesXML), "word/_rels/document.xml.rels": rels,
		"word/footnotes.xml": footnotes, "word/endnotes.xml": endnotes}
	return Docx(body, parts)
}
