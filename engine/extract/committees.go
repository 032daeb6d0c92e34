package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// committees reads every committee and the governing body, each from
// all the sections that describe it (groupBodies). A voting seat no rule
// classifies is left "unclassified" without a parse warning: the policies
// report it where it matters (clinical-majority/unclassified-seat).
func committees(d *document) ([]model.Committee, *model.Committee) {
	own := owners(d.sections)
	groups := groupBodies(d, own)
	bs := bodies(d, own)
	aspects := sectionAspects(d.sections)
	out := []model.Committee{}
	var gb *model.Committee
	for _, g := range groups {
		parts := make([]committeePart, len(g))
		chair, chairLine := "", 0
		for _, sec := range g {
			if bs[sec] == nil {
				bs[sec] = &body{}
			}
			if chair == "" {
				chair, chairLine = d.chairedBy(bs[sec])
			}
		}
		for k, sec := range g {
			parts[k] = d.committee(d.sections[sec], bs[sec], aspects, chair, chairLine)
		}
		if d.sections[g[0]].Kind == model.KindGoverningBody {
			gb = governingBody(parts)
			if n := statedMembers(gb.Text); n == 0 && !anyListed(parts) && alsoIncludes(gb.Text) {
				// "The Board also includes a registered nurse and …":
				// the sentence read names only some of the members,
				// and the others are stated in sentences of their own.
				proseSeats(gb, 0)
			} else if gb.Count.Total < n {
				// The text says it has more members than its lists,
				// tables and sentences give: read the rest from its
				// sub-sections' titles, then from sentences on shares.
				d.titleSeats(gb, g, own)
				if gb.Count.Total < n {
					shareSeats(gb)
				}
				if gb.Count.Total < n {
					proseSeats(gb, n)
				}
				if gb.Count.Total*2 < n && !anyListed(parts) {
					// "The Governing Body has fifteen members. Sections
					// 6.6 to 6.10 describe who they are": the few read from
					// its sentences are not its members, which are judged
					// by the roles its sentences name instead.
					gb.Seats, gb.Count = []model.Seat{}, model.SeatCounts{}
				}
			}
			continue
		}
		c := mergeParts(parts)
		if c.Count.Total == 0 && statedMembers(c.Text) == 0 && (containsFold(c.Text, "also sit") && alsoSitOnItRe.MatchString(unnumbered(c.Text)) ||
			containsFold(c.Text, "members, as") && areMembersAsIsRe.MatchString(unnumbered(c.Text))) {
			// "X chairs the Committee, and Y is its Vice Chair. A, B and
			// C also sit on it with a vote, as does D", or "A, B and C
			// are voting members, as are D and E": its members named in
			// sentences, with no count.
			proseSeats(&c, 0)
			c.MembershipStated = len(c.Seats) > 0
		}
		if n := statedMembers(c.Text); c.Count.Total < n {
			// "The Committee has ten voting members. Five of them are …
			// The other five are …": its members in shares.
			proseSeats(&c, n)
			c.MembershipStated = c.MembershipStated || len(c.Seats) > 0
		}
		for _, p := range parts[1:] {
			// The same in the committee's terms of reference in an
			// appendix, when its section in the body states no member.
			if len(c.Seats) > 0 {
				break
			}
			if n := statedMembers(p.Text); n > 0 {
				t := c
				t.Text, t.Seats, t.Count = p.Text, nil, model.SeatCounts{}
				proseSeats(&t, n)
				if len(t.Seats) > 0 {
					c.Seats, c.Count, c.MembershipStated = t.Seats, t.Count, true
				}
			}
		}
		out = append(out, c)
	}
	out = append(out, d.tableCommittees(out)...)
	out = append(out, d.clauseCommittees(out, aspects)...)
	if gb == nil {
		gb = d.runInGoverningBody(aspects)
	}
	bodies := make([]*model.Committee, 0, len(out)+1)
	for i := range out {
		bodies = append(bodies, &out[i])
	}
	if gb != nil {
		bodies = append(bodies, gb)
	}
	statedClinicians(bodies)
	if gb != nil {
		// read only for a seat that needs them
		chairGP, viceGP := sync.OnceValue(d.chairIsGP), sync.OnceValue(d.viceChairIsGP)
		for i := range out {
			countFromGoverningBody(&out[i], gb)
			chairFromGoverningBody(&out[i], gb, chairGP, viceGP)
		}
		if gb.Quorum != nil {
			judgeQuorum(gb.Quorum, d.itemsNamed(gb.Quorum.Text, gb.Seats), gb.Seats, gb.Chair)
		}
	}
	for i := range out {
		if q := out[i].Quorum; q != nil {
			judgeQuorum(q, d.itemsNamed(q.Text, out[i].Seats), out[i].Seats, out[i].Chair)
		}
	}
	return out, gb
}

// namedInItemsRe finds a quorum's members named by the labels of the
// membership's items: "at least two of the members named in (e), (f) and
// (g)" (group 1 the count, 2 the labels).
var namedInItemsRe = lazyRe(`(?i)\b(one|two|three|four|five|six|\d{1,2}) of (?:the )?(?:voting )?members (?:named|listed|set out|mentioned|described) (?:in|at|under) (?:paragraphs? |items? )?((?:\([a-z0-9]{1,4}\)(?:,? (?:and|or|to) |, ?)?)+)`)

var itemRefRe = lazyRe(`\(([a-z0-9]{1,4})\)`)

// itemsNamed is a quorum clause with its members named by the labels of
// the membership's items ("two of the members named in (e), (f) and
// (g)") put in the words of their kind ("two clinical members") when
// every seat those items hold is of one kind; else the clause as written.
func (d *document) itemsNamed(text string, seats []model.Seat) string {
	if !strings.Contains(text, "(") {
		return text
	}
	m := namedInItemsRe.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	var labels []string
	refs := text[m[4]:m[5]]
	for _, l := range itemRefRe.FindAllStringSubmatch(refs, -1) {
		labels = append(labels, strings.ToLower(l[1]))
	}
	if strings.Contains(refs, " to ") && len(labels) == 2 && len(labels[0]) == 1 && len(labels[1]) == 1 && labels[0][0] < labels[1][0] {
		// "(e) to (g)"
		first, last := labels[0][0], labels[1][0]
		labels = labels[:0]
		for c := first; c <= last; c++ {
			labels = append(labels, string(rune(c)))
		}
	}
	want := map[string]bool{}
	for _, l := range labels {
		want["("+l+")"] = true
	}
	lines := map[int]bool{}
	for _, b := range d.blocks {
		if want[strings.ToLower(b.Number)] {
			lines[b.Line] = true
		}
	}
	category, found := "", 0
	for _, s := range seats {
		if !s.Voting || !lines[s.Line] {
			continue
		}
		if category != "" && s.Category != category || s.Category == model.CategoryUnclassified {
			return text
		}
		category = s.Category
		found++
	}
	if found == 0 || found < len(labels) {
		return text
	}
	return text[:m[0]] + text[m[2]:m[3]] + " " + category + " members" + text[m[5]:]
}

// committeePart is what one section group says of a committee, and
// whether its seats were read from a table or list rather than a
// sentence.
type committeePart struct {
	model.Committee
	listed bool
}

// runInTitleRe reads a clause's run-in title: "6.2 The Governing Body.
// The Governing Body has …", "5.2 Composition of the Board. The Board
// has …", "6.2 The Governing Body and its composition. …" (group 1); or
// the title alone, its clauses numbered under it ("6.6 The Governing
// Body." then "6.6.1 …").
var runInTitleRe = lazyRe(`^(?:[\d.]+\s+)?((?:The |Our )?[A-Z][\w’'-]*(?:\s(?:[A-Z][\w’'-]*|of|the|and|for|on|its (?:composition|membership|members))){0,5})\.(?:\s+\S|\s*$)`)

// runInGoverningBody reads the governing body from a clause that names it
// in a run-in title when no section is about it: "6.2 The Governing Body.
// The Governing Body has the functions … Its members are:" and the
// lettered paragraphs after it, under a heading such as "Decision making:
// the governing structure".
func (d *document) runInGoverningBody(aspects []string) *model.Committee {
	for bi, bl := range d.blocks {
		m := runInTitleRe.FindStringSubmatch(bl.Text)
		if m == nil {
			continue
		}
		// "6.3 Composition of the Governance Board.", where the
		// constitution calls its governing body the Governance Board.
		if kind := titleKind(m[1]); kind != model.KindGoverningBody && (kind != "" || !titlesAlias(stripThe(norm(m[1])), d.gbAliases)) {
			continue
		}
		b := &body{blocks: []int{bi}}
		end := bl.EndLine
		// Its sub-clauses, and the clauses after it up to the next with a
		// run-in title of its own ("6.3 The Governing Body. It is
		// responsible for …" then "6.4 The Governing Body has ten members,
		// each of whom has a vote:" and its lettered members).
		k := bi + 1
		for ; k < len(d.blocks) && k < bi+30 && d.blocks[k].SectionIndex == bl.SectionIndex; k++ {
			// ("6.2.1 Composition. The Governing Body comprises:" under
			// "6.2 The Governing Body." is one of its sub-clauses.)
			sub := isSubClause(d.blocks[k].Number) || numberedUnder(bl, d.blocks[k])
			if t := runInTitleRe.FindStringSubmatch(d.blocks[k].Text); !sub && t != nil && !chairingTitle(t[1]) {
				break
			}
			b.blocks = append(b.blocks, k)
			end = d.blocks[k].EndLine
		}
		// "5.2 Composition of the Board. The Board has the following
		// members:" and the table or list after it, before the next clause.
		from, to := bl.seq(), math.MaxInt
		if k < len(d.blocks) {
			to = d.blocks[k].seq()
		}
		for ti, t := range d.tables {
			if t.Section == bl.SectionIndex && t.Seq > from && t.Seq < to {
				b.tables = append(b.tables, ti)
				end = max(end, t.EndLine)
			}
		}
		for li, l := range d.lists {
			if l.Section == bl.SectionIndex && l.Seq > from && l.Seq < to {
				b.lists = append(b.lists, li)
			}
		}
		title := strings.TrimSpace(m[1])
		sec := model.Section{Index: bl.SectionIndex, Heading: d.sectionHeading(bl.SectionIndex), Title: title,
			Line: bl.Line, EndLine: end, Kind: model.KindGoverningBody}
		part := d.committee(sec, b, aspects, "", 0)
		listed := len(part.Seats) > 0
		if !listed && (len(b.lists) > 0 || len(b.tables) > 0) {
			continue
		}
		gb := governingBody([]committeePart{part})
		if n := statedMembers(part.Text); gb.Count.Total < n {
			// "6.3 Governing Body. The Governing Body has eleven members,
			// each with a vote. Its Chair is a GP …": its members in
			// sentences, as a governing body's section states them; or
			// some in sentences and the rest in a list ("… has sixteen
			// voting members. Nine of them are GPs: …" then "6.3 The five
			// independent members … are:" and its lettered items).
			shareSeats(gb)
			if gb.Count.Total < n {
				proseSeats(gb, n)
			}
			if !listed && gb.Count.Total*2 < n {
				continue
			}
		}
		if len(gb.Seats) == 0 {
			continue
		}
		return gb
	}
	return nil
}

// chairingTitle reports whether a run-in title is only about who chairs
// ("6.5 Chairing.", "Chair and Deputy Chair."): after the governing body's
// clauses, its chair's.
func chairingTitle(title string) bool {
	n := stripThe(norm(title))
	return titleKind(title) == "" && len(strings.Fields(n)) <= 4 && (strings.HasPrefix(n, "chair") || strings.HasPrefix(n, "deputy chair") || strings.HasPrefix(n, "vice chair"))
}

// governingBody puts the governing body's sections together: their seats
// and text are all its own.
func governingBody(parts []committeePart) *model.Committee {
	gb := parts[0].Committee
	// The governing body is not a committee of any kind, joint or not,
	// whatever its text says of committees.
	gb.Kind, gb.Joint, gb.WithNHSEngland, gb.PrimaryCare = model.KindGoverningBody, false, false, false
	for _, p := range parts[1:] {
		gb.Seats = append(gb.Seats, p.Seats...)
		gb.MembershipStated = gb.MembershipStated || p.MembershipStated
		gb.EndLine = max(gb.EndLine, p.EndLine)
		if gb.Chair == "" {
			gb.Chair = p.Chair
		}
	}
	shareParts(&gb, parts)
	gb.Count = countSeats(gb.Seats)
	return &gb
}

// statedMembersRe reads how many members a body's text says it has: "The
// Governing Body has fourteen members".
var statedMembersRe = lazyRe(`(?i)\b(?:has|have|comprises|consists of|is made up of|will have|shall have)\s+([a-z]+|\d{1,2})\s+(?:voting\s+)?members\b` +
	// "There are fourteen members of the Board, all of them voting"
	`|\bthere (?:are|will be|shall be)\s+([a-z]+|\d{1,2})\s+(?:voting\s+)?members (?:of|on) (?:the|its|this)\b`)

// oneAndOthersRe reads a body's members stated as one named and a count
// of the others: "is made up of the Clinical Chair and ten other
// members, all of whom vote" (group 1 the others).
var oneAndOthersRe = lazyRe(`(?i)\b(?:has|comprises|consists of|is made up of|will have|shall have)\s+(?:the|its|a)\s+[a-z ]{2,40}?\s+and\s+([a-z]+|\d{1,2})\s+(?:other|further)\s+(?:voting\s+)?members\b`)

// membersVoteRe reads a count of the members who vote, stated as a
// sentence's subject: "Seven members of the Committee vote", "All eighteen
// members of the Governing Body have a vote" (group 1).
var membersVoteRe = lazyRe(`(?i)(?:^|[.;:]\s+|\d\s+)(?:all\s+(?:the\s+)?)?([a-z]+|\d{1,2})\s+(?:voting\s+)?members(?:\s+of\s+(?:the|its)\s+[a-z ]{3,40}?)?\s+(?:vote|have a vote|are entitled to vote)\b`)

// peopleSitOnRe reads how many people a body's text says sit on it:
// "Fourteen people sit on the Governing Body" (group 1).
var peopleSitOnRe = lazyRe(`(?i)(?:^|[.;:]\s+|\d\s+)([a-z]+|\d{1,2}) (?:people|persons|individuals) (?:sit|serve) on (?:it|the [a-z ]{3,40}?)(?:[,.;]|\s+and\b)`)

// everyOneOfRe reads a count of members said to vote, after "every one
// of": "Every one of these ten members has a vote" (group 1).
var everyOneOfRe = lazyRe(`(?i)\b(?:every one|each|all) of (?:these|the|those|its) ([a-z]+|\d{1,2}) (?:voting )?members (?:has|have) a vote\b`)

// votersRe reads how many of the members stated vote: "nine members, six
// of whom vote" (group 1).
var votersRe = lazyRe(`(?i)\bmembers,? (\w+) of whom (?:vote|have a vote|are voting members)\b`)

// statedVoters is how many of a body's stated members its text says
// vote, or -1.
func statedVoters(text string) int {
	if !containsFold(text, "of whom") {
		return -1
	}
	if m := votersRe.FindStringSubmatch(text); m != nil {
		if n := seatCount(norm(m[1] + " members")); n > 1 {
			return n
		}
	}
	return -1
}

// mayStateMembers is statedMembersRe's cheap test: one of its verbs.
func mayStateMembers(win string) bool {
	return containsFold(win, "has ") || containsFold(win, "have ") || containsFold(win, "compris") || containsFold(win, "consist") || containsFold(win, "made up") ||
		containsFold(win, "there ")
}

// statedMembers is the number of members text says a body has, or 0.
func statedMembers(text string) int {
	// The expression has no literal prefix, so over a committee's whole
	// text it backtracks at every character: it is tried on the words
	// before each "members" instead, in order, so the first match is the
	// one it would find over the whole text.
	for at := 0; at < len(text); {
		i := indexFold(text[at:], "members")
		if i < 0 {
			break
		}
		i += at
		start := max(0, i-statedMembersReach)
		for start > 0 && text[start-1] != ' ' {
			start--
		}
		end := min(len(text), i+len("members")+12) // "members of the"
		if win := text[start:end]; mayStateMembers(win) {
			if m := statedMembersRe.FindStringSubmatch(win); m != nil {
				return seatCount(norm(m[1] + m[2] + " members"))
			}
			if m := oneAndOthersRe.FindStringSubmatch(win); m != nil {
				if n := seatCount(norm(m[1] + " members")); n > 1 {
					return n + 1
				}
			}
		}
		// "Seven members of the Committee vote." (the word tried first)
		if after := text[i:min(len(text), i+48)]; !containsFold(after, " vote") && !containsFold(after, " have a vote") {
			at = i + len("members")
			continue
		}
		if m := membersVoteRe.FindStringSubmatch(text[max(0, i-16):min(len(text), i+48)]); m != nil {
			if n := seatCount(norm(m[1] + " members")); n > 1 {
				return n
			}
		}
		at = i + len("members")
	}
	// "Every one of these ten members has a vote."
	if containsFold(text, "a vote") && (containsFold(text, " of these ") || containsFold(text, " of the ")) {
		if m := everyOneOfRe.FindStringSubmatch(text); m != nil {
			if n := seatCount(norm(m[1] + " members")); n > 1 {
				return n
			}
		}
	}
	// "Fourteen people sit on the Governing Body, and each of them has a
	// vote."
	if containsFold(text, " people ") {
		if m := peopleSitOnRe.FindStringSubmatch(text); m != nil {
			if n := seatCount(norm(m[1] + " members")); n > 1 {
				return n
			}
		}
	}
	// "The secondary care specialist doctor is the seventh voting member":
	// the last of them counts them.
	if mayNameLastMember(text) {
		if m := ordinalMemberRe.FindStringSubmatch(text); m != nil {
			return ordinals[strings.ToLower(m[2])]
		}
	}
	return 0
}

// mayNameLastMember is ordinalMemberRe's cheap test: the ordinal and
// "member" (the ordinals end in "th" but for "second" and "third").
func mayNameLastMember(text string) bool {
	for at := 0; at < len(text); {
		i := indexFold(text[at:], " member")
		if i < 0 {
			return false
		}
		i += at
		at = i + len(" member")
		if at < len(text) && (text[at] == 's' || text[at] == 'S') {
			continue // "members": the last is one member
		}
		words := strings.Fields(text[max(0, i-len("twelfth voting ")):i])
		if len(words) > 0 && strings.EqualFold(words[len(words)-1], "voting") {
			words = words[:len(words)-1]
		}
		if len(words) == 0 {
			continue
		}
		w := strings.ToLower(words[len(words)-1])
		if strings.HasSuffix(w, "th") && w != "both" || w == "second" || w == "third" {
			return true // "the seventh voting member"
		}
	}
	return false
}

// ordinalMemberRe finds a member named as the last of a count: "The
// secondary care specialist doctor is the seventh voting member" (group 1
// the member, 2 the ordinal), or of a kind of member (group 3): "…, and the
// Partner Member … is the sixth GP member".
var ordinalMemberRe = lazyRe(`(?i)(?:^|[.;,]\s+(?:and\s+)?)(the [^.;,]+?) is the (` + ordinalExpr + `) (?:and (?:last|final) )?((?:GP|lay|clinical|executive|independent) )?(?:voting )?member\b`)

// ordinalExpr is the ordinals a member is named by, from the second: the
// keys of ordinals.
const ordinalExpr = `second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth`

// ordinals are the ordinal words ordinalMemberRe reads.
var ordinals = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12}

// statedMembersReach is how far before "members" statedMembersRe can
// start: "is made up of twenty voting members", with room to spare.
const statedMembersReach = 64

// shareMatches are shareSeatRe's matches in text, but for a share that
// leads into items already read as seats (listed): "Six of them are GPs
// …, elected by the Council of Members: (a) the Chair; and (b) five GP
// members".
func shareMatches(text string, listed bool) [][]string {
	var out [][]string
	for _, at := range shareSeatRe.FindAllStringSubmatchIndex(text, -1) {
		from := at[2]
		if from < 0 {
			from = at[6]
		}
		if listed && leadsIntoItems(text[from:]) {
			continue
		}
		m := make([]string, len(at)/2)
		for k := range m {
			if at[2*k] >= 0 {
				m[k] = text[at[2*k]:at[2*k+1]]
			}
		}
		out = append(out, m)
	}
	return out
}

// namedShare is a voting seat for each role, and how many members they
// hold between them: a share of a body's members is taken when they are as
// many as it counts.
func namedShare(roles []string, line int) ([]model.Seat, int) {
	share := make([]model.Seat, 0, len(roles))
	n := 0
	for _, role := range roles {
		st := newSeat(role, "", "", true, line)
		share, n = append(share, st), n+st.Count
	}
	return share, n
}

// countedThenNamed joins to a counted member the members a colon after it
// names one by one: "three lay members: the lay member who leads on
// audit, the lay member who leads on …, the lay member who …" is one
// seat of three, not three and two more.
func countedThenNamed(roles []string) []string {
	out := make([]string, 0, len(roles))
	for i := 0; i < len(roles); i++ {
		head, _, ok := strings.Cut(roles[i], ":")
		c := seatCount(norm(head))
		if !ok || c < 2 || i+c > len(roles) {
			out = append(out, roles[i])
			continue
		}
		out = append(out, strings.Join(roles[i:i+c], ", "))
		i += c - 1
	}
	return out
}

// moreAreNamedRe reads a further share of a body's members named after a
// colon (groups 1 and 2: count, the members): "Three more are officers of
// the CCG: the Chief Officer, …".
var moreAreNamedRe = lazyRe(`(?i)(?:^|[.;]\s+)(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:more|others|other members) are (?:the )?[a-z -]{0,30}?(?:officers|members|directors|executives|gps|clinicians)\b[^.:;]{0,40}:\s*([^.]+)`)

// pluralGroup is the group a share's list names first when it is plural
// ("the lay members of the Governing Body" of "the lay members of the
// Governing Body, appointed for …"), or "".
func pluralGroup(list string) string {
	head, _, _ := strings.Cut(list, ",")
	noun, _, _ := strings.Cut(head, " of ")
	words := strings.Fields(strings.ToLower(noun))
	if len(words) < 2 || strings.Contains(head, ";") {
		return ""
	}
	switch words[len(words)-1] {
	case "members", "gps", "clinicians", "officers", "directors":
		return strings.TrimSpace(head)
	}
	return ""
}

// groupOfWhom is the plural group a share names before ", of whom": "the
// lay members of the Governing Body" of "the lay members of the Governing
// Body, of whom the lay member for … chairs the Committee …", or "".
func groupOfWhom(list string) string {
	// (Or ", one of whom, the lay member for primary care, chairs it".)
	at := strings.Index(list, " of whom")
	if at < 0 {
		return ""
	}
	comma := strings.LastIndexByte(list[:at], ',')
	if comma < 0 || len(strings.Fields(list[comma+1:at])) > 1 {
		return ""
	}
	head := list[:comma]
	words := strings.Fields(norm(head))
	if len(words) < 2 || !containsWords(norm(head), "members") {
		return ""
	}
	return strings.TrimSpace(head)
}

// inGroupOfWhom reports whether offset i falls inside one of the shares
// (match offsets) whose group is counted as a whole.
func inGroupOfWhom(groups [][]int, i int) bool {
	for _, at := range groups {
		if at[0] <= i && i < at[1] {
			return true
		}
	}
	return false
}

// leadsIntoItems reports whether the sentence that text opens ends with a
// colon before items: "Six of them are GPs …, elected by the Council of
// Members:" leads into the items that name them, read as seats of their
// own.
func leadsIntoItems(text string) bool {
	k := strings.IndexAny(text, ".:;\n")
	if k < 0 || text[k] != ':' {
		return false
	}
	rest := strings.TrimLeft(text[k+1:], " \t")
	// The end of the paragraph, or a lettered item after it: "…: (a) the
	// Chair; and (b) five GP members".
	return rest == "" || rest[0] == '\n' || rest[0] == '(' || len(rest) > 1 && rest[1] == ')'
}

// shareSeatRe reads a share of a body's members stated in a sentence of
// its own: "Six of them are GPs from member practices", "Alongside the
// GPs sit three lay members" (groups 1 and 2, or 3 and 4: count, role).
var shareSeatRe = lazyRe(`(?i)(?:^|[.;]\s+)([a-z]+|\d{1,2}) of (?:them|its members|the members|these|those) are ([^.,;:\n]+)(?:[.,;\n]|:[ \t]+\S|$)` +
	`|\bsit ([a-z]+|\d{1,2}) ([^.,;]+)`)

// inShare reports whether a sentence that states a share of the members
// names the holder of title among them: "Nine of them are GPs: the
// Clinical Chair, and one GP elected by …", so that "The Clinical Chair is
// a GP elected by …" is one of the nine, not one more.
func inShare(text, title string) bool {
	for _, at := range shareSeatRe.FindAllStringSubmatchIndex(text, -1) {
		if at[2] < 0 || !strings.Contains(text[at[4]:at[1]], ":") {
			continue // not a share that names its members after a colon
		}
		rest := text[at[1]:]
		if k := strings.IndexAny(rest, ".\n"); k >= 0 {
			rest = rest[:k]
		}
		if containsFold(rest, strings.ToLower(title)) {
			return true
		}
	}
	return false
}

// shareSeats reads the governing body's members from sentences that each
// state a share of them, when its text says it has more members than its
// lists, tables and other sentences give: "The Governing Body has fourteen
// members. Six of them are GPs … Alongside the GPs sit three lay members."
func shareSeats(gb *model.Committee) {
	for _, m := range shareMatches(unnumbered(gb.Text), len(gb.Seats) > 0) {
		count, role := m[1], m[2]
		if count == "" {
			count, role = m[3], m[4]
		}
		c := seatCount(norm(count + " members"))
		if c < 2 {
			continue
		}
		s := newSeat(strings.TrimSpace(role), "", "", true, gb.Line)
		s.Count = c
		gb.Seats = append(gb.Seats, s)
	}
	gb.Count = countSeats(gb.Seats)
}

// Sentences that state some of a body's members in prose, each in its
// own way: "six other GPs sit on it as clinical directors: …" (count and
// role), "Five of them are the Lay Member …, the Accountable Officer …"
// and "The other five are …" (the members named), "The Chair is a GP elected by the member practices" (a chair
// and what they are), "The Chief Officer, …, and the Chief Financial
// Officer are members by virtue of their posts" (the members), "Three
// lay members are appointed to it: …", "The remaining two are a
// registered nurse and …".
var (
	sitOnRe     = lazyRe(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) ((?:other |further |more )?[a-z][^.,;:]*?) (?:(?:also |to )?(?:sit|serve) on|(?:are|were) (?:appointed|elected|co-opted|chosen)(?: by (?:the |its )?[a-z ]{3,30}?)? to(?: sit on| serve on)?) (?:it|them|the [a-z ]*?(?:body|board|executive))\b`)
	shareListRe = lazyRe(`(?i)(?:^|[.;]\s+)(?:the (?:other|remaining) )?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?: more| further| others)?(?: (?:voting )?members)?(?: of (?:them|its members|the members))? are ((?:the|an?) [^.]+)`)
	// "Three are lay members: …" (a share without "of them"; groups 1
	// and 2, count and role).
	shareAreRe = lazyRe(`(?i)(?:^|[.;]\s+)(?:the (?:other|remaining) )?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?: members)? are ((?:[a-z-]+ ){0,3}?(?:members|gps|clinicians|officers|directors|executives|leads|doctors|nurses))(?: of (?:the|its) [a-z]+(?: [a-z]+)?)?(?:\s*[:.,]|\s+(?:who|appointed|chosen|elected|nominated)\b)`)
	// "The Chief Officer, …, sits on it by virtue of that post, and so
	// does the Chief Finance Officer" (groups 1 and 2).
	sitsByPostRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?),? (?:sits?|serves?) on (?:it|the [a-z ]+?) (?:ex[ -]officio|by virtue of (?:that|this|its|his|her|their|the) (?:posts?|offices?|roles?)|because of (?:that|this|its|his|her|their|the) (?:posts?|offices?|roles?)(?: (?:they|he|she|it) holds?)?)(?:,? (?:and so|as) does (the [^.;]+?))?(?:[,.;]|$)`)
	// "Its Chair is a GP elected by the member practices, who also elect
	// six other GPs to sit on it, one of whom …, and a practice nurse"
	// (group 1 the further member).
	electToSitRe = lazyRe(`(?i)\belect (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?:other |further |more )?[a-z][^.,;:]*? to (?:sit|serve) on (?:it|the [a-z ]+?)\b(?:,[^.;]*?)?,? and (an? [a-z][^.;,]*)[.;]`)
	chairIsRe    = lazyRe(`(?i)(?:^|[.;]\s+)(?:the|its) ((?:deputy |vice |clinical )?chair(?:man|person)?)(?: of (?:the|its) [a-z ]{3,30}?)? is (?:the clinical chair, )?(an? [^.,;]+)`)
	// "The Chief Clinical Officer, who is also a GP, is the CCG's
	// Accountable Officer and a member of the Governing Body by virtue of
	// that office. So are the Chief Finance Officer and the Chief Nurse"
	// (groups 1 and 2 the member and what is said of it, 3 the others).
	memberByOfficeRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.,;]+?)(?:(,[^.;]*?),)? is (?:[^.;]{0,80}? and )?(?:also )?an? (?:voting )?member of (?:it|the [a-z ]+?) (?:ex[ -]officio|by virtue of (?:that|this|its|his|her|their|the) (?:posts?|offices?|roles?))(?:\.\s+so (?:are|is|does|do) (the [^.;]+))?`)
	// "A secondary care specialist doctor who is not employed by … sits
	// on the Governing Body" (group 1 the member).
	oneSitsOnRe = lazyRe(`(?i)(?:^|[.;]\s+)(an? [^.;]+?) (?:sits|serves) on (?:it|the governing body|the board)\s*(?:[.;]|$)`)
	// "The Chief Nursing Officer sits on the Governing Body as its
	// registered nurse, and the Chief Medical Officer is a member as
	// well", "So is the Executive Managing Director", "There is one
	// secondary care specialist doctor" (group 1 a member, or 2 and 3
	// two, or 4 the members of "so is", or 5 one).
	sitsOnAsRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;,]+?) (?:sits|serves) on (?:it|the governing body|the board) as (?:its|the|a|an) ([^.;,]+?)(?:,? and (the [^.;,]+?) is (?:also )?a member(?: of it)?(?: as well| too)?)?\s*(?:[.;]|$)`)
	// "A seventh member is a practice manager, elected by …" (group 1).
	ordinalMemberIsRe = lazyRe(`(?i)(?:^|[.;]\s+)an? (?:` + ordinalExpr + `) (?:voting )?member is ((?:an?|the) [^.;,]+)`)
	// "The seventh is the secondary care specialist doctor" (group 1).
	ordinalIsRe = lazyRe(`(?i)(?:^|[.;]\s+)the (?:` + ordinalExpr + `) is (the [^.;]+)`)
	// "The lay member for audit is also a voting member" (group 1).
	isAlsoMemberRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?) is also a (?:voting )?member\b`)
	// "They are the Lay Member for …, who chairs it; …; and the secondary
	// care specialist doctor", after the sentence that counts them.
	// "The Accountable Officer, … are members for the CCG's executive",
	// "The Chief Nurse and the secondary care specialist doctor complete
	// the voting membership" (group 1 the members).
	membersForRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?) (?:are|is) (?:also )?(?:voting )?members? (?:for|representing|on behalf of) `)
	// "The Accountable Officer, who is shared …, is a member, as are the
	// Chief Finance Officer, … and the CCG's Managing Director" (groups 1
	// and 2).
	isAMemberAsAreRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?),? is a (?:voting )?member(?: of (?:it|the [a-z ]+?))?, as (?:are|is) (the [^.;]+)`)
	completeItRe     = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?) completes? the (?:voting )?membership\b`)
	// "The Chief Accountable Officer, …, are its other voting members"
	// (group 1).
	otherVotingRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?) are (?:its|the committee['’]s) other (?:voting )?members\b`)
	// "Three senior officers complete it: the Accountable Officer, …"
	// (group 1 the members).
	countedCompleteRe = lazyRe(`(?i)(?:^|[.;]\s+)(?:two|three|four|five|six|\d) [a-z ]{3,40}? complete (?:it|the (?:voting )?membership|the (?:governing )?(?:body|board)):\s*((?:the|an?) [^.;]+)`)
	// "The Clinical Chair leads it." (group 1).
	alsoHasRe = lazyRe(`(?i)(?:^|[.;]\s+)(?:the governing body|it|the board) also has ((?:an?|two|three|four|\d) [^.;]+)`)
	// "It also has the members the regulations require: a registered
	// nurse, …; a secondary care specialist doctor …; … and two lay
	// members" (group 1 the list).
	// "The Medical Director is a further GP member." (groups 1 and 2,
	// the member and what kind of member).
	furtherMemberRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;,]+?) is (?:a|an|one) (?:further|another|additional) (?:(gp|lay|clinical|executive) )?(?:voting )?member\b`)
	alsoHasListRe   = lazyRe(`(?i)(?:^|[.;]\s+)(?:the governing body|it|the board) (?:also )?(?:has|includes) (?:the |these )?(?:[a-z]+ ){0,2}members\b[^:.;]{0,60}:\s*([^.]+)`)
	chairLeadsRe    = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;,]+?chair(?:man|person)?) (?:leads|chairs) (?:it|the governing body|the board)\s*(?:[.;]|$)`)
	// "The member practices elect the Clinical Chair from among …, and
	// elect an Assistant Clinical Chair in the same way" (group 1 the
	// sentence after the subject, where electedTitleRe finds each title).
	practicesElectRe = lazyRe(`(?i)(?:^|[.;]\s+)the (?:member )?practices (elect [^.;]+)`)
	electedTitleRe   = lazyRe(`\belect ((?:the|an?) (?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,4})`)
	theyAreRe        = lazyRe(`(?i)(?:^|[.;]\s+)they are ((?:the|an?) [^.]+)`)
	// "The Committee is chaired by the lay member for primary care" and
	// "the lay member for engagement is its Vice Chair" (group 1).
	chairedByMemberRe = lazyRe(`(?i)\bis (?:chaired|led) by ((?:the|an?) [^.;,]+?)(?:,|\s*[.;]|$)`)
	// "Each of the three areas elects one GP from its own practices to sit
	// with the Clinical Chair" (groups 1 and 2, the count and the member).
	eachElectsRe = lazyRe(`(?i)\beach of the (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:areas|localities|divisions|clusters|networks|places|constituencies|neighbourhoods|boroughs|districts) elects (?:one|an?) ([a-z][\w -]*?)(?: from [^.;,]*?)? (?:to sit|to serve|as)\b`)
	// "Each of the five Local Care Partnerships nominates a GP who works
	// in its place to sit on the Committee" (groups 1 to 3, the count,
	// the bodies and the member).
	eachNominatesToSitRe = lazyRe(`(?i)\beach of the (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) ([a-z][\w -]{2,40}?) (?:nominates|appoints|elects|chooses|sends) (?:one|an?) ([a-z][\w -]*?)(?:,? (?:who|from) [^.;,]*?)? to (?:sit|serve) on (?:it|the (?:joint )?committee)\b`)
	// "… and the members as a whole elect a fourth GP, who …" (group 1).
	electsOrdinalRe = lazyRe(`(?i)\belects? an? ((?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) [a-z][\w -]*?)(?:[,.;]|\s+(?:who|to)\b)`)
	// "The Clinical Chair appoints, after open recruitment, a registered
	// nurse and a doctor who is a secondary care specialist" (group 1).
	chairAppointsRe = lazyRe(`(?i)(?:^|[.;]\s+)the [a-z ]*chair appoints,? (?:[^,.;]{3,40}, )?(an? [^.;]+)`)
	// "…, and a second Non-Executive Member also sits on it" (group 1).
	// "A Non-Executive Member, chosen by the three Boards, chairs it"
	// (group 1).
	oneChairsItRe = lazyRe(`(?i)(?:^|[.;]\s+)(an? [^.;,]+?)(?:, [^.;,]+,)? chairs (?:it|the (?:joint )?committee)\b`)
	// "…, and the Chief Finance Officer and the Chief Medical Officer sit
	// on it for all three ICBs" (group 1).
	// "The Director of …, the Chief Finance Officer's nominated deputy
	// and the Deputy Chief Nursing Officer sit on it for the ICB's
	// executive": a list that opens its sentence, commas and all (group
	// 1), each named with "the".
	theyAllSitOnItRe = lazyRe(`(?m)(?:^|[.;]\s+)(?:[A-Z]?\d+(?:\.\d+)*\s+)?((?:The|the) [^.;:]+?, the [^.;:]+? and the [^.;:]+?) (?:also )?(?:sit|serve) on it\b`)
	theySitOnItRe    = lazyRe(`(?i)(?:^|[.;,]\s+(?:and\s+)?)(the [^.;,]+?) (?:also )?(?:sits?|serves?) on it\b(?:,? as (?:does|do) (the [^.;,]+))?`)
	// "Its chair is the lay member for primary care commissioning and its
	// Vice Chair the lay member for patient and public involvement"
	// (groups 1 and 2).
	itsChairIsTheRe   = lazyRe(`(?i)(?:^|[.;]\s+)its chair is (the [^.;,]+?)(?:,? and its (?:vice|deputy)[ -]chair(?: is)? (the [^.;,]+))?\s*(?:[.;]|$)`)
	anotherSitsOnItRe = lazyRe(`(?i)(?:^|[.;,]\s+(?:and\s+)?)(an? (?:second|third|further|other) [^.;,]+?) also (?:sits|serves) on it\b`)
	// "The Director of Primary Care and the Director of Finance are
	// members, as is the Partner Member …" (groups 1 and 2).
	areMembersAsIsRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?) are (?:voting )?members, (?:as|and so) (?:is|are) (the [^.;]+)`)
	// "The lay member who leads on engagement chairs the Committee"
	// (group 1), and "The Accountable Officer, … also sit on it with a
	// vote, as does the registered nurse member" (groups 1 and 2).
	chairsTheCommitteeRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;,]+?) chairs (?:the committee|it)\b`)
	alsoSitOnItRe        = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?) also sits? on it(?: with a vote)?,? as (?:does|do) (the [^.;]+)`)
	isItsViceChairRe     = lazyRe(`(?i)(?:^|[.;,]\s+(?:and\s+)?|\s+and\s+)((?:the|an? (?:second|third|further|other)|another) [^.;,]+?) is its (?:vice|deputy)[ -]chair\b`)
	soIsRe               = lazyRe(`(?i)(?:^|[.;]\s+)so (?:is|are|does|do) (the [^.;]+?)\s*(?:[.;]|$)`)
	// "Five GP members are elected with the Chair in the same way"
	// (groups 1 and 2, count and role).
	countedElectedRe = lazyRe(`(?i)(?:^|[.;]\s+)(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) ((?:other |further |more )?[a-z][a-z -]*?members?) (?:are|will be|shall be) (?:elected|appointed|chosen|nominated|co-opted)\b`)
	// "the practice managers … elect one of their number as the practice
	// manager member" (group 1 the member).
	// "… and the member practices elect one further GP from across the
	// Group's area" (group 1).
	electsFurtherRe = lazyRe(`(?i)\belects? ((?:one|an?) (?:further|additional|more|other) [a-z][\w-]*(?: [a-z][\w-]*){0,3}?)(?: (?:from|to|who|for)\b[^.;,]*)?\s*(?:[.;,]|$)`)
	// "The remaining members are appointed after open competition: …"
	// (group 1 the members named).
	othersAppointedRe = lazyRe(`(?i)(?:^|[.;]\s+)the (?:remaining|other) (?:voting )?members are (?:appointed|elected|chosen|selected|recruited)\b[^.:;]*:\s*([^.]+)`)
	electOneAsRe      = lazyRe(`(?i)\belects? one of (?:their|its) (?:own )?(?:number|members) (?:as|to be) (?:the|its|a|an) ([a-z][a-z -]*? member)\b`)
	thereIsOneRe      = lazyRe(`(?i)(?:^|[.;]\s+)there is (?:one|an?) ((?:[a-z-]+ ){0,5}?(?:doctor|nurse|member|officer|director|gp|consultant|chair))\b` +
		// "There is a registered nurse and a secondary care specialist
		// doctor, …" (group 2 the second).
		`(?: and (?:one|an?) ((?:[a-z-]+ ){0,5}?(?:doctor|nurse|member|officer|director|gp|consultant|chair))\b)?`)
	// "Alongside the Chair there are two further lay members: …", "There
	// are two lay members." (groups 1 and 2, count and role).
	thereAreMoreRe  = lazyRe(`(?i)\bthere are (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) ((?:(?:other|further|more) )?[a-z -]*?members)\b`)
	membersByPostRe = lazyRe(`(?i)(?:^|[.;]\s+)(the [^.;]+?) are (?:also )?(?:ex[ -]officio )?members(?: of (?:it|the [a-z ]+))?(?: ex[ -]officio| by virtue of (?:their|his or her|her|his) (?:posts?|offices?|roles?)| because of (?:the|their) (?:posts?|offices?|roles?))` +
		// "…, as is the Director of Nursing, who must be a registered
		// nurse" (group 2).
		`(?:[^.;,]{0,30}?,? (?:as|and so) (?:is|are) (the [^.;]+))?`)
	// "It is chaired jointly by two Co-Chairs, each a GP working in a
	// member practice" (groups 1 and 2, count and role).
	coChairsRe = lazyRe(`(?i)\bchaired (?:jointly )?by (two|three) ((?:co-?)?chairs?,? (?:each|both) (?:of them )?an? [^.,;]+)`)
)

// mergeDescribedAgain joins to the member before it a member that
// describes it again, when the members named are one more than count.
func mergeDescribedAgain(roles []string, count int) []string {
	n := 0
	for _, r := range roles {
		if !partIsStatement(r) {
			n += seatCount(norm(r))
		}
	}
	if n != count+1 {
		return roles
	}
	for k := 1; k < len(roles); k++ {
		if !partIsStatement(roles[k-1]) && describesAgain(roles[k-1], roles[k]) {
			out := slices.Clone(roles[:k])
			out[k-1] += ", " + roles[k]
			return append(out, roles[k+1:]...)
		}
	}
	return roles
}

// describesAgain reports whether a member named after another describes
// it again: an indefinite one-person role, then "a …" with a relative
// clause ("a secondary care doctor, a specialist who does not work for
// …").
func describesAgain(before, role string) bool {
	b, r := strings.ToLower(before), strings.ToLower(role)
	return (strings.HasPrefix(b, "a ") || strings.HasPrefix(b, "an ")) && (strings.HasPrefix(r, "a ") || strings.HasPrefix(r, "an ")) &&
		(strings.Contains(r, " who ") || strings.Contains(r, " whose ") || strings.Contains(r, " that "))
}

// everyone are the words that count all of a body's members, not some of
// them: "Twelve people sit on the Governing Body" (peopleSitOnRe).
var everyone = map[string]bool{"people": true, "persons": true, "individuals": true,
	// "There are ten members of the Governing Body": how many, not who.
	"members": true, "voting members": true, "other members": true}

// proseSeats reads the members of a governing body or committee stated
// across the sentences of a paragraph in prose, when its text says it has
// more members than its lists, tables and other sentences give: "The
// Governing Body has thirteen voting members. The Chair is a GP …, and
// six other GPs sit on it as clinical directors: …. The Chief Officer …
// and the Chief Financial Officer are members by virtue of their posts.
// The other four members are …". What the sentences add is kept only
// when it makes up the stated number exactly: prose read in part would
// be a wrong count, worse than none.
//
// With stated 0 no number is stated, and what the sentences add is kept
// when they add at least two kinds of member.
func proseSeats(gb *model.Committee, stated int) {
	text := unnumbered(gb.Text)
	var add []model.Seat
	have := map[string]bool{}
	for _, st := range gb.Seats {
		have[norm(st.Role)] = true
	}
	seat := func(role string) { add = append(add, newSeat(role, "", "", true, gb.Line)) }
	// counted reads an expression's count (group 1) and role (group 2):
	// "six other GPs sit on it", "Three are lay members:".
	counted := func(re *lazyRegexp) {
		for _, at := range re.FindAllStringSubmatchIndex(text, -1) {
			if at[2] < 0 || at[4] < 0 {
				continue
			}
			m := []string{text[at[0]:at[1]], text[at[2]:at[3]], text[at[4]:at[5]]}
			if len(gb.Seats) > 0 && leadsIntoItems(text[at[2]:]) {
				continue
			}
			if strings.HasSuffix(strings.ToLower(text[:at[2]]), "each of the ") {
				continue // "Each of the three localities elects one GP to sit on it": eachElectsRe's
			}
			if c := seatCount(norm(m[1] + " members")); c >= 2 && !everyone[norm(m[2])] && !have[norm(strings.TrimSpace(m[2]))] {
				st := newSeat(strings.TrimSpace(m[2]), "", "", true, gb.Line)
				st.Count = c
				add = append(add, st)
			}
		}
	}
	// one reads a member an expression names in group 1, as the seat's
	// role with suffix.
	one := func(re *lazyRegexp, suffix string) {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			seat(strings.TrimSpace(m[1]) + suffix)
		}
	}
	// listed reads the members an expression lists in group 1, each one
	// keep allows.
	listed := func(re *lazyRegexp, keep func(role string) bool) {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			for _, role := range countedThenNamed(splitRoles(m[1], false)) {
				if keep(role) {
					seat(role)
				}
			}
		}
	}
	// listedAll is listed over every group an expression has: "The Chief
	// Officer and the Chief Finance Officer sit on it, as does the …".
	listedAll := func(re *lazyRegexp, keep func(role string) bool) {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			for _, part := range m[1:] {
				for _, role := range splitRoles(part, false) {
					if keep(role) {
						seat(role)
					}
				}
			}
		}
	}
	all := func(string) bool { return true }
	notHad := func(role string) bool { return !have[norm(role)] }
	notStatement := func(role string) bool { return !partIsStatement(role) }
	// "Three of them are the lay members of the Governing Body, of whom
	// the lay member for … chairs the Committee and …": the group counted,
	// what the clause after "of whom" says of them no more members.
	groupsOfWhom := shareListRe.FindAllStringSubmatchIndex(text, -1)
	groupsOfWhom = slices.DeleteFunc(groupsOfWhom, func(at []int) bool { return groupOfWhom(text[at[4]:at[5]]) == "" })
	counted(sitOnRe)
	counted(shareAreRe)
	for _, m := range countedElectedRe.FindAllStringSubmatchIndex(text, -1) {
		// Not "Two lay members are appointed to it: …", sitOnRe's.
		if strings.HasPrefix(text[m[1]:], " to ") {
			continue
		}
		c := seatCount(norm(text[m[2]:m[3]] + " members"))
		if c < 2 || have[norm(text[m[4]:m[5]])] {
			continue
		}
		// "Four further members are appointed after open competition: a
		// registered nurse; …": the members named, when as many.
		rest := text[m[1]:]
		if k := strings.IndexAny(rest, ".\n"); k >= 0 {
			rest = rest[:k]
		}
		if _, list, ok := strings.Cut(rest, ":"); ok {
			named, n := namedShare(listRoles(list), gb.Line)
			// Not "Four Lay Members are appointed: one leads on audit, one
			// on …": what each does, the count naming them.
			known := !slices.ContainsFunc(named, func(st model.Seat) bool { return st.Category == model.CategoryUnclassified })
			if n == c && known {
				add = append(add, named...)
				continue
			}
		}
		st := newSeat(text[m[4]:m[5]], "", "", true, gb.Line)
		st.Count = c
		add = append(add, st)
	}
	one(electOneAsRe, "")
	for _, at := range electsFurtherRe.FindAllStringSubmatchIndex(text, -1) {
		// Not "The three Group Forums each elect one further GP", a
		// further GP each, which a count elsewhere gives.
		if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:at[0]])), "each") {
			seat(strings.TrimSpace(text[at[2]:at[3]]))
		}
	}
	for _, m := range othersAppointedRe.FindAllStringSubmatch(text, -1) {
		// "The remaining members are appointed after open competition: a
		// registered nurse, a secondary care doctor, and two lay members,
		// one of whom …": each member named, counted as the list counts.
		if share, n := namedShare(listRoles(m[1]), gb.Line); n > 0 {
			add = append(add, share...)
		}
	}
	for _, m := range chairIsRe.FindAllStringSubmatch(text, -1) {
		if !have[norm("the "+m[1])] && !have[norm(m[1])] && !inShare(text, m[1]) {
			seat("the " + m[1] + ", " + m[2])
		}
	}
	for _, m := range memberByOfficeRe.FindAllStringSubmatch(text, -1) {
		// What the clause after the title says of the holder ("who is
		// also a GP") stays with it.
		if holder := strings.TrimSpace(m[1] + m[2]); !have[norm(m[1])] {
			seat(holder)
		}
		for _, role := range splitRoles(m[3], false) {
			if notHad(role) {
				seat(role)
			}
		}
	}
	one(oneSitsOnRe, "")
	for _, m := range sitsOnAsRe.FindAllStringSubmatch(text, -1) {
		// "as its registered nurse": what the seat is.
		seat(strings.TrimSpace(m[1]) + ", " + strings.TrimSpace(m[2]))
		if m[3] != "" {
			seat(strings.TrimSpace(m[3]))
		}
	}
	for _, m := range soIsRe.FindAllStringSubmatch(text, -1) {
		if alreadySo(text, m[1]) {
			continue // the others of "… by virtue of that office. So are …", read above
		}
		for _, role := range splitRoles(m[1], false) {
			seat(role)
		}
	}
	counted(coChairsRe)
	for _, m := range thereIsOneRe.FindAllStringSubmatch(text, -1) {
		seat(strings.TrimSpace(m[1]))
		if m[2] != "" {
			seat(strings.TrimSpace(m[2]))
		}
	}
	for _, m := range ordinalMemberRe.FindAllStringSubmatch(text, -1) {
		role := strings.TrimSpace(m[1])
		if kind := strings.TrimSpace(m[3]); kind != "" {
			role += ", a " + kind + " member" // what the ordinal says the member is
		}
		seat(role)
	}
	for _, m := range furtherMemberRe.FindAllStringSubmatch(text, -1) {
		role := strings.TrimSpace(m[1])
		if kind := strings.TrimSpace(m[2]); kind != "" {
			role += ", a " + kind + " member" // what the sentence says the member is
		}
		if notHad(role) {
			seat(role)
		}
	}
	one(ordinalIsRe, "")
	one(ordinalMemberIsRe, "")
	one(isAlsoMemberRe, "")
	for _, m := range isAMemberAsAreRe.FindAllStringSubmatch(text, -1) {
		seat(strings.TrimSpace(m[1]))
		for _, role := range splitRoles(m[2], false) {
			if articleOrNum.MatchString(role) {
				seat(role) // not "also shared by the eight", said of the one before
			}
		}
	}
	listed(membersForRe, all)
	listed(completeItRe, all)
	listed(otherVotingRe, all)
	listed(countedCompleteRe, all)
	listed(othersAreRe, all)
	if gb.Kind == model.KindGoverningBody {
		// The chair and the titles the member practices elect, each
		// once however many sentences name them: "The Clinical Chair
		// leads it. The member practices elect the Clinical Chair …".
		named := map[string]bool{}
		title := func(role string) {
			if k := norm(role); !have[k] && !named[k] {
				named[k] = true
				seat(role)
			}
		}
		for _, m := range chairLeadsRe.FindAllStringSubmatch(text, -1) {
			title(m[1])
		}
		chaired := slices.ContainsFunc(gb.Seats, func(st model.Seat) bool { return isChair(st.Role) })
		for _, m := range chairedByMemberRe.FindAllStringSubmatch(text, -1) {
			// "It is chaired by the Clinical Chair, a GP …"; not "it is
			// chaired by a GP" said of a chair its list already names.
			if !chaired {
				title(m[1])
			}
		}
		for _, m := range eachElectsRe.FindAllStringSubmatch(text, -1) {
			if c := seatCount(norm(m[1] + " members")); c > 1 {
				st := newSeat(strings.TrimSpace(m[2]), "", "", true, gb.Line)
				st.Count = c
				add = append(add, st)
			}
		}
		one(electsOrdinalRe, "")
		listed(chairAppointsRe, notHad)
		for _, m := range alsoHasRe.FindAllStringSubmatch(text, -1) {
			// "The Governing Body also has a secondary care specialist
			// doctor and two lay members, appointed …: one …"
			for _, role := range splitRoles(countedHead(m[1]), false) {
				if notHad(role) && !partIsStatement(role) {
					seat(role)
				}
			}
		}
		for _, m := range alsoHasListRe.FindAllStringSubmatch(text, -1) {
			for _, role := range listRoles(m[1]) {
				if notHad(role) && !partIsStatement(role) {
					seat(role)
				}
			}
		}
		for _, m := range practicesElectRe.FindAllStringSubmatch(text, -1) {
			for _, t := range electedTitleRe.FindAllStringSubmatch(m[1], -1) {
				title(t[1])
			}
		}
	}
	listed(theyAreRe, notStatement)
	if gb.Kind != model.KindGoverningBody {
		// A committee's chair and vice chair named as such: "The
		// Committee is chaired by the lay member for primary care, and
		// the lay member for engagement is its Vice Chair."
		one(chairedByMemberRe, " (Chair)")
		for _, at := range isItsViceChairRe.FindAllStringSubmatchIndex(text, -1) {
			m := []string{text[at[0]:at[1]], text[at[2]:at[3]]}
			if inGroupOfWhom(groupsOfWhom, at[0]) {
				continue // the vice chair is one of a group counted before: "Three of them are the lay members …, of whom …"
			}
			// "The lay member for … chairs it and the lay member for
			// engagement is its Vice Chair": the one after the "and".
			role := strings.TrimSpace(m[1])
			if k := strings.LastIndex(role, " and the "); k >= 0 {
				role = role[k+len(" and "):]
			}
			seat(role + " (Vice Chair)")
		}
		one(chairsTheCommitteeRe, " (Chair)")
		one(anotherSitsOnItRe, "")
		for _, m := range eachNominatesToSitRe.FindAllStringSubmatch(text, -1) {
			// "Each of the five Local Care Partnerships nominates a GP who
			// works in its place to sit on the Committee"
			if c := seatCount(norm(m[1] + " members")); c > 1 {
				st := newSeat(strings.TrimSpace(m[3])+", one for each of the "+m[1]+" "+m[2], "", "", true, gb.Line)
				st.Count = c
				add = append(add, st)
			}
		}
		one(oneChairsItRe, " (Chair)")
		if !alsoSitOnItRe.MatchString(text) {
			// "The Director of Primary Care and Communities, the Chief
			// Finance Officer's nominated deputy and the Deputy Chief
			// Nursing Officer sit on it": a list that opens its sentence,
			// read whole, and the shorter reading of its tail not again.
			var whole [][2]int
			for _, m := range theyAllSitOnItRe.FindAllStringSubmatchIndex(text, -1) {
				whole = append(whole, [2]int{m[2], m[3]})
				for _, role := range splitRoles(text[m[2]:m[3]], false) {
					if notHad(role) {
						seat(role)
					}
				}
			}
			for _, m := range theySitOnItRe.FindAllStringSubmatchIndex(text, -1) {
				inside := false
				for _, w := range whole {
					inside = inside || m[2] >= w[0] && m[2] < w[1]
				}
				if inside {
					continue
				}
				for g := 1; 2*g+1 < len(m); g++ {
					if m[2*g] < 0 {
						continue
					}
					for _, role := range splitRoles(text[m[2*g]:m[2*g+1]], false) {
						if notHad(role) {
							seat(role)
						}
					}
				}
			}
		}
		for _, m := range itsChairIsTheRe.FindAllStringSubmatch(text, -1) {
			seat(strings.TrimSpace(m[1]) + " (Chair)")
			if m[2] != "" {
				seat(strings.TrimSpace(m[2]) + " (Vice Chair)")
			}
		}
		listedAll(areMembersAsIsRe, all)
		listedAll(alsoSitOnItRe, all)
	}
	counted(thereAreMoreRe)
	for _, m := range shareMatches(text, len(gb.Seats) > 0) {
		// "Two of them are GP Clinical Leads, chosen by …"
		count, role := m[1], m[2]
		if count == "" {
			count, role = m[3], m[4]
		}
		first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(role)), " ")
		if first == "the" || first == "a" || first == "an" {
			continue // "Four of them are the Lay Member …, …": named one by one (shareListRe)
		}
		if c := seatCount(norm(count + " members")); c >= 2 && !have[norm(strings.TrimSpace(role))] {
			st := newSeat(strings.TrimSpace(role), "", "", true, gb.Line)
			st.Count = c
			add = append(add, st)
		}
	}
	for _, m := range shareListRe.FindAllStringSubmatch(text, -1) {
		// "Three more are the Chief Finance Officer, …": taken when
		// the members named are as many as the share counts.
		c := seatCount(norm(m[1] + " members"))
		var roles []string
		// "The other seven are the Chief Officer, who is …; the Chief
		// Financial Officer; …; and three lay members, one of whom …":
		// at its semicolons when it has them.
		for _, role := range listRoles(m[2]) {
			if notStatement(role) {
				roles = append(roles, role) // not "the nurse member is shared with …"
			}
		}
		// group adds the share as one group of its count.
		group := func(role string) {
			st := newSeat(role, "", "", true, gb.Line)
			st.Count = c
			add = append(add, st)
		}
		if head := groupOfWhom(m[2]); head != "" && c >= 2 && !strings.ContainsAny(head, ",;") && notHad(head) {
			// "Three of them are the lay members of the Governing Body,
			// one of whom, the lay member for primary care, chairs it":
			// one group, whatever the commas after it set off.
			group(head)
		} else if share, n := namedShare(slices.DeleteFunc(mergeDescribedAgain(roles, c), func(r string) bool { return !notHad(r) }), gb.Line); n == c {
			add = append(add, share...)
		} else if head := groupOfWhom(m[2]); head != "" && c >= 2 && notHad(head) {
			group(head)
		} else if plural := pluralGroup(m[2]); plural != "" && c >= 2 && notHad(plural) {
			// "Three of them are the lay members of the Governing Body,
			// appointed for their independence.": one plural group of the
			// count.
			group(plural)
		}
	}
	for _, m := range moreAreNamedRe.FindAllStringSubmatch(text, -1) {
		// "Three more are officers of the CCG: the Chief Officer, the
		// Chief Finance Officer and the Director of Strategy": the
		// members named, when as many.
		if share, n := namedShare(listRoles(m[2]), gb.Line); n == seatCount(norm(m[1]+" members")) {
			add = append(add, share...)
		}
	}
	listedAll(membersByPostRe, notHad)
	// What the clauses after a title say of its holder stays with it
	// (splitRoles).
	listedAll(sitsByPostRe, notHad)
	// The count is sitOnRe's; the member after the clause on them is one
	// more the practices elect.
	one(electToSitRe, "")
	for _, m := range alongsideAreRe.FindAllStringSubmatch(text, -1) {
		// "Alongside them are a registered nurse and a secondary care
		// specialist doctor, neither of whom …; the Accountable Officer
		// and the Chief Finance Officer, who …; and two lay members, one
		// of whom …": each part to its first comma, split at "and".
		for _, part := range strings.Split(m[1], ";") {
			part, _, _ = strings.Cut(part, ",")
			for _, role := range splitRoles(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "and ")), false) {
				// Not a member a sentence of its own names again ("…, who
				// are members because of the posts they hold").
				k := withoutCount(role)
				again := func(st model.Seat) bool { return strings.HasPrefix(withoutCount(st.Role), k) }
				if notHad(role) && !slices.ContainsFunc(add, again) && !slices.ContainsFunc(gb.Seats, again) {
					seat(role)
				}
			}
		}
	}
	total, voting := gb.Count.Total, gb.Count.Voting
	for _, st := range add {
		total += st.Count
		if st.Voting {
			voting += st.Count
		}
	}
	// "The Committee has nine members, six of whom vote", the sentences
	// naming the six: made up by the voters stated.
	madeUp := total == stated || stated > 0 && voting == statedVoters(text)
	if len(add) == 0 || stated > 0 && !madeUp || stated == 0 && len(add) < 2 {
		return
	}
	gb.Seats = append(gb.Seats, add...)
	gb.Count = countSeats(gb.Seats)
}

// alreadySo reports whether the members of a "So are …" sentence are
// those memberByOfficeRe reads with the sentence before it.
func alreadySo(text, others string) bool {
	if !containsFold(text, "virtue") && !containsFold(text, "officio") {
		return false // memberByOfficeRe's words
	}
	for _, m := range memberByOfficeRe.FindAllStringSubmatch(text, -1) {
		if m[3] != "" && strings.Contains(m[0], strings.TrimSpace(others)) {
			return true
		}
	}
	return false
}

// alsoIncludesRe finds a sentence on members that says they are some of
// them: "The Board also includes a registered nurse and …", so that the
// others are stated in sentences of their own.
var alsoIncludesRe = lazyRe(`(?i)\balso\s+(?:includes?|comprises?|has)\b`)

func alsoIncludes(text string) bool {
	return containsFold(text, "also") && alsoIncludesRe.MatchString(text)
}

// anyListed reports whether a part's seats came from a table or list.
func anyListed(parts []committeePart) bool {
	for _, p := range parts {
		if p.listed {
			return true
		}
	}
	return false
}

// clauseNumberRe is a clause number at the start of a line: "6.6.3 ".
var clauseNumberRe = lazyRe(`(?m)^\d+(?:\.\d+)*[A-Za-z]?\.?[ \t]+`)

// unnumbered is a body's text without the clause numbers that begin its
// paragraphs, so that each paragraph's first sentence starts a line as a
// sentence does: "6.6.3 Four of its members are GPs" is "Four of its
// members are GPs".
func unnumbered(text string) string {
	if !strings.ContainsAny(text, "0123456789") {
		return text
	}
	return clauseNumberRe.ReplaceAllString(text, "")
}

// partIsStatement reports whether a part of a list of members is a
// statement rather than a member: its words before any relative clause
// have a verb ("the nurse member is shared with the other CCGs").
func partIsStatement(role string) bool {
	head := " " + norm(role) + " "
	for _, rel := range []string{" who ", " whom ", " which ", " whose "} {
		if k := strings.Index(head, rel); k >= 0 {
			head = head[:k+1]
		}
	}
	for _, v := range []string{" is ", " are ", " shall ", " will ", " must ", " may "} {
		if strings.Contains(head, v) {
			return true
		}
	}
	return false
}

// thereAreRe reads a count of members in a sentence of their own: "There
// are four Locality GP Members".
var thereAreRe = lazyRe(`(?i)\bthere (?:are|shall be|will be) ([a-z]+|\d{1,2})\b`)

// titleSeats reads the governing body's members from the titles of its
// sub-sections when its text says it has more members than its lists,
// tables and sentences give: "The Governing Body has fourteen members,
// described below.", then "**Clinical Chair**", "**Locality GP Members**"
// ("There are four …"), each a sub-section of its own. A sub-section
// whose title names a member and whose text gives no seat is that
// member's seat.
func (d *document) titleSeats(gb *model.Committee, group []int, own []int) {
	for i, sec := range d.sections {
		if own[i] == i || own[i] < 0 || !slices.Contains(group, own[i]) || sec.Title == "" {
			continue
		}
		if cat, _ := classifyRole(norm(sec.Title)); cat == model.CategoryUnclassified {
			continue
		}
		listed := false
		for _, st := range gb.Seats {
			listed = listed || st.Line >= sec.Line && st.Line <= max(sec.EndLine, sec.Line)
		}
		if listed {
			continue
		}
		seat := newSeat(sec.Title, "", "", true, sec.Line)
		for _, b := range d.blocks {
			if b.SectionIndex != i {
				continue
			}
			if m := thereAreRe.FindStringSubmatch(b.Text); m != nil {
				if c := seatCount(norm(m[1] + " members")); c > 1 {
					seat.Count = c
				}
			}
			break // the first paragraph says how many
		}
		gb.Seats = append(gb.Seats, seat)
	}
	gb.Count = countSeats(gb.Seats)
}

// leadsIntoMembers reports whether block bi, of section sec, leads into
// a body's members: "It has the following voting members.", "Its
// members are:".
func (d *document) leadsIntoMembers(bi, sec int) bool {
	if bi < 0 || d.blocks[bi].SectionIndex != sec || d.blocks[bi].ListItem {
		return false
	}
	t := strings.TrimSpace(d.blocks[bi].Text)
	return (strings.HasSuffix(t, ":") || containsFold(t, "following")) && membersLeadIn.in(norm(t)) != ""
}

// partyLabel reports whether block lead, perhaps numbered, names the
// party whose members the list after it are ("2.2 From the CCG:"), after
// a list of members or a sentence that leads into them or counts them
// ("2.1 The Committee has nine voting members.").
func (d *document) partyLabel(lead, sec int, listRead bool) bool {
	if lead < 0 || !partyLead(d.blocks[lead]) {
		return false
	}
	if listRead || d.leadsIntoMembers(lead-1, sec) {
		return true
	}
	prev := lead - 1
	return prev >= 0 && d.blocks[prev].SectionIndex == sec && !d.blocks[prev].ListItem && statedMembers(d.blocks[prev].Text) > 0
}

// shortLabel reports whether a paragraph is a label of a few words
// leading into what follows: "Appointed:", "Ex officio members:".
func shortLabel(text string) bool {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(text), "*_"))
	if !strings.HasSuffix(t, ":") || len(strings.Fields(t)) > 5 {
		return false
	}
	// Not a sentence's subject and verb: "It exercises these functions:".
	first, _, _ := strings.Cut(strings.ToLower(t), " ")
	switch first {
	case "it", "they", "this", "these", "the", "its", "their", "we", "each":
		return false
	}
	return true
}

// mergeParts makes one committee of what its sections say: named and
// placed where its first section is; its seats from the first section
// that lists them (a table or list, failing which a sentence), so that
// members stated twice are not counted twice; joint when any part says
// so.
func mergeParts(parts []committeePart) model.Committee {
	c := parts[0].Committee
	if len(parts) == 1 {
		return c
	}
	for _, p := range parts[1:] {
		c.Joint = c.Joint || p.Joint
		c.WithNHSEngland = c.WithNHSEngland || p.WithNHSEngland
		c.PrimaryCare = c.PrimaryCare || p.PrimaryCare
	}
	if k := seatsPart(parts); k >= 0 {
		c.Seats, c.MembershipStated = parts[k].Seats, true
		if parts[k].Chair != "" {
			c.Chair = parts[k].Chair
		}
	}
	for _, p := range parts {
		if c.Chair == "" {
			c.Chair = p.Chair
		}
	}
	if c.Joint {
		c.Kind = model.KindJointCommittee
	}
	shareParts(&c, parts)
	c.Count = countSeats(c.Seats)
	return c
}

// seatsPart returns the part whose seats a committee takes: the first
// that lists them, else the first with any, else -1.
func seatsPart(parts []committeePart) int {
	first := -1
	for k, p := range parts {
		if len(p.Seats) == 0 {
			continue
		}
		if p.listed {
			return k
		}
		if first < 0 {
			first = k
		}
	}
	return first
}

// shareParts gives a body what it takes from all its sections alike:
// their text, and the first quorum stated.
func shareParts(c *model.Committee, parts []committeePart) {
	var texts []string
	for _, p := range parts {
		if p.Text != "" {
			texts = append(texts, p.Text)
		}
		if c.Quorum == nil {
			c.Quorum = p.Quorum
		}
	}
	c.Text = strings.Join(texts, "\n")
}

// committee reads one section group of a committee. chair is who chairs
// it as a sentence of any of its sections says ("chaired by …"), and
// aspects are the sections' aspects (sectionAspects).
func (d *document) committee(s model.Section, b *body, aspects []string, chairPhrase string, chairLine int) committeePart {
	name := s.Title
	if named := d.committeeNames[s.Index]; named != "" {
		name = named
	}
	if name == "" {
		name = s.Heading
	}
	name = withoutTermsOfReference(name)
	c := model.Committee{
		Name: name, Kind: model.KindCommittee, Line: s.Line, EndLine: s.EndLine, Section: s.Heading,
		Seats: []model.Seat{},
	}
	n := norm(name)
	// "Primary Care Committee" alone is the co-commissioning committee
	// too; "Primary Care Quality Committee" is not.
	c.PrimaryCare = strings.Contains(" "+n+" ", " primary care ") &&
		(strings.Contains(n, "commissioning") || strings.Contains(n, "joint") ||
			primaryCareOnly[stripThe(n)])
	c.Joint = s.Kind == model.KindJointCommittee
	var texts []string
	for k, bi := range b.blocks {
		bl := d.blocks[bi]
		texts = append(texts, bl.Text)
		joint, withNHSEngland := jointMentions(bl.Text, k == 0)
		c.Joint = c.Joint || joint
		c.WithNHSEngland = c.WithNHSEngland || withNHSEngland
		if c.Quorum == nil && (statesQuorum(bl) || aspectAt(aspects, bl.SectionIndex) == aspectQuorum && statesCount(bl)) {
			c.Quorum = &model.Quorum{Text: bl.Text, Line: bl.Line}
		}
	}
	c.Text = strings.Join(texts, "\n")
	if c.Joint && notAJointCommittee.in(norm(c.Text)) != "" {
		// "It is not a joint committee: each of the three committees
		// decides for its own group": a committee meeting in common with
		// others, each its own.
		c.Joint, c.WithNHSEngland = false, false
	}
	if c.Joint {
		c.Kind = model.KindJointCommittee
	}
	var listed bool
	c.Seats, listed = d.seats(b, aspects, chairPhrase, chairLine, s.Kind == model.KindGoverningBody)
	if c.Joint {
		seatsForEachParty(c.Seats, c.Text)
	}
	c.MembershipStated = len(c.Seats) > 0
	if len(c.Seats) == 0 {
		c.MembersText = d.membersSentence(b)
	}
	for _, st := range c.Seats {
		if isChair(st.Role) {
			c.Chair = chairRole(st.Role)
			break
		}
	}
	// "chaired by the lay member for …" says more than a seat called "the
	// Chair".
	if n := stripThe(norm(c.Chair)); n == "" || (n == "chair" && chairPhrase != "") {
		c.Chair = chairPhrase
	}
	c.Count = countSeats(c.Seats)
	return committeePart{Committee: c, listed: listed}
}

// termsOfReferenceRe finds the words that say a heading is a committee's
// terms of reference, before or after its name: "Primary Care
// Commissioning Committee – terms of reference", "Terms of reference:
// Audit Committee".
var termsOfReferenceRe = lazyRe(`(?i)^terms of reference(?: of the| for the)?\s*[:–—-]?\s+|\s*(?:[–—:-]|\s)\s*(?:its )?terms of reference(?:\s*\([^()]*\))?$`)

// withoutTermsOfReference is a committee's name without those words.
func withoutTermsOfReference(name string) string {
	if !containsFold(name, "terms of reference") {
		return name
	}
	if out := strings.TrimSpace(termsOfReferenceRe.ReplaceAllString(name, "")); out != "" {
		return out
	}
	return name
}

// aspectAt is the aspect of section i, or "" (i is -1 before the first
// heading).
func aspectAt(aspects []string, i int) string {
	if i < 0 || i >= len(aspects) {
		return ""
	}
	return aspects[i]
}

// jointMentions reads what the present sentences of a committee's block
// say of it: that it is a joint committee (read in the first block only)
// or one established with NHS England, which in the first block makes it
// joint too.
func jointMentions(text string, first bool) (joint, withNHSEngland bool) {
	if !mayMentionJoint(text, first) {
		return false, false
	}
	return readJointMentions(text, first)
}

// mayMentionJoint is jointMentions' cheap test. Every joint committee
// phrase has "ttee", and every nhsEngland phrase "nhs" or "team": letters
// that nothing but A–Z lowers to (norm), so a block without them is ruled
// out before it is split into sentences.
func mayMentionJoint(text string, first bool) bool {
	return first && containsFold(text, "ttee") || containsFold(text, "nhs") || containsFold(text, "team")
}

func readJointMentions(text string, first bool) (joint, withNHSEngland bool) {
	for _, sn := range presentSentences(text) {
		if first && titleContains[model.KindJointCommittee].in(sn) != "" {
			joint = true // the first paragraph names it a joint committee
		}
		if establishedWithNHSEngland(sn) {
			withNHSEngland = true
			joint = joint || first
		}
	}
	return joint, withNHSEngland
}

// chairRole is a chair seat's role without what marks it as the chair:
// "(Chair)", ", who chairs the Committee".
func chairRole(role string) string {
	lower := strings.ToLower(role)
	if i := strings.LastIndex(lower, "(chair)"); i >= 0 {
		role = role[:i] + role[i+len("(chair)"):]
	} else if i := strings.Index(lower, " who chairs"); i > 0 {
		role = role[:i]
	} else if i := strings.Index(lower, ", one of whom"); i > 0 {
		role = role[:i]
	}
	return cleanRole(strings.Join(strings.Fields(role), " "))
}

// statesQuorum reports whether a block says what a quorum is: it speaks
// of a quorum and gives a number or share ("Five voting members form a
// quorum"), unlike "The membership, quorum and voting arrangements will
// be set out in terms of reference".
func statesQuorum(b block) bool {
	return mayStateQuorum(b.Text) && quorumAndCount(b)
}

// mayStateQuorum is statesQuorum's cheap test: each word of a quorum has
// "quor", whose letters no other character lowers to (norm), so most
// blocks are ruled out without normalising them.
func mayStateQuorum(text string) bool { return containsFold(text, "quor") }

// quorumAndCount reports whether a block has a word of a quorum and a
// number or share.
func quorumAndCount(b block) bool {
	words := strings.Fields(norm(strings.TrimPrefix(b.Text, b.Number)))
	quorum := false
	for _, w := range words {
		if w == "quorum" || w == "quorate" || w == "inquorate" {
			quorum = true
			break
		}
	}
	return quorum && countIn(words)
}

// statesCount reports whether a block in a part of a committee headed
// "Quorum" gives a number or share of members, which is its quorum.
func statesCount(b block) bool {
	return countIn(strings.Fields(norm(strings.TrimPrefix(b.Text, b.Number))))
}

// countIn reports whether normalised words give a number or share of
// members; the number of a schedule or paragraph is no count ("its quorum
// is set out in Schedule 3").
func countIn(words []string) bool {
	for i, w := range words {
		switch w {
		case "half", "third", "thirds", "quarter", "majority", "all":
			return true
		}
		if _, _, ok := numberAt(words, i, false); ok && (i == 0 || !referenceWord[words[i-1]]) {
			return true
		}
	}
	return false
}

// referenceWord are the words a number after them refers by.
var referenceWord = map[string]bool{
	"schedule": true, "appendix": true, "annex": true, "annexe": true, "paragraph": true, "para": true,
	"section": true, "clause": true, "part": true, "article": true, "regulation": true, "order": true,
	"orders": true, "rule": true, "page": true, "s": true, "chapter": true, "item": true,
	// "the change made in version 4", "v2.1"
	"version": true, "v": true, "issue": true, "revision": true,
}

var primaryCareOnly = map[string]bool{"primary care committee": true, "primary care sub committee": true, "primary care subcommittee": true, "primary care board": true}

// chairedByExpr reads who chairs: "chaired by the lay member for audit
// and governance", up to punctuation or the next verb ("… and includes …").
// It is matched case-insensitively where a word begins (see findChairedBy).
const chairedByExpr = `chaired by (?:the )?([^,.;:()]+?)(?:\s+and\s+(?:is|are|includes?|consists?|comprises?|has|have|shall|will|may|meets|reports|(?:its|the) (?:other )?members)\b|[,.;:()]|$)`

// chairedByAtRe is chairedByExpr where a text begins.
var chairedByAtRe = lazyRe(`(?i)^` + chairedByExpr)

// findChairedBy returns the submatch offsets of the first match of
// chairedByExpr in text at the start of a word, as FindStringSubmatchIndex
// of `(?i)\bchaired by …` would, or nil. That expression would be tried
// at every offset of a paragraph; this tries it only where "chaired by"
// is, which no character but A–Z and a–z spells.
func findChairedBy(text string) []int {
	for from := 0; ; {
		i := indexFold(text[from:], "chaired by")
		if i < 0 {
			return nil
		}
		i += from
		if i == 0 || !isWordByte(text[i-1]) { // \b before "chaired"
			if m := chairedByAtRe.FindStringSubmatchIndex(text[i:]); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += i
					}
				}
				return m
			}
		}
		from = i + 1
	}
}

// isWordByte is what \b takes for a word character: [0-9A-Za-z_].
func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// qualifierRe starts a phrase that says more of the member before it,
// including how the member comes to sit: "one GP from each partnership,
// nominated by the practices of that partnership".
var qualifierRe = lazyRe(`(?i)^(?:who|whom|which|(?:one|each|both|all|any|two|three|neither|none|either) of whom|of whom|being|as|each|one (?:from|for|in) each|one per` +
	`|(?:nominated|appointed|elected|chosen|selected|proposed|put forward|designated|recommended|drawn|employed|seconded) (?:by|from|after|following|through))\b`)

// chairedBy finds "… is chaired by the lay member for audit …".
func (d *document) chairedBy(b *body) (string, int) {
	for _, bi := range b.blocks {
		bl := d.blocks[bi]
		if !strings.Contains(bl.Text, "haired by") {
			continue // the regular expression is slow; most blocks lack the words
		}
		if m := findChairedBy(bl.Text); m != nil {
			chair := strings.TrimSpace(bl.Text[m[2]:m[3]])
			// "chaired by an Independent Chair, a lay member appointed
			// jointly by …": what the holder is, after the title.
			if a := chairAppositiveRe.FindStringSubmatch(bl.Text[m[3]:]); a != nil && !strings.Contains(chair, ",") {
				chair += a[1]
			}
			return chair, bl.lineOf(m[0])
		}
	}
	return "", 0
}

// chairAppositiveRe reads what a chair's holder is, set after the title
// by a comma: ", a lay member appointed jointly by the four Governing
// Bodies" (group 1).
var chairAppositiveRe = lazyRe(`^(,\s+an?\s+(?:lay|gp|general practitioner|registered nurse|secondary care|non-executive|independent)\b[^.,;]{0,80})`)

// pastWords mark a sentence about a former arrangement: "which replaces
// the joint committee that the Group and NHS England established in 2014"
// does not make the committee joint.
var pastWords = phrases{"replaces", "replaced", "formerly", "previously", "abolished", "dissolved", "succeeds", "superseded", "supersedes"}

// untilDateRe marks an arrangement that ended on a date ("until 31 March
// 2015", "until April 2016"), on normalised text; "until they merge" is
// one that lasts.
var untilDateRe = lazyRe(`\buntil (?:the end of )?(?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)`)

// presentSentences returns the sentences of text that are not about a
// former arrangement, normalised (norm), as they are matched.
func presentSentences(text string) []string {
	var out []string
	for _, s := range sentences(text) {
		if n := norm(text[s.start:s.end]); pastWords.in(n) == "" && !(strings.Contains(n, "until") && untilDateRe.MatchString(n)) {
			out = append(out, n)
		}
	}
	return out
}

var nhsEngland = phrases{"nhs england", "area team", "sub regional team", "nhs commissioning board", "local area team", "nhs cb"}

// The ways a sentence says a committee is set up with NHS England, on
// normalised text (norm): NHS England is a party to setting it up, not
// merely named beside it ("NHS England will be invited to attend",
// "the Committee reports to NHS England").
const (
	nhseExpr      = `(?:(?:the )?(?:nhs england|nhs commissioning board|nhs cb)(?: s)?(?: (?:local )?area team| sub regional team| local team)?|(?:the )?(?:local )?area team|(?:the )?sub regional team)(?: s)?`
	groupExpr     = `(?:group|ccg|clinical commissioning group|we|us)(?: s)?`
	establishExpr = `(?:established|establish|establishes|set up|sets up|formed|form|forms|created|create|creates|constituted|constitute)`
)

var withNHSEnglandRes = []*lazyRegexp{
	// The Group and NHS England have (jointly) established a committee.
	lazyRe(`\b` + groupExpr + ` and ` + nhseExpr + ` (?:[a-z]+ ){0,3}?` + establishExpr + `\b`),
	// NHS England and the Group have agreed to establish …
	lazyRe(`\b` + nhseExpr + ` and (?:the )?(?:[a-z]+ ){0,4}?` + groupExpr + ` (?:[a-z]+ ){0,3}?` + establishExpr + `\b`),
	// The Committee is established (jointly) with NHS England, or by the
	// Group and NHS England; the Group has established, jointly with NHS
	// England, a committee.
	lazyRe(`\b` + establishExpr + ` (?:[a-z]+ ){0,2}?(?:jointly )?(?:with ` + nhseExpr + `|by (?:the )?` + groupExpr + ` and ` + nhseExpr + `|by ` + nhseExpr + ` and)\b`),
	lazyRe(`\b` + establishExpr + `\b.*\bjointly with ` + nhseExpr + `\b`),
	// The Group may, (jointly) with NHS England, form a joint committee.
	lazyRe(`\b(?:jointly )?with ` + nhseExpr + ` (?:[a-z]+ ){0,2}?` + establishExpr + `\b`),
	// NHS England and the Group each appoint members to the joint
	// committee.
	lazyRe(`\b(?:` + nhseExpr + ` and (?:the )?` + groupExpr + `|` + groupExpr + ` and ` + nhseExpr + `) (?:[a-z]+ ){0,3}?(?:appoint|appoints|nominate|nominates) .*\bjoint (?:commissioning )?committee\b`),
	// The Joint Committee consists of NHS England and the Group: the two
	// bodies themselves, not their representatives.
	lazyRe(`\bcommittee (?:[a-z]+ ){0,2}?(?:consist|consists|comprise|comprises|comprising|consisting) (?:of )?` + nhseExpr + ` and\b`),
	// The Committee exercises the functions jointly with NHS England.
	lazyRe(`\bcommittee\b.*\b(?:jointly|in common) with ` + nhseExpr + `\b`),
	// It is a joint committee of the Group and NHS England.
	lazyRe(`\b(?:joint (?:commissioning )?committees?|committees? in common) (?:of|with|between) (?:the )?(?:[a-z]+ ){0,7}?` + nhseExpr + `\b`),
	lazyRe(`\b` + nhseExpr + ` and (?:the )?` + groupExpr + ` joint (?:commissioning )?committee\b`),
}

// notJoint are words that deny a committee is joint: "is not a joint
// committee with NHS England".
var notJoint = phrases{"not a joint committee", "not jointly", "not established jointly", "not a committee in common"}

// notAJointCommittee are words by which a committee's own text says it is
// not a joint committee.
var notAJointCommittee = phrases{"is not a joint committee", "are not joint committees", "is not itself a joint committee"}

// establishedWithNHSEngland reports whether a normalised sentence says a
// committee is set up jointly with NHS England (or its area team).
func establishedWithNHSEngland(n string) bool {
	establish, committee := mayEstablish(n), strings.Contains(n, "committee")
	if !establish && !committee || nhsEngland.in(n) == "" || notJoint.in(n) != "" {
		return false
	}
	for k, re := range withNHSEnglandRes {
		// The first six need a word of establishing, appointing or
		// nominating; the others, "committee".
		if k < 6 && !establish || k >= 6 && !committee {
			continue
		}
		if re.MatchString(n) {
			return true
		}
	}
	return false
}

// mayEstablish is one of establishedWithNHSEngland's cheap tests: each
// of its first six expressions needs a word of establishing
// (establishExpr) or of appointing or nominating, and most sentences
// naming NHS England have none.
func mayEstablish(n string) bool {
	for _, w := range [...]string{"establish", "set up", "sets up", " form", "creat", "constitut", "appoint", "nominat"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return strings.HasPrefix(n, "form")
}

// membersLeadIn are words that make the text before a list or table speak
// of a body's members ("Its other members are:").
var membersLeadIn = phrases{
	"member", "members", "membership", "comprise", "comprises", "comprising", "consist", "consists",
	"made up of", "composition", "composed", "attend", "attendance", "observers", "seats",
}

// organisationsLeadIn are words that make a list name organisations, not
// members: "representatives of the following organisations:".
var organisationsLeadIn = phrases{"organisations", "organizations", "organisation", "organization", "bodies", "agencies"}

// seats reads a body's seats: tables with a member column, lists led into
// by text about members (or standing in a part of the body headed
// "Membership"), else a sentence such as "Its members are the two lay
// members of the Governing Body". listed says they came from a table or
// list.
func (d *document) seats(b *body, aspects []string, chair string, chairLine int, governingBody bool) (out []model.Seat, listed bool) {
	out = []model.Seat{}
	events := d.seatSources(b)
	seatItems := map[int]bool{}
	addChair := false
	listRead := false // the list before was read as members
	for _, ev := range events {
		if ev.table >= 0 {
			t := d.tables[ev.table]
			seats := d.tableSeats(t)
			if seats == nil {
				// "| From each of the three CCGs | Shared between the three
				// CCGs |": a column of members for each way of appointing.
				seats = partyColumnSeats(t)
			}
			if lead := d.blockBefore(t.Seq, t.Section); lead >= 0 && len(d.blocks[lead].Text) < 60 && nonVoting.prefix(norm(d.blocks[lead].Text)) != "" {
				// "Non-voting members" on a line of its own above the
				// table: none of its seats votes.
				for i := range seats {
					seats[i].Voting, seats[i].Category, seats[i].CategorySource = false, "", ""
				}
			}
			out = append(out, seats...)
			continue
		}
		l := d.lists[ev.list]
		lead := d.blockBefore(l.Seq, l.Section)
		if lead >= 0 && seatItems[lead] {
			continue // a list nested in a seat: not seats
		}
		if lb := d.blocks[max(lead, 0)]; lead >= 0 && !lb.ListItem && (isSubClause(lb.Number) || letteredItemRe.MatchString(lb.Text)) &&
			seatCount(norm(itemLabelRe.ReplaceAllString(clauseBodyOf(lb), ""))) > 1 {
			// "b) five Locality GP Members, one elected by each Locality:":
			// the list details a counted member of the lettered
			// paragraphs, which are the seats.
			continue
		}
		ln := ""
		if lead >= 0 {
			ln = norm(d.blocks[lead].Text)
		}
		if organisationsLeadIn.any(ln) {
			continue // a list of organisations is no count of seats
		}
		if kindShareLeadRe.MatchString(ln) {
			// "There are four lay members:" and what each leads on: a
			// share of the members, which its sentence counts, not the
			// membership.
			continue
		}
		if membersLeadIn.in(ln) == "" && !(lead >= 0 && d.blocks[lead].Number == "" && shortLabel(d.blocks[lead].Text) && (listRead || d.leadsIntoMembers(lead-1, l.Section))) &&
			!d.partyLabel(lead, l.Section, listRead) {
			// (After a list of members, or a sentence leading into them,
			// a label of its own leads into more of them: "It has the
			// following voting members." "Elected:" and its list, then
			// "Appointed:" and its list.)
			if lead >= 0 || aspectAt(aspects, l.Section) != aspectMembership {
				listRead = false
				continue
			}
			// The heading leads into it: "Membership" and then the list.
			ln = aspectMembership
		}
		listRead = true
		voting := nonVoting.in(ln) == ""
		party := ""
		if lead >= 0 && partyLead(d.blocks[lead]) {
			party = partyOf(d.blocks[lead].Text) // "2.2 From the CCG:"
		}
		if chair != "" && strings.Contains(" "+ln+" ", " other members ") {
			addChair = true
		}
		for _, bi := range l.Items {
			it := d.blocks[bi]
			if lead < 0 && statesSomething(it.Text) {
				// A list the heading leads into whose items are sentences:
				// "- The Governing Body has fifteen members:" (with the
				// members in a list nested in it), "- It meets in public."
				continue
			}
			if t := strings.TrimSpace(itemLabelRe.ReplaceAllString(it.Text, "")); strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 4 &&
				seatCount(norm(strings.TrimSuffix(t, ":"))) <= 1 {
				// "- Clinical members:" over a nested list of them: a
				// group's label, its members the nested list's items.
				continue
			}
			seatItems[bi] = true
			if mayStateQuorum(it.Text) && quorumAndCount(it) {
				continue // "The quorum is three members.": not a seat
			}
			text := itemLabelRe.ReplaceAllString(it.Text, "")
			if head, rest, ok := strings.Cut(text, ":"); ok && seatCount(norm(head)) > 1 {
				// "two lay members: the lay member for …, and the lay
				// member for …": the count says how many the names are.
				text = head
			} else if ok && strings.HasPrefix(norm(head), "for ") {
				// "for the CCG: the Chair of the CCG and three other GP
				// members": the party the members are for.
				text = rest
			}
			first := len(out)
			for _, role := range splitRoles(text, true) {
				s := newSeat(role, "", "", voting, it.Line)
				s.Party = party
				out = append(out, s)
			}
			othersImply(out[first:])
		}
	}
	if len(out) == 0 {
		// "The Governing Body has twelve members, in the posts below.",
		// then a paragraph for each post: "Clinical Chair – a GP from a
		// member practice, …".
		out = d.postSeats(b)
	}
	listed = len(out) > 0
	if len(out) == 0 {
		var others bool
		if out, others = d.sentenceSeats(b, governingBody); out == nil {
			out = []model.Seat{}
		}
		addChair = addChair || (others && chair != "")
	}
	if len(out) == 0 && !governingBody {
		if party := d.partySeats(b); len(party) > 0 {
			out = party
		}
	}
	if !governingBody {
		for i := range out {
			if out[i].Party == "" {
				out[i].Party = partyFromRole(out[i].Role)
			}
		}
	}
	if addChair {
		hasChair := false
		for _, s := range out {
			hasChair = hasChair || isChair(s.Role)
		}
		if !hasChair {
			out = append([]model.Seat{newSeat(chair, "", "", true, chairLine)}, out...)
		}
		// "… is chaired by the lay member for audit, and the lay member
		// for engagement is its vice chair. Its other voting members are
		// …": the vice chair is one of those the others are other than.
		if !governingBody {
			if m := isItsViceChairRe.FindStringSubmatch(d.bodyText(b)); m != nil {
				role := strings.TrimSpace(m[1])
				if !slices.ContainsFunc(out, func(s model.Seat) bool { return norm(s.Role) == norm(role) }) {
					out = append(out, newSeat(role+" (Vice Chair)", "", "", true, chairLine))
				}
			}
		}
	}
	return out, listed
}

// statementVerbRe finds a finite verb in a list item's first clause: the
// item is a statement about the body, not one of its members.
var statementVerbRe = lazyRe(`(?i)^[^,;:(]*?\b(?:has|have|is|are|may|shall|will|must|meets|appoints|elects|includes|comprises|consists)\b`)

// partyAppointsRe reads a sentence naming the members one party of a
// joint committee appoints: "The Council appoints the Leader of the
// Council and four Cabinet Members" (group 1 the party, 2 the members).
var partyAppointsRe = lazyRe(`^(?:The |Each )?((?:[A-Z][\w’'-]*\s?){1,5}) (?:appoints|nominates|appoint|nominate) (.+?)\.?$`)

// votingMembersRe finds how many members of a body vote, in a sentence of
// its own: "Nine members of the Board vote."
var votingMembersRe = lazyRe(`(?i)\b(?:[a-z]+|\d{1,2}) members of the (?:[a-z]+ )?(?:board|committee) (?:vote|have a vote|are voting members)\b`)

// appointedListRe reads the members a party appoints, listed after a
// colon: "Six of them are appointed by the CCG: …" (group 1 the list).
var appointedListRe = lazyRe(`(?i)\b(?:appointed|nominated|chosen|selected)\s+by\s+[^:]{2,60}:\s*(.+?)\.?$`)

// listRoles splits a list of members written in a sentence: at its
// semicolons when it has any, each part as a list item is ("the Lead
// Member for Adult Services, Health and Wellbeing" is one member), else
// as a sentence's list.
func listRoles(list string) []string {
	if head, rest, ok := strings.Cut(list, ":"); ok && bareMemberCount(head) {
		// "seven members, all of whom vote: the lay member …; …": the
		// members named, when they make up the count, else the count.
		if roles, ok := countedList(list, strings.Contains(rest, ";")); ok {
			return roles
		}
	}
	if !strings.Contains(list, ";") {
		return splitRoles(list, false)
	}
	var out []string
	for _, part := range itemsAt(list, ";") {
		if m := countedOfWhomRe.FindStringSubmatch(strings.TrimSpace(part)); m != nil && seatCount(norm(m[1])) > 1 {
			// "and three lay members, one of whom leads on audit …, one on
			// …": the count says how many; what follows is of them.
			out = append(out, m[1])
			continue
		}
		out = append(out, splitRoles(part, true)...)
	}
	return out
}

// countedOfWhomRe reads an item that counts members and then says what
// some of them are: "three lay members, one of whom leads on audit"
// (group 1 the counted members).
var countedOfWhomRe = lazyRe(`(?i)^(?:and )?((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) [^,;]+?),? (?:one|two|each|all|both) of whom\b`)

// partySeats reads a committee's members from sentences that say what
// each party appoints, when its text says how many voting members it has
// ("The Board has ten voting members. The Council appoints …; the CCG
// appoints …"): the seats of a joint committee described in prose.
func (d *document) partySeats(b *body) []model.Seat {
	var out []model.Seat
	stated := 0
	for _, bi := range b.blocks {
		bl := d.blocks[bi]
		if stated == 0 {
			stated = statedMembers(bl.Text)
			if votingMembersRe.MatchString(bl.Text) {
				stated = 1 // "Nine members of the Board vote."
			}
		}
		if stated == 0 {
			continue
		}
		for _, sp := range sentences(bl.Text) {
			sent := strings.TrimSpace(bl.Text[sp.start:sp.end])
			if a := appointedListRe.FindStringSubmatch(sent); a != nil {
				// "Six of them are appointed by the CCG: the Clinical
				// Chair, …; three of the GP members …; and …"
				for _, role := range listRoles(a[1]) {
					out = append(out, newSeat(role, "", "", true, bl.lineOf(sp.start)))
				}
				continue
			}
			m := partyAppointsRe.FindStringSubmatch(sent)
			if m == nil || !containsWords(norm(m[1]), "council") && !containsWords(norm(m[1]), "ccg") &&
				!containsWords(norm(m[1]), "group") && !containsWords(norm(m[1]), "trust") && !containsWords(norm(m[1]), "nhs england") &&
				!containsWords(norm(m[1]), "authority") && !containsWords(norm(m[1]), "board") {
				continue
			}
			rest := m[2]
			if cut := clauseCutRe.FindStringIndex(rest); cut != nil {
				rest = rest[:cut[0]]
			}
			for _, role := range splitRoles(rest, false) {
				out = append(out, newSeat(role, "", "", true, bl.lineOf(sp.start)))
			}
		}
	}
	return out
}

// otherMembersRe finds members said to be "other" members of a kind: "the
// Chair of the CCG and three other GP members".
var otherMembersRe = lazyRe(`(?i)\bother (gp|clinical|lay|executive)\b`)

// othersImply classifies an unclassified seat named just before "N other
// GP members" (or lay, clinical, executive): the others are others of its
// kind, so it is one too.
func othersImply(seats []model.Seat) {
	for k := 1; k < len(seats); k++ {
		m := otherMembersRe.FindStringSubmatch(seats[k].Role)
		if m == nil || !seats[k-1].Voting || seats[k-1].Category != model.CategoryUnclassified {
			continue
		}
		cat := model.CategoryClinical
		switch strings.ToLower(m[1]) {
		case "lay":
			cat = model.CategoryLay
		case "executive":
			cat = model.CategoryExecutive
		}
		seats[k-1].Category, seats[k-1].CategorySource = cat, "role"
	}
}

// statesSomething reports whether a list item is a sentence rather than a
// member: it leads into a nested list (ends with a colon) or has a finite
// verb before its first comma ("The Governing Body appoints …").
func statesSomething(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, ":") || statementVerbRe.MatchString(t)
}

type seatSource struct{ table, list int }

// seatSources lists the body's tables and lists in document order.
func (d *document) seatSources(b *body) []seatSource {
	var out []seatSource
	ti, li := 0, 0
	for ti < len(b.tables) || li < len(b.lists) {
		if li >= len(b.lists) || (ti < len(b.tables) && d.tables[b.tables[ti]].Seq < d.lists[b.lists[li]].Seq) {
			out = append(out, seatSource{table: b.tables[ti], list: -1})
			ti++
		} else {
			out = append(out, seatSource{table: -1, list: b.lists[li]})
			li++
		}
	}
	return out
}

// tableSeats reads a table with a member column; other tables give none.
// partyRowSeats reads a table with a row for each party that appoints
// members, how many in a column and who they are in another: "| Appointed
// by | Voting members | Who they are |" with "| Each of the four CCGs | 3
// each (12) | The CCG's Clinical Chair, one other GP member … and its Lay
// Member … |". Each member named is a seat, as many times as the row's
// parties; the row is read only when the members named make up its
// count. nil when the table is no such table.
func partyRowSeats(t outline.Table, countCol int) []model.Seat {
	partyCol, whoCol := -1, -1
	for c, h := range t.Header {
		switch hl := norm(h); {
		case hl == "appointed by" || hl == "nominated by" || hl == "party" || hl == "organisation" || hl == "appointing body":
			partyCol = c
		case hl == "who they are" || hl == "who" || hl == "posts" || hl == "roles" || hl == "members named":
			whoCol = c
		}
	}
	if partyCol < 0 || whoCol < 0 || !countColumnLoose(t.Rows, countCol) {
		return nil
	}
	var out []model.Seat
	for _, r := range t.Rows {
		parties := 1
		if m := eachOfCountRe.FindStringSubmatch(" of " + cell(r.Cells, partyCol)); m != nil {
			parties = max(1, seatCount(m[1]+" parties"))
		}
		// "3 each (12)": the count each party appoints comes first.
		per, _, _ := strings.Cut(cell(r.Cells, countCol), " ")
		n, err := strconv.Atoi(strings.TrimSpace(per))
		if err != nil {
			return nil
		}
		var row []model.Seat
		for _, role := range splitRoles(cell(r.Cells, whoCol), false) {
			st := newSeat(role, "", "", true, r.Line)
			st.Count *= parties
			row = append(row, st)
		}
		if len(row) != n {
			return nil // the members named do not make up the count
		}
		out = append(out, row...)
	}
	return out
}

// kindShareLeadRe finds a lead-in (normalised) that counts one kind of
// member before the items that say what each does: "there are four lay
// members", "two gp members".
var kindShareLeadRe = lazyRe(`^(?:\d+(?: \d+)* )?(?:there (?:are|is|will be|shall be) )?(?:two|three|four|five|six|seven|eight|\d) (?:other |further |more )?(?:lay|gp|clinical|executive|non executive|partner|independent)(?: [a-z]+)? members$`)

// rosterPartyHeads are the headers of a first column that names the
// bodies a joint committee's members come from, a row for each.
var rosterPartyHeads = map[string]bool{"ccg": true, "group": true, "body": true, "organisation": true, "icb": true,
	"party": true, "appointing body": true, "member body": true, "partner": true, "council": true}

// rosterBodyRe finds a body's name in a cell: "NHS Tilgate CCG", "North
// Wellandshire Council".
var rosterBodyRe = lazyRe(`\b(?:CCG|ICB|Council|NHS|Trust|England|Board)\b`)

// personRe finds a person named in a cell: "Dr M. Ellery", "Mrs N.
// Dhaliwal".
var personRe = lazyRe(`^(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Cllr|Councillor)\.?\s`)

// rosterSeats reads a table of a joint body's members with a row for each
// body that appoints them: "| CCG | Clinical Chair | GP member | Lay
// member |", a column for each member and the holders named in its cells
// (each filled cell a seat of the column's member); "| Body | Voting
// members |" with the members of each listed in its cell ("the Chief
// Executive; the Chief Finance Officer; …"), each a seat. Where the one
// column names the people who hold the seats ("Dr Helen Arkwright
// (Chair); …"), the table says who they are today and not what the seats
// are: it gives none, and the sentence on what each body appoints does.
// ok is false when the table is no such table.
func rosterSeats(t outline.Table) (seats []model.Seat, ok bool) {
	if len(t.Header) < 2 || len(t.Rows) < 2 || !rosterPartyHeads[stripThe(norm(t.Header[0]))] {
		return nil, false
	}
	for _, r := range t.Rows {
		if !rosterBodyRe.MatchString(cell(r.Cells, 0)) {
			return nil, false
		}
	}
	roleCols := 0
	for _, h := range t.Header[1:] {
		if cat, _ := classifyRole(norm(h)); cat != model.CategoryUnclassified {
			roleCols++
		}
	}
	out := []model.Seat{}
	switch {
	case roleCols == len(t.Header)-1:
		for _, r := range t.Rows {
			for c := 1; c < len(t.Header); c++ {
				if norm(cell(r.Cells, c)) == "" {
					continue
				}
				st := newSeat(t.Header[c], cell(r.Cells, c), "", true, r.Line)
				st.Party = partyOf(cell(r.Cells, 0))
				out = append(out, st)
			}
		}
	case len(t.Header) == 2 && headerWords[colMember].in(stripThe(norm(t.Header[1]))) != "":
		for _, r := range t.Rows {
			for _, item := range strings.Split(cell(r.Cells, 1), ";") {
				item = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(item), "and "))
				if item == "" {
					continue
				}
				if personRe.MatchString(item) {
					return out[:0], true // who holds the seats today
				}
				st := newSeat(item, "", "", true, r.Line)
				st.Party = partyOf(cell(r.Cells, 0))
				out = append(out, st)
			}
		}
	default:
		return nil, false
	}
	return out, true
}

// partyColumnHeadRe reads a column of members each of several parties
// appoints: "From each of the three CCGs" (group 1 the parties' number).
var partyColumnHeadRe = lazyRe(`(?i)^(?:appointed\s+)?(?:from|by)\s+each\s+of\s+the\s+(\w+)\b`)

// sharedColumnHeadRe reads a column of members the parties share or
// appoint together: "Shared between the three CCGs", "Appointed jointly".
var sharedColumnHeadRe = lazyRe(`(?i)^(?:shared|appointed\s+jointly|jointly\s+appointed|held\s+in\s+common|common\s+to)\b`)

// partyColumnSeats reads a table whose columns list members by how they
// are appointed, each cell a member: a column "From each of the three
// CCGs" holds three seats a cell, a column "Shared between …" one. nil
// when a header is neither.
func partyColumnSeats(t outline.Table) []model.Seat {
	if len(t.Header) == 0 {
		return nil
	}
	mult := make([]int, len(t.Header))
	for c, h := range t.Header {
		h = strings.TrimSpace(h)
		switch m := partyColumnHeadRe.FindStringSubmatch(h); {
		case m != nil:
			if mult[c] = seatCount(m[1] + " parties"); mult[c] < 2 {
				return nil
			}
		case sharedColumnHeadRe.MatchString(h):
			mult[c] = 1
		default:
			return nil
		}
	}
	var out []model.Seat
	for c := range t.Header {
		for _, r := range t.Rows {
			role := cell(r.Cells, c)
			if role == "" {
				continue
			}
			st := newSeat(role, "", "", true, r.Line)
			st.Count *= mult[c]
			out = append(out, st)
		}
	}
	return out
}

// countColumnLoose reports whether every filled cell of a column begins
// with a number: "3", "3 each (12)".
func countColumnLoose(rows []outline.Row, col int) bool {
	return everyFilledCell(rows, col, func(c string) bool {
		first, _, _ := strings.Cut(c, " ")
		return isDigits(first)
	})
}

// totalRow reports whether a row's first cell says it sums the others.
func totalRow(role string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(role), "*_:")) {
	case "total", "totals", "total voting members", "total members", "all members":
		return true
	}
	return false
}

// describesHolder reports whether a cell describes who may hold a seat
// ("A GP from a member practice", "one of the lay members") rather than
// naming the person who does ("Dr Jane Lowe").
func describesHolder(cell string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(cell)), " ")
	switch first {
	case "a", "an", "one", "the", "any", "two", "three", "four":
		return true
	}
	return false
}

func (d *document) tableSeats(t outline.Table) []model.Seat {
	if seats, ok := rosterSeats(t); ok {
		return seats
	}
	cols := columnsOf(t.Header)
	if cols[colMember] < 0 || cols[colPractice] >= 0 {
		return nil
	}
	if seats := partyRowSeats(t, cols[colMember]); seats != nil {
		return seats
	}
	if cols[colVoting] < 0 {
		cols[colVoting] = cols[colVote] // "Vote" heads a voting column here
	}
	var partyCounts []int
	if cols[colCount] < 0 {
		partyCounts = countColumns(t, cols)
	}
	var out []model.Seat
	for _, r := range t.Rows {
		role := cell(r.Cells, cols[colMember])
		name := cell(r.Cells, cols[colName])
		if role == "" && name == "" || totalRow(role) {
			continue // "| Total | 4 | 4 | 8 |" sums the rows above it
		}
		if role == "" {
			role = name
		}
		voting := true
		if v, ok := votingCell(cell(r.Cells, cols[colVoting])); ok {
			voting = v
		}
		category := cell(r.Cells, cols[colCategory])
		if name == "" && splitsAtAnd(role) {
			// "GP Chair and two further GP members": a seat for each.
			for _, part := range splitRoles(role, true) {
				out = append(out, newSeat(part, "", category, voting, r.Line))
			}
			continue
		}
		s := newSeat(role, name, category, voting, r.Line)
		if holder := cell(r.Cells, cols[colHolder]); s.Category == model.CategoryUnclassified && describesHolder(holder) {
			// "| Chair | A GP from a member practice |": the seat is what
			// its holder must be.
			if cat, _ := classify("", holder); cat != model.CategoryUnclassified {
				s.Category, s.CategorySource = cat, "column"
			}
		}
		if n, ok := cellCount(cell(r.Cells, cols[colCount])); ok {
			s.Count = n
		}
		if len(partyCounts) > 0 {
			// "| Non-Executive Member | 1 | 1 | 1 |" under a column for
			// each party: as many as the row's counts add up to.
			sum := 0
			for _, c := range partyCounts {
				if n, ok := cellCount(cell(r.Cells, c)); ok {
					sum += n
				}
			}
			s.Count = sum
		}
		s.Note = cell(r.Cells, cols[colNote])
		s.Party = partyOf(cell(r.Cells, cols[colParty]))
		if cols[colVoting] < 0 && s.Voting && nonVoting.any(norm(s.Note)) {
			// "| Representative of Healthwatch | Attends; does not vote |"
			s.Voting, s.Category, s.CategorySource = false, "", ""
		}
		// "| Non-Executive Member for Primary Care | Chair; voting member |"
		first, _, _ := strings.Cut(strings.ReplaceAll(s.Note, ",", ";"), ";")
		switch n := stripThe(norm(first)); n {
		case "chair", "chairman", "chairperson", "vice chair", "deputy chair":
			// "| Lay Member for Audit and Governance | Chair |": the role
			// says whom the seat's holder chairs for, as "(Chair)" does.
			if !isChair(s.Role) && !strings.Contains(norm(s.Role), n) {
				s.Role += " (" + strings.TrimSpace(first) + ")"
			}
		}
		if s.Voting && s.Category == model.CategoryUnclassified && s.Note != "" {
			// "| Chair | 1 | a GP, elected by the member practices |"
			if c, src := classifyRole(norm(s.Note)); c != model.CategoryUnclassified {
				s.Category, s.CategorySource = c, src
			}
		}
		out = append(out, s)
	}
	return out
}

// countColumns are the columns of a members table, two or more, that no
// header names as anything known and whose every filled cell is a count:
// a column for each party ("| Member | Roding and Estuary | Hertsmere |
// …"), each cell the members that party appoints to the row's seat. nil
// when there are fewer than two.
func countColumns(t outline.Table, cols [numColumns]int) []int {
	known := map[int]bool{}
	for _, c := range cols {
		known[c] = true
	}
	var out []int
	for c := range t.Header {
		if known[c] || strings.TrimSpace(t.Header[c]) == "" {
			continue
		}
		if everyFilledCell(t.Rows, c, func(text string) bool {
			text = strings.TrimSpace(text)
			n, err := strconv.Atoi(text)
			return err == nil && n <= 20 && isDigits(text) // a count of members, not a year
		}) {
			out = append(out, c)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// cellCount reads a count cell: "6", "Six", "1 (one)".
func cellCount(text string) (int, bool) {
	toks := language.Tokenize(text)
	if len(toks) == 0 {
		return 0, false
	}
	if n, ok := icbCounts[toks[0].Word]; ok && toks[0].Word != "a" && toks[0].Word != "an" {
		return n, true
	}
	if n := atoi(toks[0].Word); n > 0 && n < 100 {
		return n, true
	}
	return 0, false
}

var (
	membersAreRe = lazyRe(`(?i)\b(?:voting )?members(?: of the (?:[a-z'’-]+ ){0,5}?(?:committee|sub-committee|governing body|board))?(?: (?:appointed|nominated|drawn|elected|chosen|selected) (?:by|from) [^,;.]{1,60}?)? (?:are|shall be|will be|comprise|include)(?:\s+|\s*:\s*)(.*)$`)
	// appointedByRe: the members stated are those one party appoints.
	appointedByRe = lazyRe(`(?i)\bmembers (?:appointed|nominated|drawn|elected|chosen|selected) (?:by|from)\b|\b(?:ccg|group|icb|england)['’]s (?:voting )?members\b`)
	// representedByRe reads the members one party has on a committee,
	// after "is represented on the Committee by": "The Group is
	// represented on the Committee by its lay member for …, who chairs
	// the Committee; …" (group 1).
	// representedByOtherRe reads another party's members after the
	// first's: "NHS England is represented by three members: …" (group 1).
	representedByOtherRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(?:the )?[^.;:]{2,60}? is represented by ((?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:voting )?members?\s*:\s*.+?)\.?$`)
	representedByRe      = lazyRe(`(?i)^(?:[\d.]+\s+)?(?:the )?[^.;:]{2,60}? is represented on (?:the|its) [a-z ]{3,40}? by (.+?)\.?$`)
	// notMembersRe: what follows "members are" says something else of
	// them than who they are ("constituted so that lay and executive
	// members are in the majority" says how many of a kind).
	notMembersRe = lazyRe(`(?i)^(?:present|expected|required|entitled|eligible|able|responsible|appointed|elected|nominated|invited|asked|bound|subject|to|not|also|each|jointly|collectively|accountable|see|set out|listed|shown|given|so that|so as|such that|in such a way|in the majority|in a majority` +
		// "… voting members are drawn from the lay, officer and non-GP
		// clinical members of the Governing Body": where from, not who.
		`|drawn from (?:the|its|among) [^.;:]*\bmembers of\b)\b`)
	comprisesRe = lazyRe(`(?i)\b(?:comprises|consists of|is made up of|shall comprise|shall consist of|will comprise|includes|shall include|will include)(?:\s+|\s*:\s*)(.*)$`)
	// membersColonRe: members named after a colon.
	// Only after a count ("has seven voting members:", "has ten members,
	// each of whom has a vote:"), not after
	// "the following will attend but are not members:".
	// (Also "Eight members of the Committee vote:" and lettered
	// paragraphs.)
	membersColonRe = lazyRe(`(?i)(?:\b(?:has|have|of)\s+(?:[a-z0-9-]+\s+){0,3}members(?:,?\s+(?:all|each|both|every one) of (?:whom|them)\b[^:.;]{0,30})?` +
		`|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d{1,2})\s+members(?:\s+of\s+the\s+[a-z ]{3,40}?)?\s+(?:vote|have a vote))\s*:\s*(.*)$`)
	// membershipIsRe: "The membership of the Governing Body is:", a
	// lead-in to the members (not "Its membership is set out in Schedule
	// 3", which points elsewhere).
	membershipIsRe = lazyRe(`(?i)\bmembership(?: of the (?:committee|sub-committee|governing body|board))? (?:is|shall be|will be)\s*:\s*(.*)$`)
	// clauseCutRe ends the list of members where the sentence goes on to
	// say something else of the committee: "…, and it is chaired by",
	// "… and is chaired by". "who …" qualifies a member and is kept.
	clauseCutRe = lazyRe(`(?i),?\s+(?:and\s+(?:(?:it|they|he|she)\s+)?|(?:it|they|he|she)\s+)(?:is|are|was|were|shall|will|may|must|has|have|meets|reports)\b` +
		// "…; the Chair of the ICB may not be a member": a clause of its
		// own after a semicolon, saying who may not sit.
		`|;\s*[^;]*?\b(?:may|shall|will|must|should|cannot|can)\s+not\b|;\s*[^;]*?\bcannot\b`)
	// addsToChairRe: members listed after who chairs are in addition to
	// the chair ("Its other members are", "… and includes …").
	addsToChairRe = lazyRe(`(?i)\b(?:other (?:voting )?members|includes?)\b`)
	articleOrNum  = lazyRe(`(?i)^(?:the|a|an|its|their|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b`)
)

// findMembers returns the submatch offsets of membersAreRe in sent, else
// of comprisesRe, or nil. Each expression runs only on a sentence with
// the words it needs, ignoring the case of A–Z; that is exact unless the
// sentence has "ſ" or "K" (Kelvin), which (?i) matches as s and k, and
// then both run.
// letteredItemRe finds the markers of lettered items written in a
// paragraph: "a) the Chair; b) four GP members".
var letteredItemRe = lazyRe(`(?:^|\s)\(?[a-z]{1,4}\)\s+`)

// opensLettered reports whether a paragraph opens with a lettered item's
// marker: "(e) a lay member …", "e) …".
func opensLettered(text string) bool {
	loc := letteredItemRe.FindStringIndex(text)
	return loc != nil && loc[0] == 0
}

// partyLeadRe reads a short line that names the party whose members
// follow: "From the Group:", "For NHS England (Cheshire and Merseyside):",
// "Appointed by the CCG:".
var partyLeadRe = lazyRe(`(?i)^(?:[a-z]{0,2}\d+(?:\.\d+)*\.?\s+)?(?:from|for|representing|appointed by|nominated by|on behalf of) [^.;:]{1,60}:$`)

// partyLead reports whether a block is such a line, with or without its
// clause number.
func partyLead(bl block) bool {
	text := strings.TrimSpace(bl.Text)
	if bl.Number != "" {
		text, _ = clauseBody(text, bl.Number)
		text = strings.TrimSpace(text)
	}
	return len(text) < 80 && partyLeadRe.MatchString(text) || len(text) < 160 && otherMembersLeadRe.MatchString(text)
}

// shareLeadRe finds a sentence that leads into some of a body's members
// by a share of them: "Six of them are elected by the member practices:".
var shareLeadRe = lazyRe(`(?i)^(?:[a-z]+|\d{1,2}) of (?:them|its members|the members|these) (?:are|is)\b[^.;]*:$`)

// otherMembersLeadRe finds a lead-in to the rest of a body's members,
// after the lettered members of a first group: "The other eight members
// hold their places by appointment or by virtue of their office:", "The
// other seven are:".
var otherMembersLeadRe = lazyRe(`(?i)^(?:the )?(?:other|remaining) (?:(?:[a-z0-9-]+ )?(?:voting )?members\b[^.;]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?:are|is)):$`)

// othersLeadRe finds the last sentence of a paragraph that leads into
// the rest of a body's members, after some are named: "The others are:".
var othersLeadRe = lazyRe(`(?i)^the (?:others|rest|remaining members|other members)(?: of them)? are\s*:$`)

// shareNamedRe reads a share of a body's members and who they are, after
// a colon: "Seven of them are GPs from the member practices: the Chair,
// and six GP members …" (groups 1 to 3: count, what they are, who).
var shareNamedRe = lazyRe(`(?i)^([a-z]+|\d{1,2}) of (?:them|its members|the members) are ([^:;]+):\s*(.+)$`)

// sharesThenOthers reads a body's members from a paragraph whose
// sentences (before) state shares of them, each naming its members after
// a colon, and whose last leads into the others in the lettered
// paragraphs after block bi: "Seven of them are GPs …: the Chair, and six
// GP members …, two from each neighbourhood. The others are:" and "a. the
// Accountable Officer; …". A share whose names do not add up to its
// count is one seat of that many of what it says they are.
func (d *document) sharesThenOthers(b *body, bi int, bl block, before []span) []model.Seat {
	items := d.letteredItems(b, bi)
	if len(items) == 0 {
		return nil
	}
	var out []model.Seat
	for _, sp := range before {
		m := shareNamedRe.FindStringSubmatch(strings.TrimRight(bl.Text[sp.start:sp.end], ". "))
		if m == nil {
			continue
		}
		n := seatCount(norm(m[1] + " members"))
		line := bl.lineOf(sp.start)
		var named []model.Seat
		total := 0
		for _, role := range splitRoles(m[3], false) {
			st := newSeat(role, "", "", true, line)
			named, total = append(named, st), total+st.Count
		}
		if total != n {
			st := newSeat(strings.TrimSpace(m[2]), "", "", true, line)
			st.Count = n
			named = []model.Seat{st}
		}
		out = append(out, named...)
	}
	if len(out) == 0 {
		return nil
	}
	for _, item := range items {
		for _, role := range splitRoles(item.text, true) {
			out = append(out, newSeat(role, "", "", true, item.line))
		}
	}
	return out
}

// letteredItem is one lettered item and its line.
type letteredItem struct {
	text  string
	line  int
	block int // the paragraph it stands in
}

// clauseBodyOf is a block's text without its clause number.
func clauseBodyOf(b block) string {
	body, _ := clauseBody(b.Text, b.Number)
	return body
}

// postRe reads a paragraph that names a post and then describes it: the
// post in capitals at the start, up to a dash (group 1).
var postRe = lazyRe(`^([A-Z][^–—.:;]{2,80}?)\s+[–—]\s+\S`)

// postLeadRe finds words that lead into paragraphs of posts: "in the posts
// below", "as follows", or a sentence ending in a colon.
var postLeadRe = lazyRe(`(?i)(?:\b(?:posts|members|seats)\b[^.]{0,40}\b(?:below|as follows)\b[.:]?\s*$|\b(?:posts|members|seats)\b[^.]{0,60}:\s*$)`)

// postSeats reads a body's seats from paragraphs that each name a post and
// describe it, after a paragraph leading into them ("The Governing Body
// has twelve members, in the posts below."): each paragraph is a seat,
// "Locality GP Leads (three posts)" three. Two paragraphs at least.
func (d *document) postSeats(b *body) []model.Seat {
	for k, bi := range b.blocks {
		text := d.blocks[bi].Text
		// Cheap tests first: the expression has no literal prefix.
		if !strings.HasSuffix(strings.TrimSpace(text), ":") && !containsFold(text, "below") && !containsFold(text, "as follows") ||
			!postLeadRe.MatchString(text) {
			continue
		}
		var out []model.Seat
		for _, bj := range b.blocks[k+1:] {
			bl := d.blocks[bj]
			m := postRe.FindStringSubmatch(bl.Text)
			if m == nil || bl.SectionIndex != d.blocks[bi].SectionIndex {
				break
			}
			st := newSeat(strings.TrimSpace(m[1]), "", "", true, bl.Line)
			// What the paragraph says of the post ("… leads on patient and
			// public involvement and is Deputy Chair"), as a table's notes
			// column would.
			st.Note = strings.TrimSpace(bl.Text[len(m[0])-1:])
			out = append(out, st)
		}
		if len(out) >= 2 {
			return out
		}
	}
	return nil
}

// letteredItems returns the lettered paragraphs that follow block bi in
// the body, or the items of the one paragraph that holds them all:
// "(a) the Chair;" "(b) four GP members". Items numbered in roman
// numerals after one that ends in a colon are its own: "(h) two lay
// members:" "(i) one, the Lay Member for Audit …" "(ii) …". They detail
// a counted item, which stands for them, or name the members of one
// that gives no count, which they replace.
func (d *document) letteredItems(b *body, bi int) []letteredItem {
	var items []letteredItem
	parent := -1 // the item ending in a colon whose sub-items follow
	counted := false
	add := func(part, marker string, k int) {
		line := d.blocks[k].Line
		part = strings.TrimSpace(part)
		part = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(part, "; and"), ";"))
		part = strings.TrimSuffix(part, " and")
		if part == "" {
			return
		}
		if parent >= 0 && isRomanMarker(marker) {
			if counted {
				return
			}
			if parent == len(items)-1 && strings.HasSuffix(items[parent].text, ":") {
				items = items[:parent] // replaced by its sub-items
			}
			items = append(items, letteredItem{part, line, k})
			return
		}
		parent = -1
		if strings.HasSuffix(part, ":") {
			parent, counted = len(items), seatCount(norm(part)) > 1
		}
		items = append(items, letteredItem{part, line, k})
	}
	for _, k := range b.blocks {
		if k <= bi {
			continue
		}
		bl := d.blocks[k]
		if partyLead(bl) {
			// "C4.2 From the Group:", then its lettered members, then "C4.3
			// From NHS England:" and theirs: the parties' members in turn.
			parent = -1
			continue
		}
		if bl.ListItem && len(items) > 0 && parent == len(items)-1 && counted {
			// "b) five Locality GP Members, one elected by each Locality:"
			// and a bulleted list of the localities: the counted item
			// stands for them, and the lettered items go on after it.
			continue
		}
		sub := isSubClause(bl.Number) || numberedItem(d.blocks[bi], bl)
		if !sub && !opensLettered(bl.Text) {
			break // not "6.7.3 … one of the lay members in 6.7.2(d) and (e) …"
		}
		text, marker := bl.Text, ""
		if sub {
			text, _ = clauseBody(text, bl.Number)
			marker = bl.Number
		}
		offsets := letteredItemRe.FindAllStringIndex(text, -1)
		starts := []int{0}
		for _, o := range offsets {
			starts = append(starts, o[1])
		}
		for j, start := range starts {
			end := len(text)
			if j+1 < len(starts) {
				end = offsets[j][0]
			}
			if j > 0 {
				marker = text[offsets[j-1][0]:offsets[j-1][1]]
			}
			add(text[start:end], marker, k)
		}
	}
	return items
}

// numberedItem reports whether a block is an item of the lead-in block
// before it, numbered as its sub-clause and opening in lower case: "2.1.1
// the Chair, a GP elected by the member practices;" after "2.1 The
// Governing Body has the following voting members:".
func numberedItem(lead, b block) bool {
	if !numberedUnder(lead, b) {
		return false
	}
	body, _ := clauseBody(b.Text, b.Number)
	body = strings.TrimSpace(body)
	return body != "" && body[0] >= 'a' && body[0] <= 'z'
}

// numberedUnder reports whether block b is numbered as a sub-clause of
// block parent: "6.2.1" under "6.2" (or "6.2.").
func numberedUnder(parent, b block) bool {
	return parent.Number != "" && strings.HasPrefix(b.Number, strings.TrimSuffix(parent.Number, ".")+".")
}

// isRomanMarker reports whether a list marker is a roman numeral, in
// either case: "(i)", "ii)", "(IV)".
func isRomanMarker(marker string) bool {
	return labelKind(strings.ToLower(strings.TrimSpace(marker))) == "i"
}

// membersSentence is the first sentence of a body's text that speaks of
// its members, other than its quorum: who appoints them, how many there
// are, what they comprise. When no seat can be read from the body, this is
// the membership stated in words ccgvet does not count.
func (d *document) membersSentence(b *body) string {
	for _, bi := range b.blocks {
		bl := d.blocks[bi]
		if !containsFold(bl.Text, "member") {
			continue
		}
		for _, s := range sentences(bl.Text) {
			sent := strings.TrimSpace(bl.Text[s.start:s.end])
			n := norm(sent)
			if mayStateQuorum(sent) || !containsWords(n, "members") && !containsWords(n, "member") {
				continue
			}
			if membersWords.any(n) {
				return sent
			}
		}
	}
	return ""
}

// membersWords say who a body's members are.
var membersWords = phrases{
	"appoints", "appoint", "appointed", "nominates", "nominate", "nominated", "comprises", "comprise",
	"consists of", "consist of", "made up of", "members are", "members of the committee are",
	"members will be", "members shall be", "has members", "voting members",
}

// itemLabelRe is the label a list item may keep in its text: "- (b) four
// GP members" is four GP members.
var itemLabelRe = lazyRe(`^\s*\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})[).]\s+`)

// eachAppointsRe reads members that each of several parties appoints (or
// "is represented by"):
// "Each of the eight groups appoints two voting members to the Joint
// Committee: its Clinical Chair …, and its Chief Officer" (group 1 the
// parties' number, group 2 the members).
var eachAppointsRe = lazyRe(`(?i)\beach of the (\w+) (?:[\w'’-]+ ){0,3}?(?:groups|ccgs|clinical commissioning groups|icbs|integrated care boards|partners|parties|bodies|organisations|members|authorities|trusts)\s+(?:appoints|nominates|sends|will appoint|shall appoint|will nominate|shall nominate|will send|shall send|is represented by|is represented on (?:it|the [a-z ]{3,40}?) by)\s+` +
	`(?:(?:\w+\s+)?(?:voting\s+)?(?:members?|representatives?)\b[^:]{0,80}:\s*(.+)` +
	// "Each of the four CCGs appoints its Clinical Chair, one other GP
	// member of its Governing Body and one of its lay members."
	`|((?:its|their)\s.+)` +
	// "Each of the twelve groups appoints one voting member of the Joint
	// Committee, who must be its Chair or another GP member of its
	// governing body."
	`|((?:one|an?)\s+(?:[\w-]+\s+){0,3}?(?:member|representative)\b[^:;]*)` +
	// "Each of the eight groups appoints two voting members, its Chair
	// and one other elected GP member of its governing body."
	`|(?:\w+\s+)(?:voting\s+)?(?:members|representatives),\s+((?:its|their)\s.+)` +
	// "Each of the four groups appoints two GP members of its governing
	// body to the Committee, one of whom is normally its Chair."
	`|((?:two|three|four|five|six)\s+(?:[\w-]+\s+){1,3}?(?:members|representatives)\b[^:;]*))$`)

// eachCountsRe reads a sentence that counts what each of N parties
// appoints and names none: "Each of the three groups appoints three
// voting members to the Joint Committee." (group 1 the parties, 2 the
// members each appoints).
var eachCountsRe = lazyRe(`(?i)\beach of the (\w+) (?:[\w'’-]+ ){0,3}?(?:groups|ccgs|clinical commissioning groups|icbs|partners|parties|bodies|organisations|authorities|trusts)\s+(?:appoints|nominates|sends|will appoint|shall appoint|will nominate|shall nominate)\s+(\w+)\s+(?:voting\s+)?(?:members|representatives)\b[^:]*:?\s*$`)

// eachPartysAreRe reads the members each of N parties has on a
// committee, named as theirs: "The Clinical Chair and the Accountable
// Officer of each of the six groups are voting members of the Joint
// Committee" (group 1 the members, 2 the parties).
var eachPartysAreRe = lazyRe(`(?i)^((?:the|its|their) [^.;:]+?) of each of the (\w+) (?:[\w'’-]+ ){0,3}?` + partiesNoun + `,? (?:are|is) (?:also )?(?:voting )?members\b`)

// partiesJointlyAppointRe reads members the parties appoint together,
// after what each appoints: "The groups also appoint two lay members
// jointly, one of whom is its independent chair" (group 1 the members).
var partiesJointlyAppointRe = lazyRe(`(?i)^(?:the|all(?: the)?) (?:\w+ )?` + partiesNoun + ` (?:also )?(?:jointly |together )?(?:appoint|nominate|choose) ((?:an?|one|two|three|four|\d) [^,.;]+?)(?: jointly| together)?(?:[,.;]|$)`)

// partyNamesItsOwnRe reads a sentence that names the members a party, or
// each of several, appoints: "This Group appoints its Clinical Chair, …",
// "The other two groups each appoint their own Clinical Chair, …" (group
// 1 the members).
var partyNamesItsOwnRe = lazyRe(`(?i)^(?:[\d.]+\s+)?[^.;:]{2,120}?\s(?:appoints?|nominates?|sends?)\s+((?:its|their)\s(?:own\s)?[^:]+)$`)

// partyNamesItsOwn is the members partyNamesItsOwnRe reads, or "".
func partyNamesItsOwn(sent string) string {
	if !containsFold(sent, "its ") && !containsFold(sent, "their ") {
		return ""
	}
	if m := partyNamesItsOwnRe.FindStringSubmatch(sent); m != nil {
		return m[1]
	}
	return ""
}

// namedSeats is how many seats the members named in list are.
func namedSeats(list string) int {
	n := 0
	for _, role := range splitRoles(list, false) {
		n += newSeat(role, "", "", true, 0).Count
	}
	return n
}

// eachAppoints reads the seats of a sentence that says what each of N
// parties appoints: each role named is N seats. "its Clinical Chair, or
// another GP member in the Clinical Chair's place" is one seat.
func eachAppoints(sent string, line int) []model.Seat {
	m := eachAppointsRe.FindStringSubmatch(sent)
	if m == nil {
		return nil
	}
	n := seatCount(m[1] + " parties")
	if n < 2 {
		return nil
	}
	list := m[2]
	if list == "" {
		list = m[3]
	}
	if list == "" {
		list = m[5] // "two voting members, its Chair and …"
	}
	if list == "" && m[6] != "" {
		// Members of one kind, counted: "two GP members of its governing
		// body, one of whom …", that many for each party; "three voting
		// members", of no kind, are eachCountsRe's.
		kind := false
		for _, w := range strings.Fields(strings.ToLower(m[6]))[1:] {
			if w == "members" || w == "representatives" {
				break
			}
			kind = kind || w != "voting" && w != "other" && w != "further" && w != "more"
		}
		if !kind {
			return nil
		}
		role := m[6]
		if k := strings.Index(role, ","); k > 0 {
			role = role[:k] // what is said of some of them
		}
		st := newSeat(strings.TrimSpace(role), "", "", true, line)
		st.Count *= n
		return []model.Seat{st}
	}
	if list == "" {
		// One member each, what it must be said after a comma: a seat
		// for each party, not a list.
		st := newSeat(strings.TrimSpace(m[4]), "", "", true, line)
		st.Count = n
		return []model.Seat{st}
	}
	return eachPartySeats(list, n, line)
}

// eachPartySeats are the seats of the members each of n parties
// appoints, named in list: each seat n times.
func eachPartySeats(list string, n, line int) []model.Seat {
	var out []model.Seat
	roles := splitRoles(list, false)
	if len(roles) == n && eachNamedForItsParty(roles) {
		// "Camberwell Hill its Chief Operating Officer and Southside its
		// Director of Community Services": one member named for each
		// party, each once.
		for _, role := range roles {
			out = append(out, newSeat(role, "", "", true, line))
		}
		return out
	}
	for _, role := range roles {
		if strings.HasPrefix(role, "or ") && len(out) > 0 {
			continue // another who may hold the seat before it
		}
		st := newSeat(role, "", "", true, line)
		st.Count = n * st.Count
		if k := len(out) - 1; k >= 0 && out[k].Category == model.CategoryUnclassified && otherOfKindRe.MatchString(role) {
			// "its Chair and one other GP member of its Governing Body":
			// the Chair is a GP too.
			out[k].Category, out[k].CategorySource = st.Category, st.CategorySource
		}
		out = append(out, st)
	}
	return out
}

// eachNamedForItsParty reports whether every member of a list is named
// after its party: "Camberwell Hill its Chief Operating Officer".
func eachNamedForItsParty(roles []string) bool {
	for _, r := range roles {
		if !partyThenItsRe.MatchString(r) {
			return false
		}
	}
	return len(roles) > 1
}

// partyThenItsRe finds a member named after its party: a capitalised name,
// then "its" or "their" and the post.
var partyThenItsRe = lazyRe(`^(?:[A-Z][\w'’-]*\s+){1,4}(?:its|their)\s+\S`)

// otherOfKindRe finds a member named as another of a kind than the one
// before it: "one other GP member", "another lay member".
var otherOfKindRe = lazyRe(`(?i)^(?:(?:one|an?)\s+other|another)\s+(?:(?:elected|appointed|voting)\s+)?(?:gp|clinical|lay|executive)\b`)

// drawnFromRe finds a sentence that says from how many places a body's
// members are drawn, naming none: "The members of the Governing Body are
// drawn from three places."
var drawnFromRe = lazyRe(`(?i)\bmembers\b[^.;:]{0,60}\bare drawn from (?:two|three|four|five|six|\d) (?:places|groups|sources|constituencies|quarters)\s*\.?$`)

// fromComeRe reads the members that come from one of those places: "From
// the member practices come six GPs elected by …" (group 1).
var fromComeRe = lazyRe(`(?i)^from [^.;:]{2,80}? comes? (.+)$`)

// countedHead cuts a list at a counted member whose holders a colon
// describes: "a registered nurse, …, and two lay members: one who leads
// on audit, and one who …" is the nurse, …, and two lay members.
func countedHead(list string) string {
	k := strings.Index(list, ":")
	if k < 0 {
		return list
	}
	head := list[:k]
	rest := head
	for {
		last := rest
		c := max(strings.LastIndexAny(rest, ",;"), strings.LastIndex(rest, " and "))
		if c >= 0 {
			last = rest[c+1:]
		}
		last = strings.TrimPrefix(strings.TrimSpace(last), "and ")
		if seatCount(norm(last)) > 1 {
			return head
		}
		if c < 0 || !qualifierRe.MatchString(last) {
			return list
		}
		// "two lay members, appointed after open competition: one …":
		// the count stands before what is said of how they come to sit.
		rest = rest[:c]
	}
}

// fromEachParty reports whether the seats read so far are one count of
// members from each party, which a sentence after names: "three members
// from each of the four CCGs. For every CCG these are …".
func fromEachParty(seats []model.Seat) bool {
	return len(seats) == 1 && seats[0].Category == model.CategoryUnclassified && eachOfCountRe.MatchString(seats[0].Role)
}

// bodyText is the text of a body's blocks, one after another.
func (d *document) bodyText(b *body) string {
	var sb strings.Builder
	for _, bi := range b.blocks {
		sb.WriteString(d.blocks[bi].Text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// eachPartyAppointsRe reads what each party appoints when the sentence
// does not count the parties: "Each CCG appoints four voting members to
// the Joint Committee: its Clinical Chair, …" (group 1 the members each
// appoints, group 2 the members).
var eachPartyAppointsRe = lazyRe(`(?i)\b(?:each|every) (?:member )?(?:ccg|group|clinical commissioning group|icb|integrated care board|party|partner|partner organisation|organisation|body|authority|trust)\s+(?:then\s+|also\s+|in turn\s+)?` +
	`(?:(?:appoints|nominates|will appoint|shall appoint|will nominate|shall nominate)\s+(\w+)\s+(?:further\s+|other\s+|more\s+)?(?:voting\s+)?(?:members?|representatives?)\b[^:]{0,80}:\s*(.+)` +
	// "Every member CCG is represented by two voting members, its
	// Clinical Chair and its Chief Officer"
	`|(?:is|will be|shall be) represented by\s+(\w+)\s+(?:voting\s+)?(?:members?|representatives?)\s*[,:]\s*(.+)` +
	// "Each ICB appoints two of its Non-Executive Members, its Chief
	// Finance Officer and one GP clinical lead": named, not counted.
	`|(?:appoints|nominates|will appoint|shall appoint|will nominate|shall nominate)\s+((?:(?:one|two|three|four|\d) of )?its\s.+)` +
	// "For every CCG these are its Clinical Chair, its Chief Officer and
	// one of its lay members", after "three members from each of the
	// four CCGs".
	`|,?\s*(?:these|they) (?:are|will be)\s+((?:its|their)\s.+))$`)

// partiesNoun are the words that name the parties to a joint committee
// in the plural: "the two CCGs", "both ICBs", "each of the three groups".
const partiesNoun = `(?:groups|ccgs|clinical commissioning groups|icbs|integrated care boards|partners|parties|bodies|organisations|authorities|trusts)`

// partiesRe reads how many parties a text names: "the two CCGs"; "the
// ten other groups" (group 2) are ten besides the one whose document it is.
var partiesRe = lazyRe(`(?i)\b(?:the|all) (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (other )?` + partiesNoun + `\b`)

// forEachPartyRe finds a seat held once for each party, the parties not
// counted: "the Clinical Chair of each CCG", "one practice nurse from
// each CCG".
var forEachPartyRe = lazyRe(`(?i)\b(?:of|from|for) each (?:ccg|group|clinical commissioning group|icb|integrated care board|party|partner|organisation)\b`)

// seatsForEachParty makes a seat held "of each CCG" a seat for each of the
// parties a joint committee's text counts ("the two CCGs").
func seatsForEachParty(seats []model.Seat, text string) {
	parties := 0
	for i := range seats {
		st := &seats[i]
		if st.Count != 1 || !containsFold(st.Role, "each") || !forEachPartyRe.MatchString(headOfRole(st.Role)) {
			continue
		}
		if parties == 0 {
			p := partiesRe.FindStringSubmatch(text)
			if p == nil {
				return
			}
			if parties = seatCount(norm(p[1] + " parties")); p[2] != "" {
				parties++
			}
		}
		st.Count = parties
	}
}

// ownMembersRe finds a party's members named only as its own: "its own
// members", "their own representatives".
var ownMembersRe = lazyRe(`(?i)^(?:its|their) own (?:voting )?(?:members|representatives)\s*\.?$`)

// bothPartiesRe finds two parties named as "both": "for both ICBs".
var bothPartiesRe = lazyRe(`(?i)\bboth (?:the )?` + partiesNoun + `\b`)

// eachOfTheFirst reports whether a sentence's first "each" is "each of
// the", the sentence eachAppoints reads ("Each of the three groups
// appoints …"), not one whose "each of the" stands in a member's
// description ("Each CCG appoints two voting members: its Chair, who in
// each of the eight CCGs is a GP, and …").
func eachOfTheFirst(sent string) bool {
	ofThe := indexFold(sent, "each of the")
	if ofThe < 0 {
		return false
	}
	first := indexFold(sent, "each ")
	if every := indexFold(sent, "every "); every >= 0 && (first < 0 || every < first) {
		first = every
	}
	return first == ofThe
}

// eachPartyAppoints reads "Each CCG appoints four voting members …: its
// Clinical Chair, …", where how many parties there are is said elsewhere:
// by the total ("The Joint Committee therefore has eight voting members"),
// which the members each appoints must divide, or as "the two CCGs".
// Nothing is read when neither says it.
func eachPartyAppoints(sent string, line int, bodyText func() string) []model.Seat {
	m := eachPartyAppointsRe.FindStringSubmatch(sent)
	if m == nil {
		return nil
	}
	count, list := m[1], m[2]
	if count == "" {
		count, list = m[3], m[4]
	}
	per := 0
	if list == "" {
		// The members named, not counted: each appoints as many as the
		// names add up to.
		list = m[5]
		if list == "" {
			list = m[6]
		}
		if ownMembersRe.MatchString(list) {
			return nil // "Each party appoints its own members.": who, said after
		}
		for _, role := range splitRoles(list, false) {
			per += newSeat(role, "", "", true, line).Count
		}
	} else {
		per = seatCount(norm(count + " members"))
	}
	text := bodyText()
	parties := 0
	if total := statedMembers(text); per > 1 && total > per && total%per == 0 {
		parties = total / per
	} else if p := partiesRe.FindStringSubmatch(text); p != nil {
		parties = seatCount(norm(p[1] + " parties"))
		if p[2] != "" {
			parties++ // "the Group and the ten other groups": eleven
		}
	} else if bothPartiesRe.MatchString(text) {
		parties = 2 // "It exercises for both ICBs their functions …"
	} else {
		parties = namedParties(text)
	}
	if parties < 2 {
		return nil
	}
	return eachPartySeats(list, parties, line)
}

// jointOfRe finds the parties a joint committee is "of", named: "… is a
// joint committee of NHS Rivermeet Integrated Care Board and NHS Coldwater
// Integrated Care Board." (group 1).
var jointOfRe = lazyRe(`(?i)\bjoint committee (?:of|between) ([^.;:]+)`)

// partyNameRe is a party named as a CCG or ICB: the name ends with what
// it is.
var partyNameRe = lazyRe(`(?i)^(?:the )?[A-Z][\w'’, -]*?\s(?:integrated care board|icb|clinical commissioning group|ccg)$`)

// namedParties is how many parties a joint committee's text names where
// it says whose joint committee it is, each a CCG or ICB by its name, or
// 0: "a joint committee of NHS Rivermeet Integrated Care Board and NHS
// Coldwater Integrated Care Board" is two.
func namedParties(text string) int {
	if !containsFold(text, "joint committee of") && !containsFold(text, "joint committee between") {
		return 0
	}
	m := jointOfRe.FindStringSubmatch(text)
	if m == nil {
		return 0
	}
	names := strings.Split(strings.Replace(m[1], " and ", ", ", 1), ", ")
	if len(names) < 2 {
		return 0
	}
	for _, n := range names {
		if !partyNameRe.MatchString(strings.TrimSpace(n)) {
			return 0
		}
	}
	return len(names)
}

// partyShareLeadRe reads a clause that leads into the lettered members
// one party appoints, counted: "C2.2 The Group appoints seven of them:"
// (group 1 the party, 2 the count).
var partyShareLeadRe = lazyRe(`(?i)^(?:[\dA-Z]+(?:\.\d+)*\s+)?(?:the\s+)?([A-Z][\w'’ ()-]{1,60}?)\s+(?:appoints|nominates|will appoint|shall appoint)\s+(\w+)(?:\s+of\s+them|\s+(?:voting\s+)?members)\s*:$`)

// partyShare reads the members one party appoints from the lettered
// paragraphs after block bi, when bi leads into them by a count
// (partyShareLeadRe) they make up. It returns the seats, each of the
// party, and the blocks read.
func (d *document) partyShare(b *body, bi int) ([]model.Seat, []int) {
	m := partyShareLeadRe.FindStringSubmatch(strings.TrimSpace(d.blocks[bi].Text))
	if m == nil {
		return nil, nil
	}
	n := seatCount(norm(m[2] + " members"))
	party := partyOf(m[1])
	var seats []model.Seat
	var read []int
	sum := 0
	for _, it := range d.letteredItems(b, bi) {
		if len(read) == 0 || read[len(read)-1] != it.block {
			read = append(read, it.block)
		}
		for _, role := range splitRoles(it.text, true) {
			st := newSeat(role, "", "", true, it.line)
			st.Party = party
			sum += max(st.Count, 1)
			seats = append(seats, st)
		}
	}
	if n < 1 || sum != n {
		return nil, nil
	}
	return seats, read
}

// onePartyAppointsRe reads the members one party appoints, counted and
// then named: "NHS England appoints three voting members: the Director of
// Commissioning Operations, the Head of Primary Care and the Head of
// Finance" (group 1 the party, 2 the count, 3 the members).
var onePartyAppointsRe = lazyRe(`(?i)^(?:[A-Z]?\d[\d.]*\s+)?(?:the\s+)?([A-Z][\w'’ ()-]{1,60}?)\s+(?:appoints|nominates|sends|will appoint|shall appoint|will nominate|shall nominate|will send|shall send)\s+(?:the (?:other|remaining) )?(\w+)(?:\s+of (?:them|the (?:[\w'’]+ ){0,3}?(?:voting )?members)|\s+(?:voting\s+)?(?:members?|representatives?)\b[^:]{0,80})?:\s*(.+)$`)

// onePartyAppointsCommaRe is onePartyAppointsRe with the members named
// after a comma, each "its …" (groups 1 to 3 the same).
var onePartyAppointsCommaRe = lazyRe(`^(?:[\d.]+\s+)?(?:The\s+)?([A-Z][\w'’ ()-]{1,60}?)\s+(?:appoints|nominates|sends)\s+(\w+)\s+(?:voting\s+)?(?:members|representatives),\s*((?:its|their)\s.+?)\.?$`)

// onePartyNamesRe reads the members one party appoints, named but not
// counted, after what each of several parties appoints: "NHS England
// appoints its Head of Primary Care Commissioning and its Head of
// Finance" (group 1 the members).
var onePartyNamesRe = lazyRe(`^(?:[\d.]+\s+)?(?:The\s+)?[A-Z][\w'’ ()-]{1,60}?\s+(?:appoints|nominates|sends)\s+(its\s[^:;]+)$`)

// appointedByPartyRe reads the members one party appoints in the passive:
// "Seven of its members are appointed by the Group: …" (group 1 the
// count, 2 the members).
var appointedByPartyRe = lazyRe(`(?i)^(?:[\d.]+\s+)?(\w+)\s+(?:of\s+(?:its|the)\s+(?:voting\s+)?members\s+)?(?:(?:are|is)\s+(?:appointed|nominated|chosen)\s+by|comes?\s+from|(?:are|is)\s+drawn\s+from)\s+[^:]{2,80}:\s*(.+)$`)

// oneNonRole is the index of the one part after the first that names an
// organisation rather than a member, after a part that ends "of" a place
// ("the Director of … of its North Yorkshire" and "the Humber area
// team"), or 0 when there is not exactly one.
func oneNonRole(roles []string) int {
	found := 0
	for k := 1; k < len(roles); k++ {
		words := strings.Fields(norm(roles[k]))
		if len(words) == 0 || !organisationNoun[words[len(words)-1]] || !strings.Contains(roles[k-1], " of ") {
			continue
		}
		if found > 0 {
			return 0
		}
		found = k
	}
	return found
}

// organisationNoun are the last words of an organisation's name.
var organisationNoun = map[string]bool{"team": true, "area": true, "region": true, "council": true, "trust": true, "board": true, "authority": true}

// onePartyAppoints reads the seats of a sentence that counts and names
// the members one party appoints, when the names add up to the count.
func onePartyAppoints(sent string, line int) []model.Seat {
	if !strings.Contains(sent, ":") && !strings.Contains(sent, ", its ") && !strings.Contains(sent, ", their ") ||
		!containsFold(sent, "appoint") && !containsFold(sent, "nominat") && !containsFold(sent, "send") &&
			!containsFold(sent, "come") && !containsFold(sent, "drawn") && !containsFold(sent, "chosen") {
		return nil // the expression's words, tried first: it backtracks
	}
	m := onePartyAppointsRe.FindStringSubmatch(sent)
	if m == nil {
		// "Dulwick Council appoints two voting members, its Strategic
		// Director of Adult Social Care and its Director of Public Health"
		m = onePartyAppointsCommaRe.FindStringSubmatch(sent)
	}
	if m == nil {
		// "Seven of its members are appointed by the Group: …", "Two are
		// appointed by NHS England: …"
		if p := appointedByPartyRe.FindStringSubmatch(sent); p != nil {
			m = []string{p[0], "", p[1], p[2]}
		}
	}
	if m == nil {
		return nil
	}
	if first, _, _ := strings.Cut(strings.ToLower(m[1]), " "); first == "each" || first == "every" || first == "all" || first == "both" {
		return nil // "Each CCG appoints …": what each of several parties appoints (eachPartyAppoints)
	}
	n := seatCount(norm(m[2] + " members"))
	list := m[3]
	if k := strings.LastIndex(list, ", whose "); k > 0 {
		// "… and five Executive Members of the Cabinet, whose portfolios
		// are adult social care, children and families, …": what the
		// last members hold, no members.
		list = list[:k]
	}
	var out []model.Seat
	sum := 0
	roles := splitRoles(list, false)
	party := partyOf(m[1])
	for _, role := range roles {
		st := newSeat(role, "", "", true, line)
		st.Party = party
		sum += st.Count
		out = append(out, st)
	}
	if sum == n+1 {
		// "the Director of Commissioning Operations of its North
		// Yorkshire and the Humber area team and its Head of Primary
		// Care": one "and" inside a member, before a part no role.
		if k := oneNonRole(roles); k > 0 {
			out[k-1] = newSeat(roles[k-1]+" and "+roles[k], "", "", true, line)
			out = slices.Delete(out, k, k+1)
			sum--
		}
	}
	if sum != n {
		return nil
	}
	return out
}

// alsoMembersRe reads members named as such after a sentence on what each
// party appoints: "The Accountable Officer and the Chief Finance Officer
// whom the three groups share are also members", "The Accountable Officer
// of the eight CCGs sits with them".
var alsoMembersRe = lazyRe(`(?i)^(.+?)\s+(?:(?:are|is) also (?:an? )?(?:voting )?members?|(?:are|is) (?:voting )?members? too|(?:also )?(?:sits?|serves?) (?:with|alongside) them|also (?:sits?|serves?) on (?:it|the [a-z ]{3,40}?)|(?:are|is) (?:voting )?members? as well` +
	// "The shared Chief Executive is the eleventh member"
	`|(?:are|is) the (?:[a-z]+(?:th|st|nd|rd)|last|final) (?:voting )?members?` +
	// "The Clinical Chief Officer and the Chief Finance Officer, who
	// hold their posts in both CCGs, each sit on the Joint Committee
	// once"
	`|(?:each )?(?:sits?|serves?) on (?:it|the [a-z ]{3,40}?) once)\b`)

func alsoMembers(sent string, line int) []model.Seat {
	m := alsoMembersRe.FindStringSubmatch(unnumbered(sent))
	if m == nil {
		return nil
	}
	subject := m[1]
	for _, rel := range []string{" whom ", " who ", " which ", " that "} {
		if cut := strings.Index(strings.ToLower(subject), rel); cut >= 0 {
			subject = subject[:cut] // "… whom the three groups share"
		}
	}
	var out []model.Seat
	for _, role := range splitRoles(subject, false) {
		if partIsStatement(role) {
			continue // "The Joint Committee is chaired by …, and two lay members … also sit on it"
		}
		out = append(out, newSeat(role, "", "", true, line))
	}
	return out
}

// classifiedRole reports whether a role says what kind of member it is:
// "GPs", not "independent of the practices".
func classifiedRole(role string) bool {
	cat, _ := classifyQualified(norm(role))
	return cat != model.CategoryUnclassified
}

// uncountedRepresentatives reports whether a statement of members names
// only the organisations they represent, not how many: "representatives
// of the group and of the Office of Public Health of the Council".
func uncountedRepresentatives(rest string) bool {
	n := strings.TrimSpace(norm(rest))
	return strings.HasPrefix(n, "representatives of ") || strings.HasPrefix(n, "representatives from ")
}

// confinedToRe reads a committee's voting members after "is confined
// to": "Voting membership of the Committee is confined to the two lay
// members of the Governing Body, of whom …, and to three officers: …"
// (group 1).
var confinedToRe = lazyRe(`(?i)\bvoting membership(?: of (?:the|its) [a-z ]{3,40}?)? is (?:confined|limited|restricted) to (.+?)\.?$`)

// partyLabelRe finds the label of a part of a list of members that says
// whose nominations follow (group 1 the separator kept).
var partyLabelRe = lazyRe(`(?i)(^|;\s*)(?:and,?\s+)?(?:from [^,;:]{3,60}?|nominated by [^,;:]{3,60}?|appointed by [^,;:]{3,60}?),\s*`)

// membersVoteListRe reads a count of the members who vote and then who
// they are: "D2 Seven members vote: the Lay Member for …, who chairs the
// Committee; …" (group 1 the count, 2 the members).
var membersVoteListRe = lazyRe(`(?i)^(?:[A-Z]?\d+[.\d]*\s+)?(\w+) (?:voting )?members (?:vote|have a vote|are voting members)\s*:\s*(.+)$`)

// sameWayRe finds a sentence saying another party is represented as the
// first is: "NHS Warrenford CCG is represented in the same way, by the
// holders of the same three posts on its own governing body".
var sameWayRe = lazyRe(`(?i)\b(?:is|are) represented in the same way\b|\bby the holders of the same (?:\w+ )?posts\b`)

// namesOtherBody reports whether the subject of a sentence on members
// names a committee or panel rather than the governing body.
func namesOtherBody(subject string) bool {
	n := norm(subject)
	return containsWords(n, "committee") || containsWords(n, "panel")
}

// labelMembersRe reads a line labelled with the members: "Members: one
// executive director nominated by each of the five boards, …", "Members
// with a vote: …", "Members without a vote: …".
var labelMembersRe = lazyRe(`(?i)^\s*(?:[A-Z]?[\d.]+\s+)?((?:voting\s+)?members(?:\s+(?:with(?:out)?\s+a\s+vote|who\s+(?:do\s+not\s+)?vote|with(?:out)?\s+voting\s+rights))?)\s*:\s*(.+)$`)

// followingRe finds a lead-in that points at what follows and names no
// member itself: "the following members:", "as follows:", "the
// following, all of whom vote:", "thirteen members, namely:", "drawn from
// four groups:".
var followingRe = lazyRe(`(?i)^\s*(?:the following(?: [a-z0-9-]+)?(?: (?:voting |ordinary )?members?)?|(?:(?:drawn|taken|chosen|appointed|nominated) (?:from|by) [^.;:]{1,80} )?as follows|(?:drawn|taken|chosen) from (?:the following |these )?(?:[a-z0-9-]+ )?(?:groups|categories|kinds|classes)|(?:[a-z0-9-]+\s+){0,2}members?(?:,\s*(?:each|all|both) (?:with|having|of whom) [a-z ]+)?,?\s+(?:namely|as follows|who are)|(?:[a-z0-9-]+\s+){0,2}members?\s*:)(?:\s*,\s*(?:(?:all|each|both|every one) of whom [a-z ]+|(?:each|all|both) (?:with|having) (?:a|one|the) vote))?\s*:?\s*$`)

// countedMembersRe finds a subject that is a count of members, a share
// of them: "Three members are lay members".
var countedMembersRe = lazyRe(`(?i)^\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:voting\s+)?members\s+(?:are\s+)?$`)

// remainingMembersRe finds a subject that counts the members left to
// name: "The remaining two members are lay members" (group 1).
var remainingMembersRe = lazyRe(`(?i)^\s*the\s+(?:other|remaining)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:voting\s+)?members\s+(?:are\s+)?$`)

// shareOfMembersRe finds a subject that is a share of the members:
// "Most of its members are", "Half of the voting members are", "Four of
// its members are GPs".
var shareOfMembersRe = lazyRe(`(?i)\b(?:(?:most|many|some|half|all|none|majority|minority|several|few)\s+(?:of\s+)?|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+of\s+)(?:its|the|their|our)\s+(?:voting\s+)?members\b`)

func findMembers(sent string) []int {
	// "ſ" and "K" (the Kelvin sign) fold to letters the cheap tests look
	// for: with them, only the expressions can tell.
	odd := strings.Contains(sent, "ſ") || strings.Contains(sent, "\u212a")
	if strings.IndexByte(sent, ':') >= 0 && (odd || containsFold(sent, "members")) {
		if m := labelMembersRe.FindStringSubmatchIndex(sent); m != nil {
			return m[2:]
		}
	}
	if odd || containsFold(sent, "members") {
		if m := membersAreRe.FindStringSubmatchIndex(sent); m != nil {
			return m
		}
		// "The Committee has seven voting members: four GP members, …".
		if m := membersColonRe.FindStringSubmatchIndex(sent); m != nil {
			// "Eight members of the Committee vote:" leads only into
			// lettered paragraphs: members named after it in the
			// sentence are counted against the number (proseSeats).
			if !strings.HasSuffix(strings.TrimSpace(sent[m[0]:m[2]]), "vote:") && !strings.HasSuffix(strings.TrimSpace(sent[m[0]:m[2]]), "a vote:") || m[2] == m[3] {
				return m
			}
		}
	}
	if odd || containsFold(sent, "compris") || containsFold(sent, "consist") || containsFold(sent, "made up") || containsFold(sent, "include") {
		if m := comprisesRe.FindStringSubmatchIndex(sent); m != nil {
			return m
		}
	}
	if odd || containsFold(sent, "membership") {
		return membershipIsRe.FindStringSubmatchIndex(sent)
	}
	return nil
}

// partyAppointsCountRe finds a sentence in which one party appoints a
// count of members and names none: "The Group appoints six voting members
// to the Joint Committee".
var partyAppointsCountRe = lazyRe(`^(?:[\dA-Z]+(?:\.\d+)*\s+)?(?:The\s+)?[A-Z][\w'’ ()-]{1,60}?\s+(?:appoints|nominates)\s+\w+\s+(?:voting\s+)?(?:members|representatives)\b[^:;,]{0,60}$`)

// partyInlineRe reads a sentence that names one party's members after its
// name and a colon: "From the CCG: the lay member …; the Chairman of the
// CCG, a GP; …" (group 1 the members).
var partyInlineRe = lazyRe(`^(?:From|For) (?:the )?[A-Z][\w'’ ()-]{1,40}:\s*(.+)$`)

// partySentenceSeats reads a paragraph whose members are given party by
// party in sentences of their own, after one that says the parties
// appoint them: "Its voting members are appointed by the two bodies. From
// the CCG: …. From NHS England: …". At least two parties' sentences, or
// none is read.
func partySentenceSeats(bl block, sents []span) []model.Seat {
	if strings.Count(bl.Text, ":") < 2 || !containsFold(bl.Text, "members") {
		return nil
	}
	var out []model.Seat
	parties := 0
	for _, s := range sents {
		sent := strings.TrimRight(bl.Text[s.start:s.end], ". ")
		m := partyInlineRe.FindStringSubmatch(sent)
		if m == nil {
			continue
		}
		parties++
		for _, role := range splitRoles(m[1], false) {
			out = append(out, newSeat(role, "", "", true, bl.lineOf(s.start)))
		}
	}
	if parties < 2 {
		return nil
	}
	return out
}

// othersAreRe reads the rest of a body's members, named after its shares:
// "Seven of them are GPs …. Three are lay members: …. The others are a
// registered nurse, …, the Chief Officer, who is the Accountable Officer,
// and the Chief Finance Officer." (group 1).
var othersAreRe = lazyRe(`(?i)(?:^|[.;]\s+)the (?:others|rest|remaining members|other members) are ((?:an?|the) [^.]+)`)

// alongsideAreRe reads the members said to sit beside those named before
// (group 1): "Alongside them are a registered nurse and …; the
// Accountable Officer and …; and two lay members".
var alongsideAreRe = lazyRe(`(?i)(?:^|[.]\s+)(?:alongside|beside|besides|with) (?:them|these|the gps|those members) (?:are|sit|serve)\s+((?:an?|the|two|three|four|five) [^.]+)`)

// kindOfMembersRe finds a subject that names some of a body's members by
// their kind: "The executive members", "the lay members" (normalised).
var kindOfMembersRe = lazyRe(`^(?:the )?(?:executive|lay|clinical|gp|officer|elected|appointed|independent|ex officio) members(?: are| include| comprise)?$`)

// theyAre reads the members a sentence names after "They are" or "These
// are", or reports false.
func theyAre(sent string) (string, bool) {
	for _, p := range []string{"They are ", "These are ", "They will be ", "These will be "} {
		if rest, ok := strings.CutPrefix(sent, p); ok {
			return rest, true
		}
	}
	return "", false
}

// sentenceSeats reads membership stated in a sentence when no list or
// table gives it. addChair says the sentence lists the members other
// than the chair. When the sentence names who appoints the members ("The
// voting members appointed by the Group are …"), the sentences on the
// members others appoint are read too ("The voting members appointed by
// NHS England are …"). A sentence on a quorum ("quorate when seven voting
// members are present") states no members.
func (d *document) sentenceSeats(b *body, governingBody bool) (out []model.Seat, addChair bool) {
	appointed, each := false, false
	partySeats := 0  // how many seats the first party's sentence gave (appointed)
	byParty := false // the members read so far are those each party appoints
	drawn := false   // a sentence said the members are drawn from so many places
	// counted is how many parties appoint how many members each, from a
	// sentence that counts them and names none (eachCountsRe).
	var counted struct{ parties, each int }
	// bareCount is set by a sentence that counts the members and names
	// none of them: "… made up of the Clinical Chair and ten other
	// members, all of whom vote".
	bareCount := false
	read := map[int]bool{} // lettered members read with the party's lead before them
	for _, bi := range b.blocks {
		bl := d.blocks[bi]
		if read[bi] {
			continue
		}
		if !governingBody && containsFold(bl.Text, "appoint") {
			// "C2.2 The Group appoints seven of them:" and its lettered
			// members, then "C2.3 NHS England appoints the other two: …".
			if seats, items := d.partyShare(b, bi); len(seats) > 0 {
				out = append(out, seats...)
				byParty = true
				for _, k := range items {
					read[k] = true
				}
				continue
			}
		}
		if !containsFold(bl.Text, "member") && !containsFold(bl.Text, "compris") && !containsFold(bl.Text, "consist") &&
			!containsFold(bl.Text, "made up") && !containsFold(bl.Text, "include") && !(appointed && containsFold(bl.Text, "sit")) &&
			!(byParty && containsFold(bl.Text, "appoint")) {
			continue
		}
		sents := sentences(bl.Text)
		if seats := partySentenceSeats(bl, sents); len(seats) > 0 && len(out) == 0 {
			return seats, false
		}
		for si := 0; si < len(sents); si++ {
			s := sents[si]
			sent := strings.TrimRight(bl.Text[s.start:s.end], ". ")
			if mayStateQuorum(sent) {
				continue
			}
			if si+1 < len(sents) && containsFold(sent, "appoint") {
				// "The Group appoints six voting members to the Joint
				// Committee. They are the …; the …; and …": one party's
				// members, counted and then named, as if after a colon.
				next := strings.TrimRight(bl.Text[sents[si+1].start:sents[si+1].end], ". ")
				if named, ok := theyAre(next); ok && partyAppointsCountRe.MatchString(sent) {
					if seats := onePartyAppoints(sent+": "+named, bl.lineOf(s.start)); len(seats) > 0 && !governingBody {
						out = append(out, seats...)
						byParty = true
						si++
						continue
					}
				}
			}
			if (len(out) == 0 || fromEachParty(out)) && (containsFold(sent, "each ") || containsFold(sent, "every ")) && !eachOfTheFirst(sent) {
				if seats := eachPartyAppoints(sent, bl.lineOf(s.start), func() string { return d.bodyText(b) }); len(seats) > 0 {
					out, each = seats, true
					continue
				}
			}
			if len(out) == 0 && counted.parties > 0 {
				// "This Group appoints its Clinical Chair, …" after "Each
				// of the three groups appoints three voting members":
				// what every party appoints, when it makes up the count.
				if list := partyNamesItsOwn(sent); list != "" && namedSeats(list) == counted.each {
					out, each = eachPartySeats(list, counted.parties, bl.lineOf(s.start)), true
					continue
				}
			}
			if len(out) == 0 && containsFold(sent, "each of the") {
				if seats := eachAppoints(sent, bl.lineOf(s.start)); len(seats) > 0 {
					// The members each party appoints, then those all the
					// parties share ("… are also members").
					out, each = seats, true
					continue
				}
				if m := eachCountsRe.FindStringSubmatch(sent); m != nil {
					counted.parties, counted.each = seatCount(m[1]+" parties"), seatCount(m[2]+" members")
					if strings.HasSuffix(strings.TrimSpace(sent), ":") {
						// "Each of the three CCGs appoints five voting
						// members of the Committee:" and lettered members,
						// "(a) its Clinical Chair; (b) two of its GP Board
						// members; …": each as many times as the parties.
						var items []string
						for _, it := range d.letteredItems(b, bi) {
							items = append(items, cleanRole(it.text))
						}
						list := strings.Join(items, "; ")
						if len(items) > 0 && namedSeats(list) == counted.each {
							out, each = eachPartySeats(list, counted.parties, bl.lineOf(s.start)), true
						}
					}
					continue
				}
				if m := eachPartysAreRe.FindStringSubmatch(unnumbered(sent)); m != nil {
					// "The Clinical Chair and the Accountable Officer of
					// each of the six groups are voting members"
					if n := seatCount(m[2] + " parties"); n > 1 {
						out, each = eachPartySeats(m[1], n, bl.lineOf(s.start)), true
						continue
					}
				}
			} else if each {
				if counted.parties > 0 {
					if list := partyNamesItsOwn(sent); list != "" && namedSeats(list) == counted.each {
						continue // "The other two groups each appoint their own …": the same again
					}
				}
				// "NHS England appoints three voting members: the …, the …
				// and the …" after what each group appoints.
				if seats := onePartyAppoints(sent, bl.lineOf(s.start)); len(seats) > 0 {
					out = append(out, seats...)
					continue
				}
				if m := onePartyNamesRe.FindStringSubmatch(sent); m != nil {
					// "NHS England appoints its Head of Primary Care and its
					// Head of Finance": named, not counted.
					for _, role := range splitRoles(m[1], false) {
						out = append(out, newSeat(role, "", "", true, bl.lineOf(s.start)))
					}
					continue
				}
				if m := partiesJointlyAppointRe.FindStringSubmatch(unnumbered(sent)); m != nil {
					// "The groups also appoint two lay members jointly, one
					// of whom is its independent chair"
					st := newSeat(strings.TrimSpace(m[1]), "", "", true, bl.lineOf(s.start))
					out = append(out, st)
					continue
				}
				out = append(out, alsoMembers(sent, bl.lineOf(s.start))...)
				continue
			}
			if seats := onePartyAppoints(sent, bl.lineOf(s.start)); len(seats) > 0 && !governingBody {
				// "The CCG appoints six voting members: …. NHS England
				// appoints two voting members: …": each party's, in turn.
				out = append(out, seats...)
				byParty = true
				continue
			}
			if byParty && containsFold(sent, "each of the") {
				// "Each of the two trusts appoints one voting member:
				// Camberwell Hill its Chief Operating Officer and
				// Southside its Director of Community Services", after the
				// ICB's: one named for each party, or the same for each.
				if seats := eachAppoints(sent, bl.lineOf(s.start)); len(seats) > 0 {
					out = append(out, seats...)
					continue
				}
			}
			if byParty {
				// "Two of the GP members of the Governing Body … also sit
				// on the Joint Committee as voting members."
				if seats := alsoMembers(sent, bl.lineOf(s.start)); len(seats) > 0 {
					out = append(out, seats...)
					continue
				}
				if m := ordinalIsRe.FindStringSubmatch(unnumbered(sent)); m != nil && ordinals[strings.ToLower(strings.Fields(m[0])[1])] == len(out)+1 {
					// "The eighth is the Director of Public Health, or a
					// deputy whom the Director nominates", after seven.
					role, _, _ := strings.Cut(m[1], ", or ")
					out = append(out, newSeat(strings.TrimSpace(role), "", "", true, bl.lineOf(s.start)))
					continue
				}
			}
			if len(out) == 0 && containsFold(sent, "represented on") {
				if m := representedByRe.FindStringSubmatch(sent); m != nil {
					// One party's members, the others' in sentences after.
					for _, role := range listRoles(m[1]) {
						out = append(out, newSeat(role, "", "", true, bl.lineOf(s.start)))
					}
					appointed, partySeats = len(out) > 0, len(out)
					continue
				}
			}
			if appointed && len(out) > 0 && containsFold(sent, "represented by") {
				if m := representedByOtherRe.FindStringSubmatch(sent); m != nil {
					// "NHS England is represented by three members: …",
					// after the first party's.
					if roles := listRoles(m[1]); len(roles) > 0 && !bareMemberCount(roles[0]) {
						for _, role := range roles {
							out = append(out, newSeat(role, "", "", true, bl.lineOf(s.start)))
						}
						continue
					}
				}
			}
			if appointed && len(out) > 0 {
				if sameWayRe.MatchString(sent) {
					// "NHS Warrenford CCG is represented in the same way,
					// by the holders of the same three posts": the other
					// party's members are the same posts again.
					out = append(out, slices.Clone(out[:partySeats])...)
					continue
				}
				if seats := alsoMembers(sent, bl.lineOf(s.start)); len(seats) > 0 {
					out = append(out, seats...) // "… each sit on the Joint Committee once"
					continue
				}
			}
			if drawnFromRe.MatchString(sent) {
				// "The members of the Governing Body are drawn from three
				// places. From the member practices come six GPs …": the
				// sentences after it name them.
				drawn = true
				continue
			}
			if drawn {
				if fc := fromComeRe.FindStringSubmatch(unnumbered(sent)); fc != nil {
					for _, role := range splitRoles(countedHead(fc[1]), false) {
						if !partIsStatement(role) && !containsWords(norm(role), "chairs") && !containsWords(norm(role), "presides") {
							out = append(out, newSeat(role, "", "", true, bl.lineOf(s.start)))
						}
					}
					continue
				}
			}
			if len(out) == 0 && (containsFold(sent, "confined to") || containsFold(sent, "limited to") || containsFold(sent, "restricted to")) {
				if v := confinedToRe.FindStringSubmatch(sent); v != nil {
					// "Voting membership of the Committee is confined to the
					// two lay members …, and to three officers: …"
					var seats []model.Seat
					for _, part := range strings.Split(v[1], ", and to ") {
						for _, role := range splitRoles(countedHead(strings.TrimPrefix(strings.TrimSpace(part), "to ")), false) {
							seats = append(seats, newSeat(role, "", "", true, bl.lineOf(s.start)))
						}
					}
					if len(seats) > 0 {
						return seats, false
					}
				}
			}
			if len(out) == 0 && containsFold(sent, " vote") {
				if v := membersVoteListRe.FindStringSubmatch(sent); v != nil {
					// "D2 Seven members vote: the Lay Member …; …; and the
					// Secondary Care Specialist Doctor."
					var seats []model.Seat
					n := 0
					// "from the Council's nominations, the Leader of the
					// Council, …; from the CCG's nominations, …": whose
					// nominations each part holds is no member.
					for _, role := range listRoles(partyLabelRe.ReplaceAllString(v[2], "$1")) {
						st := newSeat(role, "", "", true, bl.lineOf(s.start))
						seats, n = append(seats, st), n+st.Count
					}
					if n == seatCount(norm(v[1]+" members")) {
						return seats, false
					}
				}
			}
			if len(out) == 0 && si > 0 && si == len(sents)-1 && othersLeadRe.MatchString(strings.TrimSpace(sent)) {
				// "Seven of them are GPs …: the Chair, and six GP members
				// …. The others are:" and lettered paragraphs.
				if seats := d.sharesThenOthers(b, bi, bl, sents[:si]); len(seats) > 0 {
					return seats, false
				}
			}
			m := findMembers(sent)
			if m == nil && shareLeadRe.MatchString(strings.TrimSpace(bl.Text[s.start:s.end])) {
				// "Six of them are elected by the member practices:" and
				// lettered members, then "The other eight members …:" and
				// theirs (letteredItems reads on past that lead-in).
				m = []int{0, 0, len(sent), len(sent)}
			}
			if m == nil {
				continue
			}
			subject := sent[:m[2]]
			if (shareOfMembersRe.MatchString(subject) || countedMembersRe.MatchString(unnumbered(subject))) && !shareLeadRe.MatchString(strings.TrimSpace(bl.Text[s.start:s.end])) {
				// "Most of its members are doctors": what some of the
				// members are, not who they are.
				continue
			}
			if governingBody && namesOtherBody(subject) {
				// "The Audit Committee is made up of the three lay
				// members", in the governing body's section: another
				// body's members.
				continue
			}
			byWhom := appointedByRe.MatchString(subject)
			if len(out) > 0 && !byWhom {
				continue
			}
			rest := sent[m[2]:m[3]]
			// "… consists of the Clinical Chair, who is a GP, and the
			// following other members:" and lettered members: the one
			// named, then the paragraphs.
			var before []model.Seat
			if k := strings.LastIndex(rest, " and the following"); k > 0 && followingRe.MatchString(rest[k+len(" and "):]) && len(out) == 0 {
				for _, role := range splitRoles(strings.TrimRight(strings.TrimSpace(rest[:k]), ","), false) {
					before = append(before, newSeat(role, "", "", true, bl.lineOf(s.start)))
				}
				rest = rest[k+len(" and "):]
			}
			if strings.TrimSpace(strings.Trim(rest, ":")) == "" || followingRe.MatchString(rest) ||
				strings.HasSuffix(strings.TrimSpace(rest), ":") && bareMemberCount(strings.TrimSuffix(strings.TrimSpace(rest), ":")) {
				// "The Governing Body comprises:" and then lettered
				// paragraphs, "(a) the Chair; (b) …", that are not a list:
				// each item is a member, as a list item would be. So after
				// "… has ten members, each of whom has a vote:".
				voting := nonVoting.in(norm(sent[:m[2]])) == ""
				items := d.letteredItems(b, bi)
				if len(items) > 0 {
					out = append(out, before...)
				}
				for _, item := range items {
					text := item.text
					if head, _, ok := strings.Cut(text, " – "); ok && seatCount(norm(head)) > 1 {
						// "four lay members – one who leads on audit; one
						// …": the count says how many the description is of.
						text = head
					}
					// "(a) from the Group: the Chair of the Governing Body,
					// …; two of the Locality GP Members; …": the party the
					// item's members are for, not a member's words.
					party := ""
					// (Not "from each of the six CCGs, three members: …", a
					// count for each party.)
					if head, rest, ok := strings.Cut(text, ":"); ok && !strings.Contains(head, ",") && !containsFold(head, "each") &&
						partyLeadRe.MatchString(strings.TrimSpace(head)+":") {
						party, text = partyOf(head), rest
					}
					for _, role := range splitRoles(text, true) {
						st := newSeat(role, "", "", voting, item.line)
						st.Party = party
						out = append(out, st)
					}
				}
				if len(out) > 0 {
					return out, addsToChairRe.MatchString(sent[:m[2]])
				}
				continue
			}
			if notMembersRe.MatchString(rest) {
				continue // "Members are expected to attend …"
			}
			if cut := clauseCutRe.FindStringIndex(rest); cut != nil {
				rest = rest[:cut[0]]
			}
			if len(out) == 0 && uncountedRepresentatives(rest) {
				continue // "made up of representatives of the group and of the council": whose, not who
			}
			voting := nonVoting.in(norm(subject)) == ""
			line := bl.lineOf(s.start)
			first := len(out) == 0
			roles := splitRoles(rest, false)
			if len(roles) == 1 && bareMemberCount(roles[0]) || len(roles) > 1 && bareOtherCount(roles[len(roles)-1]) {
				// "The Governing Body is made up of thirteen members, all
				// of whom have a vote.", "… of the Clinical Chair and ten
				// other members, all of whom vote": how many, not who; the
				// sentences after say who (proseSeats).
				bareCount = true
				continue
			}
			if bareCount && len(out) == 0 && kindOfMembersRe.MatchString(strings.TrimSpace(norm(unnumbered(subject)))) {
				// "The executive members are the Chief Officer … and the
				// Chief Finance Officer", after the count: some of them
				// only, among the sentences that say who.
				continue
			}
			r := remainingMembersRe.FindStringSubmatch(unnumbered(subject))
			if r != nil && len(roles) > 1 {
				// "The remaining three members are a secondary care
				// doctor, a specialist who …, and two lay members": the
				// count shows one member described again.
				roles = mergeDescribedAgain(roles, seatCount(norm(r[1]+" members")))
			}
			if head, _, ok := strings.Cut(rest, ":"); ok && r != nil && seatCount(norm(head)) == 1 && len(strings.Fields(head)) <= 4 && classifiedRole(head) {
				// "The other four voting members are GPs: the Clinical
				// Lead, and three GP leads …": what they are, then who.
				roles = []string{strings.TrimSpace(head)}
			}
			for _, role := range roles {
				out = append(out, newSeat(role, "", "", voting, line))
			}
			if r != nil && len(roles) == 1 && out[len(out)-1].Count == 1 {
				// "The remaining two members are lay members": the count
				// is the subject's.
				out[len(out)-1].Count = seatCount(norm(r[1] + " members"))
			}
			if first && len(out) > 0 {
				addChair, appointed, partySeats = addsToChairRe.MatchString(subject), byWhom, len(out)
				if !appointed && !fromEachParty(out) {
					return out, addChair
				}
			}
		}
	}
	if each && containsFold(d.bodyText(b), "chaired by an independent") {
		// "… and the Board is chaired by an Independent Chair, a lay member
		// appointed jointly by the four Governing Bodies": a member beside
		// those each party appoints.
		addChair = true
	}
	return out, addChair
}
