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
func reservedFacts(d *document, lx *language.Lexicon, sents []sentence) []model.ReservedFact {
	out := []model.ReservedFact{}
	for i := range sents {
		s := &sents[i]
		if !lx.Has(s.toks, "reserve") || !namesActor(lx, s.toks, model.ActorMembers) {
			continue
		}
		if reservedNegated(lx, s.toks) || lx.Has(s.toks, "not-reserve") {
			continue
		}
		// Approving the constitution is varying it.
		variation := lx.Has(s.toks, "vary") && lx.Has(s.toks, "constitution") ||
			lx.Has(s.toks, "adopt") && lx.Has(s.toks, "constitution-itself")
		out = append(out, model.ReservedFact{Evidence: s.evidence(d), Variation: variation})
	}
	return out
}

// namesActor reports whether the sentence names the actor (as the longest
// actor phrase somewhere: "members of the Governing Body" names the
// Governing Body, not the members).
func namesActor(lx *language.Lexicon, toks []language.Token, actor string) bool {
	for _, p := range lx.Find(toks, "actor") {
		if actorOf(lx, toks, p.Start, p.End) == actor {
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
func participationFacts(d *document, lx *language.Lexicon, sents []sentence) []model.ParticipationFact {
	out := []model.ParticipationFact{}
	for i := range sents {
		s := &sents[i]
		for _, m := range participationSets {
			if !lx.Has(s.toks, m) {
				continue
			}
			if m == "member-vote" && !namesActor(lx, s.toks, model.ActorMembers) {
				continue
			}
			if m == "council-of-members" && lx.Has(s.toks, "not-council") && !namesActor(lx, s.toks, model.ActorMembers) {
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
func reservedNegated(lx *language.Lexicon, toks []language.Token) bool {
	for _, p := range lx.Find(toks, "reserve") {
		if !verbNegated(lx, toks, p.Start) {
			return false
		}
	}
	return true
}
