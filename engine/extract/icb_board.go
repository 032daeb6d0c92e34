package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// board reads the board's members from the statements of its membership:
// lists and tables in a section about the board (or led into by words
// about its membership), and sentences of such a section that say what the
// board has ("The board will have eleven members: the Chair; …").
func (r *icbReader) board(sents []sentence) model.ICBBoard {
	d := r.d
	boardSec := r.boardSections()
	var members []model.BoardMember
	// The board's line is the heading of the section that first states
	// its membership, where a reader finds the whole statement.
	first, firstSection := 0, -1
	found := func(line int, section int) {
		if first == 0 || line < first {
			first, firstSection = line, section
		}
	}

	// Items that lead into a nested list are its heading, not members:
	// "three Executive Members, that is:".
	containers := map[int]bool{}
	for li, l := range d.lists {
		if i := d.blockBefore(l.Seq, l.Section); i >= 0 && d.blocks[i].ListItem {
			containers[i] = true
		}
		_ = li
	}
	for li, l := range d.lists {
		leads := r.leadChain(li)
		marked := votingMarked(d, l)
		if !marked && !r.boardList(l.Section, leads, boardSec) || marked && (l.Section < 0 || !boardSec[l.Section]) {
			continue
		}
		leadPartner := false
		for _, lead := range leads {
			if r.reader.Read(language.Tokenize(lead)).Has("icb-role-partner") {
				leadPartner = true
			}
		}
		n := 0
		for _, bi := range l.Items {
			if containers[bi] {
				continue
			}
			b := d.blocks[bi]
			body, _ := clauseBody(b.Text, b.Number)
			if mentalHealthRequirement(body) {
				continue // "3. Among the ordinary members there shall always be at least one with knowledge …"
			}
			if marked {
				// "Chief Finance Officer (voting)", "Director of Strategy
				// (non-voting)": only those who vote are members.
				var voting bool
				if body, voting = votingMark(body); !voting {
					continue
				}
			}
			ev := model.Evidence{Text: b.Text, Line: b.Line, Section: b.Section, Clause: b.Number}
			got := r.itemMembers(body, ev, b.SectionIndex, leadPartner, 0)
			members = append(members, got...)
			n += len(got)
		}
		if n > 0 {
			line := d.blocks[l.Items[0]].Line
			if i := d.blockBefore(l.Seq, l.Section); i >= 0 && !d.blocks[i].ListItem {
				line = d.blocks[i].Line
			}
			found(line, l.Section)
		}
	}
	for _, m := range r.followingClauses(boardSec) {
		members = append(members, m)
		found(m.Line, -1)
	}
	for _, t := range d.tables {
		got := r.tableMembers(t, boardSec)
		if len(got) > 0 {
			members = append(members, got...)
			found(t.Line, t.Section)
		}
	}
	// The paragraphs whose sentences state the membership, and their
	// sentences that state none (leadersBeside).
	proseBlocks := map[int]bool{}
	var quiet []int
	var floor []model.BoardMember // members of a sentence on what the law requires
	var floorAt [][2]int          // its line and section
	for i := range sents {
		s := &sents[i]
		if s.lead >= 0 && !d.blocks[s.block].ListItem && (isSubClause(d.blocks[s.block].Number) || d.blocks[s.block].Number == "" && labelledItem(d.blocks[s.block].Text)) &&
			(i == 0 || sents[i-1].block != s.block) {
			// "(c) two Partner Members nominated by …" under "The Board
			// consists of the following members:", lettered paragraphs
			// rather than a list.
			if !r.boardList(s.section, []string{sents[s.lead].text}, boardSec) {
				continue
			}
			if s.leadIn && i+1 < len(sents) && sents[i+1].lead == i {
				// "c) four Partner Members, namely:" leads into the
				// paragraphs that name them.
				continue
			}
			b := d.blocks[s.block]
			body, _ := clauseBody(b.Text, b.Number)
			body = countAfterLabel(body)
			lead := r.reader.Read(language.Tokenize(sents[s.lead].text)).Has("icb-role-partner")
			ev := model.Evidence{Text: b.Text, Line: b.Line, Section: b.Section, Clause: s.clause}
			got := r.itemMembers(body, ev, b.SectionIndex, lead, 0)
			if len(got) > 0 {
				members = append(members, got...)
				found(sents[s.lead].line, s.section)
			}
			continue
		}
		if s.section < 0 || !boardSec[s.section] || s.lead >= 0 || d.blocks[s.block].ListItem || question(s) {
			continue
		}
		if mentalHealthRequirement(s.text) {
			// "At least one ordinary member shall have knowledge and
			// experience of … mental illness; the ICB secures this through
			// the Partner Member drawn from …": a member named before.
			continue
		}
		got := r.runInMembers(sents, i)
		if got == nil {
			got = r.proseMembers(s)
		}
		if len(got) > 0 && statuteRequiresRe.MatchString(s.text) {
			// "The 2006 Act requires the Board to include a Chair, a
			// Chief Executive and at least three Ordinary Members": the
			// law's floor, the board only where nothing else states it.
			floor = append(floor, got...)
			floorAt = append(floorAt, [2]int{s.line, s.section})
			proseBlocks[s.block] = true
		} else if len(got) > 0 {
			members = append(members, got...)
			found(s.line, s.section)
			proseBlocks[s.block] = true
		} else {
			quiet = append(quiet, i)
		}
	}
	if len(members) == 0 {
		members = floor
		for _, at := range floorAt {
			found(at[0], at[1])
		}
	}
	members = append(members, r.leadersBeside(sents, quiet, proseBlocks, members)...)
	sort.SliceStable(members, func(i, j int) bool { return members[i].Line < members[j].Line })
	// "at least three Ordinary Members" is the statute's floor; when the
	// passage goes on to name them, the named members are the board.
	named := false
	for _, m := range members {
		if m.Role != roleOrdinary && m.Role != model.RoleChair && m.Role != model.RoleChiefExecutive {
			named = true
		}
	}
	// "The Board therefore has fourteen members: the Chair, …, the five
	// Partner Members, …" sums up the partner members named by sector
	// before: they are not further members of no sector.
	// So does "(g) the Executive Members" of the executives a list names.
	sectors, executives := 0, 0
	for _, m := range members {
		if isPartner(m.Role) {
			sectors += max(m.Count, 1)
		}
		if strings.HasPrefix(m.Role, "executive-") && m.Role != model.RoleExecutiveOther {
			executives += max(m.Count, 1)
		}
	}
	out := []model.BoardMember{}
	leaders := map[string]bool{}
	for _, m := range members {
		if m.Role == model.RoleChair || m.Role == model.RoleChiefExecutive {
			// The one Chair and the one Chief Executive the Act gives a
			// board, however many sentences name them ("… complete the
			// Board as its executive members, together with the Chief
			// Executive", after the sentence on the Chief Executive).
			if leaders[m.Role] && !m.Minimum && m.Count <= 1 {
				continue
			}
			leaders[m.Role] = true
		}
		if m.Role == model.RolePartnerOther && sectors > 0 && max(m.Count, 1) <= sectors && genericPartners(withoutCount(m.Title)) {
			continue
		}
		if m.Role == model.RoleExecutiveOther && executives > 0 && max(m.Count, 1) <= executives {
			if t := withoutCount(m.Title); t == "executive members" || t == "executive member" {
				continue
			}
		}
		if m.Role == roleOrdinary {
			if named {
				continue
			}
			m.Role = model.RoleOther
		}
		out = append(out, m)
	}
	if firstSection < 0 && first > 0 {
		// Clauses found by their numbers: the innermost section that
		// holds the first of them.
		firstSection = innermostSection(d.sections, first)
	}
	if firstSection >= 0 {
		first = d.sections[firstSection].Line
	}
	return model.ICBBoard{Line: first, Section: d.sectionHeading(firstSection), Members: out}
}

// innermostSection is the index of the innermost section whose lines hold
// line, or -1.
func innermostSection(secs []model.Section, line int) int {
	best := -1
	for i, s := range secs {
		if s.Line <= line && line <= max(s.EndLine, s.Line) && (best < 0 || s.Line >= secs[best].Line) {
			best = i
		}
	}
	return best
}

// asFollowsRe finds a paragraph on the board's members that says they
// follow: "The ICB has a Board of fourteen members, who are as follows."
var asFollowsRe = lazyRe(`(?i)\bmembers\b[^.;:]*\b(?:as follows|listed below|set out below)\s*[.:]?\s*$`)

// boardCountRe finds a paragraph that says only how many members the
// board has, the clauses after it naming them without a verb: "2.1 The
// Board of the ICB has fourteen members." then "2.2 The Chair and the
// Chief Executive.", "2.4 Four Non-Executive Members, appointed by the
// Chair."
var boardCountRe = lazyRe(`(?i)^(?:the\s+)?board\b[^.;:]{0,40}?\b(?:has|will have|shall have|consists of|comprises|is made up of)\s+(?:[a-z]+|\d+)\s+(?:voting\s+)?members\s*\.?\s*$`)

// followingClauses reads the board's members from the numbered clauses
// after a paragraph that says they follow, one member or count of
// members to a clause ("2.2.2 The Chair, …", "2.2.6 Four Non-Executive
// Members, one of whom is also the Deputy Chair."): those of the same
// parent clause, up to the first that is not. A clause that states
// something ("At least one member of the Board will have …") names no
// member, and one that leads into lettered items leaves them to be read
// with it.
func (r *icbReader) followingClauses(boardSec []bool) []model.BoardMember {
	d := r.d
	var out []model.BoardMember
	for bi := range d.blocks {
		b := d.blocks[bi]
		if b.SectionIndex < 0 || !boardSec[b.SectionIndex] || b.Number == "" || b.ListItem || bi+1 >= len(d.blocks) || d.blocks[bi+1].seq() != b.seq()+1 {
			continue
		}
		countOnly := false
		if !containsFold(b.Text, "follow") && !containsFold(b.Text, "below") || !asFollowsRe.MatchString(b.Text) {
			if countOnly = countThenClauses(d, bi); !countOnly {
				// Only where the clauses come next: "as follows:" and
				// then a table or list is read as that.
				continue
			}
		}
		k := strings.LastIndexByte(strings.TrimSuffix(b.Number, "."), '.')
		if k < 0 {
			continue
		}
		parent := b.Number[:k+1] // "2.2." of "2.2.1"
		for bj := bi + 1; bj < len(d.blocks); bj++ {
			c := d.blocks[bj]
			if c.SectionIndex != b.SectionIndex {
				break
			}
			if c.ListItem || isSubClause(c.Number) || c.Number == "" && labelledItem(c.Text) {
				continue // an item of the clause before it
			}
			if !strings.HasPrefix(c.Number, parent) {
				break
			}
			body, _ := clauseBody(c.Text, c.Number)
			if strings.HasSuffix(strings.TrimSpace(body), ":") || statesSomething(body) || countOnly && !verbless(body) {
				continue
			}
			ev := model.Evidence{Text: c.Text, Line: c.Line, Section: c.Section, Clause: c.Number}
			out = append(out, r.itemMembers(body, ev, c.SectionIndex, false, 0)...)
		}
	}
	return out
}

// countThenClauses reports whether block bi says only how many members
// the board has and the clause after it names some without a verb.
func countThenClauses(d *document, bi int) bool {
	b, next := d.blocks[bi], d.blocks[bi+1]
	if !containsFold(b.Text, "members") || next.Number == "" || next.ListItem {
		return false
	}
	body, _ := clauseBody(b.Text, b.Number)
	nextBody, _ := clauseBody(next.Text, next.Number)
	return boardCountRe.MatchString(body) && !statesSomething(nextBody) && verbless(nextBody)
}

// finiteVerbRe finds a verb that makes a clause a sentence: "Two of them
// lead the ICB: …" and "The Chair leads the Board, …" are read with the
// prose, not as a member named by a clause of its own.
var finiteVerbRe = lazyRe(`(?i)\b(?:is|are|was|were|be|has|have|will|shall|may|must|can|leads?|sits?|chairs|holds?|makes?|forms?|serves?|attends?|includes?|comprises?|consists?)\b`)

// verbless reports whether a clause is one sentence with no verb of its
// own: "The Chair and the Chief Executive.", "Four Non-Executive Members,
// appointed by the Chair."
func verbless(body string) bool {
	return len(language.Sentences(body)) == 1 && !finiteVerbRe.MatchString(body)
}

// mentalHealthRequirement reports whether a sentence states the Act's
// requirement that a member know mental health services, or says which
// member meets it: "The Partner Member nominated from a provider of
// mental health services is expected to meet this requirement."
func mentalHealthRequirement(text string) bool {
	// (Not "two Partner Members nominated by the trusts, at least one of
	// whom must have knowledge … of mental health services": seats
	// counted first.)
	first, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	if n, ok := countOf(strings.ToLower(first)); ok && n > 1 {
		return false
	}
	return containsFold(text, "mental") &&
		(containsFold(text, "at least one") && containsFold(text, "knowledge") ||
			containsFold(text, "this requirement") || containsFold(text, "that knowledge") || containsFold(text, "secures this"))
}

// statuteRequiresRe finds a sentence that says what the law requires of
// the board rather than what it is: "The 2006 Act requires the Board to
// include …", "as the legislation requires".
var statuteRequiresRe = lazyRe(`(?i)\b(?:act|legislation|regulations|statute|law|guidance)\b[^.;]{0,40}?\b(?:requires?|adds)\b|\brequired by (?:the )?(?:\d{4} )?(?:act|legislation|regulations|law)\b`)

// boardSections marks the sections about the board's membership, and the
// sections inside them.
func (r *icbReader) boardSections() []bool {
	d := r.d
	out := make([]bool, len(d.sections))
	for i, s := range d.sections {
		w := r.reader.Read(language.Tokenize(s.Title))
		own := w.Has("icb-board-section") && !w.Has("icb-not-board") && !w.Has("icb-not-board-section")
		inherited := s.Parent >= 0 && s.Parent < i && out[s.Parent] && !w.Has("icb-not-board") && !w.Has("icb-not-board-section")
		out[i] = own || inherited
	}
	return out
}

// leadChain is the text leading into a list, then the text leading into
// the list its lead-in is an item of, and so on: "The board has:" above
// "three Executive Members, that is:".
func (r *icbReader) leadChain(li int) []string {
	d := r.d
	var out []string
	l := d.lists[li]
	for depth := 0; depth < 4; depth++ {
		i := d.blockBefore(l.Seq, l.Section)
		if i < 0 {
			break
		}
		out = append(out, d.blocks[i].Text)
		if !d.blocks[i].ListItem || d.blocks[i].src.List < 0 {
			break
		}
		l = d.lists[d.blocks[i].src.List]
	}
	return out
}

// votingMarkRe finds the mark at the end of a list item that says whether
// the person named votes: "(voting)", "(non-voting)", "(without a vote)".
var votingMarkRe = lazyRe(`(?i)\s*\((voting|non[- ]voting|not voting|without a vote|with a vote)\)\s*[;.,]?\s*(?:and)?\s*$`)

// votingMarked reports whether every item of a list ends with a mark of
// whether it votes, and some do: a list of members and participants,
// whatever its lead-in says of them.
func votingMarked(d *document, l outline.List) bool {
	voting := false
	for _, bi := range l.Items {
		text := d.blocks[bi].Text
		if !strings.Contains(text, "vot") && !strings.Contains(text, "Vot") {
			return false // the cheap test: every mark has the word
		}
		m := votingMarkRe.FindStringSubmatch(text)
		if m == nil {
			return false
		}
		voting = voting || strings.EqualFold(m[1], "voting") || strings.EqualFold(m[1], "with a vote")
	}
	return voting && len(l.Items) > 0
}

// votingMark returns an item's text without its voting mark, and whether
// the mark says it votes.
func votingMark(text string) (string, bool) {
	loc := votingMarkRe.FindStringSubmatchIndex(text)
	if loc == nil {
		return text, false
	}
	mark := strings.ToLower(text[loc[2]:loc[3]])
	return text[:loc[0]], mark == "voting" || mark == "with a vote"
}

// boardList reports whether a list states the board's members: its
// lead-ins speak of members and none of them of a committee, the
// partnership or people who only attend; and it stands in a section about
// labelCountRe reads a plural label, a dash and the count of its members
// with nothing of them named after it: "Non-Executive Members – four,
// appointed for their independence" (groups 1 to 3).
var labelCountRe = lazyRe(`^([A-Z][^–—:,.]{2,60}?s)\s+[–—]\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(\s*[,.].*|)$`)

// countAfterLabel puts the count a labelled item gives after its dash
// before the label, as a list item says it: "four Non-Executive Members,
// appointed …". An item that names its members after a colon is left.
func countAfterLabel(body string) string {
	if m := labelCountRe.FindStringSubmatch(body); m != nil {
		return m[2] + " " + m[1] + m[3]
	}
	return body
}

// the board, or a lead-in names the board's membership.
func (r *icbReader) boardList(section int, leads []string, boardSec []bool) bool {
	inBoard := section >= 0 && boardSec[section]
	speaks := len(leads) == 0 && inBoard
	for _, lead := range leads {
		w := r.reader.Read(language.Tokenize(lead))
		if w.Has("icb-not-board") {
			return false
		}
		ms := mentions(w)
		hasRole := false
		for _, m := range ms {
			if m.role != "" {
				hasRole = true
			}
		}
		member := w.Has("icb-membership-verb") || hasRole || namesMembers(w)
		if member {
			speaks = true
		}
		if member && (w.Has("icb-board") || w.Has("icb-icb")) {
			inBoard = true
		}
	}
	return speaks && inBoard
}

// itemMembers reads the members a list item, table cell or part of a
// sentence names. leadPartner says its lead-in speaks of partner members,
// so that an item naming only a nominating body is one. count, when not 0,
// is the count a table gives.
func (r *icbReader) itemMembers(text string, ev model.Evidence, section int, leadPartner bool, count int) []model.BoardMember {
	toks := language.Tokenize(text)
	w := r.reader.Read(toks)
	if w.Has("icb-not-board") && !w.Has("icb-role-partner") {
		// "the Chair of the Audit Committee", "participants from …"
		if !hasMemberRole(w) {
			return nil
		}
	}
	ms := mentions(w)
	r.resolve(ms, w, section)
	title := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), ";,."))
	title = strings.TrimSuffix(strings.TrimSuffix(title, " and"), " or")
	var out []model.BoardMember
	seen := map[string]bool{}
	add := func(role string, n int, min bool) {
		if seen[role] {
			return
		}
		seen[role] = true
		if count > 0 {
			n, min = count, false
		}
		out = append(out, model.BoardMember{Evidence: ev, Role: role, Title: title, Count: n, Minimum: min})
	}
	for k, m := range ms {
		if m.role == "" || m.neutral {
			continue
		}
		if setBefore(w, "icb-approval", m.start, 3) || wordIs(toks, m.start-1, "by") || wordIs(toks, m.start-2, "by") {
			continue // "appointed by the Chair", "with the approval of the Chief Executive"
		}
		if wordIs(toks, m.end, "(") && clauseRef(toks, m.end+1) {
			continue // "the Partner Members (2.5 to 2.7)": the clauses there say who they are
		}
		if m.role == model.RolePartnerOther && leadPartner && (wordIs(toks, m.start-1, "(") || wordIs(toks, m.start-2, "(") && wordIs(toks, m.start-1, "the")) {
			// "two nominated by the NHS trusts …, one of them by the trusts
			// that provide mental health services (the Partner Member for
			// Mental Health)" under "five Partner Members:": the name of
			// one of them, not what the item's members are.
			continue
		}
		n, min := countBefore(w, m.start, m.end)
		if isPartner(m.role) || m.role == model.RolePartnerOther {
			if split := partnerSplit(ms, k, w); len(split) > 1 {
				for _, p := range split {
					add(p.role, p.count, false)
				}
				continue
			}
		}
		add(m.role, n, min)
	}
	// "three executive members (the Director of Finance, …)": the named
	// executives are the members.
	if seen[model.RoleExecutiveOther] && (seen[model.RoleExecutiveFinance] || seen[model.RoleExecutiveMedical] || seen[model.RoleExecutiveNursing]) {
		kept := out[:0]
		for _, m := range out {
			if m.Role != model.RoleExecutiveOther {
				kept = append(kept, m)
			}
		}
		out = kept
	}
	if len(out) == 1 && out[0].Role == model.RolePartnerOther && refersElsewhere(toks) {
		// "the Partner Members, as set out in the table below": the table
		// names them.
		return nil
	}
	if len(out) == 0 && leadPartner {
		// "two members nominated jointly by the NHS trusts" under "four
		// Partner Members, namely:".
		n, ok := cellCount(text)
		if !ok {
			n = 1
		}
		for _, m := range ms {
			if kind := kindOfActor(m.actor); kind != "" {
				add(kind, n, false)
				break
			}
		}
	}
	return out
}

// refersElsewhere reports whether a text points to where something is set
// out: "as set out in the table below", "listed in Schedule 2".
func refersElsewhere(toks []language.Token) bool {
	for i := range toks {
		if wordIs(toks, i, "set", "listed", "shown", "described", "detailed") && wordIs(toks, i+1, "out", "in", "below") ||
			wordIs(toks, i, "below") || wordIs(toks, i, "table") && wordIs(toks, i+1, "below") {
			return true
		}
		// "the Partner Members (2.5 to 2.7)": the clauses that say who
		// they are.
		if wordIs(toks, i, "(") && clauseRef(toks, i+1) {
			return true
		}
		// "the five Partner Members in 2.2.1", "… under paragraph 2.5":
		// the clause named says who they are.
		if wordIs(toks, i, "in", "under", "at") && (clauseRef(toks, i+1) || wordIs(toks, i+1, "paragraph", "clause", "section") && clauseRef(toks, i+2)) {
			return true
		}
	}
	return false
}

// clauseRef reports whether a clause number starts at token i: "2.5",
// one token or three.
func clauseRef(toks []language.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if clauseNumber(toks[i].Word) != "" {
		return true
	}
	return isDigits(toks[i].Word) && wordIs(toks, i+1, ".") && i+2 < len(toks) && isDigits(toks[i+2].Word)
}

// namesMembers reports whether a text speaks of members: "The members
// of the ICB, who together form the Board, are:".
func namesMembers(w *language.Sentence) bool {
	for _, t := range w.Toks {
		if t.Stem == "member" || t.Stem == "membership" {
			return true
		}
	}
	return false
}

func hasMemberRole(w *language.Sentence) bool {
	for _, m := range mentions(w) {
		if m.role != "" && !m.neutral {
			return true
		}
	}
	return false
}

type partnerPart struct {
	role  string
	count int
}

// partnerSplit reads partner members named with several nominating
// sectors: "three Partner Members, one nominated by the NHS trusts …, one
// by the providers of primary medical services and one by the local
// authorities".
func partnerSplit(ms []mention, k int, w *language.Sentence) []partnerPart {
	var out []partnerPart
	seen := map[string]bool{}
	for j := k + 1; j < len(ms); j++ {
		if ms[j].role != "" {
			break
		}
		kind := kindOfActor(ms[j].actor)
		if kind == "" || seen[kind] {
			continue
		}
		seen[kind] = true
		n := 1
		// A count between "by" and the nominators counts them, not the
		// members: "one nominated jointly by the nine local authorities".
		by := -1
		for i := ms[j].start - 1; i >= 0 && i >= ms[j].start-4; i-- {
			if wordIs(w.Toks, i, "by", "from") {
				by = i
				break
			}
		}
		for i := ms[j].start - 1; i >= 0 && i >= ms[j].start-7; i-- {
			if i > by && by >= 0 {
				continue
			}
			if v, ok := icbCounts[w.Toks[i].Word]; ok && w.Toks[i].Word != "a" && w.Toks[i].Word != "an" {
				n = v
				break
			}
		}
		out = append(out, partnerPart{kind, n})
	}
	return out
}

// countColumn reports whether every cell of column c is a count ("1",
// "four").
func countColumn(t outline.Table, c int) bool {
	n := 0
	for _, row := range t.Rows {
		if c >= len(row.Cells) {
			return false
		}
		if _, ok := countOf(strings.ToLower(strings.TrimSpace(row.Cells[c]))); !ok {
			return false
		}
		n++
	}
	return n > 0
}

// leadingCountColumn reports whether every cell of column c begins with
// a count: "Four", "Two: one nominated for …".
func leadingCountColumn(t outline.Table, c int) bool {
	n := 0
	for _, row := range t.Rows {
		if c >= len(row.Cells) {
			return false
		}
		first, _, _ := strings.Cut(strings.TrimSpace(row.Cells[c]), " ")
		if _, ok := countOf(strings.ToLower(strings.TrimRight(first, ":,;."))); !ok {
			return false
		}
		n++
	}
	return n > 0
}

// tableMembers reads a table of the board's members: a role (or member)
// column, and a number column and an "appointed by" column when there are.
func (r *icbReader) tableMembers(t outline.Table, boardSec []bool) []model.BoardMember {
	d := r.d
	board := true
	if t.Section < 0 || !boardSec[t.Section] {
		lead := ""
		if i := d.blockBefore(t.Seq, t.Section); i >= 0 {
			lead = d.blocks[i].Text
		}
		w := r.reader.Read(language.Tokenize(lead))
		board = w.Has("icb-membership-verb") && (w.Has("icb-board") || w.Has("icb-icb")) && !w.Has("icb-not-board")
	}
	roleCol, countCol, apptCol, typeCol, approvalCol, removalCol, heldCol := -1, -1, -1, -1, -1, -1, -1
	for c, h := range t.Header {
		hl := strings.ToLower(h)
		if strings.Contains(hl, "held by") || strings.Contains(hl, "holder") && !strings.Contains(hl, "seat holder") {
			heldCol = c
			continue
		}
		switch {
		case strings.Contains(hl, "appoint"):
			apptCol = c
		case strings.Contains(hl, "approv") && apptCol >= 0:
			approvalCol = c // "| Who appoints | Approval needed |"
		case strings.Contains(hl, "remov"):
			removalCol = c
		case strings.Contains(hl, "type") || strings.Contains(hl, "category") || strings.Contains(hl, "kind"):
			typeCol = c
		case strings.Contains(hl, "number") || strings.Contains(hl, "no.") || strings.Contains(hl, "count") ||
			strings.Contains(hl, "seats") || strings.Contains(hl, "how many"):
			countCol = c
		case roleCol < 0 && (strings.Contains(hl, "role") || strings.Contains(hl, "member") || strings.Contains(hl, "position") || strings.TrimSpace(hl) == "office" ||
			strings.Contains(hl, "title") || strings.TrimSpace(hl) == "seat" || strings.HasPrefix(strings.TrimSpace(hl), "seat holder")):
			roleCol = c
		}
	}
	if heldCol >= 0 && (roleCol < 0 || countColumn(t, roleCol)) {
		// "| Seat | Held by | Kind of member |" with "1", "2", … under
		// Seat: the seats are numbered, and who holds each is the member.
		roleCol = heldCol
	}
	if roleCol < 0 && len(t.Header) == 2 && strings.TrimSpace(strings.Join(t.Header, "")) == "" {
		// A Word table with no header row, as pandoc writes it ("|  |  |"):
		// a count beside each role ("| 2 | Partner Members nominated by
		// …|"), read by the columns' contents.
		switch {
		case countColumn(t, 0) && !countColumn(t, 1):
			countCol, roleCol = 0, 1
		case countColumn(t, 1) && !countColumn(t, 0):
			roleCol, countCol = 0, 1
		}
	}
	if roleCol >= 0 && countCol < 0 && typeCol >= 0 && leadingCountColumn(t, roleCol) && !countColumn(t, typeCol) {
		// "| Category | Members | Nominated or appointed by |" with "1",
		// "4" under Members: the members are counted, the category names
		// them.
		roleCol, countCol, typeCol = typeCol, roleCol, -1
	}
	if roleCol < 0 && typeCol >= 0 && countCol >= 0 && !countColumn(t, typeCol) {
		// "| Category of member | Number | Notes |": with no member
		// column, the category counted is the member.
		roleCol, typeCol = typeCol, -1
	}
	if roleCol < 0 || !board && apptCol < 0 {
		return nil
	}
	if !board && t.Section >= 0 && (inKind(d.sections, t.Section, model.KindCommittee) || inKind(d.sections, t.Section, model.KindJointCommittee)) {
		// "| Member | Appointed by | Voting |" of a joint committee: who
		// appoints its members ("The Chief Executive of each of the six
		// ICBs … | Each ICB"), not the board's.
		return nil
	}
	section := d.sectionHeading(t.Section)
	if !board {
		// "| Role | How appointed |" outside the board's sections: who
		// appoints each member, not who the members are.
		for _, row := range t.Rows {
			if roleCol >= len(row.Cells) || apptCol >= len(row.Cells) {
				continue
			}
			ev := model.Evidence{Text: strings.Join(row.Cells, " | "), Line: row.Line, Section: section}
			for _, m := range r.itemMembers(row.Cells[roleCol], ev, t.Section, false, 0) {
				role := m.Role
				if role == model.RolePartnerOther && genericPartners(row.Cells[roleCol]) {
					role = rolePartner // every kind the board has (expandPartners)
				}
				if f, ok := r.cellAppointment(row.Cells[apptCol], role, ev); ok {
					r.appointmentColumns(&f, row.Cells, approvalCol, removalCol)
					r.tableAppointments = append(r.tableAppointments, f)
				}
			}
		}
		return nil
	}
	var out []model.BoardMember
	for _, row := range t.Rows {
		if roleCol >= len(row.Cells) {
			continue
		}
		count := 0
		if countCol >= 0 && countCol < len(row.Cells) {
			toks := language.Tokenize(row.Cells[countCol])
			if len(toks) > 0 {
				if n, ok := icbCounts[toks[0].Word]; ok {
					count = n
				} else if n := atoi(toks[0].Word); n > 0 {
					count = n
				}
			}
		}
		ev := model.Evidence{Text: strings.Join(row.Cells, " | "), Line: row.Line, Section: section}
		var got []model.BoardMember
		if countCol >= 0 && countCol < len(row.Cells) {
			if _, names, ok := strings.Cut(row.Cells[countCol], ":"); ok {
				// "| Executive Members | Three: the Chief Finance Officer,
				// … and the Chief Nursing Officer |": the members named.
				for _, p := range listParts(names) {
					got = append(got, r.itemMembers(p, ev, t.Section, false, 0)...)
				}
			}
		}
		if len(got) == 0 {
			got = r.itemMembers(row.Cells[roleCol], ev, t.Section, false, count)
		}
		if len(got) == 1 && generalRole(got[0].Role) && count > 1 {
			// "| Executive Members | 4 | Chief Finance Officer, Chief
			// Medical Officer, … |": a notes column names the members.
			if named := r.namedInOtherCell(row.Cells, ev, t.Section, roleCol, countCol, count); len(named) > 0 {
				got = named
			}
		}
		if len(got) == 0 && typeCol >= 0 && typeCol < len(row.Cells) && !containsFold(row.Cells[roleCol], "nominat") {
			// "| Non-Executive Member | Appointed for their independent
			// knowledge and skills | 5 |": the category names the members
			// the member column only describes.
			got = r.itemMembers(row.Cells[typeCol], ev, t.Section, false, count)
		}
		if typeCol >= 0 && typeCol < len(row.Cells) {
			// "| Executive Director of Resources | Executive Member
			// (director of finance) |": the type column says what a
			// member its title leaves unknown is.
			if tr := r.specificRole(row.Cells[typeCol]); tr != "" {
				for k := range got {
					if generalRole(got[k].Role) {
						got[k].Role = tr
					}
				}
			}
		}
		out = append(out, got...)
		if apptCol >= 0 && apptCol < len(row.Cells) && len(got) == 1 {
			if f, ok := r.cellAppointment(row.Cells[apptCol], got[0].Role, ev); ok {
				r.appointmentColumns(&f, row.Cells, approvalCol, removalCol)
				r.tableAppointments = append(r.tableAppointments, f)
			}
		}
	}
	return out
}

// namedInOtherCell reads the members a row's other cell names, one for
// each of the count the row gives, or nil when no cell names exactly that
// many members, each of a role of its own.
func (r *icbReader) namedInOtherCell(cells []string, ev model.Evidence, section, roleCol, countCol, count int) []model.BoardMember {
	for c, cell := range cells {
		if c == roleCol || c == countCol {
			continue
		}
		parts := listPartsAnd(cell)
		if len(parts) != count {
			continue
		}
		var named []model.BoardMember
		specific := 0
		for _, p := range parts {
			ms := r.itemMembers(p, ev, section, false, 0)
			switch {
			case len(ms) == 1 && !generalRole(ms[0].Role):
				specific++
			case len(ms) <= 1 && executiveTitle(p):
				// "Chief Delivery Officer": an executive of no role the
				// criteria name.
				ms = []model.BoardMember{{Evidence: ev, Role: model.RoleExecutiveOther, Title: p, Count: 1}}
			default:
				ms = nil
			}
			if len(ms) == 0 {
				named = nil
				break
			}
			named = append(named, ms...)
		}
		if len(named) == count && specific > 0 {
			return named
		}
	}
	return nil
}

// executiveTitle reports whether a cell's text is an executive's title,
// "Chief Delivery Officer" or "Director of Strategy".
func executiveTitle(p string) bool {
	l := strings.ToLower(p)
	return p != "" && p[0] >= 'A' && p[0] <= 'Z' && len(strings.Fields(p)) <= 6 &&
		(strings.HasSuffix(l, "officer") || strings.HasPrefix(l, "director") || strings.HasSuffix(l, "director"))
}

// generalRole reports whether a role says only the class of a member: an
// other partner or executive member, or an ordinary one.
func generalRole(role string) bool {
	return role == "" || role == model.RolePartnerOther || role == model.RoleExecutiveOther || role == roleOrdinary
}

// specificRole is the most specific member a cell names: "Executive Member
// (director of finance)" is the director of finance, "Partner Member (NHS
// trusts and foundation trusts)" the trusts' partner member; "" for none
// more specific than a class.
func (r *icbReader) specificRole(cell string) string {
	w := r.reader.Read(language.Tokenize(cell))
	ms := mentions(w)
	r.resolve(ms, w, -1)
	for _, m := range ms {
		if !m.neutral && !generalRole(m.role) {
			return m.role
		}
	}
	return ""
}

// withoutCount drops the count before a title, and what follows it in a
// list: "the five Partner Members and the four Non-Executive Members" is
// "Partner Members".
func withoutCount(title string) string {
	if k := strings.IndexAny(title, ",;"); k >= 0 {
		title = title[:k]
	}
	if k := strings.Index(title, " and "); k >= 0 {
		title = title[:k]
	}
	words := strings.Fields(stripThe(norm(title)))
	if len(words) > 1 && (words[0] == "these" || words[0] == "those" || words[0] == "its") {
		words = words[1:] // "these five Partner Members:"
	}
	if len(words) > 1 {
		if _, ok := countOf(words[0]); ok {
			words = words[1:]
		}
	}
	return strings.Join(words, " ")
}

// genericPartners reports whether a cell names the partner members as a
// class, of no kind: "Partner Members".
func genericPartners(cell string) bool {
	switch stripThe(norm(cell)) {
	case "partner members", "partner board members", "partner members of the board":
		return true
	}
	return false
}

// classOfExecutivesRe finds the executive members named as a class: "each
// Executive Member", "the Executive Members", "all executive members".
var classOfExecutivesRe = lazyRe(`(?i)\b(?:(?:each|every|any) executive member|executive members)\b`)

// expandExecutives makes an appointment of the executive members as a
// class ("The Chief Executive appoints each Executive Member, with the
// approval of the Chair") the appointment of each executive the board has
// that no sentence of its own speaks of.
func (r *icbReader) expandExecutives(facts []model.AppointmentFact) []model.AppointmentFact {
	own := map[string]bool{}
	for _, f := range facts {
		own[f.Role] = true
	}
	var out []model.AppointmentFact
	for _, f := range facts {
		out = append(out, f)
		if f.Role != model.RoleExecutiveOther || len(f.AppointedBy) == 0 || !classOfExecutivesRe.MatchString(f.Text) {
			continue
		}
		for _, role := range []string{model.RoleExecutiveFinance, model.RoleExecutiveMedical, model.RoleExecutiveNursing} {
			if slices.Contains(r.boardRoles, role) && !own[role] {
				g := f
				g.Role = role
				out = append(out, g)
				own[role] = true
			}
		}
	}
	return out
}

// officeTitleRe finds an office's title in a member's text: "Director of
// Health and Care Partnerships", "Chief People Officer".
var officeTitleRe = lazyRe(`\b(?:(?:Director|Head|Chief) of [A-Z][\w'’-]*(?:(?:,| and| &| of| for) [A-Z][\w'’-]*)*|Chief [A-Z][\w'’-]* (?:Officer|Director))\b`)

// appointOffices gives a board member of no statutory role the
// appointment of a sentence that names its title among others: "The Chief
// Executive appoints the Chief Finance Officer, … and the Director of
// Health and Care Partnerships, with the Chair's approval", where the
// board's list says "The Director of Health and Care Partnerships sits on
// the Board as a further Executive Member".
func (r *icbReader) appointOffices(members []model.BoardMember, facts []model.AppointmentFact) []model.AppointmentFact {
	appointed := map[string]bool{}
	for _, f := range facts {
		if len(f.AppointedBy) > 0 {
			appointed[f.Role] = true
		}
	}
	for _, m := range members {
		if m.Role != model.RoleExecutiveOther || appointed[m.Role] {
			continue
		}
		loc := officeTitleRe.FindStringIndex(m.Title)
		if loc == nil {
			continue
		}
		title := m.Title[loc[0]:loc[1]]
		for _, f := range facts {
			if len(f.AppointedBy) > 0 && f.Role != m.Role && strings.Contains(f.Text, title) {
				g := f
				g.Role = m.Role
				facts = append(facts, g)
				appointed[m.Role] = true
				break
			}
		}
	}
	return facts
}

// classOfPartnersRe finds the partner members named as a class: "Each
// Partner Member is appointed by the Chair", "The Partner Members are
// appointed …".
var classOfPartnersRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(?:each|every|all|all the|the) partner members?\b(?:\s+(?:is|are|will be|shall be)\b)`)

// partnerClass makes an appointment of the partner members as a class,
// read as of no sector, one of every kind (expandPartners).
func partnerClass(facts []model.AppointmentFact) []model.AppointmentFact {
	for i, f := range facts {
		if f.Role == model.RolePartnerOther && classOfPartnersRe.MatchString(f.Text) {
			facts[i].Role = rolePartner
		}
	}
	return facts
}

// expandPartners makes an appointment of the partner members as a class
// ("| Partner Members | appointed by the Chair … |") the appointment of
// each kind of partner member the board has, or of an other partner member
// when it names none.
func (r *icbReader) expandPartners(facts []model.AppointmentFact) []model.AppointmentFact {
	var out []model.AppointmentFact
	for _, f := range facts {
		if f.Role != rolePartner {
			out = append(out, f)
			continue
		}
		var kinds []string
		for _, role := range r.boardRoles {
			if isPartner(role) && !slices.Contains(kinds, role) {
				kinds = append(kinds, role)
			}
		}
		if len(kinds) == 0 {
			kinds = []string{model.RolePartnerOther}
		}
		for _, k := range kinds {
			g := f
			g.Role = k
			out = append(out, g)
		}
	}
	return out
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
		if n > 1000 {
			return 0
		}
	}
	return n
}

// cellAppointment reads an "appointed by" cell: "NHS England, with the
// approval of the Secretary of State".
func (r *icbReader) cellAppointment(cell, role string, ev model.Evidence) (model.AppointmentFact, bool) {
	w := r.reader.Read(language.Tokenize(cell))
	by, approval := map[string]bool{}, map[string]bool{}
	for _, m := range mentions(w) {
		if m.actor == "" || m.neutral {
			continue
		}
		if approvalOf(w, m) || w.At(m.end, "icb-approval") > m.end {
			// "NHS England (Secretary of State approves)"
			approval[m.actor] = true
		} else {
			by[m.actor] = true
		}
	}
	if len(by) == 0 {
		return model.AppointmentFact{}, false
	}
	return model.AppointmentFact{Evidence: ev, Role: role, AppointedBy: actorList(by), ApprovalBy: actorList(approval),
		RemovedBy: []string{}, RemovalApprovalBy: []string{}}, true
}

// appointmentColumns adds to an appointment read from a row's "appointed
// by" cell what its other columns say: whose approval it needs ("|
// Approval needed | Approval of the Secretary of State |") and who may
// remove the member, with whose approval ("| Removal | Only by NHS
// England, with the Secretary of State's approval |").
func (r *icbReader) appointmentColumns(f *model.AppointmentFact, cells []string, approvalCol, removalCol int) {
	if approvalCol >= 0 && approvalCol < len(cells) {
		w := r.reader.Read(language.Tokenize(cells[approvalCol]))
		set := map[string]bool{}
		for _, a := range f.ApprovalBy {
			set[a] = true
		}
		for _, m := range mentions(w) {
			if m.actor != "" && !m.neutral {
				set[m.actor] = true
			}
		}
		f.ApprovalBy = actorList(set)
	}
	if removalCol >= 0 && removalCol < len(cells) {
		if g, ok := r.cellAppointment(cells[removalCol], f.Role, f.Evidence); ok {
			f.RemovedBy, f.RemovalApprovalBy = g.AppointedBy, g.ApprovalBy
		}
	}
}

// leadersBeside reads the chair and the chief executive from the other
// sentences of a paragraph that states the board's members in shares,
// where they are said to chair or sit on it rather than counted: "The
// Board has fourteen members. Its chair is the Chair of the ICB, and the
// Chief Executive sits on it as an ordinary member. Three members are …".
func (r *icbReader) leadersBeside(sents []sentence, quiet []int, blocks map[int]bool, members []model.BoardMember) []model.BoardMember {
	have := map[string]bool{}
	for _, m := range members {
		have[m.Role] = true
	}
	var out []model.BoardMember
	for _, i := range quiet {
		s := &sents[i]
		if !blocks[s.block] || s.w.Has("icb-not-board") {
			continue
		}
		for _, m := range r.leadersIn(s.text, s.evidence(r.d), s.section) {
			if !have[m.Role] {
				have[m.Role] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// proseMembers reads the members a sentence says the board has: "The
// board will have eleven members: the Chair; the Chief Executive; …", "The
// board also has one further Partner Member, nominated by …".
func (r *icbReader) proseMembers(s *sentence) []model.BoardMember {
	w, toks := s.w, s.toks
	if w.Has("icb-not-board") {
		return nil
	}
	if wordIs(toks, 0, "this") && wordIs(toks, 1, "section", "part", "clause", "chapter", "schedule", "paragraph") {
		return nil // "This section describes the membership the ICB has settled on, which goes beyond …": about the text
	}
	if out := r.shareMembers(s); out != nil {
		return out
	}
	if m := countKindRe.FindStringSubmatch(s.text); m != nil && !sitAsDoRe.MatchString(s.text) {
		// "Four Non-Executive Members are appointed for their
		// independence.", "Three Executive Members complete the Board:
		// the Chief Finance Officer, …", "Three Partner Members are
		// nominated by partner organisations: one by …, one by …": a
		// count of one kind, named after a colon when it is.
		ev := s.evidence(r.d)
		n, _ := countOf(strings.ToLower(m[1]))
		kind := strings.ToLower(m[2])
		if k := strings.Index(m[3], ":"); k >= 0 {
			parts := splitRoles(strings.TrimRight(m[3][k+1:], ". "), false)
			if kind == "partner" {
				// "one by …, one by …, and one jointly by A Council and B
				// Council": each part after a comma, an "and" inside one.
				parts = itemsAt(strings.TrimRight(m[3][k+1:], ". "), ",")
			}
			if out := r.namedMembers(parts, ev, s.section, kind == "partner", kind == "executive"); len(out) > 0 {
				return out
			}
		}
		if kind == "partner" && !strings.HasPrefix(strings.ToLower(m[3]), "are") && !strings.HasPrefix(strings.ToLower(m[3]), "complete") && !strings.HasPrefix(strings.ToLower(m[3]), "make up") {
			// "Five Partner Members sit on the Board." names no sector:
			// the sentences after it say who nominates which.
			return nil
		}
		if role := r.roleOfTitle(kind+" members", false); role != "" && n > 0 {
			return []model.BoardMember{{Evidence: ev, Role: role, Title: strings.TrimSpace(s.text), Count: n}}
		}
		return nil
	}
	if m := ordinaryAreKindRe.FindStringSubmatch(s.text); m != nil {
		// "Three Ordinary Members are Non-Executive Members, appointed for
		// their independence …": a count of one kind. ("Five Ordinary
		// Members are Partner Members, nominated as follows:" leads into
		// the table or list that names them.)
		n, _ := countOf(strings.ToLower(m[1]))
		if role := r.roleOfTitle(strings.ToLower(m[2])+" members", false); role != "" && n > 0 {
			return []model.BoardMember{{Evidence: s.evidence(r.d), Role: role, Title: strings.TrimSpace(s.text), Count: n}}
		}
		return nil
	}
	if m := joinedByRe.FindStringSubmatch(s.text); m != nil {
		// "The Chair is independent of …, and is joined by four other
		// Non-Executive Members."
		ev := s.evidence(r.d)
		n, _ := countOf(strings.ToLower(m[1]))
		out := []model.BoardMember{{Evidence: ev, Role: model.RoleChair, Title: "the Chair", Count: 1}}
		if role := r.roleOfTitle(strings.ToLower(m[2])+" members", false); role != "" && n > 0 {
			out = append(out, model.BoardMember{Evidence: ev, Role: role, Title: strings.TrimSpace(s.text), Count: n})
		}
		return out
	}
	if m := nominatedByPartnersRe.FindStringSubmatch(s.text); m != nil {
		// "Four members are nominated by the ICB's partners: two by the
		// NHS trusts …; one by the providers …; and one jointly by the
		// five local authorities."
		rest := strings.TrimRight(m[2], ". ")
		sep := ","
		if strings.Contains(rest, ";") {
			sep = ";"
		}
		return r.namedMembers(itemsAt(rest, sep), s.evidence(r.d), s.section, true, false)
	}
	if m := leadersAreMembersRe.FindStringSubmatch(s.text); m != nil {
		// "The Chair and the Chief Executive are members of it."
		return r.leadersIn(m[1], s.evidence(r.d), s.section)
	}
	if m := kindAreRe.FindStringSubmatch(s.text); m != nil {
		// "The Executive Members are the Chief Finance Officer, the Chief
		// Medical Officer, …": the members of one kind, named.
		return r.namedMembers(splitRoles(strings.TrimRight(m[2], ". "), false), s.evidence(r.d), s.section, false, strings.EqualFold(m[1], "executive"))
	}
	if m := sitAsKindRe.FindStringSubmatch(s.text); m != nil {
		// "The Chief Finance Officer, the Chief Medical Officer and the
		// Chief Nursing Officer, together with the Chief Officer for
		// Strategy, sit on the Board as Executive Members."
		members, with, kind := m[1], m[2], m[3]
		if members == "" {
			members, with, kind = m[4], m[6], m[5] // "… complete the Board as its executive members, together with …"
		}
		parts := listPartsAnd(members)
		if with != "" {
			parts = append(parts, with)
		}
		return r.namedMembers(parts, s.evidence(r.d), s.section, false, strings.EqualFold(kind, "executive"))
	}
	if m := leaderSitsRe.FindStringSubmatch(s.text); m != nil {
		title := m[1] + m[2]
		return r.leadersIn(title, s.evidence(r.d), s.section)
	}
	if m := sitAsDoRe.FindStringSubmatch(s.text); m != nil {
		// "Four Non-Executive Members also sit on the Board, as do three
		// executive members: the Chief Finance Officer, …".
		ev := s.evidence(r.d)
		out := r.itemMembers(m[1], ev, s.section, false, 0)
		if m[3] != "" {
			for _, p := range listParts(m[3]) {
				out = append(out, r.itemMembers(p, ev, s.section, false, 0)...)
			}
		} else {
			out = append(out, r.itemMembers(m[2], ev, s.section, false, 0)...)
		}
		return out
	}
	verb := -1
	for i := 0; i < len(toks) && i < 6; i++ {
		if w.At(i, "icb-board") > i || w.At(i, "icb-icb") > i {
			for j := i + 1; j < len(toks) && j < i+8; j++ {
				if e := w.At(j, "icb-membership-verb"); e > j {
					verb = e
					break
				}
			}
			break
		}
	}
	if verb < 0 && wordIs(toks, 0, "alongside", "besides", "beside") {
		// "Alongside the Chair, who …, and the Chief Executive, it has
		// three Non-Executive Members; two Partner Members …; …".
		return r.alongsideMembers(s)
	}
	if verb < 0 && len(toks) > 3 && wordIs(toks, 0, "there") && wordIs(toks, 1, "are", "is") {
		if out := r.thereAre(s); out != nil || !strings.Contains(s.text, ":") {
			return out
		}
		// "2.9.1 Number. There are three Executive Members: the Chief
		// Finance Officer, …", in a section on one kind of member.
		verb = 2
	}
	if verb < 0 && len(toks) > 3 && wordIs(toks, 0, "they", "these") && wordIs(toks, 1, "are") && (strings.Count(s.text, ";") >= 2 || strings.Count(s.text, ",") >= 2) {
		// "The Board has sixteen members. They are the Chair; the Chief
		// Executive; …", or with commas, "They are the Chair and the Chief
		// Executive, three Partner Members, five Non-Executive Members and
		// four Executive Members": a list of members after a pronoun.
		if _, isCount := icbCounts[toks[2].Word]; isCount || wordIs(toks, 2, "the") || atoi(toks[2].Word) > 0 {
			verb = 2
		}
	}
	remaining := false
	if verb < 0 && wordIs(toks, 0, "the") && wordIs(toks, 1, "remaining", "other") && wordIs(toks, 2, "members") {
		// "The remaining members of the Board are the Chair; the Chief
		// Executive; four Non-Executive Members; …", after the partner
		// members lettered under a share of them.
		for j := 3; j < len(toks) && j <= 7; j++ {
			if toks[j].Punct {
				break
			}
			if wordIs(toks, j, "are") {
				verb, remaining = j+1, strings.Count(s.text, ";") >= 2 || strings.Count(s.text, ",") >= 2
				break
			}
		}
		if !remaining {
			verb = -1
		}
	}
	if verb < 0 || verb >= len(toks) {
		return nil
	}
	ev := s.evidence(r.d)
	rest := s.text[toks[verb].Start:]
	var parts []string
	one := false // the sentence names one member, its title in the clause
	if k := strings.Index(rest, ":"); k < 0 && remaining && !strings.Contains(rest, ";") {
		parts = listParts(rest)
	} else if k < 0 && (verb == 2 && wordIs(toks, 0, "they", "these") || remaining) {
		parts, one = itemsAt(rest, ";"), !strings.Contains(rest, ";")
	} else if k >= 0 {
		parts, one = listParts(rest[k+1:]), !strings.ContainsAny(rest[k+1:], ";,")
	} else {
		parts, one = []string{strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "and "))}, true
	}
	var out []model.BoardMember
	for _, p := range parts {
		for _, m := range r.itemMembers(p, ev, s.section, false, 0) {
			if one {
				m.Title = clauseTitle(m.Title, m.Role, r)
			}
			out = append(out, m)
		}
	}
	return out
}

// runInMembers reads a paragraph with a run-in title that names a kind of
// member and a sentence that counts or names them: "**Non-Executive
// Members.** There are five.", "**Partner Members.** There are four: two
// nominated by …; one …", "**Executive Members.** The Chief Finance
// Officer, … and the Chief Delivery Officer are Executive Members."
func (r *icbReader) runInMembers(sents []sentence, i int) []model.BoardMember {
	s := &sents[i]
	toks := s.toks
	if i == 0 || sents[i-1].block != s.block || len(toks) < 3 {
		return nil
	}
	title := strings.Trim(strings.TrimSpace(clauseNumberRe.ReplaceAllString(sents[i-1].text, "")), "*_. ")
	if words := strings.Fields(title); len(words) == 0 || len(words) > 5 {
		return nil
	}
	tw := r.reader.Read(language.Tokenize(title))
	if !tw.Has("icb-role-partner") && !tw.Has("icb-role-executive") && !tw.Has("icb-role-non-executive") {
		return nil
	}
	ev := s.evidence(r.d)
	lead := tw.Has("icb-role-partner")
	if wordIs(toks, 0, "there") && wordIs(toks, 1, "are", "is") {
		n, ok := countOf(toks[2].Word)
		if !ok {
			return nil
		}
		if k := strings.Index(s.text, ":"); k >= 0 {
			var out []model.BoardMember
			for _, p := range itemsAt(s.text[k+1:], ";") {
				out = append(out, r.itemMembers(p, ev, s.section, lead, 0)...)
			}
			return out
		}
		return r.itemMembers(toks[2].Word+" "+title, ev, s.section, lead, n)
	}
	if n, ok := countOf(toks[0].Word); ok && n > 1 && !strings.Contains(s.text, ":") {
		// "**Non-Executive Members.** Five members are appointed for
		// their independence.", "Five independent Non-Executive
		// Members, one of whom …": that many of the title's kind.
		j := 1
		for j < len(toks) && j <= 4 && !wordIs(toks, j, "members") && !toks[j].Punct {
			j++
		}
		if wordIs(toks, j, "members") {
			if role := r.roleOfTitle(title, false); role != "" && role != roleOrdinary {
				return []model.BoardMember{{Evidence: ev, Role: role, Title: strings.TrimSpace(s.text), Count: n}}
			}
		}
		return nil
	}
	if n, ok := countOf(toks[0].Word); ok && n > 1 && wordIs(toks, 1, ":") && lead {
		// "**Partner Members.** Five: two nominated by the NHS trusts …,
		// one nominated by the providers …, and two nominated by the
		// local authorities": the parts, when they make up the count.
		k := strings.Index(s.text, ":")
		var out []model.BoardMember
		sum := 0
		for _, p := range listParts(strings.TrimRight(s.text[k+1:], ". ")) {
			for _, m := range r.itemMembers(p, ev, s.section, lead, 0) {
				out, sum = append(out, m), sum+max(m.Count, 1)
			}
		}
		if sum == n {
			return out
		}
		return nil
	}
	if k := strings.Index(s.text, ":"); k > 0 && countBeforeColon(toks, s.text[:k]) && tw.Has("icb-role-executive") && !tw.Has("icb-role-non-executive") {
		// "**Executive Members.** Besides the Chief Executive, four
		// employees of the ICB sit on the Board: the Chief Finance
		// Officer, …": the members named after the colon.
		return r.namedMembers(splitRoles(strings.TrimRight(s.text[k+1:], ". "), false), ev, s.section, lead, true)
	}
	if m := areKindRe.FindStringSubmatch(s.text); m != nil {
		return r.namedMembers(listParts(m[1]), ev, s.section, lead, tw.Has("icb-role-executive") && !tw.Has("icb-role-non-executive"))
	}
	if wordIs(toks, 0, "these", "they") && wordIs(toks, 1, "are") && wordIs(toks, 2, "the") {
		// "**Executive Members.** These are the Chief Finance Officer, the
		// Chief Medical Officer and the Chief Nursing Officer."
		return r.namedMembers(listParts(strings.TrimRight(s.text[toks[2].Start:], ". ")), ev, s.section, lead, tw.Has("icb-role-executive") && !tw.Has("icb-role-non-executive"))
	}
	return nil
}

// namedMembers reads the board members each part names; where executive
// is true, a part that names none the words know is an executive member
// of some other post ("the Chief Delivery Officer", named an executive
// member).
func (r *icbReader) namedMembers(parts []string, ev model.Evidence, section int, lead, executive bool) []model.BoardMember {
	var out []model.BoardMember
	for _, p := range parts {
		got := r.itemMembers(p, ev, section, lead, 0)
		if title := strings.TrimSpace(strings.TrimPrefix(p, "and ")); len(got) == 0 && executive && title != "" {
			got = []model.BoardMember{{Evidence: ev, Role: model.RoleExecutiveOther, Title: title, Count: 1}}
		}
		out = append(out, got...)
	}
	return out
}

// countBeforeColon reports whether a count of members stands before a colon:
// "Besides the Chief Executive, four employees of the ICB sit on the
// Board".
func countBeforeColon(toks []language.Token, before string) bool {
	for _, t := range toks {
		if int(t.Start) >= len(before) {
			break
		}
		if n, ok := countOf(t.Word); ok && n > 1 {
			return true
		}
	}
	return false
}

// areKindRe reads members named before the kind a run-in title names:
// "The Chief Finance Officer, … and the Chief Delivery Officer are
// Executive Members" (group 1).
var areKindRe = lazyRe(`(?i)^(the [^.]+?) are (?:the ICB's |its )?(?:executive|non-executive|partner) members\.?$`)

// countKindRe reads a sentence that opens with a count of one kind of
// ordinary member and its verb (groups 1 to 3: the count, the kind, the
// rest); a clause of a count alone ("Two Executive Members: …") is
// followingClauses's.
// "Five Partner Members sit on the Board.", "Four Non-Executive Members,
// each independent of …, bring experience of …".
var countKindRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (partner|non-executive|executive) members(?:, [^,.;:]{1,80},)? ((?:are|complete|make up|(?:also )?(?:sit|serve) on the (?:board|icb)|bring)\b.*)$`)

// ordinaryAreKindRe reads a count of ordinary members said to be of one
// kind, with no list after it (groups 1 and 2: the count, the kind):
// "Three Ordinary Members are Non-Executive Members, appointed for …".
var ordinaryAreKindRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) ordinary members (?:are|will be|shall be) (partner|non-executive|executive) members\b[^:]*$`)

// joinedByRe reads the chair "joined by" a count of members of one kind
// (groups 1 and 2): "The Chair … is joined by four other Non-Executive
// Members".
var joinedByRe = lazyRe(`(?i)^(?:[\d.]+\s+)?the chair\b[^.;:]*?\bis joined (?:on the board )?by (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:other |further )?(non-executive|executive|partner) members\b`)

// nominatedByPartnersRe reads members the partners nominate, split after
// a colon (group 2): "Four members are nominated by the ICB's partners:
// two by …; one by …; and one jointly by …".
var nominatedByPartnersRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:board )?members are nominated by (?:the ICB['’]s |its |our |the )?(?:partners|partner organisations|partner bodies)\s*:\s*(.+)$`)

// leadersAreMembersRe reads the chair and the chief executive said to be
// members: "The Chair and the Chief Executive are members of it."
var leadersAreMembersRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(the chair and the chief executive) are (?:also )?(?:members|board members)\b`)

// sitAsKindRe reads members named before "sit on the Board as" their
// kind, with one more "together with" them (groups 1 and 2 the members,
// 3 the kind).
// So do "The Chief Finance Officer, … and the Chief Nurse complete the
// Board as its executive members, together with the Chief Executive"
// (groups 4 and 5 the members, 6 the kind).
var sitAsKindRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(the [^.;:]+?)(?:,? together with (the [^.;:,]+?),?)? (?:sit|serve) on the (?:board|icb) as (?:its )?(executive|non-executive|partner) members\.?$` +
	`|^(?:[\d.]+\s+)?(the [^.;:]+?) complete the (?:board|icb) as (?:its )?(executive|non-executive|partner) members(?:,? together with (the [^.;:,]+?))?\.?$`)

// leaderSitsRe reads the chair or chief executive in a sentence of its
// own (group 1 or 2): "At its head is the Chair, who …", "The Chief
// Executive is the ICB's accountable officer and sits on the Board by
// virtue of that office".
var leaderSitsRe = lazyRe(`(?i)^(?:[\d.]+\s+)?at (?:its|the board['’]s) head is (the chair)\b|^(?:[\d.]+\s+)?(the chair|the chief executive)\b[^.;:]*?\b(?:sits|serves) on the (?:board|icb)\b`)

// kindAreRe reads the members of one kind named after it: "The Executive
// Members are the Chief Finance Officer, …" (group 1 the kind, 2 the
// members, each named with "the").
var kindAreRe = lazyRe(`(?i)^(?:[\d.]+\s+)?the (executive|non-executive) members are (the [^.;:]+(?:, the [^.;:]+)* and (?:the|two|three|four|five|six|seven|eight|\d{1,2}) [^.;:]+?)\.?$`)

// sitAsDoRe reads counted members who sit on the board beside others:
// "Four Non-Executive Members also sit on the Board, as do three
// executive members: the Chief Finance Officer, …" (groups 1 and 2 the
// two, 3 the second's names).
var sitAsDoRe = lazyRe(`(?i)^(?:[\d.]+\s+)?((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) [^,;:]+?) (?:also )?(?:sit|serve) on the board,? as do ([^:]+?)(?::\s*(.+?))?\.?$`)

// leadersIn reads the chair and the chief executive a text names, one
// each, whatever else it says of them.
func (r *icbReader) leadersIn(text string, ev model.Evidence, section int) []model.BoardMember {
	var out []model.BoardMember
	for _, m := range r.itemMembers(text, ev, section, false, 0) {
		if m.Role == model.RoleChair || m.Role == model.RoleChiefExecutive {
			m.Count, m.Minimum = 1, false
			out = append(out, m)
		}
	}
	return out
}

// alongsideMembers reads a sentence that names some members "alongside"
// the rest: "Alongside the Chair, who is independent …, and the Chief
// Executive, it has three Non-Executive Members; two Partner Members
// nominated by …; …": the chair and chief executive before "it has",
// the others after it, a kind between each pair of semicolons.
func (r *icbReader) alongsideMembers(s *sentence) []model.BoardMember {
	toks, w := s.toks, s.w
	at := -1
	for i := 1; i+1 < len(toks); i++ {
		if wordIs(toks, i, "it", "they") && wordIs(toks, i-1, ",") && w.At(i+1, "icb-membership-verb") > i+1 {
			at = w.At(i+1, "icb-membership-verb")
			break
		}
		// "Besides the Chair and the Chief Executive there are four
		// Non-Executive Members, four Partner Members and three Executive
		// Members."
		if wordIs(toks, i, "there") && wordIs(toks, i+1, "are", "is") {
			at = i + 2
			break
		}
		// "Alongside the Chair and the Chief Executive sit four Partner
		// Members, …": the verb before its subject.
		if wordIs(toks, i, "sit", "serve") && !wordIs(toks, i-1, ",", "who", "which", "that") && i+1 < len(toks) {
			if _, ok := countOf(toks[i+1].Word); ok {
				at = i + 1
				break
			}
		}
	}
	if at < 0 || at >= len(toks) {
		return nil
	}
	ev := s.evidence(r.d)
	out := r.leadersIn(s.text[:toks[at-1].Start], ev, s.section)
	for _, p := range itemsAt(s.text[toks[at].Start:], ";") {
		// "four Non-Executive Members, four Partner Members and three
		// Executive Members": each of its own kind, so that the sectors
		// and posts named after are not counted again.
		for _, part := range splitRoles(p, false) {
			out = append(out, r.itemMembers(part, ev, s.section, false, 0)...)
		}
	}
	return out
}

// thereAre reads "There are two of these members" (or "There is one
// such member") in a section on one kind of member, as that many of the
// section's kind, and "There are four Non-Executive Members besides the
// Chair" as the members named before "besides". A sentence with a colon
// is left to proseMembers, which reads the members after it.
func (r *icbReader) thereAre(s *sentence) []model.BoardMember {
	toks := s.toks
	n, ok := countOf(toks[2].Word)
	if !ok {
		return nil
	}
	ev := s.evidence(r.d)
	if wordIs(toks, 3, "of") && wordIs(toks, 4, "these", "them", "those") || wordIs(toks, 3, "such") {
		// "There are two of these members: one for … and one for …".
		if role := r.roleOfSection(s.section); role != "" && role != roleOrdinary {
			return []model.BoardMember{{Evidence: ev, Role: role, Title: strings.TrimSpace(s.text), Count: n}}
		}
		return nil
	}
	if strings.Contains(s.text, ":") {
		return nil
	}
	rest := s.text[toks[2].Start:]
	for _, cut := range []string{" besides ", " in addition to ", " as well as ", " other than ", " apart from "} {
		if k := strings.Index(rest, cut); k >= 0 {
			rest = rest[:k]
		}
	}
	return r.itemMembers(rest, ev, s.section, false, 0)
}

// shareMembers reads a sentence that says what some of the board's
// members are: "Four of the Ordinary Members are Non-Executive Members",
// "Five of the Ordinary Members are Executive Members: the Chief Finance
// Officer, the Chief Medical Officer, …". The count is the members'; the
// members named after a colon are one each.
func (r *icbReader) shareMembers(s *sentence) []model.BoardMember {
	toks := s.toks
	if len(toks) < 5 {
		return nil
	}
	// "Four of the Ordinary Members are …", "Four of them are …", "The
	// remaining five are …", "Another three are …".
	at, of := 0, 1
	if wordIs(toks, 0, "the") && wordIs(toks, 1, "remaining", "other") {
		at, of = 2, -1
	}
	if wordIs(toks, 0, "another") {
		// "Another three are Non-Executive Members", after a sentence on
		// some of the ordinary members.
		at, of = 1, -1
	}
	if of > 0 && wordIs(toks, of, "further", "more", "other", "additional") {
		// "Five further ordinary members are Non-Executive Members."
		of = -1
	}
	if of > 0 && (wordIs(toks, of, "are", "will", "shall") || toks[of].Stem == "member") {
		// "Four are independent Non-Executive Members", "Three members
		// are Partner Members: …", where the sentence before gave the
		// whole.
		of = -1
	}
	if of > 0 && toks[of].Word != "of" {
		return nil
	}
	n, ok := countOf(toks[at].Word)
	if !ok {
		return nil
	}
	verb := -1
	switch {
	case of < 0 && wordIs(toks, at+1, "are", "will", "shall"):
		verb = at + 2
	case of > 0 && wordIs(toks, of+1, "them", "these", "those") && wordIs(toks, of+2, "are", "is"):
		verb = of + 3
	}
	if verb >= 0 && wordIs(toks, verb, "be") {
		verb++
	}
	for k := at + 1; verb < 0 && k < len(toks) && k < 6; k++ {
		if toks[k].Stem != "member" {
			continue
		}
		switch {
		case wordIs(toks, k+1, "are", "is"):
			verb = k + 2
		case wordIs(toks, k+1, "will", "shall", "must") && wordIs(toks, k+2, "be"):
			verb = k + 3
		}
		break
	}
	if verb < 0 || verb >= len(toks) {
		return nil
	}
	ev := s.evidence(r.d)
	rest := s.text[toks[verb].Start:]
	if k := strings.Index(rest, ":"); k >= 0 && r.partnersLead(rest[:k]) {
		// "Partner Members: two nominated by the NHS trusts …, one nominated
		// by …": the nominators split the partner members (partnerSplit).
		return r.itemMembers(rest, ev, s.section, true, 0)
	}
	if k := strings.Index(rest, ":"); k >= 0 {
		var out []model.BoardMember
		for _, p := range listParts(rest[k+1:]) {
			out = append(out, r.itemMembers(p, ev, s.section, false, 0)...)
		}
		return out
	}
	// "Five of the Ordinary Members are Partner Members." names no sector:
	// the sentences after it say who nominates which (a member of no
	// sector would be one nobody nominates).
	var out []model.BoardMember
	for _, m := range r.itemMembers(rest, ev, s.section, false, n) {
		if m.Role != model.RolePartnerOther {
			out = append(out, m)
		}
	}
	return out
}

// partnersLead reports whether the words before a colon name partner
// members.
func (r *icbReader) partnersLead(text string) bool {
	return r.reader.Read(language.Tokenize(text)).Has("icb-role-partner")
}

// clauseTitle cuts a sentence down to the clause that names a member:
// "… of whom one shall be the Chair, one the Chief Executive, three shall
// be Partner Members (one nominated by …), …" gives "three shall be
// Partner Members (one nominated by …)" for a partner member.
func clauseTitle(text, role string, r *icbReader) string {
	var clauses []string
	depth, start := 0, 0
	for i, c := range text {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		case ',', ';':
			if depth == 0 {
				clauses = append(clauses, text[start:i])
				start = i + 1
			}
		}
	}
	clauses = append(clauses, text[start:])
	for _, c := range clauses {
		w := r.reader.Read(language.Tokenize(c))
		ms := mentions(w)
		r.resolve(ms, w, -1)
		for _, m := range ms {
			if m.role == role || isPartner(role) && m.role == model.RolePartnerOther {
				return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c), "and "))
			}
		}
	}
	return text
}
