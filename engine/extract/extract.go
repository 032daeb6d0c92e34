// Package extract reads the governance of a constitution from its outline
// into the document model that the policies check (docs/model.md). It
// knows the conventions of real constitutions (documents.md): numbered
// headings and clauses, member practice tables, committee membership,
// votes of member practices. It knows nothing of the format the outline
// was read from. Every piece of evidence keeps the location it came from.
package extract

import (
	"sort"
	"strings"
	"sync"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// Options tune extraction.
type Options struct {
	// Lexicon reads wording; nil is the built-in policy data's.
	Lexicon *language.Lexicon
}

// Extract reads the document model from an outline. The model's Path is
// left for the caller to set. An error is a *model.InputError.
func Extract(o *outline.Outline, opts Options) (*model.Document, error) {
	d := newDocument(o)
	doc := newModel()
	doc.Lines = o.Lines
	doc.FrontMatter, doc.CCG = o.FrontMatter, o.FrontMatter.CCG
	if doc.FrontMatter.KeyLines == nil {
		doc.FrontMatter.KeyLines = map[string]int{}
	}
	if doc.FrontMatter.Extra == nil {
		doc.FrontMatter.Extra = map[string]any{}
	}
	doc.Warnings = append(doc.Warnings, o.Warnings...)
	doc.Sections = d.sections
	doc.Blocks = make([]model.Block, len(d.blocks))
	for i, b := range d.blocks {
		doc.Blocks[i] = b.Block
	}
	doc.Clauses = clauses(d.blocks)
	fam, icbName := family(doc)
	doc.Family = fam
	switch {
	case doc.CCG != "":
	case fam == model.FamilyICB:
		doc.CCG = icbName
	default:
		doc.CCG = ccgFromText(doc.Blocks)
	}

	pt := classifyPracticeTables(d)
	doc.Membership, doc.SignOffs = membership(d, pt)
	doc.Committees, doc.GoverningBody = committees(d)
	var w []model.ParseWarning
	doc.Votes, w = votes(d, o.FrontMatterVotes, pt, doc.Membership.Practices)
	markRepeats(doc.Membership.Practices, doc.Votes)
	doc.Warnings = append(doc.Warnings, w...)
	doc.Commissioning = commissioning(o.FrontMatter, d.sections, doc.Committees)
	doc.Conflicts = sectionText(d, model.KindConflicts)
	doc.Variation = sectionText(d, model.KindVariation)
	lx := opts.Lexicon
	if lx == nil {
		var err error
		if lx, err = DefaultLexicon(); err != nil {
			return nil, &model.InputError{Message: "built-in policy data: " + err.Error(), Err: err}
		}
	}
	sents, reader := d.readSentences(lx)
	doc.Facts = d.facts(reader, sents, doc)
	if doc.Family == model.FamilyICB {
		doc.ICB = d.icb(reader, sents, doc)
	}
	d.release()
	sort.SliceStable(doc.Warnings, func(i, j int) bool { return doc.Warnings[i].Line < doc.Warnings[j].Line })
	return doc, nil
}

// document is an outline as extraction sees it: its sections with their
// numbers and kinds, its blocks with their clause numbers.
type document struct {
	sections []model.Section
	blocks   []block
	tables   []outline.Table
	lists    []outline.List
	// committeeNames are the names of committees set up in the prose of
	// a section whose title names none (proseCommittees), by section.
	committeeNames map[int]string
	// boardIsNHSEngland says the constitution defines "the Board" as the
	// NHS Commissioning Board, as those of 2012–13 did: there "the Board"
	// is NHS England wherever it stands.
	boardIsNHSEngland bool
	// membersMeeting is the name, as lower-case words, the constitution
	// gives the meeting of its members ("senate"), read as the members
	// wherever it stands capitalised; nil when it gives none the word sets
	// do not know.
	membersMeeting []string
	// gbAliases are the names the constitution gives its governing body
	// (governingBodyAliases), for the titles that name it so.
	gbAliases []string
	// buffers are the token buffers the document's sentences use
	// (tokenBuffer), given back when extraction ends.
	buffers []*[]language.Token
}

// block is a paragraph or list item as the model has it, and the outline
// block it was read from.
type block struct {
	model.Block
	src *outline.Block
}

// seq is the block's place in the document's order.
func (b block) seq() int { return b.src.Seq }

// lineOf returns the line of byte offset off of the block's text.
func (b block) lineOf(off int) int { return b.src.LineOf(off) }

func newDocument(o *outline.Outline) *document {
	d := &document{
		sections: make([]model.Section, len(o.Sections)),
		blocks:   make([]block, len(o.Blocks)),
		tables:   normalTables(o.Tables),
		lists:    o.Lists,
	}
	aliases := governingBodyAliases(o.Blocks)
	d.gbAliases = aliases
	for i, s := range o.Sections {
		number, title := splitHeading(s.Heading)
		kind := sectionTitleKind(title)
		if kind == "" && titlesAlias(stripThe(norm(title)), aliases) {
			// "Composition of the Clinical Executive", where the
			// constitution calls its governing body the Clinical Executive.
			kind = model.KindGoverningBody
		}
		d.sections[i] = model.Section{
			Index: i, Heading: s.Heading, Number: number, Title: title, Level: s.Level,
			Line: s.Line, EndLine: s.EndLine, Kind: kind, Parent: s.Parent,
		}
	}
	sectionKinds(d.sections)
	for i := range o.Blocks {
		ob := &o.Blocks[i]
		// A number written in the text is the clause's; the format's own
		// (an ordered list's) stands in when there is none.
		number := clauseNumber(ob.Text)
		if number == "" {
			number = ob.Number
		}
		d.blocks[i] = block{
			Block: model.Block{
				Number: number, Text: ob.Text, Line: ob.Line, EndLine: ob.EndLine,
				Section: d.sectionHeading(ob.Section), SectionIndex: ob.Section, ListItem: ob.List >= 0,
			},
			src: ob,
		}
	}
	d.committeeNames = d.proseCommittees()
	d.boardIsNHSEngland = boardDefinedAsNHSEngland(o.Blocks)
	d.membersMeeting = membersMeetingName(o.Blocks)
	if d.jointBySentence() {
		sectionKinds(d.sections)
	}
	return d
}

// jointCommitteeIsRe finds a section's first paragraph saying its subject
// is a joint committee: "The Health and Care Commissioning Board is a
// joint committee of the CCG and the Council", "The CCG and the Council
// have established the Joint Strategic Commissioning Board, a joint
// committee of …".
var jointCommitteeIsRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(?:the\s+)?[A-Z][^.;]{2,80}?\s+(?:is|shall be|will be|operates as)\s+a\s+joint\s+committee\b` +
	`|^(?:[\d.]+\s+)?[^.;]{2,120}?\b(?:established|set up|formed|created|constituted)\s+(?:the\s+)?[A-Z][^.;,]{2,80}?,\s+a\s+joint\s+committee\b` +
	// "… have formed a joint committee under section 14Z3 of the 2006 Act,
	// called the … Board"
	`|^(?:[\d.]+\s+)?[^.;]{2,120}?\b(?:have|has)\s+(?:jointly\s+)?(?:established|set up|formed|created|constituted)\s+a\s+joint\s+committee\b`)

// jointBySentence makes a joint committee's section of a section whose
// title names no kind and whose first paragraph says it is about one, and
// reports whether it made any.
func (d *document) jointBySentence() bool {
	changed := false
	seen := map[int]bool{}
	for _, b := range d.blocks {
		i := b.SectionIndex
		if i < 0 || seen[i] {
			continue
		}
		seen[i] = true // the section's first paragraph only
		if d.sections[i].Kind != "" || !containsFold(b.Text, "joint committee") {
			continue
		}
		if jointCommitteeIsRe.MatchString(b.Text) && notAJointCommittee.in(norm(b.Text)) == "" {
			d.sections[i].Kind, changed = model.KindJointCommittee, true
			d.nameJointCommittee(i, b.Text)
		}
	}
	return changed
}

// nameJointCommittee names the joint committee of section i as its first
// paragraph names it when its title names no committee: "4.2 Joint
// arrangements" whose text says "… have established a joint committee,
// the Thamesvale Joint Commissioning Committee, to …" is that committee,
// and its terms of reference in an appendix are found by that name.
func (d *document) nameJointCommittee(i int, text string) {
	if d.committeeNames[i] != "" || namesCommittee(stripThe(norm(d.sections[i].Title))) != "" {
		return
	}
	m := committeeSetUp.FindStringSubmatch(text)
	if m == nil {
		return
	}
	name := ""
	for _, g := range m[1:] {
		if g != "" {
			name = strings.TrimSpace(g)
			break
		}
	}
	if name == "" || strings.EqualFold(name, "committee") || strings.EqualFold(name, "joint committee") {
		return
	}
	if d.committeeNames == nil {
		d.committeeNames = map[int]string{}
	}
	d.committeeNames[i] = name
}

// boardDefinedRe finds a definition that makes "the Board" the NHS
// Commissioning Board: "the National Health Service Commissioning Board
// (the “Board”)", "“Board” means the NHS Commissioning Board".
var boardDefinedRe = lazyRe(`(?i)commissioning board\W{0,3}\(\s*(?:the\s+)?["“‘']\s*(?:the\s+)?board\s*["”’']\s*\)` +
	`|["“‘']\s*(?:the\s+)?board\s*["”’']\s+(?:means|shall mean|refers to|is)\s+(?:the\s+)?(?:national health service|nhs)\s+commissioning board`)

// boardDefinedAsNHSEngland reports whether a constitution defines "the
// Board" as the NHS Commissioning Board.
func boardDefinedAsNHSEngland(blocks []outline.Block) bool {
	for i := range blocks {
		if t := blocks[i].Text; containsFold(t, "commissioning board") && boardDefinedRe.MatchString(t) {
			return true
		}
	}
	return false
}

// membersMeetingRe finds the name a constitution gives the meeting of its
// member practices (group 1): "The Senate is the meeting of the member
// practices", "The Practice Forum is the meeting of the Practice
// Representatives of all the member practices".
var membersMeetingRe = lazyRe(`(?:^|[.;]\s+|\d\s+)The ((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*) (?:is|shall be|will be) (?:the|a) (?:meeting|assembly|gathering|forum) of (?:all )?(?:the )?(?:member practices|members|[Pp]ractice [Rr]epresentatives|representatives)\b`)

// membersMeetingName is the name, as words, a constitution gives the
// meeting of its members where the word sets do not already read it as
// the members ("the Senate", not "the Members' Council"); or nil.
func membersMeetingName(blocks []outline.Block) []string {
	for i := range blocks {
		t := blocks[i].Text
		if !definesMeeting(t) {
			continue
		}
		m := membersMeetingRe.FindStringSubmatch(t)
		if m == nil || containsFold(m[1], "member") {
			continue
		}
		words := strings.Fields(strings.ToLower(m[1]))
		if len(words) > len(membersPhrases) {
			continue
		}
		return words
	}
	return nil
}

// definesMeeting reports whether a paragraph has the words
// membersMeetingRe needs, "is the meeting of", "be a forum of" and the
// like, searched for first: the expression is costly, and "meeting of"
// stands in many paragraphs.
func definesMeeting(t string) bool {
	for off := 0; ; {
		k := strings.Index(t[off:], " of ")
		if k < 0 {
			return false
		}
		k += off
		off = k + 4
		head := t[:k]
		var noun bool
		for _, n := range [...]string{" meeting", " assembly", " gathering", " forum"} {
			if strings.HasSuffix(head, n) {
				head, noun = head[:len(head)-len(n)], true
				break
			}
		}
		if !noun {
			continue
		}
		if h, ok := strings.CutSuffix(head, " the"); ok {
			head = h
		} else if h, ok := strings.CutSuffix(head, " a"); ok {
			head = h
		} else {
			continue
		}
		if strings.HasSuffix(head, " is") || strings.HasSuffix(head, " be") {
			return true
		}
	}
}

// membersPhrases are phrases of the word set "members", by length: the
// stems a name of the members' meeting takes (asMembers).
var membersPhrases = [...]string{"members", "members forum", "meeting of members", "meeting of the members"}

var membersPhraseStems = sync.OnceValue(func() [][]string {
	out := make([][]string, len(membersPhrases))
	for i, p := range membersPhrases {
		for _, t := range language.Tokenize(p) {
			out[i] = append(out[i], t.Stem)
		}
	}
	return out
})

// asMembers reads the name a constitution gives the meeting of its members
// ("the Senate"), capitalised, as the members: its words take the stems
// of a phrase of the set "members" of as many words.
func asMembers(toks []language.Token, text string, name []string) {
	stems := membersPhraseStems()[len(name)-1]
	for k := 0; k+len(name) <= len(toks); k++ {
		if toks[k].Word != name[0] || text[toks[k].Start] < 'A' || text[toks[k].Start] > 'Z' {
			continue
		}
		match := true
		for j := 1; j < len(name) && match; j++ {
			match = toks[k+j].Word == name[j]
		}
		if match {
			for j := range name {
				toks[k+j].Stem = stems[j]
			}
			k += len(name) - 1
		}
	}
}

// governingBodyAliasRe finds the name a constitution gives its governing
// body (group 1, 2 or 3): "The CCG's governing body … is called the
// Clinical Executive" (or "is called, in this constitution, the
// Governance Board"), "… known as the Clinical Commissioning Executive",
// "The Group calls its governing body the Clinical Board", "“the Clinical
// Board” means the governing body of the Group", "The Clinical Board is the
// CCG's governing body".
var governingBodyAliasRe = lazyRe(`(?i)\bgoverning body\b[^.;]{0,80}?\b(?:is|shall be|will be) (?:called|known as|named)(?:,[^,.;]{1,40},)? (?:the )?((?:[A-Z][\w'’-]*\s*){1,5})` +
	`|\b(?:calls|names) its governing body (?:the )?((?:[A-Z][\w'’-]*\s*){1,5})` +
	`|["“‘](?:the )?((?:[A-Z][\w'’-]*\s*){1,5})["”’]\s+(?:means|shall mean|refers to) the governing body\b` +
	`|(?:^|[.;]\s+|\d\s+)The ((?:[A-Z][\w'’-]*\s*){1,5}) (?:is|shall be|will be|acts as|serves as) the (?:ccg|group|clinical commissioning group)['’]s governing body\b`)

// shortNameRe finds the short name a long one is given in brackets after
// it: "the Clinical Commissioning Group Governance Board (“the Governance
// Board”)".
var shortNameRe = lazyRe(`^\s*\(\s*["“‘](?:the )?((?:[A-Z][\w'’-]*\s*){1,5})["”’]\s*\)`)

// governingBodyAliases are the names, normalised, a constitution gives its
// governing body (the name, and a short name in brackets after it), or
// none when it gives none other than "governing body" or "board", which
// titles already say.
func governingBodyAliases(blocks []outline.Block) []string {
	for i := range blocks {
		text := blocks[i].Text
		// Cheap tests first: the expression is costly, and most text
		// that names the governing body gives it no other name.
		if !containsFold(text, "governing body") {
			continue
		}
		// The paragraphs that name it (many) are searched for the words
		// of an alias once lowered, not once for each word.
		lower := strings.ToLower(text)
		if !strings.Contains(lower, "called") && !strings.Contains(lower, "known as") && !strings.Contains(lower, " named") &&
			!strings.Contains(lower, "calls its") && !strings.Contains(lower, "names its") && !strings.Contains(lower, " means the") &&
			!ownGoverningBody(lower) {
			continue
		}
		m := governingBodyAliasRe.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		var name string
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				name = text[m[g]:m[g+1]]
			}
		}
		var out []string
		if alias := stripThe(norm(name)); alias != "" && alias != "governing body" && alias != "board" {
			out = append(out, alias)
		}
		if s := shortNameRe.FindStringSubmatch(text[m[1]:]); s != nil {
			if short := stripThe(norm(s[1])); short != "" && short != "governing body" && short != "board" {
				out = append(out, short)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// ownGoverningBody reports whether text, lowered, names "the CCG's governing body"
// (or the group's), the words the expression's last branch needs: most
// constitutions say "governing body" often and never name it otherwise.
func ownGoverningBody(text string) bool {
	for _, w := range [...]string{"ccg's governing body", "ccg’s governing body", "group's governing body", "group’s governing body"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// titlesAlias reports whether a section title, normalised, is about the
// governing body under one of its other names: "Clinical Executive",
// "Composition of the Clinical Executive".
func titlesAlias(n string, aliases []string) bool {
	for _, alias := range aliases {
		if strings.HasPrefix(n, alias) || strings.HasPrefix(n, "composition of the "+alias) ||
			strings.HasPrefix(n, "membership of the "+alias) || strings.HasPrefix(n, "members of the "+alias) {
			return true
		}
	}
	return false
}

func (d *document) sectionHeading(i int) string {
	if i < 0 {
		return ""
	}
	return d.sections[i].Heading
}

// blockBefore returns the index of the last block that comes before
// document position seq in section sec, or -1: the paragraph that leads
// into a list or table ("Its other members are:").
func (d *document) blockBefore(seq, sec int) int {
	i := sort.Search(len(d.blocks), func(i int) bool { return d.blocks[i].seq() >= seq }) - 1
	if i < 0 || d.blocks[i].SectionIndex != sec {
		return -1
	}
	return i
}

// leadIn returns the text leading into list li, or "".
func (d *document) leadIn(li int) string {
	l := d.lists[li]
	if i := d.blockBefore(l.Seq, l.Section); i >= 0 {
		return d.blocks[i].Text
	}
	return ""
}

// newModel returns a document whose lists are empty rather than nil, so
// that they marshal as [] and the schema can require arrays.
func newModel() *model.Document {
	return &model.Document{
		FrontMatter: model.FrontMatter{KeyLines: map[string]int{}, Extra: map[string]any{}},
		Sections:    []model.Section{},
		Blocks:      []model.Block{},
		Clauses:     []model.Clause{},
		Membership:  model.Membership{Practices: []model.Practice{}},
		SignOffs:    []model.SignOff{},
		Committees:  []model.Committee{},
		Conflicts:   model.SectionText{Sections: []model.SectionRef{}, Blocks: []model.Block{}, Clauses: []model.Clause{}},
		Votes:       []model.Vote{},
		Variation:   model.SectionText{Sections: []model.SectionRef{}, Blocks: []model.Block{}, Clauses: []model.Clause{}},
		Warnings:    []model.ParseWarning{},
	}
}
