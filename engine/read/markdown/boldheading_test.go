package markdown

import (
	"fmt"
	"reflect"
	"testing"
)

// TestBoldHeadings: paragraphs that are wholly bold, short and numbered
// like a heading (or, after the first heading, a title followed by body
// text) are headings, as pandoc writes Word constitutions whose headings
// were typed in bold.
func TestBoldHeadings(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "level line heading" of each section
		blocks    int
	}{
		{
			// An amended constitution marks a renumbered part after its
			// bold title: still a heading; any other italic words after
			// the bold make a paragraph.
			name: "a bold title with a note on its numbering",
			src: `**7\. CONFLICTS OF INTEREST** *(formerly 9)*

7.1 Text.

**8\. VARIATION** *as agreed in 2015*

8.1 Text.
`,
			want:   []string{"1 1 7. CONFLICTS OF INTEREST (formerly 9)"},
			blocks: 3,
		},
		{
			// Word's number and title set bold apart: one heading; a bold
			// word and a bold title apart are a paragraph.
			name: "a bold number and a bold title in two runs",
			src: `**5.** **The Governing Body**

5.1 Text.

**Note** **on this part**

5.2 Text.
`,
			want:   []string{"1 1 5. The Governing Body"},
			blocks: 3,
		},
		{
			// Word's numbered bold heading written by pandoc as a list
			// item, its clauses nested under it; an item with more than
			// its bold title is an item.
			name: "a numbered list item that is one bold title",
			src: `6.  **Standards of business conduct and managing conflicts of interest**

    1.  The CCG keeps registers of interests.

7.  **Note.** The registers are published.
`,
			want:   []string{"1 1 6. Standards of business conduct and managing conflicts of interest"},
			blocks: 2,
		},
		{
			// Word's outline written by pandoc as nested lists: a bold
			// item in a list nested in another's is a heading a level
			// below it, and a bold item may have its note of variation.
			name: "numbered bold list items nested two deep, and one with its note",
			src: `4.  **Decision making: the Governing Body**

    1.  **Functions**

        1.  The Governing Body ensures good governance.

    2.  **Composition** \[Varied 1 April 2025\]

        1.  The Governing Body has thirteen members.

5.  **Committees**

    1.  Text.
`,
			want:   []string{"1 1 4. Decision making: the Governing Body", "2 3 1. Functions", "2 7 2. Composition [Varied 1 April 2025]", "1 11 5. Committees"},
			blocks: 3,
		},
		{
			// A consolidated text's note of the variation after a bold
			// title, in plain text: still a heading.
			name: "a bold title with a note of its variation",
			src: `**PART 8 – STANDARDS OF BUSINESS CONDUCT** \[Varied December 2017\]

8.1 Text.

**Note** see clause 6.

8.2 Text.
`,
			want:   []string{"1 1 PART 8 – STANDARDS OF BUSINESS CONDUCT [Varied December 2017]"},
			blocks: 3,
		},
		{
			name: "numbered headings and their depth",
			src: `**NHS Fenby Clinical Commissioning Group**

**CONSTITUTION**

Version 2.1

**5\. THE GOVERNING BODY**

5.1 The Governing Body has the functions set out below.

**5.2 Composition of the Governing Body**

5.2.1 The Governing Body has eleven members.

**5.2.3 Lay members**

Text.
`,
			want:   []string{"1 7 5. THE GOVERNING BODY", "2 11 5.2 Composition of the Governing Body", "3 15 5.2.3 Lay members"},
			blocks: 6,
		},
		{
			name: "numbered italic sub-headings under a bold one; other italics are text",
			src: `**PART 4: THE BOARD**

*4.1 Role*

4.1.1 The Board makes sure the Group acts effectively.

*Note: the Board meets in public.*

*4.2 Who sits on the Board*

4.2.1 The Board has five voting members.
`,
			want:   []string{"1 1 PART 4: THE BOARD", "2 3 4.1 Role", "2 9 4.2 Who sits on the Board"},
			blocks: 3,
		},
		{
			name: "bold numbered sub-headings under an ATX heading they extend",
			src: `## 4. THE GOVERNING BODY

**4.1 Functions**

4.1.1 The Governing Body has the functions set out below.

**4.2 Composition**

4.2.1 The Governing Body has eleven members.

## 5. COMMITTEES

Text.
`,
			want:   []string{"2 1 4. THE GOVERNING BODY", "3 3 4.1 Functions", "3 7 4.2 Composition", "2 11 5. COMMITTEES"},
			blocks: 3,
		},
		{
			name: "parts, schedules and appendices numbered from 1 again",
			src: `**PART 3 – MEMBERSHIP**

The Group's members are listed in Schedule 1.

**Schedule 2: Standing Orders**

**1\. Meetings of the Council of Members**

Text.

**APPENDIX – DEFINITIONS**

Text.
`,
			want:   []string{"1 1 PART 3 – MEMBERSHIP", "1 5 Schedule 2: Standing Orders", "2 7 1. Meetings of the Council of Members", "1 11 APPENDIX – DEFINITIONS"},
			blocks: 3,
		},
		{
			name: "a title after the first heading, one level below it",
			src: `## 3. Membership

Text.

**Members’ signatures**

| Practice | Signed by |
|---|---|
| A Surgery | Dr A |
`,
			want:   []string{"2 1 3. Membership", "3 5 Members’ signatures"},
			blocks: 1,
		},
		{
			name: "a title over titles, each over its text: its sub-headings go below it",
			src: `**5\. COMMITTEES**

5.1 The Board has the committees below.

**Primary Care Committee – terms of reference**

**Purpose**

1\. The Committee decides on primary care contracts.

**Membership**

2\. The Committee has five voting members.

**6\. CONFLICTS OF INTEREST**

6.1 Text.
`,
			want:   []string{"1 1 5. COMMITTEES", "2 5 Primary Care Committee – terms of reference", "3 7 Purpose", "3 11 Membership", "1 15 6. CONFLICTS OF INTEREST"},
			blocks: 4,
		},
		{
			name: "not headings",
			src: `# 1. Introduction

**The members of the Committee are:**

**5.1 The Committee meets every month to take decisions on primary care.**

**Note** the date below.

**5.2 the lower case title**

**Version control**

**Approved**

**An unnumbered phrase that goes on far too long to be any kind of title here**

Text.
`,
			want:   []string{"1 1 1. Introduction"},
			blocks: 8,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := mustRead(t, tt.src)
			got := []string{}
			for _, s := range o.Sections {
				got = append(got, fmt.Sprintf("%d %d %s", s.Level, s.Line, s.Heading))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sections = %q, want %q", got, tt.want)
			}
			if len(o.Blocks) != tt.blocks {
				t.Errorf("%d blocks, want %d: %+v", len(o.Blocks), tt.blocks, o.Blocks)
			}
		})
	}
}
