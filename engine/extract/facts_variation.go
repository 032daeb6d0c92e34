package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// actorSets are the word sets that say which actor an `actor` phrase is,
// most specific first.
var actorSets = []string{
	model.ActorNHSEngland, model.ActorGoverningBody, model.ActorAccountableOfficer,
	model.ActorMembers, model.ActorCommittee, "group",
}

// actorOf names the actor of tokens [i, j): the set with a phrase that
// spans exactly those tokens, else the longest match at i, else "other".
// "They" is the actor named before it; "the Board" is NHS England in a
// sentence that names the NHS Commissioning Board (which 2012–13
// constitutions shorten to "the Board"), but not in one that names NHS
// England: since 2013 "the Board" is the Group's or the ICB's own.
func actorOf(w *language.Sentence, i, j int) string {
	toks := w.Toks
	if w.At(i, "pronoun") == j {
		prev := model.ActorOther
		for _, p := range w.FindIn("actor", 0, i) {
			if a := actorOf(w, p.Start, p.End); a != "group" && a != model.ActorOther {
				prev = a
			}
		}
		return prev
	}
	if j == i+1 && toks[i].Stem == "board" && w.Has("board-is-nhs-england") {
		return model.ActorNHSEngland
	}
	if (toks[i].Word == "members" || toks[i].Word == "member") && wordIs(toks, i+1, "of") {
		// "at least half of the members of the Governing Body": that
		// body's members, not the member practices.
		k := i + 2
		if wordIs(toks, k, "the", "its") {
			k++
		}
		if e := w.At(k, "actor"); e > k {
			if a := actorOf(w, k, e); a == model.ActorGoverningBody || a == model.ActorCommittee {
				return a
			}
		}
	}
	its := i - 1
	if wordIs(toks, its, "voting", "own") {
		its-- // "… by a majority of two thirds of its voting members present"
	}
	if its >= 0 && toks[its].Word == "its" && (toks[i].Word == "members" || toks[i].Word == "member") {
		// "The Board must agree it by a two-thirds majority of its
		// members": the members of the body named before, not the member
		// practices ("the Group and its members" are).
		for k := its - 1; k >= 0; k-- {
			if e := w.At(k, "actor"); e > k && e <= its {
				if a := actorOf(w, k, e); a == model.ActorGoverningBody || a == model.ActorCommittee {
					return a
				}
				break
			}
		}
	}
	best, bestEnd := model.ActorOther, -1
	for _, set := range actorSets {
		e := w.At(i, set)
		if e == j {
			return set
		}
		if e > bestEnd {
			best, bestEnd = set, e
		}
	}
	if bestEnd > i && !(w.At(i, "actor") == j && bestEnd < j) {
		// Not the "members" of "members of the public": an actor
		// phrase no actor's own set holds whole is someone else.
		return best
	}
	return model.ActorOther
}

// Kinds of the parts of a sentence.
const (
	segMain    = iota
	segRequire // "subject to", "only if", "where", "once": what the rest needs
	segLimit   // "unless", "except", "other than": what the rest leaves out
	segWithout // "without": what the rest does not need
)

type conditionPart struct {
	start, end, kind int
}

// conditionParts splits a sentence at the words that begin a condition; a
// condition runs to the next one, or to a semicolon, after which the
// sentence goes on as main text.
func conditionParts(w *language.Sentence) []conditionPart {
	toks := w.Toks
	segs := []conditionPart{{0, len(toks), segMain}}
	// A sentence that opens with a condition ("Subject to NHS England's
	// approval, …") goes back to its main clause at the first comma.
	opening := -1
	// A condition opened inside brackets ends with them: "(i.e. any change
	// other than a correction) must be approved by the members".
	paren, parenCondition := -1, false
	// So does one opened just after a dash, at the next dash: "Amendments
	// – other than typographical ones – require the members' agreement".
	dash, dashCondition := -1, false
	// And one set off by commas before the main clause's verb, at the
	// comma: "Changes, other than those allowed under Article 1.7, shall
	// be agreed by the Council".
	commaCondition := false
	// And a "without" set off by commas after a modal: "may, without a
	// vote of the members, apply".
	withoutComma := false
	// And any condition set off by commas just after a modal, at its
	// closing comma: "Amendments … shall, unless they would change the
	// powers reserved to the members, be approved by the Governing Body".
	modalComma := false
	for i := 0; i < len(toks); i++ {
		if e := w.At(i, "not-condition"); e > i && (e == len(toks) || toks[e].Punct) {
			// "advised by the lead where needed, decides": set words, no
			// condition on the rest ("where required by law" is one).
			i = e - 1
			continue
		}
		if i == opening {
			segs[len(segs)-1].end = i
			segs = append(segs, conditionPart{i, len(toks), segMain})
			opening = -1
		}
		if commaCondition && toks[i].Word == "," && i+1 < len(toks) && wordIs(toks, i+1, "shall", "must", "will", "may", "can", "should", "require", "requires", "need", "needs", "are", "is") {
			segs[len(segs)-1].end = i
			segs = append(segs, conditionPart{i, len(toks), segMain})
			commaCondition = false
		}
		if last := segs[len(segs)-1]; last.kind != segMain && last.start > 1 && i > last.start+1 && subjectConditionEnds(toks, last.start, i) {
			// "… an amendment whose sole effect is to update the list after
			// a merger or closure may instead be approved by the Governing
			// Body": the condition was inside the subject, and the modal
			// and passive are the main clause's.
			segs[len(segs)-1].end = i
			segs = append(segs, conditionPart{i, len(toks), segMain})
		}
		if last := segs[len(segs)-1]; last.kind != segMain && toks[i].Word == "," && i > last.start+1 && wordIs(toks, i-1, "otherwise") {
			// "Unless the person presiding, after taking the advice of the
			// Guardian, rules otherwise, a member with an interest leaves":
			// "otherwise" and its comma close the condition.
			segs[len(segs)-1].end = i
			segs = append(segs, conditionPart{i, len(toks), segMain})
			opening, commaCondition, withoutComma, modalComma = -1, false, false, false
			continue
		}
		if last := segs[len(segs)-1]; last.kind == segRequire && toks[i].Word == "," && (wordIs(toks, last.start, "before", "after", "while", "until", "once") || last.start > 1 && wordIs(toks, last.start, "if", "where", "when")) &&
			wordIs(toks, i+1, "and") && (wordIs(toks, i+2, "must", "shall", "will", "should") || wordIs(toks, i+2, "then") && wordIs(toks, i+3, "must", "shall", "will", "should")) {
			// "… must say so before the matter is discussed, and must then
			// leave the meeting": the time the condition gives ends at
			// the comma, and the main clause's next verb follows. So does
			// a condition within the sentence: "… or at the start of the
			// meeting if they know of it then, and shall leave the room".
			segs[len(segs)-1].end = i
			segs = append(segs, conditionPart{i, len(toks), segMain})
			continue
		}
		if (withoutComma || modalComma) && toks[i].Word == "," {
			// "The Accountable Officer may, without a vote of the members,
			// apply to NHS England …": the condition ends at its comma.
			segs[len(segs)-1].end = i
			segs = append(segs, conditionPart{i, len(toks), segMain})
			withoutComma, modalComma = false, false
		}
		switch toks[i].Word {
		case "(":
			paren = i
		case ")":
			if parenCondition {
				segs[len(segs)-1].end = i
				segs = append(segs, conditionPart{i, len(toks), segMain})
			}
			paren, parenCondition = -1, false
		case "-":
			if dashCondition {
				segs[len(segs)-1].end = i
				segs = append(segs, conditionPart{i, len(toks), segMain})
				dash, dashCondition = -1, false
			} else {
				dash = i
			}
		}
		kind := -1
		end := i
		switch {
		case toks[i].Word == "without" && !withoutFormality(toks, i+1):
			kind, end = segWithout, i+1
		case w.At(i, "limit") > i && !participle(toks[i]) && !excludingFrom(toks, i) && !wordIs(toks, i, "exception", "exceptions"):
			// ("There is one exception: …" names the exception; what
			// follows is a sentence of its own.)
			kind, end = segLimit, w.At(i, "limit")
		case w.At(i, "require") > i && !(i > 0 && toks[i-1].Word == "the") && toks[i].Word != "follows" && !casesWhere(toks, i, segs[len(segs)-1].kind) &&
			// "provided" in another inflection is the verb: "who
			// provides or may provide the service".
			!wordIs(toks, i, "provide", "provides"):
			// Not "the following members", nor "as follows": a
			// determiner, not "following approval".
			kind, end = segRequire, w.At(i, "require")
		case i == 0 && toks[i].Word == "should" && commaAfter(toks, 1) > 0:
			// "Should the meeting become inquorate, …": a condition
			// put first by inversion.
			kind, end = segRequire, 1
		case toks[i].Word == ";":
			kind, end = segMain, i+1
		case toks[i].Word == ":" && clauseAfterColon(w, i):
			// "… does not go to the Council of Members: the Governing
			// Body approves it": a clause of its own, whose verb the
			// denial before the colon does not reach.
			kind, end = segMain, i+1
		}
		if kind < 0 {
			continue
		}
		if last := segs[len(segs)-1]; kind == segRequire && last.kind == segLimit && last.start == i-1 {
			// "except where …", "unless and until …": one exception, whose
			// second word does not open a need of its own.
			i = end - 1
			continue
		}
		segs[len(segs)-1].end = i
		segs = append(segs, conditionPart{i, len(toks), kind})
		parenCondition = paren >= 0 && kind != segMain
		dashCondition = dash >= 0 && dash == i-1 && kind != segMain
		commaCondition = i > 1 && toks[i-1].Word == "," && kind != segMain && kind != segWithout
		withoutComma = kind == segWithout && i > 1 && toks[i-1].Word == "," && i > 2 && w.At(i-2, "aux") == i-1
		modalComma = kind != segMain && kind != segWithout && i > 2 && toks[i-1].Word == "," && wordIs(toks, i-2, "shall", "must", "will", "may", "should", "would")
		if kind != segMain && len(segs) == 2 && i <= 1 {
			opening = openingEnd(toks, end)
		}
		i = end - 1
	}
	return segs
}

// deniedAfter reports whether, after token i, a pronoun for the actor
// before it is denied the power to vary: "…, but it may not vary the
// constitution or any part of it". The pronoun is the actor's when no
// other actor stands between, or when the actor is the sentence's subject
// and the pronoun "it".
func deniedAfter(w *language.Sentence, i int, subject bool) bool {
	toks := w.Toks
	for j := i; j < len(toks); j++ {
		if w.At(j, "actor") > j && !subject {
			return false
		}
		if !wordIs(toks, j, "it") && (subject || !wordIs(toks, j, "they")) {
			continue
		}
		// ("it has no power to approve a variation itself": the change
		// within eight words.)
		k := j + 1
		for k < len(toks) && k < j+8 && w.At(k, "vary") <= k {
			k++
		}
		if k < len(toks) && w.At(k, "vary") > k && negated(w, j+1, k) {
			return true
		}
	}
	return false
}

// approvalNotNeeded reports whether the words after an approval at i say
// it is not needed: "The members' approval is not required, and …",
// "their agreement need not be sought".
func approvalNotNeeded(toks []language.Token, i int) bool {
	j := i
	if wordIs(toks, j, "is", "are", "shall", "will") {
		j++
		if wordIs(toks, j, "be") {
			j++
		}
		if !wordIs(toks, j, "not") {
			return false
		}
		return wordIs(toks, j+1, "required", "needed", "necessary")
	}
	return wordIs(toks, j, "need") && wordIs(toks, j+1, "not") && wordIs(toks, j+2, "be") && wordIs(toks, j+3, "sought", "obtained", "given")
}

// withoutFormality reports whether "without" at i-1 leaves out a step of
// procedure, not anyone's approval: "approved without a meeting by a
// written resolution", "without delay".
func withoutFormality(toks []language.Token, i int) bool {
	if wordIs(toks, i, "a", "an", "the", "any", "further", "prior") {
		i++
	}
	return wordIs(toks, i, "meeting", "meetings", "delay", "notice", "debate", "discussion", "prejudice", "limitation")
}

// subjectConditionEnds reports whether token i, in a condition opened at
// token start, is a modal that begins the main clause's passive ("may
// instead be approved"), with no comma between: the condition was a
// phrase inside the subject.
func subjectConditionEnds(toks []language.Token, start, i int) bool {
	if wordIs(toks, start, "except", "save", "excepting") && wordIs(toks, start+1, "that") {
		// "…, except that an application which does no more than … may be
		// approved by the Governing Body": a clause of its own, subject
		// and verb both the exception's.
		return false
	}
	if toks[i].Word == "," && wordIs(toks, i+1, "does", "do", "is", "are", "goes", "go", "needs", "need", "requires", "require") &&
		wordIs(toks, 0, "a", "an", "any", "the", "every", "each") && relativeBefore(toks, start) {
		// "An application that does no more than bring Schedule 1 up to
		// date after member practices merge, …, does not go to the
		// Council of Members": the condition was in the subject's
		// relative clause, and the verb after the comma is the main
		// clause's.
		return true
	}
	if !wordIs(toks, i, "may", "shall", "must", "will", "can") {
		return false
	}
	j := i + 1
	if wordIs(toks, j, "instead", "also", "then") {
		j++
	}
	if !wordIs(toks, j, "be") || j+1 >= len(toks) || !strings.HasSuffix(toks[j+1].Word, "ed") {
		return false
	}
	if wordIs(toks, i+1, "instead") {
		return true // "may instead be approved": the main clause, whatever the list before it
	}
	for k := start; k < i; k++ {
		if toks[k].Word == "," {
			return false
		}
	}
	return true
}

// clauseAfterColon reports whether the colon at token i is followed by a
// clause of its own, an actor and its verb: "…: the Governing Body
// approves it". A list after a colon has no verb after its first noun.
func clauseAfterColon(w *language.Sentence, i int) bool {
	toks := w.Toks
	j := i + 1
	if wordIs(toks, j, "the", "its", "their") {
		j++
	}
	e := w.At(j, "actor")
	if e <= j || e >= len(toks) {
		return false
	}
	return w.At(e, "approve") > e || w.At(e, "aux") > e || w.At(e, "vary") > e
}

// approvesPronoun reports whether a sentence has someone other than the
// members or NHS England approve "them" or "it": "The Governing Body will
// consider them and may approve them, except …".
func approvesPronoun(w *language.Sentence) bool {
	for _, r := range relations(w, "approval") {
		if r.actor == model.ActorMembers || r.actor == model.ActorNHSEngland || r.actor == "group" || r.actor == model.ActorOther {
			continue
		}
		for k := r.start; k < min(r.end+2, len(w.Toks)); k++ {
			if wordIs(w.Toks, k, "them", "it") {
				return true
			}
		}
	}
	return false
}

// casesWhere reports whether "where" at token i, in an exception, says
// what happens in the cases excepted rather than opening a condition of
// its own: "…, except in any of these cases, where the amendment must
// instead be put to the Council of Members: …".
func casesWhere(toks []language.Token, i, kind int) bool {
	if kind != segLimit || !wordIs(toks, i, "where", "when", "in which") {
		return false
	}
	k := i - 1
	if wordIs(toks, k, ",") {
		k--
	}
	return wordIs(toks, k, "cases", "case", "circumstances", "instances", "events")
}

// relativeBefore reports whether a relative pronoun stands before token
// start, in the subject a sentence opens with: "An application that …".
func relativeBefore(toks []language.Token, start int) bool {
	for k := 1; k < start; k++ {
		if wordIs(toks, k, "that", "which", "whose") {
			return true
		}
		if toks[k].Punct && toks[k].Word != "," {
			return false
		}
	}
	return false
}

// openingEnd is where a condition that opens a sentence gives way to the
// main clause: at its first comma, or past a relative clause that follows
// it, which belongs to the condition's noun ("Except for changes to the
// list of members, which the Governing Body may approve, every amendment
// needs …").
func openingEnd(toks []language.Token, i int) int {
	end := commaAfter(toks, i)
	// "Where, however, a change is needed only …, the Governing Body
	// may …": an adverb set off by commas is no end of the condition.
	if end > 0 && end+2 < len(toks) && wordIs(toks, end, "however", "moreover", "though", "therefore", "also", "exceptionally") && wordIs(toks, end+1, ",") {
		end = commaAfter(toks, end+2)
		// Its list of cases runs on past the commas that join them: "…
		// only to correct an error, to reflect a change in the law, or to
		// update the names …, and the Governing Body is satisfied …, the
		// Governing Body may …".
		for end > 0 && end < len(toks) && wordIs(toks, end, "to", "or", "and", "nor") {
			end = commaAfter(toks, end)
		}
	}
	// A list of cases runs on past its commas when the next case has no
	// subject of its own: "Unless a change would alter the members'
	// powers, would change how the CCG is governed, or is one the
	// Governing Body refers to them, the Governing Body may approve it".
	for end > 0 && end < len(toks) && wordIs(toks, end, "or", "nor", "would", "could", "might") {
		next := commaAfter(toks, end)
		if next < 0 {
			break
		}
		end = next
	}
	if end > 0 && end < len(toks) {
		switch toks[end].Word {
		case "which", "who", "whom", "whose":
			if next := commaAfter(toks, end); next > 0 {
				return next
			}
		}
	}
	return end
}

// excludingFrom reports whether "excluding" at i is a verb, "excluding the
// member from the decision", rather than an exception; "exclude" and
// "excludes" always are.
func excludingFrom(toks []language.Token, i int) bool {
	if toks[i].Word == "exclude" || toks[i].Word == "excludes" {
		return true // "the chair must exclude the member from the vote": the verb, which stems as "excluding" does
	}
	if toks[i].Word != "excluding" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		if toks[j].Word == "from" {
			return true
		}
	}
	return false
}

// participle reports whether a word is a past participle: "excluded"
// stems as "excluding" does, but is a verb ("will be excluded from the
// decision"), never the start of an exception.
func participle(t language.Token) bool { return strings.HasSuffix(t.Word, "ed") }

func commaAfter(toks []language.Token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].Word == "," {
			return i + 1
		}
	}
	return -1
}

func partAt(segs []conditionPart, i int) conditionPart {
	for _, s := range segs {
		if i >= s.start && i < s.end {
			return s
		}
	}
	return segs[len(segs)-1]
}

// negated reports whether a negation stands in tokens [from, to).
func negated(w *language.Sentence, from, to int) bool {
	toks := w.Toks
	for i := from; i < to && i < len(toks); i++ {
		if toks[i].Word != "without" && w.At(i, "negation") > i && !comparator(toks, i) {
			return true
		}
	}
	return false
}

// comparator reports whether the negation at token i compares a number
// rather than denies: "not less than two thirds", "no fewer than".
func comparator(toks []language.Token, i int) bool {
	if i+2 >= len(toks) || toks[i+2].Word != "than" {
		return false
	}
	switch toks[i+1].Word {
	case "less", "fewer", "more", "greater", "later", "earlier":
		return true
	}
	return false
}

// relation is an actor approving, making or receiving something in a
// sentence.
// whoseMembership reports whether the actor at token at is named as the
// body whose membership or composition is spoken of: "the membership of
// the Governing Body".
func whoseMembership(toks []language.Token, at int) bool {
	k := at - 1
	if wordIs(toks, k, "the", "its") {
		k--
	}
	return wordIs(toks, k, "of") && wordIs(toks, k-1, "membership", "composition", "make-up", "size")
}

type relation struct {
	frame      string
	actor      string
	start, end int // the match
	at         int // the actor's first token
}

func relations(w *language.Sentence, frames ...string) []relation {
	var out []relation
	for _, f := range frames {
		for _, m := range w.Match(f) {
			if passiveSubject(w, m) || objects(w, m) || proposes(w, m) || decidesOther(w, m) || approvedBefore(w, m) || undoneApproval(w, m) || attributiveApproval(w, m) ||
				relativeApproval(w, m) {
				continue
			}
			for _, c := range m.Captures {
				if c.Name == "actor" && !withinActor(w, c) && !(c.Start == m.Start && objectOfGerund(w, c.Start)) && !seriesObject(w, m, c) {
					out = append(out, relation{frame: f, actor: actorOf(w, c.Start, c.End), start: m.Start, end: m.End, at: c.Start})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

// seriesObject reports whether a captured actor is in the object of one
// verb of a series, the next verb of which, after "and", is the match's
// approving: "It …, elects the GP members of the Governing Body, and
// approves amendments" is not the Governing Body approving.
func seriesObject(w *language.Sentence, m language.Match, c language.Capture) bool {
	toks := w.Toks
	a, ok := m.Capture("approve")
	if !ok || a.Start < c.End+1 || c.Start < 2 || !wordIs(toks, a.Start-1, "and", ",") {
		return false
	}
	// The part the actor stands in opens with a verb, after a comma:
	// ", elects the GP members of the Governing Body".
	k := c.Start - 1
	for k > 0 && !toks[k].Punct {
		k--
	}
	if k <= 0 || !toks[k].Punct {
		// Or the sentence's first verb, after its subject: "The Council
		// elects the Chair of the Governing Body, approves …, and decides
		// every proposal to change this constitution".
		return firstVerbObject(w, c.Start)
	}
	if !wordIs(toks, k, ",") || k+1 >= c.Start {
		return false
	}
	// (Or a gerund of a list: "… include approving any application to
	// vary this constitution, electing the GP members of the Governing
	// Body and approving the Group's strategy".)
	verb := toks[k+1].Word
	return len(verb) > 3 && (strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ss") || strings.HasSuffix(verb, "ing")) &&
		w.At(k+1, "actor") <= k+1 && w.At(k+1, "aux") <= k+1
}

// attributiveApproval reports whether a match's word of approving
// describes what the actor handles, a participle between a determiner and
// a word of varying: "The Governing Body receives each approved variation
// before the application is made" approves nothing.
func attributiveApproval(w *language.Sentence, m language.Match) bool {
	c, ok := m.Capture("approve")
	if !ok || c.Start < 1 || !strings.HasSuffix(w.Toks[c.End-1].Word, "ed") {
		return false
	}
	return wordIs(w.Toks, c.Start-1, "each", "every", "the", "an", "a", "any", "all", "that", "this", "such") && w.At(c.End, "vary") > c.End
}

// concessionEnd is where a clause of concession that opens the sentence
// ends ("Although …,", "While …,"), or 0: what it says is conceded, not
// laid down.
func concessionEnd(toks []language.Token) int {
	if !wordIs(toks, 0, "although", "though", "while", "whilst") {
		return 0
	}
	for k := 1; k < len(toks) && k < 40; k++ {
		if wordIs(toks, k, ",") {
			return k
		}
		if toks[k].Punct {
			break
		}
	}
	return 0
}

// relativeApproval reports whether a match's actor and word of approving
// are a relative clause without "that" on a proposal before them: "must
// bring any proposal the Governing Body supports to the members" says
// which proposals go to the members, not who varies.
func relativeApproval(w *language.Sentence, m language.Match) bool {
	c, ok := m.Capture("actor")
	a, ok2 := m.Capture("approve")
	if !ok || !ok2 || a.Start < c.End {
		return false
	}
	toks := w.Toks
	k := c.Start - 1
	if wordIs(toks, k, "the", "its", "our") {
		k--
	}
	// Only a proposal: "a variation the Board has approved", "each
	// variation the members approve" say who approves variations.
	if !wordIs(toks, k, "proposal", "proposals") {
		return false
	}
	return wordIs(toks, k-1, "any", "each", "every", "a", "an", "no", "the", "such", "all")
}

// firstVerbObject reports whether the actor at i stands in the object of
// a sentence's first verb, after a subject that is no actor: "The Council
// elects the Chair of the Governing Body, …".
func firstVerbObject(w *language.Sentence, i int) bool {
	toks := w.Toks
	for k := 0; k < i && k < 10; k++ {
		if e := w.At(k, "actor"); e > k {
			if k > 1 || k == 1 && !wordIs(toks, 0, "the", "its", "our", "their") || e >= i {
				return false // the actor is the subject, or stands before the verb
			}
			// Another actor is the subject: "The Council of Members
			// elects the Chair of the Board, approves …" (or "It …" read
			// as the body it stands for).
			k = e - 1
			continue
		}
		if k == 0 {
			continue
		}
		verb := toks[k].Word
		if len(verb) > 3 && strings.HasSuffix(verb, "s") && !strings.HasSuffix(verb, "ss") && !strings.HasSuffix(verb, "'s") &&
			wordIs(toks, k+1, "the", "a", "an", "its", "their") && w.At(k, "approve") <= k && w.At(k, "vary") <= k && w.At(k, "aux") <= k {
			return true
		}
	}
	return false
}

// undoneApproval reports whether a match is someone's approval that the
// sentence's verb undoes: "The Council of Members may … revoke the
// Governing Body's approval of a variation" grants the Governing Body
// nothing.
func undoneApproval(w *language.Sentence, m language.Match) bool {
	j := m.Start - 1
	for j >= 0 && wordIs(w.Toks, j, "the", "a", "an", "any") {
		j--
	}
	return wordIs(w.Toks, j, "revoke", "revokes", "revoking", "rescind", "rescinds", "overturn", "overturns", "overrule", "overrules", "reverse", "reverses", "cancel", "cancels", "withdraw", "withdraws")
}

// approvedBefore reports whether a match records an approval given
// before, of something else, in a relative clause: "after a merger …
// that NHS England has already approved" approves the merger, not the
// variation.
func approvedBefore(w *language.Sentence, m language.Match) bool {
	c, ok := m.Capture("approve")
	if !ok || c.Start < 2 || m.Start < 1 {
		return false
	}
	if !wordIs(w.Toks, m.Start-1, "that", "which") {
		return false
	}
	// "except on an application by the CCG which NHS England has
	// approved": the application the sentence is about, approved.
	if !wordIs(w.Toks, c.Start-1, "already") {
		for j := max(0, m.Start-6); j < m.Start-1; j++ {
			if wordIs(w.Toks, j, "application", "applications") {
				return false
			}
		}
	}
	k := c.Start - 1
	if wordIs(w.Toks, k, "already") {
		k--
	}
	return wordIs(w.Toks, k, "has", "have", "had")
}

// decidesOther reports whether a match's word of approving has another
// verb as its object: "The Board may decide to review it and propose
// changes" decides to review, and "which decides whether to recommend
// them" whether to recommend, which approve nothing; "resolve to amend
// the constitution", "decides whether to approve it" and "agree to the
// variation" still approve.
func decidesOther(w *language.Sentence, m language.Match) bool {
	c, ok := m.Capture("approve")
	if !ok {
		return false
	}
	to := c.End
	if wordIs(w.Toks, to, "whether") {
		// "which decides whether to recommend them", "decides whether or
		// not to support it"
		to++
		if wordIs(w.Toks, to, "or") && wordIs(w.Toks, to+1, "not") {
			to += 2
		}
	}
	if to+1 >= len(w.Toks) || w.Toks[to].Word != "to" {
		return false
	}
	next := to + 1
	switch w.Toks[next].Word {
	case "the", "a", "an", "any", "it", "this", "that", "these", "such", "its", "their", "all", "each", "every":
		return false
	}
	return w.At(next, "vary") <= next && w.At(next, "approve") <= next && w.At(next, "actor") <= next && !w.Toks[next].Punct
}

// withinActor reports whether a captured actor is the tail of a longer
// one: the "Executive" (a committee) of "the Chief Executive".
func withinActor(w *language.Sentence, c language.Capture) bool {
	for j := max(0, c.Start-3); j < c.Start; j++ {
		if w.At(j, "actor") >= c.End {
			return true
		}
	}
	return false
}

// objectOfGerund reports whether the actor at i is the object of a verb
// in -ing before it: "after consulting the Chair, approve amendments" is
// the Chief Executive's approval, not the Chair's. Condition words
// ("following the members' approval") are not such verbs.
func objectOfGerund(w *language.Sentence, i int) bool {
	toks := w.Toks
	j := i - 1
	for j >= 0 && (toks[j].Word == "the" || toks[j].Word == "a" || toks[j].Word == "an" || toks[j].Word == "its" || toks[j].Word == "their") {
		j--
	}
	return j >= 0 && strings.HasSuffix(toks[j].Word, "ing") && len(toks[j].Word) > 5 &&
		w.At(j, "require") <= j && w.At(j, "limit") <= j && w.At(j, "actor") <= j
}

// variationFacts reads every sentence about varying the constitution:
// whose approval it needs, and whom it lets vary it.
func variationFacts(d *document, reader *language.Reader, sents []sentence) []model.VariationFact {
	out := []model.VariationFact{}
	// meetings maps a section to whether its title names the members'
	// meeting ("General meetings", "The Council of Members"): there "an
	// amendment" the members agree by a share is one to the constitution.
	meetings := map[int]bool{}
	meetingOf := func(sec int) bool {
		v, ok := meetings[sec]
		if !ok {
			v = sec >= 0 && reader.Read(language.Tokenize(d.sections[sec].Title)).Has("council-of-members")
			meetings[sec] = v
		}
		return v
	}
	// at maps a sentence to its fact in out, for items read with their
	// lead-in and sentences that go on about the same variation.
	at := map[int]int{}
	firstItem := map[int]int{} // a lead-in → the fact of its first item, 1-based
	for i := range sents {
		s := &sents[i]
		pronounGrant := false
		var change *sentence // the sentence read with the change its pronoun stands for
		// "Any member practice may propose a change to this constitution.
		// A proposal is put to the Members' Forum, and it goes forward only
		// if a majority of all the member practices vote for it": the
		// proposal is the change the sentence before named.
		proposal := i > 0 && sents[i-1].block == s.block && at[i-1] > 0 &&
			wordIs(s.toks, 0, "a", "the", "each", "any", "every", "that", "such") && wordIs(s.toks, 1, "proposal", "proposals") &&
			s.w.Has("approve") // (not "Each proposal is sent to every member practice …, which have 28 days to comment on it")
		if !varies(s.w) && !proposal {
			if change = changeForPronoun(sents, i, reader); change != nil {
				pronounGrant = true
			} else if pronounGrant = approvesThoseBefore(d, sents, i); !pronounGrant {
				continue
			}
		}
		continues := i > 0 && sents[i-1].block == s.block && at[i-1] > 0
		if s.w.Has("other-constitution") || s.w.Has("outside-constitution") || s.w.Has("history") ||
			s.w.Has("outside-document") && !namesConstitutionOutsideLimits(s.w) {
			continue // the NHS Constitution, a committee's constitution, a handbook outside it, the version history
		}
		if i > 0 && sents[i-1].block == s.block && sents[i-1].w.Has("outside-constitution") && variesThem(s.w) {
			continue // "The documents in 1.7 are not part of this constitution. The Governing Body may amend them"
		}
		if variesTheOthers(sents, i) {
			continue // "Only the Standing Orders form part of it; the Governing Body may amend the others"
		}
		if (i > 0 && sents[i-1].block == s.block && formsPart(sents[i-1].toks) || formsPart(s.toks)) && doNotBefore(s.toks) && variesThem(s.w) {
			continue // "The Standing Orders form part of it; the other documents do not, and the Governing Body may amend them"
		}
		if listedOutside(d, s.text) {
			continue // "The Governing Body may amend the documents listed in 1.5.2", outside the constitution
		}
		if datedRecord(s.toks) {
			continue // "The Governing Body accepted the result at its meeting of 17 December 2014, and the CCG applied …"
		}
		if changedOnlyByVarying(s.toks) {
			continue // "…; the membership and quorum stated here may only be changed by varying this constitution"
		}
		// An item is about variation when its lead-in is: "The following
		// are reserved matters: (c) any change to the Group's area" is not.
		_, leadVaries := at[s.lead]
		if !s.w.Has("constitution") && !s.in(d, model.KindVariation) && !continues && !(s.lead >= 0 && leadVaries) && !appliesTo(relations(s.w, "applying"), model.ActorNHSEngland) &&
			!(meetingOf(s.section) && membersShareAgree(s.w)) {
			continue
		}
		if !pronounGrant && !proposal && !variesOutsideLimits(s.w) && !(s.in(d, model.KindVariation) && appliesOutsideLimits(s.w)) && !approvesThoseBefore(d, sents, i) && !approvesChangeExcepted(s.w) {
			// "any matter other than a change to the constitution"; but in
			// the section on variation, "The Group will make no application
			// unless the proposed amendment has first been …" is about it,
			// and so is "… may approve them, except in any of these cases,
			// where the amendment must instead be put to …" after the
			// amendments proposed.
			continue
		}
		var f model.VariationFact
		if r := subjectForPronoun(sents, i, reader); r != nil {
			// "The Governing Body considers every amendment proposed. It
			// may approve an amendment itself, but …": read with the
			// subject the pronoun stands for, quoted as written.
			f = readVariation(r, d)
			f.Evidence = s.evidence(d)
		} else if change != nil {
			// "A change to this constitution may be proposed by …. It is
			// made only if a majority of all member practices approve it
			// …": the change the pronoun stands for.
			f = readVariation(change, d)
			f.Evidence = s.evidence(d)
		} else {
			f = readVariation(s, d)
		}
		if len(f.VariedBy) > 0 && !f.Conditional && inThoseCases(s.toks) {
			// "In each of those cases the Governing Body may approve …":
			// a grant limited to the cases set out before.
			f.Conditional, f.Condition = true, s.quote(0, min(len(s.toks), casesEnd(s.toks)))
		}
		if len(f.VariedBy) == 0 && !slices.Contains(f.Approvers, model.ActorMembers) && afterExceptions(sents, i) {
			// "There are two exceptions. A change needed only to reflect a
			// change in law … may be put to NHS England by the Accountable
			// Officer after the Governing Body has seen it": an exception
			// to the members' approval, granted to who puts it forward.
			if a := exceptedActor(s.w); a != "" {
				f.VariedBy, f.Conditional, f.Decision = []string{a}, true, true
				f.Condition = "an exception: " + s.text
			}
		}
		// An item of a list that grants what its lead-in grants adds only
		// a condition: "approved by the Governing Body unless: (a) …".
		j, ok := at[s.lead]
		byItems := false
		if !ok && s.lead >= 0 {
			// The lead-in states no fact of its own ("… and may approve
			// it, except where:"): each item carries it, and the first
			// item's fact stands for the lead's, placed at the lead.
			j, ok = firstItem[s.lead]
			byItems = ok
		}
		if ok && s.lead >= 0 && sameGrant(out[j-1], f) {
			lead := &out[j-1]
			if byItems {
				lead.Evidence = sents[s.lead].evidence(d)
			}
			if f.Condition != "" {
				lead.Condition = joinCondition(lead.Condition, f.Condition)
				lead.Conditional = true
			}
			continue
		}
		out = append(out, f)
		at[i] = len(out) // 1-based, so that 0 is "none"
		if _, seen := firstItem[s.lead]; s.lead >= 0 && !seen {
			firstItem[s.lead] = len(out)
		}
	}
	return out
}

// datedRecord reports whether a sentence records what was done on a date
// rather than saying how the constitution is varied: it names a year, has
// a verb in the past ("accepted", "was approved") and no modal ("may",
// "shall", "will").
func datedRecord(toks []language.Token) bool {
	year, past := false, false
	for i, t := range toks {
		switch {
		case len(t.Word) == 4 && (strings.HasPrefix(t.Word, "19") || strings.HasPrefix(t.Word, "20")) && isDigits(t.Word):
			year = true
		case modalWords[t.Word]:
			return false
		case pastVerbs[t.Word] && !wordIs(toks, i-1, "is", "are", "be", "being", "been", "has", "have", "had", "to", "the", "a", "an", "any"):
			past = true
		}
	}
	return year && past
}

// modalWords and pastVerbs are the words datedRecord reads.
var (
	modalWords = map[string]bool{"may": true, "shall": true, "must": true, "will": true, "can": true, "cannot": true, "should": true, "might": true, "would": true}
	pastVerbs  = map[string]bool{"accepted": true, "applied": true, "approved": true, "agreed": true, "decided": true, "resolved": true, "voted": true,
		"submitted": true, "granted": true, "varied": true, "adopted": true, "amended": true, "endorsed": true, "ratified": true}
)

// membersShareAgree reports whether the members approve by a share
// stated in the sentence: "the amendment is agreed by a simple majority of
// the practices present".
func membersShareAgree(w *language.Sentence) bool {
	for _, r := range relations(w, "approval") {
		if r.actor == model.ActorMembers {
			if _, ok := language.FindThreshold(w.Toks, r.start, r.end); ok {
				return true
			}
		}
	}
	return false
}

// sameGrant reports whether an item grants what its lead-in grants and
// needs no one the lead-in does not.
func sameGrant(lead, item model.VariationFact) bool {
	if len(lead.VariedBy) == 0 || !slices.Equal(lead.VariedBy, item.VariedBy) {
		return false
	}
	for _, a := range item.Approvers {
		if !slices.Contains(lead.Approvers, a) {
			return false
		}
	}
	return true
}

func joinCondition(a, b string) string {
	// Each item repeats its lead-in's condition word: "unless: (a) …",
	// "unless: (b) …" read as "unless: (a) …; (b) …".
	if k := strings.Index(b, ":"); k >= 0 && strings.HasPrefix(a, b[:k+1]) {
		rest := strings.TrimSpace(b[k+1:])
		if strings.TrimSpace(a) == b[:k+1] {
			return b
		}
		return a + "; " + rest
	}
	if a == "" {
		return b
	}
	if strings.Contains(a, b) {
		return a
	}
	return a + "; " + b
}

// membersOnlyWhere reports whether the members' approval stands after
// ", but", after a grant, and a condition follows it: "… may approve an
// amendment itself, but it must refer the amendment to the members for
// their approval where …".
func membersOnlyWhere(w *language.Sentence, segs []conditionPart, rels []relation, grants map[string]bool) bool {
	toks := w.Toks
	but := -1
	for k := 1; k < len(toks); k++ {
		// ", but it must refer …", ", save that a proposal must instead be
		// put to the Members' Council … where: …"
		if toks[k-1].Word == "," && (toks[k].Word == "but" || wordIs(toks, k, "save", "except") && wordIs(toks, k+1, "that")) {
			but = k
			break
		}
	}
	if but < 0 {
		return false
	}
	granted := false
	for _, r := range rels {
		granted = granted || grants[r.actor] && r.end <= but
		if r.actor == model.ActorMembers && r.at < but {
			return false // the members' approval before the grant
		}
	}
	if !granted {
		return false
	}
	for _, seg := range segs {
		if seg.kind == segRequire && seg.start > but {
			return true
		}
	}
	return false
}

// exceptionsRe finds a sentence that announces exceptions: "There are two
// exceptions.", "There is one exception to 1.4.2."
var exceptionsRe = lazyRe(`(?i)^(?:[\d.]+\s+)?there (?:is|are) (?:one|two|three|four|\d) exceptions?\b`)

// afterExceptions reports whether the sentence before sentence i in its
// paragraph announces exceptions.
func afterExceptions(sents []sentence, i int) bool {
	return i > 0 && sents[i-1].block == sents[i].block && containsFold(sents[i-1].text, "exception") && exceptionsRe.MatchString(sents[i-1].text)
}

// exceptedActor is the governing body, a committee or an officer that a
// sentence has apply for, make or approve a change, or "".
func exceptedActor(w *language.Sentence) string {
	for _, r := range relations(w, "applying", "making", "approval") {
		switch r.actor {
		case model.ActorGoverningBody, model.ActorCommittee, model.ActorAccountableOfficer:
			if !negated(w, clauseStart(w.Toks, r.start), r.end) {
				return r.actor
			}
		}
	}
	if len(relations(w, "applying")) == 0 {
		return ""
	}
	// "… may be put to NHS England by the Accountable Officer": the one
	// who puts it, after "by".
	toks := w.Toks
	for k := 1; k < len(toks); k++ {
		start := k
		if wordIs(toks, k, "the") {
			start = k + 1
		}
		if !wordIs(toks, k-1, "by") {
			continue
		}
		if e := w.At(start, "actor"); e > start {
			switch a := actorOf(w, start, e); a {
			case model.ActorGoverningBody, model.ActorCommittee, model.ActorAccountableOfficer:
				return a
			}
		}
	}
	return ""
}

// changeForPronoun is sentence i read with the subject of the sentence
// before it in its paragraph in place of the "It" it begins with, when
// that subject is a change to the constitution: "A change to this
// constitution may be proposed by the Governing Body …. It is made only
// if a majority of all member practices approve it …"; else nil.
func changeForPronoun(sents []sentence, i int, reader *language.Reader) *sentence {
	s, prev := pronounAfter(sents, i, "it")
	if prev == nil {
		return nil
	}
	// The subject runs to the verb: "A change to this constitution".
	end := -1
	for k := 1; k < len(prev.toks) && k < 12; k++ {
		if wordIs(prev.toks, k, "may", "shall", "must", "will", "can", "should", "is", "are", "was", "were", "needs", "requires") {
			end = k
			break
		}
	}
	if end < 2 || !wordIs(prev.toks, 0, "a", "an", "any", "each", "every", "the") || !prev.w.HasIn("vary", 0, end) || !prev.w.HasIn("constitution", 0, end) {
		return nil
	}
	return s.withSubject(prev.text[prev.toks[0].Start:prev.toks[end-1].End], reader)
}

// pronounAfter returns sentence i and the sentence before it in its
// paragraph when sentence i opens with one of pronouns (and has words
// after it); else prev is nil.
func pronounAfter(sents []sentence, i int, pronouns ...string) (s, prev *sentence) {
	s = &sents[i]
	if i == 0 || sents[i-1].block != s.block || len(s.toks) < 3 || !wordIs(s.toks, 0, pronouns...) {
		return s, nil
	}
	return s, &sents[i-1]
}

// subjectForPronoun is sentence i read with the subject of the sentence
// before it in its paragraph in place of the pronoun it begins with ("It
// may approve an amendment itself"), when that subject is the governing
// body, a committee, an officer or the members; else nil.
func subjectForPronoun(sents []sentence, i int, reader *language.Reader) *sentence {
	s, prev := pronounAfter(sents, i, "it", "they")
	if prev == nil {
		return nil
	}
	start := 0
	if wordIs(prev.toks, 0, "the", "its", "our") {
		start = 1
	}
	end := prev.w.At(start, "actor")
	if end <= start {
		return nil
	}
	switch actorOf(prev.w, start, end) {
	case model.ActorGoverningBody, model.ActorCommittee, model.ActorAccountableOfficer, model.ActorMembers:
		// (The members' meeting too: "The Membership Council meets four
		// times a year. It … approves amendments to this constitution".)
	default:
		return nil
	}
	return s.withSubject(prev.text[prev.toks[0].Start:prev.toks[end-1].End], reader)
}

// varies reports whether a sentence speaks of a change, other than in
// "as amended" of legislation.
// approvesThoseBefore reports whether sentence i approves, by a pronoun,
// the changes the sentence before it in its paragraph proposes: "The
// Accountable Officer may propose amendments to this constitution. The
// Governing Body considers them and may approve them, unless: …".
//
// The same of "such" a change the sentence before describes, in the
// section on variation: "That approval is not needed where the only
// effect of the variation is to correct …. The Governing Body may
// approve such an application on the Group's behalf".
func approvesThoseBefore(d *document, sents []sentence, i int) bool {
	if i > 0 && inThoseCases(sents[i].toks) && sents[i].in(d, model.KindVariation) && sents[i-1].section == sents[i].section {
		// "That approval is not needed where a variation does no more
		// than: a) …; c) …. In each of those cases the Governing Body may
		// approve the application itself": the cases listed before.
		for _, r := range relations(sents[i].w, "approval", "making") {
			if r.actor != model.ActorMembers && r.actor != model.ActorNHSEngland && r.actor != "group" && r.actor != model.ActorOther {
				return true
			}
		}
	}
	if i == 0 || sents[i-1].block != sents[i].block || !varies(sents[i-1].w) {
		return false
	}
	if (sents[i-1].w.Has("constitution") || sents[i-1].in(d, model.KindVariation)) && (len(relations(sents[i].w, "making")) > 0 || approvesPronoun(sents[i].w)) {
		// ("The Accountable Officer may from time to time propose
		// amendments. The Governing Body … may approve it, unless: …",
		// in the section on variation.)
		return true
	}
	if !sents[i].in(d, model.KindVariation) || !hasWord(sents[i].toks, "such") {
		return false
	}
	for _, r := range relations(sents[i].w, "approval", "making") {
		if r.actor != model.ActorMembers && r.actor != model.ActorNHSEngland && r.actor != "group" && r.actor != model.ActorOther {
			return true
		}
	}
	return false
}

// inThoseCases reports whether a sentence opens by referring back to
// cases set out before it: "In each of those cases", "In any such case",
// "In these cases".
func inThoseCases(toks []language.Token) bool {
	if !wordIs(toks, 0, "in") {
		return false
	}
	k := 1
	if wordIs(toks, k, "each", "any", "all") {
		k++
		if wordIs(toks, k, "of") {
			k++
		}
	}
	return wordIs(toks, k, "those", "these", "such") && wordIs(toks, k+1, "case", "cases", "circumstances", "instances")
}

// casesEnd is where the opening words "In each of those cases" end:
// just after "cases", or after the fourth word.
func casesEnd(toks []language.Token) int {
	for k := 1; k < len(toks) && k < 8; k++ {
		if wordIs(toks, k, "case", "cases", "circumstances", "instances") {
			return k + 1
		}
	}
	return 4
}

func varies(w *language.Sentence) bool {
	if !w.Has("vary") {
		return false // most sentences: one bit
	}
	toks := w.Toks
	skip := -1
	for i := range toks {
		if e := w.At(i, "not-variation"); e > i {
			skip = e
		}
		if i >= skip && w.At(i, "vary") > i {
			return true
		}
	}
	return false
}

// variesOutsideLimits reports whether a word of change stands outside the
// exceptions of a sentence.
func variesOutsideLimits(w *language.Sentence) bool {
	parts := conditionParts(w)
	for _, p := range w.Find("vary") {
		if partAt(parts, p.Start).kind != segLimit {
			return true
		}
	}
	return false
}

// changedOnlyByVarying reports whether a sentence says something else can
// be changed only by varying the constitution: "the membership and quorum
// stated here may only be changed by varying this constitution". It
// entrenches what it names; whoever else it names does not vary the
// constitution by it.
func changedOnlyByVarying(toks []language.Token) bool {
	for i := 1; i+3 < len(toks); i++ {
		if !wordIs(toks, i, "by") || !wordIs(toks, i+1, "varying", "amending", "changing", "altering") || !wordIs(toks, i+2, "this", "the") || !wordIs(toks, i+3, "constitution") {
			continue
		}
		for k := max(0, i-6); k < i; k++ {
			if wordIs(toks, k, "only") {
				return !wordIs(toks, 0, "this", "the") || !wordIs(toks, 1, "constitution")
			}
		}
	}
	return false
}

// approvesChangeExcepted reports whether a sentence that opens with an
// exception naming a change has someone approve "it" in its main clause:
// "Unless an amendment would alter the decisions reserved to the members,
// …, the Governing Body may approve it". The change is the exception's
// subject, not one of the cases it excepts.
func approvesChangeExcepted(w *language.Sentence) bool {
	parts := conditionParts(w)
	if len(parts) < 2 || parts[1].kind != segLimit || parts[1].start > 1 {
		return false
	}
	for _, p := range w.Find("vary") {
		if partAt(parts, p.Start) == parts[1] {
			return approvesPronoun(w)
		}
	}
	return false
}

// namesConstitutionOutsideLimits reports whether the constitution (or a
// part of it, as the word set has it) is named outside the exceptions of
// a sentence: "The Governing Body may amend the Governance Handbook,
// except the Standing Orders, which are changed only as 1.4 provides"
// grants a power over the handbook only.
func namesConstitutionOutsideLimits(w *language.Sentence) bool {
	if !w.Has("constitution") {
		return false
	}
	parts := conditionParts(w)
	for _, p := range w.Find("constitution") {
		// (Nor "… may be changed by the Governing Body without amending
		// the constitution".)
		if kind := partAt(parts, p.Start).kind; kind != segLimit && kind != segWithout {
			return true
		}
	}
	return false
}

// appliesOutsideLimits reports whether the word "application" or "apply"
// stands outside the exceptions of a sentence: its main clause speaks of
// an application.
func appliesOutsideLimits(w *language.Sentence) bool {
	parts := conditionParts(w)
	for i, t := range w.Toks {
		switch t.Word {
		case "application", "apply", "applies", "applied":
			if partAt(parts, i).kind != segLimit {
				return true
			}
		}
	}
	return false
}

func readVariation(s *sentence, d *document) model.VariationFact {
	w, toks := s.w, s.toks
	f := model.VariationFact{Evidence: s.evidence(d), Approvers: []string{}, VariedBy: []string{}, Partial: partialScope(w) || restricted(w),
		Decision: w.Has("approve") || w.Has("apply") || len(relations(w, "making")) > 0}
	segs := conditionParts(w)
	// mainNegated says whether the main clause a condition belongs to
	// denies: "…; the Group will not apply unless the members have
	// approved" needs the members, whatever the sentence's first clause.
	mainNegated := func(at int) bool {
		main := segs[0]
		for _, seg := range segs {
			if seg.start > at {
				// "Unless … have supported it, no proposal to vary this
				// constitution may go forward": a condition that opens the
				// sentence belongs to the main clause after it.
				if main.end <= main.start && seg.kind == segMain {
					// Its first clause: not "…, this constitution may be
					// varied only on …, and a variation has no effect
					// until …".
					main = seg
					for k := seg.start; k+1 < seg.end; k++ {
						if wordIs(w.Toks, k, ";") || wordIs(w.Toks, k, ",") && wordIs(w.Toks, k+1, "and", "but", "or") {
							main.end = k
							break
						}
					}
				}
				if main.end > main.start {
					break
				}
				continue
			}
			if seg.kind == segMain && seg.end > seg.start {
				main = seg
			}
		}
		return negated(w, main.start, main.end)
	}
	approvers, grants, statutory, needed := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	// refused are the actors the main clause denies the power to vary;
	// excepted those an exception lets vary ("save that the Governing
	// Body may make …"), whatever the main clause needs.
	refused, excepted := map[string]bool{}, map[string]bool{}
	limited := false
	// memberParts are the parts of the sentence where the members'
	// approval is needed: their share is read there, not from a condition
	// ("unless more than a quarter of them object").
	var memberParts []conditionPart
	rels := relations(w, "approval", "making", "applying", "delegating")
	// "The Board may not delegate its approval of variations": the Board
	// keeps the power.
	for _, r := range relations(w, "retaining") {
		if negated(w, r.at, r.end) && r.actor != "group" && r.actor != model.ActorOther {
			if r.actor == model.ActorMembers {
				approvers[r.actor] = true
				memberParts = append(memberParts, partAt(segs, r.at))
			} else {
				grants[r.actor] = true
			}
		}
	}
	denied := 0
	notNeeded := false // "The members' approval is not required, and …"
	concession := concessionEnd(toks)
	for _, r := range rels {
		if r.actor == "group" {
			continue
		}
		if r.at < concession {
			continue // "Although most of its functions are delegated to the Governing Body, the Council keeps …": granted nothing
		}
		if whoseMembership(toks, r.at) {
			continue // "A change to the membership of the Governing Body is a variation like any other": what changes, not who
		}
		if r.actor == model.ActorMembers && approvalNotNeeded(toks, r.end) {
			notNeeded = true
			continue
		}
		if r.frame == "applying" && reported(w.Toks, r.start) {
			continue // "will report each such application to the next General Meeting": told, not asked
		}
		if r.actor == model.ActorOther {
			// Someone the sentence names but the lexicon does not know (a
			// Local Medical Committee): a need when a condition names it,
			// never a grant.
			if seg := partAt(segs, r.at); seg.kind == segRequire || seg.kind == segWithout && mainNegated(r.at) {
				approvers[r.actor] = true
			}
			continue
		}
		seg := partAt(segs, r.at)
		if notNeeded {
			// The denial of "is not required" is the members' clause's,
			// not this one's.
			seg.start = max(seg.start, clauseStart(toks, r.start))
		}
		if seg.kind == segMain && negated(w, seg.start, r.end) {
			denied++
		}
		switch {
		case r.actor == model.ActorNHSEngland && r.frame == "making":
			// NHS England's own power to vary, unless the sentence is
			// about an application to it ("an application to NHS England
			// to vary the constitution"), or supposes it used ("Where NHS
			// England varies this constitution, the ICB will publish it").
			if !appliesTo(rels, model.ActorNHSEngland) && !(seg.kind == segRequire && seg.start <= 1) {
				statutory[r.actor] = true
			}
		case seg.kind == segWithout:
			// "without the approval of the members": explicitly not needed,
			// unless the main clause forbids ("no variation without").
			if mainNegated(r.at) {
				approvers[r.actor] = true
				if r.actor == model.ActorMembers {
					memberParts = append(memberParts, seg)
				}
			}
		case seg.kind == segLimit && r.actor != model.ActorMembers && permits(w, r) && (!mainNegated(r.at) || r.at <= seg.start+4):
			// "…, save that the Governing Body may make any amendment NHS
			// England requires": an exception that grants, with a subject
			// and verb of its own even after a main clause that forbids
			// ("shall not apply unless the Members have approved, save that
			// the Governing Body may itself approve …").
			excepted[r.actor] = true
		case seg.kind == segLimit && !mainNegated(r.at):
			// "… unless the members ask": an exception to what the main
			// clause grants, not a need.
			limited = true
		case seg.kind == segRequire || seg.kind == segLimit:
			approvers[r.actor] = true
			if r.actor == model.ActorMembers {
				memberParts = append(memberParts, seg)
			}
		case r.frame == "applying" && r.actor == model.ActorNHSEngland:
			// Applying to NHS England is the route, whether the sentence
			// forbids applying before something else.
			approvers[r.actor] = true
		case negated(w, seg.start, r.end):
			// "The Governing Body may not vary the constitution."
			if r.frame != "applying" {
				refused[r.actor] = true
			}
		case r.actor == model.ActorMembers || r.actor == model.ActorNHSEngland:
			approvers[r.actor] = true
			if r.actor == model.ActorMembers {
				memberParts = append(memberParts, seg)
			}
		case r.frame == "delegating":
			grants[r.actor] = true
		case mustBefore(w, seg.start, r.end):
			// "must be approved by the Governing Body": a need beside the
			// members' approval, else the Governing Body decides.
			needed[r.actor] = true
		case r.frame == "approval" && wordIs(w.Toks, r.start, "on") && wordIs(w.Toks, r.start+2, "authority") && !mainNegated(r.at):
			// "A variation of a purely technical kind may, however, go to
			// NHS England on the authority of the Governing Body alone":
			// the body on whose authority it goes decides it.
			grants[r.actor] = true
		case r.at > r.start && !passiveBefore(w, r.start) && !permits(w, r):
			// "any change approved by the Governing Body": a change the
			// sentence describes, not a power it grants ("amendments may
			// be made by the Accountable Officer" grants one).
		default:
			grants[r.actor] = true
		}
	}
	// "The Governing Body decides when to put a proposal to the members
	// …, but it may not vary the constitution": the pronoun's denial is
	// the body's.
	for _, r := range rels {
		if grants[r.actor] && deniedAfter(w, r.end, clauseStart(w.Toks, r.start) == 0 && r.start <= 2) {
			delete(grants, r.actor)
			refused[r.actor] = true
		}
	}
	for a := range needed {
		if approvers[model.ActorMembers] {
			approvers[a] = true
		} else {
			grants[a] = true
		}
	}
	// An exception reopens what the main clause refuses: "may not approve
	// any variation except one which NHS England directs", "other than
	// amendments to the list of member practices, the Governing Body has no
	// power to vary".
	if len(refused) > 0 && !approvers[model.ActorMembers] {
		for _, seg := range segs {
			if seg.kind == segLimit {
				for a := range refused {
					if a != model.ActorMembers {
						excepted[a] = true
					}
				}
				break
			}
		}
	}
	if approvers[model.ActorMembers] && len(grants) > 0 && membersOnlyWhere(w, segs, rels, grants) {
		// "It may approve an amendment itself, but it must refer the
		// amendment to the members for their approval where: …": the
		// members decide only where the condition holds, and the grant
		// stands, limited by it.
		delete(approvers, model.ActorMembers)
		memberParts, limited = nil, true
	}
	if approvers[model.ActorMembers] {
		// The grant is the formal step after the members have agreed.
		clear(grants)
		for _, seg := range memberParts {
			if th, ok := language.FindThreshold(toks, seg.start, seg.end); ok {
				f.Threshold = th.String()
				break
			}
		}
		if f.Threshold == "" {
			// "… put to member practices, and adopted if supported by at
			// least two thirds of those voting": the share is the members'
			// though the clause that states it names no one.
			for _, seg := range segs {
				if seg.kind != segMain && seg.kind != segRequire || w.HasIn("objection", seg.start, seg.end) || !w.HasIn("approve", seg.start, seg.end) || namesOther(w, seg) {
					continue
				}
				if th, ok := language.FindThreshold(toks, seg.start, seg.end); ok {
					f.Threshold = th.String()
					break
				}
			}
		}
		if f.Threshold == "" && eachMemberAgrees(w, rels) {
			f.Threshold = ">=1"
		}
	}
	for a := range excepted {
		grants[a] = true
		limited = true
	}
	if !approvers[model.ActorMembers] && (notNeeded || withoutMembers(w)) {
		// "the Governing Body may approve amendments that are minor or
		// technical, and the Group may then apply to NHS England for them
		// without reference to the Full Council of Members": the body's
		// approval stands in the members' place, a grant, of some changes
		// only when the sentence says which.
		for a := range approvers {
			if a != model.ActorNHSEngland && a != model.ActorMembers && a != "group" {
				grants[a] = true
			}
		}
		if a := subjectActor(w); len(grants) == 0 && w.Has("apply") && (a == model.ActorAccountableOfficer || a == model.ActorGoverningBody || a == model.ActorCommittee) {
			// "The Accountable Officer may, without a vote of the members,
			// apply to NHS England for a variation whose only effect is …":
			// the one who applies in the members' place varies it.
			grants[a] = true
		}
		if len(grants) > 0 {
			limited = limited || f.Partial || qualifiedChange(w.Toks)
		}
	}
	for a := range grants {
		delete(approvers, a)
	}
	for a := range statutory {
		grants[a] = true
	}
	if w.Has("advice") || question(s) {
		// "Practices should insist that their constitution cannot be
		// changed without …": advice on what a constitution should say,
		// not what this one says; a question states nothing either.
		clear(approvers)
		clear(grants)
		clear(statutory)
		f.Threshold = ""
		f.Decision = false
	}
	if denied > 0 && denied == len(rels) {
		// "The joint committee cannot change the constitution": understood,
		// and it decides nothing.
		f.Decision = false
	}
	f.Approvers = sortedActors(approvers)
	f.VariedBy = sortedActors(grants)
	if len(statutory) > 0 && statutoryLimited(w, segs, mainNegated) {
		limited = true
	}
	if len(grants) > len(statutory) || len(statutory) > 0 && limited {
		if limited || w.Has("limited-class") {
			f.Conditional = true
			f.Condition = conditionWords(s, segs)
		}
		for _, seg := range segs[1:] {
			if seg.kind == segRequire && w.HasIn("takes-effect", seg.start, seg.end) {
				continue // "before they take effect": when, not whether
			}
			if seg.kind == segLimit || (seg.kind == segRequire && !hasRelation(w, seg)) {
				f.Conditional = true
				f.Condition = s.quote(seg.start, seg.end)
				break
			}
		}
	}
	return f
}

// qualifiedChange reports whether the changes a sentence speaks of are
// some only: "amendments that correct errors", "changes which …".
func qualifiedChange(toks []language.Token) bool {
	for i := range toks {
		if wordIs(toks, i, "amendment", "amendments", "change", "changes", "variation", "variations") {
			return wordIs(toks, i+1, "that", "which")
		}
	}
	return false
}

// withoutMembers reports whether a sentence says something is done
// without the members: "without reference to the Full Council of
// Members", "without a vote of the member practices".
func withoutMembers(w *language.Sentence) bool {
	toks := w.Toks
	for i, t := range toks {
		if t.Word != "without" {
			continue
		}
		for _, p := range w.FindIn("actor", i+1, min(len(toks), i+7)) {
			if actorOf(w, p.Start, p.End) == model.ActorMembers {
				return true
			}
		}
	}
	return false
}

// reported reports whether the application at token i is one reported or
// notified to someone, not made to them: "report each such application
// to the next General Meeting".
func reported(toks []language.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if wordIs(toks, j, "report", "reports", "reported", "reporting", "notify", "notifies", "notified", "inform", "informs", "informed", "tell", "tells") {
			return true
		}
	}
	return false
}

// subjectActor is the actor a sentence opens with ("The Accountable
// Officer may …"), or "".
func subjectActor(w *language.Sentence) string {
	start := 0
	if wordIs(w.Toks, 0, "the", "our", "its") {
		start = 1
	}
	if end := w.At(start, "actor"); end > start {
		return actorOf(w, start, end)
	}
	return ""
}

// namesOther reports whether a part of a sentence names an actor other
// than the members (or the Group acting for them).
func namesOther(w *language.Sentence, seg conditionPart) bool {
	for _, p := range w.FindIn("actor", seg.start, seg.end) {
		if a := actorOf(w, p.Start, p.End); a != model.ActorMembers && a != "group" {
			return true
		}
	}
	return false
}

// eachMemberAgrees reports whether the members approve one by one: "each
// member practice must sign to confirm its agreement" needs them all.
func eachMemberAgrees(w *language.Sentence, rels []relation) bool {
	for _, r := range rels {
		if r.actor == model.ActorMembers && r.frame == "approval" && r.at == r.start && r.at > 0 {
			// The subject, first in its clause: not "one representative
			// from each member practice".
			if word := w.Toks[r.at-1].Word; (word == "each" || word == "every") && clauseStart(w.Toks, r.at-1) == r.at-1 {
				return true
			}
		}
		// "the written consent of every member practice", "the agreement
		// of all the member practices": the approval of each.
		if r.actor == model.ActorMembers && r.frame == "approval" && r.at >= 2 {
			j := r.at - 1
			if wordIs(w.Toks, j, "the") {
				j--
			}
			if wordIs(w.Toks, j, "every", "each", "all") && wordIs(w.Toks, j-1, "of") && w.HasIn("approve", max(0, j-4), j-1) {
				return true
			}
		}
	}
	return false
}

// statutoryLimited reports whether NHS England's own power to vary is
// limited by the sentence: "…, provided that it has first consulted the
// ICB", "shall not vary … without first consulting the Group". Not by the
// words that say what the power is: "otherwise than on an application",
// "without any application from the Group", "where, in circumstances the
// legislation sets out, …".
func statutoryLimited(w *language.Sentence, segs []conditionPart, mainNegated func(int) bool) bool {
	for _, seg := range segs[1:] {
		if seg.kind == segWithout && mainNegated(seg.start) || seg.kind == segRequire && w.At(seg.start, "proviso") > seg.start {
			return true
		}
	}
	return false
}

// permits reports whether a relation's actor is let do what it does:
// "the Governing Body may make", "which the Governing Body can approve".
func permits(w *language.Sentence, r relation) bool {
	if wordIs(w.Toks, r.start-1, "be") && wordIs(w.Toks, r.start-2, "may", "can") {
		return true // "may be approved by the Governing Body"
	}
	for i := r.start; i < r.end && i < len(w.Toks); i++ {
		switch w.Toks[i].Word {
		case "may", "can", "authorised", "authorized", "empowered", "able", "authority", "power":
			// ("has authority to approve", "has the power to approve")
			return true
		}
	}
	return false
}

// mustBefore reports whether a word of need ("must", "required") stands
// in [from, to): "must be approved by the Governing Body" needs the
// Governing Body rather than lets it.
func mustBefore(w *language.Sentence, from, to int) bool {
	toks := w.Toks
	for i := from; i < to && i < len(toks); i++ {
		if w.At(i, "must") > i {
			return true
		}
	}
	return false
}

func hasRelation(w *language.Sentence, seg conditionPart) bool {
	for _, r := range relations(w, "approval", "making", "applying") {
		if r.at >= seg.start && r.at < seg.end {
			return true
		}
	}
	return false
}

// sortedActors lists actors in the order of model's Actor constants.
func sortedActors(set map[string]bool) []string {
	return inOrder(set, model.ActorMembers, model.ActorGoverningBody, model.ActorNHSEngland,
		model.ActorAccountableOfficer, model.ActorCommittee, model.ActorOther)
}

// inOrder lists the members of set in the order given, never nil (facts
// are written as [] when empty).
func inOrder(set map[string]bool, order ...string) []string {
	out := []string{}
	for _, a := range order {
		if set[a] {
			out = append(out, a)
		}
	}
	return out
}

// conditionWords quotes the first condition of a sentence, or the words
// that limit a grant to a class of changes.
func conditionWords(s *sentence, segs []conditionPart) string {
	for _, seg := range segs[1:] {
		if seg.kind != segMain {
			return s.quote(seg.start, seg.end)
		}
	}
	for i := range s.toks {
		if e := s.w.At(i, "limited-class"); e > i {
			return s.quote(max(0, i-3), min(len(s.toks), e+3))
		}
	}
	return ""
}

// passiveBefore reports whether a passive auxiliary stands in the few
// words before token i: "may be approved", "shall be considered and
// approved", but not "any change approved".
func passiveBefore(w *language.Sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if w.At(j, "passive-aux") > j {
			return true
		}
	}
	return false
}

// passiveSubject reports whether a match of an actor before its verb is a
// passive whose agent follows ("the proposals of the Accountable Officer
// shall be approved by the Governing Body"): the actor there is not the
// one who decides.
func passiveSubject(w *language.Sentence, m language.Match) bool {
	toks := w.Toks
	c, ok := m.Capture("actor")
	if !ok || c.Start != m.Start || m.End >= len(toks) || toks[m.End].Word != "by" {
		return false
	}
	for i := c.End; i < m.End; i++ {
		if w.At(i, "passive-aux") > i {
			return true
		}
	}
	return false
}

func appliesTo(rels []relation, actor string) bool {
	for _, r := range rels {
		if r.frame == "applying" && r.actor == actor {
			return true
		}
	}
	return false
}

// objects reports whether a share of an actor does something other than
// approve: "more than half of the member practices object to it", "is
// quorate when at least half of the member practices are represented".
func objects(w *language.Sentence, m language.Match) bool {
	if _, ok := m.Capture("quota"); !ok {
		return false
	}
	return w.HasIn("objection", m.End, min(m.End+3, len(w.Toks))) || w.HasIn("attendance", m.End, min(m.End+2, len(w.Toks)))
}

// partialScope reports whether a sentence speaks of a class of changes
// only ("material changes", "a change to a reserved matter"). "Majority"
// and "minority" stem as "major" and "minor" do, and are shares, not
// classes of change.
func partialScope(w *language.Sentence) bool {
	for _, p := range w.Find("partial-scope") {
		if word := w.Toks[p.Start].Word; !strings.HasPrefix(word, "majorit") && !strings.HasPrefix(word, "minorit") {
			return true
		}
	}
	return false
}

// proposes reports whether a share of an actor only proposes: "proposals
// may be made by the Governing Body or by one third of the member
// practices" has no one approve.
func proposes(w *language.Sentence, m language.Match) bool {
	if _, ok := m.Capture("quota"); !ok {
		return false
	}
	if w.Has("approve") {
		return false
	}
	for _, p := range w.Find("propose") {
		if w.Toks[p.Start].Word != "proposed" || p.End-p.Start > 1 {
			return true // not "a proposed amendment", which may still need them
		}
	}
	return false
}

// restricted reports whether the changes a sentence speaks of are limited
// by a restrictive clause: "changes to the constitution that must be put
// before the membership under paragraph 1.4.2" are some changes, not all.
func restricted(w *language.Sentence) bool {
	for k := range w.Toks {
		if k > 0 && inThoseCases(w.Toks[k:]) {
			return true // "… and in any of those cases the amendments go to the Members' Council"
		}
	}
	for _, p := range w.Find("vary") {
		if someCasesAfter(w.Toks, p.End) {
			return true // "An amendment of a kind described in 1.4.2 a) to c) …"
		}
	}
	for _, p := range w.Find("constitution") {
		if p.End < len(w.Toks) {
			if next := w.Toks[p.End].Word; next == "that" || next == "which" {
				return true
			}
		}
	}
	return false
}
