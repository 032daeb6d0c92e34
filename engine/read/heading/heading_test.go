package heading

import "testing"

func TestHeadingNumber(t *testing.T) {
	tests := []struct {
		text  string
		depth int
		kind  Kind
		title string
	}{
		{"5. THE GOVERNING BODY", 1, PlainNumber, "THE GOVERNING BODY"},
		{"6.4.2 Audit Committee", 3, PlainNumber, "Audit Committee"},
		{"6.4A Joint Committee of the Ribbleford CCGs", 2, PlainNumber, "Joint Committee of the Ribbleford CCGs"}, // inserted by a variation
		{"PART 3 – MEMBERSHIP", 1, Division, "MEMBERSHIP"},
		{"ARTICLE 13- JOINT COMMISSIONING ARRANGEMENTS", 1, Division, "JOINT COMMISSIONING ARRANGEMENTS"},
		{"(D) Primary Care Commissioning Committee", 1, Lettered, "Primary Care Commissioning Committee"},
		{"Schedule 2: Standing Orders", 1, EndMatter, "Standing Orders"},
		{"APPENDIX B", 1, EndMatter, ""},
		{"C.1 Calling meetings", 2, Lettered, "Calling meetings"},
		{"IV. Membership", 1, Lettered, "Membership"},
		{"B3.2 Partner Member for the providers of primary medical services", 2, Lettered, "Partner Member for the providers of primary medical services"},
		{"SO3 Decisions are reached by consensus", 0, 0, ""}, // a standing order's clause, no dotted number
		{"Members’ signatures", 0, 0, ""},
		{"2015 figures", 0, 0, ""}, // a year is no heading number
	}
	for _, tt := range tests {
		depth, kind, title := Number(tt.text)
		if depth != tt.depth || kind != tt.kind || title != tt.title {
			t.Errorf("Number(%q) = %d, %d, %q; want %d, %d, %q", tt.text, depth, kind, title, tt.depth, tt.kind, tt.title)
		}
	}
}

// A bold numbered heading goes below the heading whose number it
// extends, whatever level that heading was given; an appendix numbers its
// parts again under it; an unnumbered bold title goes a level below the
// heading before it, and only when body text follows.
func TestEmphasisedLevels(t *testing.T) {
	var tr Tracker
	body := func() Next { return NextBody }
	none := func() Next { return NextOther }
	tr.Styled("4. THE GOVERNING BODY", 2)
	steps := []struct {
		text     string
		e        Emphasis
		follows  func() Next
		level    int
		numbered bool
		ok       bool
	}{
		{"4.2 Composition", Bold, body, 3, true, true},
		{"4.2.1 Voting members", Italic, body, 4, true, true},
		{"A note on terms", Italic, body, 0, false, false},
		{"Quorum", Bold, body, 5, false, true},
		{"Quorum", Bold, none, 0, false, false},
		{"The Governing Body meets in public.", Bold, body, 0, false, false},
		{"Partner Members – NHS trusts and foundation trusts", Bold, body, 5, false, true},
		{"Approval of the annual report by the members", Bold, body, 0, false, false},
		{"APPENDIX C – MEMBER PRACTICES", Bold, body, 1, true, true},
		{"1. Localities", Bold, body, 2, true, true},
		{"PART 5 – COMMITTEES", Bold, body, 1, true, true},
		{"5.1 Audit Committee", Bold, body, 2, true, true},
		// A numbered bold heading may be as long as a labelled one: the
		// model ICB constitution's section titles run to thirteen words.
		{"6. Arrangements for conflict of interest management and standards of business conduct", Bold, body, 1, true, true},
		{"6.1 The Board shall agree its procedure for managing every conflict of interest that arises", Italic, body, 0, false, false},
	}
	for _, s := range steps {
		level, numbered, ok := tr.Emphasised(s.text, s.e, s.follows)
		if level != s.level || numbered != s.numbered || ok != s.ok {
			t.Errorf("Emphasised(%q) = %d, %v, %v; want %d, %v, %v", s.text, level, numbered, ok, s.level, s.numbered, s.ok)
		}
	}
}

// A heading numbered by hand on a plain line of its own: short, without
// final punctuation, and in capitals or followed by a clause whose number
// extends its own.
func TestTyped(t *testing.T) {
	var tr Tracker
	for _, tt := range []struct {
		text, next string
		level      int
		ok         bool
	}{
		{"6. MANAGING CONFLICTS OF INTEREST", "Members must declare their interests.", 1, true},
		{"6.1 Registers of interests", "6.1.1 The Group keeps registers.", 2, true},
		{"6.2 Declarations", "The Group keeps registers.", 0, false},
		{"6.3 Each practice has one vote.", "6.3.1 More.", 0, false},
		{"2015 figures", "2015.1 More", 0, false},
	} {
		level, ok := tr.Typed(tt.text, tt.next)
		if level != tt.level || ok != tt.ok {
			t.Errorf("Typed(%q, %q) = %d, %v; want %d, %v", tt.text, tt.next, level, ok, tt.level, tt.ok)
		}
	}
}

// In a constitution whose headings are all unnumbered bold titles, the
// title page ends with the first paragraph of body text; after it a bold
// title is a heading, in sentence case too. Before it, a bold line is the
// title page's; a bold sentence never is a heading.
func TestUnnumberedBoldHeadings(t *testing.T) {
	var tr Tracker
	body := func() Next { return NextBody }
	if _, _, ok := tr.Emphasised("Constitution", Bold, body); ok {
		t.Errorf("a title page line read as a heading")
	}
	tr.Body("1. This is the constitution of NHS Example Integrated Care Board, made under the 2006 Act.")
	for _, tt := range []struct {
		text string
		ok   bool
	}{
		{"Composition of the Board", true},
		{"Managing conflicts of interest and standards of business conduct", true},
		{"The Board may change this constitution", false},
	} {
		if level, _, ok := tr.Emphasised(tt.text, Bold, body); ok != tt.ok || ok && level != 1 {
			t.Errorf("Emphasised(%q) = %d, %v; want level 1: %v", tt.text, level, ok, tt.ok)
		}
	}
	// Once a heading is numbered, a line in sentence case is no title.
	tr.Styled("4. THE BOARD", 1)
	if _, _, ok := tr.Emphasised("Approval of the annual report by the members", Bold, body); ok {
		t.Errorf("a sentence-case line read as a heading among numbered ones")
	}
}

// A bold title over bold titles, each over its text, is a heading whose
// sub-headings go one level below it, until a numbered or styled heading;
// before any body text it is the title page's, and a title over anything
// else (a styled heading, the end) is none.
func TestTitleOverTitles(t *testing.T) {
	var tr Tracker
	title := func() Next { return NextTitle }
	body := func() Next { return NextBody }
	if _, _, ok := tr.Emphasised("NHS Example Integrated Care Board", Bold, title); ok {
		t.Errorf("a title page line over another read as a heading")
	}
	tr.Body("1. This is the constitution of NHS Example Integrated Care Board, made under the 2006 Act.")
	tr.Styled("SCHEDULE 3 – EXTRACTS FROM THE HANDBOOK", 1)
	for _, tt := range []struct {
		text  string
		next  func() Next
		level int
		ok    bool
	}{
		{"Primary Care Committee – terms of reference", title, 2, true},
		{"Purpose", body, 3, true},
		{"Membership", body, 3, true},
		{"Audit Committee – terms of reference", title, 2, true},
		{"Purpose", body, 3, true},
		{"Signatures", func() Next { return NextOther }, 0, false},
	} {
		if level, _, ok := tr.Emphasised(tt.text, Bold, tt.next); level != tt.level || ok != tt.ok {
			t.Errorf("Emphasised(%q) = %d, %v; want %d, %v", tt.text, level, ok, tt.level, tt.ok)
		}
	}
	// A styled heading ends the titles' group: a bold title after it
	// goes one level below it.
	tr.Styled("SCHEDULE 4 – SIGNATURES", 1)
	if level, _, ok := tr.Emphasised("Members' declaration", Bold, body); !ok || level != 2 {
		t.Errorf("a title after a styled heading = %d, %v; want 2", level, ok)
	}
}

// A styled appendix heading numbers its parts from 1 again, as a bold
// one does: "**1. Constitution of the Committee**" under "## APPENDIX C –
// … TERMS OF REFERENCE" goes below it, and a styled heading of the same
// level ends the appendix.
func TestStyledAppendixParts(t *testing.T) {
	body := func() Next { return NextBody }
	for _, tt := range []struct {
		styled string
		level  int
	}{
		{"APPENDIX C – PRIMARY CARE COMMITTEE: TERMS OF REFERENCE", 3},
		{"Schedule 2 – Terms of reference", 3},
		{"7. COMMITTEES", 1},
	} {
		var tr Tracker
		tr.Styled(tt.styled, 2)
		if level, _, ok := tr.Emphasised("1. Constitution of the Committee", Bold, body); !ok || level != tt.level {
			t.Errorf("under %q: level %d, %v; want %d", tt.styled, level, ok, tt.level)
		}
	}
	var tr Tracker
	tr.Styled("APPENDIX C – TERMS OF REFERENCE", 2)
	tr.Styled("APPENDIX D – STANDING ORDERS", 2)
	tr.Styled("8. GENERAL", 2)
	if level, _, _ := tr.Emphasised("1. Interpretation", Bold, body); level != 1 {
		t.Errorf("after a styled heading that is no appendix: level %d, want 1", level)
	}
}

// A labelled bold heading wholly in capitals may be long: it names the
// parties of a joint committee; in mixed case that many words are a
// sentence, not a heading.
func TestLongCapitalAppendixHeading(t *testing.T) {
	body := func() Next { return NextBody }
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"APPENDIX D – TERMS OF REFERENCE OF THE JOINT COMMITTEE OF NHS SANDHILLS AND ALTCAR CCG AND NHS WEST SCARISBRICK CCG", true},
		{"Appendix D – terms of reference of the joint committee of NHS Sandhills and Altcar CCG and NHS West Scarisbrick CCG", false},
	} {
		var tr Tracker
		tr.Styled("6. COMMITTEES", 1)
		if _, _, ok := tr.Emphasised(tc.text, Bold, body); ok != tc.ok {
			t.Errorf("Emphasised(%q) ok = %v, want %v", tc.text, ok, tc.ok)
		}
	}
}

// A note in square brackets of the variation that changed a part.
func TestVariationNote(t *testing.T) {
	for _, tc := range []struct {
		note string
		want bool
	}{
		{"[Varied December 2017]", true}, {" \\[Inserted June 2015\\] ", true}, {"[see clause 6]", false}, {"(formerly 9)", false},
	} {
		if got := VariationNote(tc.note); got != tc.want {
			t.Errorf("VariationNote(%q) = %v", tc.note, got)
		}
	}
}
