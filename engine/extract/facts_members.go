package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// reservedFacts reads the sentences that reserve decisions to the members,
// and whether the decision is varying the constitution. A list of reserved
// matters is read item by item with its lead-in ("The following decisions
// are reserved to the membership: (c) agreeing changes to this
// constitution").
func reservedFacts(d *document, sents []sentence) []model.ReservedFact {
	out := []model.ReservedFact{}
	for i := range sents {
		s := &sents[i]
		if question(s) || !reservesToMembers(s.w) || reservedInCondition(s.w, s.lead < 0) {
			continue
		}
		// Approving the constitution is varying it.
		variation := s.w.Has("vary") && s.w.Has("constitution") ||
			s.w.Has("adopt") && s.w.Has("constitution-itself") || changesReserved(s.w)
		if variation && !changesReserved(s.w) && someChangesOnly(s.w) {
			// "approving amendments to this Constitution that have a
			// material impact": some changes only, the rest left to others.
			variation = false
		}
		out = append(out, model.ReservedFact{Evidence: s.evidence(d), Variation: variation})
	}
	return out
}

// reservedInCondition reports whether every word of reserving in an item
// read with its lead-in stands in a condition that opens with a clause:
// "The Governing Body … may approve it, except where: b) the amendment
// would change the powers reserved to the members" reserves nothing; it
// says where the grant does not reach. ("… except those reserved to the
// membership" does reserve them.) In a sentence of its own only an
// exception counts ("Unless a change would alter the powers reserved to
// the members, the Governing Body may approve it"): "Where a decision is
// reserved to the membership, …" says that some are.
func reservedInCondition(w *language.Sentence, exceptionsOnly bool) bool {
	parts := conditionParts(w)
	if len(parts) < 2 {
		return false
	}
	found := false
	for _, p := range w.Find("reserve") {
		found = true
		part := partAt(parts, p.Start)
		if part.kind == segMain || !wordIs(w.Toks, part.start, "where", "if", "when", "unless") && !wordIs(w.Toks, part.start+1, "where", "if", "when") {
			return false
		}
		if exceptionsOnly && part.kind != segLimit {
			return false
		}
	}
	return found
}

// tableReservations reads the decisions a scheme of reservation and
// delegation's table reserves to the members: "| Decision | Reserved or
// delegated to |" with "Members" in the second column, or "| Decision |
// Members | Governing Body | … |" with "R" or a tick in the members'
// column.
func tableReservations(d *document, reader *language.Reader) []model.ReservedFact {
	var out []model.ReservedFact
	for _, t := range d.tables {
		if len(t.Header) < 2 {
			continue
		}
		whoCol, membersCol, powersCol := -1, -1, -1
		for c, h := range t.Header {
			n := norm(h)
			switch {
			case powersOfMembers(n):
				// "| Ref | Power reserved to the members | How the members
				// exercise it |": every row is the members' power.
				powersCol = c
			case c > 0 && (containsWords(n, "reserved") || containsWords(n, "decided by") || containsWords(n, "decision maker") ||
				containsWords(n, "who decides") || containsWords(n, "responsibility")):
				whoCol = c
			case c > 0 && reader.Read(language.Tokenize(h)).Has("members") && !containsWords(n, "governing body"):
				membersCol = c
			}
		}
		if whoCol < 0 && membersCol < 0 && powersCol < 0 {
			continue
		}
		for _, r := range t.Rows {
			decision := cell(r.Cells, 0)
			reserved := false
			if powersCol >= 0 {
				decision, reserved = cell(r.Cells, powersCol), true
			}
			if whoCol >= 0 {
				w := reader.Read(language.Tokenize(cell(r.Cells, whoCol)))
				reserved = w.Has("members") && !w.Has("governing-body")
			}
			if membersCol >= 0 {
				switch m := strings.ToLower(strings.TrimSpace(cell(r.Cells, membersCol))); m {
				case "r", "reserved", "✓", "✔", "x", "yes", "approve", "decide", "decides":
					reserved = true
				}
			}
			if !reserved || decision == "" {
				continue
			}
			w := reader.Read(language.Tokenize(decision))
			out = append(out, model.ReservedFact{
				Evidence:  model.Evidence{Text: strings.Join(r.Cells, " | "), Line: r.Line, Section: d.sectionHeading(t.Section)},
				Variation: w.Has("vary") && w.Has("constitution"),
			})
		}
	}
	return out
}

// powersOfMembers reports whether a table header, normalised, heads a
// column of the powers the members keep: "Power reserved to the members",
// "Matters reserved to the members".
func powersOfMembers(n string) bool {
	return containsWords(n, "reserved to the members") || containsWords(n, "reserved to members") ||
		containsWords(n, "reserved to the member practices") || containsWords(n, "members reserved powers")
}

// reservedPowerSentences are the rows of a table of the members' reserved
// powers, each read as a sentence of the power and how the members
// exercise it: "Varying this constitution. A variation agreed by the
// members is submitted … to NHS England …. Resolution of a General
// Meeting supported by at least two thirds of all member practices".
// Variation is read from them as from the text.
func reservedPowerSentences(d *document, reader *language.Reader) []sentence {
	var out []sentence
	for _, t := range d.tables {
		powersCol := -1
		for c, h := range t.Header {
			if powersOfMembers(norm(h)) {
				powersCol = c
			}
		}
		if powersCol < 0 {
			continue
		}
		out = rowSentences(out, reader, t, powersCol)
	}
	return out
}

// rowSentences appends to out a table's rows, each read as a sentence of
// its cells from column from on, labelled by its first cell. Each row is
// a paragraph of its own (a block number no block has), so that no row
// reads as going on from the one before.
func rowSentences(out []sentence, reader *language.Reader, t outline.Table, from int) []sentence {
	for _, r := range t.Rows {
		var parts []string
		for c := from; c < len(r.Cells); c++ {
			if p := strings.TrimRight(strings.TrimSpace(r.Cells[c]), ". "); p != "" {
				parts = append(parts, p)
			}
		}
		if len(parts) == 0 {
			continue
		}
		out = append(out, rowSentence(reader, strings.Join(parts, ". ")+".", r, t.Section, -2-len(out)))
	}
	return out
}

// rowSentence is a table row read as the sentence text, at the row's line
// and in the table's section, labelled by its first cell; block is a
// number of its own below -1, so that no two rows are one paragraph.
func rowSentence(reader *language.Reader, text string, r outline.Row, section, block int) sentence {
	toks := language.Tokenize(text)
	return sentence{text: text, toks: toks, line: r.Line, section: section, block: block, lead: -1, clause: cell(r.Cells, 0), w: reader.Read(toks)}
}

// someChangesOnly reports whether the changes a reservation names are
// some only, by a relative clause on them ("amendments to this
// Constitution that have a material impact"), not an exception after them
// ("… apart from minor amendments delegated to the Governing Body").
func someChangesOnly(w *language.Sentence) bool {
	toks := w.Toks
	for _, p := range w.Find("vary") {
		if someCasesAfter(toks, p.End) {
			return true
		}
		// The first word of some changes after the change named.
		qs := w.FindIn("partial-scope", p.End, len(toks))
		if len(qs) == 0 {
			continue
		}
		relative := false
		for i := p.End; i < qs[0].Start; i++ {
			if w.At(i, "limit") > i || toks[i].Punct {
				return false
			}
			if wordIs(toks, i, "that", "which") {
				relative = true
			}
		}
		return relative
	}
	return false
}

// someCasesAfter reports whether the words from i on limit the change
// just named to cases another clause names: "an amendment of this
// constitution in the cases set out in 1.4.2 a) to c)", "an amendment of
// a kind described in 9.3", "amendments referred to it under 1.4.2".
func someCasesAfter(toks []language.Token, i int) bool {
	for k := i; k+2 < len(toks) && k < i+8 && !toks[k].Punct; k++ {
		if wordIs(toks, k, "in") && wordIs(toks, k+1, "the", "those", "these") && wordIs(toks, k+2, "cases", "circumstances", "situations") ||
			// "approving amendments referred to it under 1.4.2": those
			// another body sends on only.
			wordIs(toks, k, "referred", "put", "sent", "brought") && wordIs(toks, k+1, "to") && wordIs(toks, k+2, "it", "them") ||
			wordIs(toks, k, "of") && wordIs(toks, k+1, "a", "the") && wordIs(toks, k+2, "kind", "kinds", "type", "types", "class") {
			return true
		}
	}
	return false
}

// changesReserved reports whether a sentence speaks of changing what is
// reserved, which the constitution sets out: "any change to the powers
// reserved to the members".
func changesReserved(w *language.Sentence) bool {
	for _, p := range w.Find("vary") {
		if w.HasIn("reserved-things", p.End, min(p.End+4, len(w.Toks))) {
			return true
		}
	}
	return false
}

// namesActor reports whether the sentence names the actor (as the longest
// actor phrase somewhere: "members of the Governing Body" names the
// Governing Body, not the members).
func namesActor(w *language.Sentence, actor string) bool {
	for _, p := range w.Find("actor") {
		if actorOf(w, p.Start, p.End) == actor {
			return true
		}
	}
	return false
}

// Ways practices take part in the group's decisions.
var participationSets = []string{"practice-representative", "council-of-members", "member-vote"}

// participationFacts reads the ways each member practice takes part in
// decisions: a practice representative, a council or meeting of the
// members, or a vote of the practices.
func participationFacts(d *document, sents []sentence) []model.ParticipationFact {
	out := []model.ParticipationFact{}
	for i := range sents {
		s := &sents[i]
		if question(s) {
			continue
		}
		for _, m := range participationSets {
			// "A nominee is appointed only if a majority of those providers
			// confirm their support": a vote of the practices, in words.
			decide := m == "member-vote" && s.w.Has("quota") && len(s.w.Match("practices-decide")) > 0
			// "An annual meeting of its member practices", "each practice
			// is expected to be represented": the set's words, others between.
			framed := !s.w.Has(m) && s.w.Has("members") && len(s.w.Match(m)) > 0
			if !s.w.Has(m) && !decide && !framed {
				continue
			}
			if m == "member-vote" && !decide && !framed && (!namesActor(s.w, model.ActorMembers) || !outside(s.w, "member-vote", "practice-representative") || !outside(s.w, "member-vote", "no-vote")) {
				continue // "one GP elected by each practice" is its representative; "a non-voting member" votes on nothing
			}
			if m == "member-vote" && !decide && !framed && !votesStated(s.w) {
				continue // "appointed rather than elected"
			}
			if m == "council-of-members" && s.w.Has("not-council") && !namesMembersOutside(s.w, "not-council") {
				continue // the Governing Body's annual general meeting, open to the public
			}
			out = append(out, model.ParticipationFact{Evidence: s.evidence(d), Mechanism: m})
		}
	}
	return out
}

// votesStated reports whether a phrase of voting stands in the sentence
// other than as the alternative it sets aside: "appointed rather than
// elected", "instead of a ballot".
func votesStated(w *language.Sentence) bool {
	toks := w.Toks
	for _, p := range w.Find("member-vote") {
		if wordIs(toks, p.Start-1, "than") && wordIs(toks, p.Start-2, "rather") ||
			wordIs(toks, p.Start-1, "of") && wordIs(toks, p.Start-2, "instead") ||
			wordIs(toks, p.Start-1, "not") {
			continue
		}
		return true
	}
	return false
}

// reservesToMembers reports whether a sentence reserves a decision to the
// members: a reserving phrase ("are reserved to", "retains the following
// powers") in a sentence naming the members, or a reserving frame ("only
// our member practices can make them", "only with the approval of the
// members").
func reservesToMembers(w *language.Sentence) bool {
	if !w.Has("members") {
		return false // every way below names the members
	}
	if hasWord(w.Toks, "only") { // a cheap test before the frame
		for _, m := range w.Match("reserving") {
			if c, ok := m.Capture("actor"); ok && actorOf(w, c.Start, c.End) == model.ActorMembers && !negated(w, clauseStart(w.Toks, m.Start), m.Start) {
				return true
			}
		}
	}
	if w.Has("delegate") && w.Has("limit") && keptByException(w) {
		return true
	}
	if !w.Has("reserve") || !namesActor(w, model.ActorMembers) {
		return false
	}
	return !reservedNegated(w) && !w.Has("not-reserve") && reservesSomething(w)
}

// outside reports whether a phrase of set stands outside every phrase of
// within.
func outside(w *language.Sentence, set, within string) bool {
	spans := w.Find(within)
	for _, p := range w.Find(set) {
		in := false
		for _, q := range spans {
			in = in || p.Start >= q.Start && p.End <= q.End
		}
		if !in {
			return true
		}
	}
	return false
}

// namesMembersOutside is namesActor for the members, not counting the
// words of a phrase of set: the "general meeting" of an "annual general
// meeting" held in public names no members.
func namesMembersOutside(w *language.Sentence, set string) bool {
	spans := w.Find(set)
	for _, p := range w.Find("actor") {
		in := false
		for _, q := range spans {
			in = in || p.Start < q.End && p.End > q.Start
		}
		if !in && actorOf(w, p.Start, p.End) == model.ActorMembers {
			return true
		}
	}
	return false
}

// keptByException reports whether the members delegate with an exception,
// which they keep: "The members have delegated all of their functions to
// the Governing Body, except approving changes to the constitution."
func keptByException(w *language.Sentence) bool {
	actors := w.Find("actor")
	if len(actors) == 0 || actorOf(w, actors[0].Start, actors[0].End) != model.ActorMembers {
		return false
	}
	for _, r := range relations(w, "delegating") {
		if r.actor == model.ActorMembers || negated(w, 0, r.end) {
			return false
		}
		for _, seg := range conditionParts(w) {
			if seg.kind == segLimit && seg.start > r.start {
				return true
			}
		}
	}
	return false
}

// reservedNegated reports whether every reserving phrase of a sentence is
// negated in its verb group ("is not reserved"), rather than the sentence
// holding a negation elsewhere ("may not be delegated"), or reserves to
// someone other than the members ("reserved to the Primary Care
// Commissioning Committee"). The verb group is the one before the
// reserving word: in "no decision reserved to the membership may be
// taken", "no" is the noun's.
func reservedNegated(w *language.Sentence) bool {
	toks := w.Toks
	for _, p := range w.Find("reserve") {
		k := p.Start
		for k < p.End && !strings.HasPrefix(toks[k].Stem, "reserv") && !strings.HasPrefix(toks[k].Stem, "retain") {
			k++
		}
		if k == p.End {
			k = p.Start
		}
		if !verbNegated(w, k) && !reservedToOther(w, p) {
			return false
		}
	}
	return true
}

// reservedToOther reports whether a reserving phrase that ends in (or is
// followed by) "to" or "for" names someone other than the members next.
func reservedToOther(w *language.Sentence, p language.Phrase) bool {
	toks, end := w.Toks, p.End
	if last := toks[end-1].Word; last != "to" && last != "for" {
		if end >= len(toks) || toks[end].Word != "to" && toks[end].Word != "for" {
			return false
		}
		end++ // "are reserved" "to the committee"
	}
	for _, a := range w.FindIn("actor", end, min(end+6, len(toks))) {
		if actor := actorOf(w, a.Start, a.End); actor != "group" { // "the Group's member practices"
			return actor != model.ActorMembers
		}
	}
	return false
}

// reservesSomething reports whether a reserving phrase of the sentence is
// more than the name of what is reserved: "the reserved powers of the
// members" names them; "are reserved to the members" reserves.
func reservesSomething(w *language.Sentence) bool {
	for _, p := range w.Find("reserve") {
		if w.At(p.Start, "reserved-noun") != p.End {
			return true
		}
	}
	return false
}
