package extract

import (
	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
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
		if !s.w.Has("reserve") || !namesActor(s.w, model.ActorMembers) {
			continue
		}
		if reservedNegated(s.w) || s.w.Has("not-reserve") || !reservesSomething(s.w) {
			continue
		}
		// Approving the constitution is varying it.
		variation := s.w.Has("vary") && s.w.Has("constitution") ||
			s.w.Has("adopt") && s.w.Has("constitution-itself")
		out = append(out, model.ReservedFact{Evidence: s.evidence(d), Variation: variation})
	}
	return out
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
		for _, m := range participationSets {
			if !s.w.Has(m) {
				continue
			}
			if m == "member-vote" && !namesActor(s.w, model.ActorMembers) {
				continue
			}
			if m == "council-of-members" && s.w.Has("not-council") && !namesActor(s.w, model.ActorMembers) {
				continue // the Governing Body's annual general meeting, open to the public
			}
			out = append(out, model.ParticipationFact{Evidence: s.evidence(d), Mechanism: m})
		}
	}
	return out
}

// reservedNegated reports whether every reserving phrase of a sentence is
// negated in its verb group ("is not reserved"), rather than the sentence
// holding a negation elsewhere ("may not be delegated").
func reservedNegated(w *language.Sentence) bool {
	for _, p := range w.Find("reserve") {
		if !verbNegated(w, p.Start) {
			return false
		}
	}
	return true
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
