package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// Sanctions on practices, each a word set "sanction-KIND".
var sanctionKinds = []string{"expel", "suspend", "terminate-membership", "withhold-payment", "penalty", "performance-manage"}

// sanctionSets are the word sets (and frames) of the sanction kinds, in
// the same order, named once: a name built for each sentence would be
// looked up by its text each time.
var sanctionSets = func() []string {
	out := make([]string, len(sanctionKinds))
	for i, k := range sanctionKinds {
		out[i] = "sanction-" + k
	}
	return out
}()

// obligationFacts reads, clause by clause, the sentences that oblige
// practices (practices are the subject of "shall", "must", "agree to" …)
// and those that let someone sanction them. One fact of each kind per
// clause: the first sentence that states it.
func obligationFacts(d *document, sents []sentence) []model.ObligationFact {
	out := []model.ObligationFact{}
	obliged, sanctioned := map[int]bool{}, map[int]bool{}
	for i := range sents {
		s := &sents[i]
		if !s.w.Has("practice") || question(s) {
			continue
		}
		// A lead-in ("Each practice shall:") is read with each of its items,
		// and the obligation is its clause's: one fact for clause 3.2, at
		// its first line, quoting the lead-in with its first item.
		clause := s
		if s.lead >= 0 {
			clause = &sents[s.lead]
		}
		if !obliged[clause.block] && !s.leadIn && !defines(s.toks) && obliges(s.w) && !s.w.Has("no-obligation") {
			obliged[clause.block] = true
			ev := clauseEvidence(d, clause)
			ev.Text = s.text
			out = append(out, model.ObligationFact{Evidence: ev, Kind: "obligation"})
		}
		if sanctioned[s.block] || wordIs(s.toks, 0, "nothing") && s.w.Has("constitution") {
			// "Nothing in this constitution allows the Group to expel a
			// practice …" denies every sanction it names.
			continue
		}
		for ki, k := range sanctionKinds {
			ps := s.w.Find(sanctionSets[ki])
			for _, m := range s.w.Match(sanctionSets[ki]) {
				ps = append(ps, language.Phrase{Start: m.Start, End: m.End})
			}
			if len(ps) == 0 || !ownsObject(s.toks, ps[0]) && sanctionsSomethingElse(s.w, ps[0]) || s.w.HasIn("automatic", max(0, ps[0].Start-16), ps[0].End+12) ||
				beforeClause(s.toks, ps[0].Start) || groupsPlan(s.toks, ps[0]) || paymentNotReceivedByChoice(s, ps[0]) {
				// Membership that ends by itself when a contract does is
				// no one's sanction.
				continue
			}
			// "Practices will not be expelled", unless an exception reopens
			// it: "will not withhold any payment except as a scheme allows".
			if negatedMain(s.w, listStart(s.w, ps[0].Start), ps[0].Start) || wordIs(s.toks, 0, "no") && ps[0].Start <= 2 {
				// "No payment due to a practice is withheld, except where
				// the practice has asked": an exception at the practice's
				// own request reopens nothing.
				if !s.w.HasIn("limit", ps[0].End, len(s.toks)) || s.w.HasIn("own-request", ps[0].End, len(s.toks)) {
					continue
				}
			}
			sanctioned[s.block] = true
			out = append(out, model.ObligationFact{
				Evidence: clauseEvidence(d, s), Kind: "sanction", Sanction: k, Words: s.quote(ps[0].Start, ps[0].End),
			})
			break
		}
	}
	return out
}

// defines reports whether a sentence defines a term: "“Practice
// Representative” means the person each member practice appoints under
// 3.3.1" says what the words mean, not what the practices must do.
func defines(toks []language.Token) bool {
	for i := 1; i < len(toks) && i <= 8; i++ {
		if wordIs(toks, i, "means", "mean") || wordIs(toks, i, "refers", "refer") && wordIs(toks, i+1, "to") ||
			wordIs(toks, i, "defined") && wordIs(toks, i-1, "is", "are") {
			// Not the noun: "The Locality Forums are the means by which …";
			// nor a consequence: "Membership of the Group means that each
			// member practice agrees to: …".
			return !wordIs(toks, i-1, "may", "shall", "must", "will", "should", "can", "by", "the", "a", "any", "other", "its", "their") &&
				!wordIs(toks, i+1, "that")
		}
	}
	return false
}

// sanctionsSomethingElse reports whether what a sanction word acts on is
// not a practice: "standing orders may be suspended", "suspension of the
// meeting".
func sanctionsSomethingElse(w *language.Sentence, p language.Phrase) bool {
	toks := w.Toks
	// "The Governing Body may suspend one of its members": a body's own
	// member, when a body is the subject.
	if w.HasIn("governing-body", 0, min(len(toks), 4)) || hasWordBetween(toks, 0, 4, "committee", "board") {
		for i := p.End; i+1 < len(toks) && i < p.End+4; i++ {
			if wordIs(toks, i, "its") && wordIs(toks, i+1, "members", "member") {
				return true
			}
		}
	}
	for i := p.Start + 1; i < p.End; i++ {
		if w.At(i, "practice") > i && !bodyBefore(w, i) {
			// "withhold that practice's payment": the practice named
			// within the sanction's words is what it acts on.
			return false
		}
	}
	// What stands before a verb after its modal is its subject, not what
	// it acts on: "the Members' Meeting may suspend the practice's right to
	// vote"; before a participle or a noun it may be ("standing orders may
	// be suspended").
	active := wordIs(toks, p.Start-1, "may", "shall", "will", "must", "can", "could", "might") && !strings.HasSuffix(toks[p.End-1].Word, "ed")
	for i := max(0, p.Start-5); i < min(len(toks), p.End+4); i++ {
		if active && i < p.Start && w.At(i, "not-sanctioned") < p.End {
			continue // the subject ("the Members' Meeting"), unless its words hold the sanction's ("contract sanctions")
		}
		if i >= p.End && w.At(i, "practice") > i {
			// "expel a practice whose employee …": the practice is what
			// the sanction acts on, whatever comes after it.
			return false
		}
		if w.At(i, "not-sanctioned") > i {
			return true
		}
	}
	return false
}

// paymentNotReceivedByChoice reports whether a sanction's words are a
// payment not received ("will not receive the incentive payment") by
// practices that chose not to earn it ("Practices that choose not to take
// part …"): the consequence of a choice, where one that failed what was
// required ("that does not submit the data … by the date set") is
// sanctioned.
func paymentNotReceivedByChoice(s *sentence, p language.Phrase) bool {
	return wordIs(s.toks, p.Start+1, "not") && wordIs(s.toks, p.Start+2, "receive") && s.w.Has("own-choice")
}

// groupsPlan reports whether a sanction's words are a plan that a group
// of practices or a body owns: "work with the other practices on the
// cluster's improvement plan" is shared work, not a plan imposed on a
// practice that strayed ("the practice's recovery plan").
func groupsPlan(toks []language.Token, p language.Phrase) bool {
	if !wordIs(toks, p.End-1, "plan", "plans") || !wordIs(toks, p.Start-1, "'s", "s'") {
		return false
	}
	return wordIs(toks, p.Start-2, "cluster", "clusters", "locality", "localities", "network", "networks", "group", "ccg", "ccgs", "federation", "area", "system", "icb")
}

// beforeClause reports whether the words at i stand in a clause of time
// that opens the sentence, before its main verb: "Before any payment is
// withheld the practice may ask for a review" gives the practice a right;
// the sanction is another clause's.
func beforeClause(toks []language.Token, i int) bool {
	if !wordIs(toks, 0, "before", "until", "prior") {
		return false
	}
	for j := 1; j < i; j++ {
		if wordIs(toks, j, "may", "shall", "will", "must", "can", ",") {
			return false
		}
	}
	return true
}

// ownsObject reports whether a sanction's words name what it takes as the
// subject's own: "loses its vote" takes the vote of whoever loses it, so
// the meetings a practice missed before it are not what is sanctioned.
func ownsObject(toks []language.Token, p language.Phrase) bool {
	for i := p.Start + 1; i < p.End-1; i++ {
		if wordIs(toks, i, "its", "their") {
			return true
		}
	}
	return false
}

// listStart is where the clause of a sanction begins, taking in the
// sanctions listed before it: "will not be expelled, suspended or
// otherwise penalised" denies the suspension too.
func listStart(w *language.Sentence, i int) int {
	toks := w.Toks
	from := clauseStart(toks, i)
	for from > 1 && toks[from-1].Word == "," && (endsSanction(w, from-1) || wordIs(toks, from, "or", "nor") ||
		wordIs(toks, from, "to") && sanctionIn(w, clauseStart(toks, from-1), from-1)) {
		// "has no power to expel a member practice, to suspend its vote
		// or to withhold …": infinitives in a row share the words before
		// the first.
		// "will not impose penalties on, or withhold money from, a
		// practice": a conjunct after ", or" shares the verb phrase, and
		// the negation, of the one before it.
		from = clauseStart(toks, from-1)
	}
	return from
}

// sanctionIn reports whether a sanction's words begin in tokens [from, to).
func sanctionIn(w *language.Sentence, from, to int) bool {
	for _, set := range sanctionSets {
		if w.HasIn(set, from, to) {
			return true
		}
		for _, m := range w.Match(set) {
			if m.Start >= from && m.Start < to {
				return true
			}
		}
	}
	return false
}

// endsSanction reports whether a sanction's words end at token k.
func endsSanction(w *language.Sentence, k int) bool {
	for j := max(0, k-4); j < k; j++ {
		for _, set := range sanctionSets {
			if w.At(j, set) == k {
				return true
			}
		}
	}
	return false
}

// negatedMain is negated less the negations of a relative clause before
// the main verb: "a practice that does not return its audit will be
// charged the cost" charges it.
func negatedMain(w *language.Sentence, from, to int) bool {
	toks := w.Toks
	rel := -1
	for i := from; i < to && i < len(toks); i++ {
		switch toks[i].Word {
		case "that", "who", "which":
			rel = i
		case "will", "shall", "may", "must", "can", "should":
			rel = -1 // the main verb: negations from here deny it
		}
		if rel < 0 && toks[i].Word != "without" && w.At(i, "negation") > i && !comparator(toks, i) {
			return true
		}
	}
	return false
}

// clauseStart is where the clause of token i begins: after the last comma
// or semicolon before it. "If the practice has not met its obligations,
// the Governing Body may suspend" is not a negated suspension.
func clauseStart(toks []language.Token, i int) int {
	for j := i - 1; j >= 0; j-- {
		if w := toks[j].Word; w == "," || w == ";" || w == ":" {
			return j + 1
		}
	}
	return 0
}

// bodyBefore reports whether words naming a body end just before token
// i, of whose members the sentence speaks: "the lay members", "Governing
// Body members".
func bodyBefore(w *language.Sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if w.At(j, "members-of-a-body") == i {
			return true
		}
	}
	return false
}

// objectOfPreposition reports whether the words at i follow a preposition
// (past a determiner): "accepted by its members", "given to the
// practices". Not "of": "each of the member practices shall" is their
// duty.
func objectOfPreposition(toks []language.Token, i int) bool {
	j := i - 1
	for j >= 0 && wordIs(toks, j, "its", "the", "their", "our", "all", "any", "every", "each", "member", "a", "an") {
		j--
	}
	return wordIs(toks, j, "by", "to", "for", "from", "with", "among", "amongst", "between", "on", "at")
}

// objectOfVerb reports whether the practices at i are the object of
// another's verb, after the owner's "its" or "their": "the CCG will give
// its member practices information", "it will support its practices".
// Not "each of its member practices shall", nor "the Group and its
// member practices shall", where they are (part of) the subject.
func objectOfVerb(toks []language.Token, i int) bool {
	j := i
	for j > 0 && !wordIs(toks, j, "its", "their") && (j == i || wordIs(toks, j, "member")) {
		j-- // "its member practices", the capture at "member" or at "practices"
	}
	if !wordIs(toks, j, "its", "their") || j == 0 {
		return false
	}
	return !toks[j-1].Punct && !wordIs(toks, j-1, "of", "and", "or", "nor", "both", "all", "each", "every", "but")
}

// pastRecord reports whether the words of duty a match ends with are a
// verb in the simple past ("The member practices agreed to joint
// commissioning", "undertook to"), which records what was done; "have
// agreed to", "had agreed to" still bind.
func pastRecord(w *language.Sentence, m language.Match) bool {
	toks := w.Toks
	for j := m.Start; j < m.End; j++ {
		if w.At(j, "oblige") != m.End {
			continue
		}
		// "agreed that they will follow …" binds them to what follows.
		if !wordIs(toks, j, "agreed", "undertook", "committed") || !wordIs(toks, m.End-1, "to") {
			return false
		}
		return !wordIs(toks, j-1, "have", "has", "had", "having", "is", "are", "be", "been", "was", "were", "also")
	}
	return false
}

// pastDuty reports whether a duty in the plain present ("Each member
// practice appoints") matched a verb in the simple past, whose stem it
// shares: "Each member practice appointed a Practice Representative to
// sign the declaration" records what was done.
func pastDuty(w *language.Sentence, m language.Match) bool {
	for j := m.Start; j < m.End; j++ {
		if w.At(j, "duty-present") != m.End {
			continue
		}
		word := w.Toks[j].Word
		return strings.HasSuffix(word, "ed") || word == "took" || word == "gave" || word == "sent" || word == "kept"
	}
	return false
}

// requiredTo reports whether the words of duty a match ends with say the
// practices are required or obliged ("are required to"), whatever the
// verb after them.
func requiredTo(toks []language.Token, m language.Match) bool {
	return m.End >= 2 && wordIs(toks, m.End-1, "to") && wordIs(toks, m.End-2, "required", "obliged")
}

// gerundDuty reports whether the words of duty a match ends with are a
// gerund or participle ("agreeing to", "undertaking to"), which describe
// something rather than oblige anyone; the stems do not tell "agree to"
// from "agreeing to".
func gerundDuty(w *language.Sentence, m language.Match) bool {
	for j := m.Start; j < m.End; j++ {
		if w.At(j, "oblige") == m.End {
			return strings.HasSuffix(w.Toks[j].Word, "ing")
		}
	}
	return false
}

// timeClause reports whether the practices at i are the subject of a
// clause of time or condition that says when something else happens:
// "until the member practices have agreed", "before all practices have
// been consulted".
func timeClause(toks []language.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		switch toks[j].Word {
		case "until", "unless", "before", "after", "once":
			return true
		case "the", "all", "its", "their", "our", "member", "of", "a", "majority", "most":
			continue
		}
		return false
	}
	return false
}

// obliges reports whether practices are the subject of an obligation in a
// sentence: "each practice shall nominate", "no member may put out a press
// release". Not what is done for or to them ("practices shall be entitled
// to", "will be consulted", "will have the opportunity"), nor a protection
// ("no practice shall be required to").
func obliges(w *language.Sentence) bool {
	toks := w.Toks
	if subjectsListed(w) {
		return true
	}
	for _, m := range w.Match("obliging") {
		c, ok := m.Capture("practice")
		if ok && c.End < len(toks) && toks[c.End].Joined {
			continue // "practice-level data"
		}
		if ok && bodyBefore(w, c.Start) {
			continue // "the lay members shall", "committee members must": a body's members
		}
		if ok && wordIs(toks, c.End, "representative", "representatives") && hasWordBetween(toks, 0, max(m.Start, modalAfter(toks, c.End)),
			"employees", "employee", "staff", "officers", "everyone", "anyone") {
			// "Employees of the Group, members of its Governing Body … and
			// the Practice Representatives shall act with integrity" (or
			// "…, Practice Representatives and employees must declare
			// any interest"): a code of conduct for the people who act
			// for the group.
			continue
		}
		if ok && c.Start >= 2 && wordIs(toks, c.Start-1, "of") && wordIs(toks, c.Start-2, "council", "meeting", "forum", "assembly", "board", "committee") {
			continue // "the Council of Members has first agreed": a body's name, not the practices
		}
		if ok && c.Start == m.Start && objectOfPreposition(toks, c.Start) {
			// "a register of gifts offered to and accepted by its members,
			// Governing Body members and employees, and will publish it":
			// the practices are not the subject of the verb.
			continue
		}
		if ok && objectOfVerb(toks, c.Start) {
			continue // "In return the CCG will give its member practices information …": the CCG's duty
		}
		if gerundDuty(w, m) {
			continue // "have returned a signed form agreeing to it": what the form says, no duty
		}
		if pastRecord(w, m) || pastDuty(w, m) {
			continue // "The member practices agreed to joint commissioning in a ballot …": what they did
		}
		if ok && timeClause(toks, c.Start) {
			continue // "No application may be made until the member practices have agreed to the change"
		}
		if ok && hasWordBetween(toks, max(c.Start-5, 0), c.Start, "how", "what") {
			continue // "This constitution describes how the member practices have agreed to run the Group"
		}
		if toks[m.Start].Word == "no" && wordIs(toks, m.End, "be") {
			continue // "No member practice may be expelled": a protection, in the passive
		}
		if ok && c.Start > m.Start && shareOfPractices(toks, c.Start) {
			// "the Forum must approve it by the votes of at least 70 per
			// cent of the member practices that vote": a threshold after
			// the verb, the practices no one's subject.
			continue
		}
		if ok && c.Start > m.Start && toks[m.Start].Word != "require" && toks[m.Start].Word != "requires" && toks[m.Start].Word != "required" {
			return true // "shall be provided to the Group by each member practice"
		}
		if ok && permitted(toks, c.End, m.End) {
			continue // "only the member practices may agree to a merger"
		}
		if ok && personWithInterest(w, c) {
			continue // "A member with a material conflict shall leave the meeting": a person at a meeting
		}
		if ok && shareOfPractices(toks, c.Start) {
			continue // "at least two thirds of the Practice Representatives voting must vote in favour": a threshold
		}
		if wordIs(toks, m.End-1, "to") && consentsToConstitution(w, m.End) {
			continue // "We, the member practices named below, agree to this constitution": their consent
		}
		end := m.End
		// The verb after the modal: "shall be entitled", "will have the
		// right".
		passive := false
		for end < len(toks) && w.At(end, "verb-group") > end {
			if w := toks[end].Word; w == "be" || w == "been" {
				passive = true
			}
			end++
		}
		if end < len(toks) && w.At(end, "benefit") > end {
			continue
		}
		if end < len(toks) && w.At(end, "approve") > end && thresholdAfter(toks, end) {
			// "the Members' Forum must approve it by the votes of at least
			// 70 per cent of the practices that vote": how a decision is
			// carried, not a duty on the practices.
			continue
		}
		if e := w.At(end, "approve"); end < len(toks) && e > end && w.HasIn("vary", e, min(len(toks), e+3)) {
			// "Before we apply, our member practices must agree the
			// change": their power over the constitution, not a duty.
			continue
		}
		if ok && c.Start > 2 && hasWordBetween(toks, 1, c.Start, "which", "who") && wordIs(toks, 0, "the", "our", "its") &&
			hasWordBetween(toks, 1, min(5, len(toks)), "council", "meeting", "forum", "assembly", "board", "committee", "body") {
			// "The Council of Members, which shall consist of the practice
			// representatives …, shall meet …": a body's rule, the
			// practices named in a relative clause on it.
			continue
		}
		if passive && (end >= len(toks) || w.At(end, "bound") <= end) && !requiredTo(toks, m) {
			// Something done to the practices; but "Practices are
			// required to be represented at …" is what they must see to.
			continue
		}
		return true
	}
	return false
}

// consentsToConstitution reports whether the object of "agree to" at i is
// the constitution or a version of it: "agree to this constitution",
// "agreed to the present version of the constitution", "agreeing to
// version 3.2 of this constitution". Consent, or its record, binds to no
// duty of its own.
func consentsToConstitution(w *language.Sentence, i int) bool {
	toks := w.Toks
	for j := i; j < len(toks) && j < i+7; j++ {
		if toks[j].Punct {
			if toks[j].Word != "." && toks[j].Word != "-" {
				return false
			}
			continue // "version 3.2"
		}
		if w.At(j, "constitution") > j {
			return true
		}
		if !wordIs(toks, j, "this", "the", "our", "its", "their", "present", "current", "new", "latest", "revised", "amended",
			"version", "of", "v") && !strings.ContainsAny(toks[j].Word, "0123456789") {
			return false
		}
	}
	return false
}

// subjectsListed reports whether practices open a list of subjects that
// share one duty (the obliging-list frame): "The member practices, the
// CCG's employees, … and anyone acting on its behalf must act in
// accordance with this constitution". Only where the practices stand
// first, so that practices named inside another subject's words ("the
// Council, made up of the member practices, and …") are not.
func subjectsListed(w *language.Sentence) bool {
	if !hasWordBetween(w.Toks, 0, min(len(w.Toks), 4), "practice", "practices") || !hasWordBetween(w.Toks, 2, len(w.Toks), ",") {
		return false // the frame's words, tested first: most sentences lack them
	}
	for _, m := range w.Match("obliging-list") {
		c, ok := m.Capture("practice")
		if !ok || c.Start > 2 || hasWordBetween(w.Toks, 0, c.Start, "of", "by", "to", "with") {
			continue
		}
		if negatedMain(w, c.End, m.End) || permitted(w.Toks, c.End, m.End) {
			continue
		}
		return true
	}
	return false
}

// personWithInterest reports whether a bare "member" (not "member
// practice", nor "each member") is someone with an interest in a matter,
// or someone whose duty is to declare an interest or withdraw:
// "A member with a material conflict shall leave", "members who have an
// interest must declare it" speak of people at a meeting.
func personWithInterest(w *language.Sentence, c language.Capture) bool {
	toks := w.Toks
	if c.End-c.Start != 1 || !wordIs(toks, c.Start, "member", "members") || wordIs(toks, c.Start-1, "each", "every", "all") {
		return false
	}
	e := c.End
	if wordIs(toks, e, "with", "who", "that", "having") && w.HasIn("interest", e, min(len(toks), e+6)) {
		return true
	}
	// "Members are asked to declare any interest", "the chair shall
	// require that member to withdraw": declaring an interest and
	// withdrawing are duties of people at a meeting.
	// "The chair may require the member to leave the room", after the
	// sentence on its interest: leaving a meeting is one's duty too.
	return w.Has("interest") && (w.Has("declare") || w.Has("exclude")) ||
		w.Has("exclude") && hasWordBetween(toks, 0, len(toks), "room", "meeting", "withdraw")
}

// shareOfPractices reports whether the words before a mention of the practices
// take a share of them ("two thirds of the practices", "a majority of the
// member practices", "more than half of", "75% of"): what follows is a
// threshold the share must reach, not a duty of each practice.
func shareOfPractices(toks []language.Token, at int) bool {
	j := at - 1
	if wordIs(toks, j, "the", "our", "its", "all") {
		j--
	}
	if !wordIs(toks, j, "of") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if wordIs(toks, k, "half", "third", "thirds", "quarter", "quarters", "fifths", "majority", "cent", "percent", "%", "proportion") {
			return true
		}
	}
	return false
}

// modalAfter is the first modal verb at or after token i, or i when
// none follows within a subject's reach: where a subject that begins at
// the practices ends.
func modalAfter(toks []language.Token, i int) int {
	for j := i; j < len(toks) && j < i+12; j++ {
		if wordIs(toks, j, "shall", "must", "will", "should") {
			return j
		}
	}
	return i
}

// thresholdAfter reports whether a share of votes or members follows
// token i: "by a majority of", "by the votes of at least 70 per cent",
// "two thirds", "unanimously".
func thresholdAfter(toks []language.Token, i int) bool {
	for ; i < len(toks); i++ {
		if wordIs(toks, i, "majority", "cent", "percent", "%", "thirds", "unanimously", "unanimous") || wordIs(toks, i, "votes") && wordIs(toks, i-1, "the") && wordIs(toks, i+1, "of") {
			return true
		}
	}
	return false
}

// permitted reports whether a word of permission stands before the
// obligation's verb: "may agree to" permits.
func permitted(toks []language.Token, from, to int) bool {
	for i := from; i < to && i < len(toks); i++ {
		switch toks[i].Word {
		case "may", "can", "might", "could":
			return true
		}
	}
	return false
}

// clauseEvidence is a sentence's evidence placed at its clause's first
// line: findings on obligations point at the clause (criteria.md, "Where
// findings point"), and quote the sentence that obliges or sanctions.
func clauseEvidence(d *document, s *sentence) model.Evidence {
	ev := s.evidence(d)
	ev.Line = d.blocks[s.block].Line
	return ev
}
