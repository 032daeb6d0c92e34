package extract

import (
	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// Sanctions on practices, each a word set "sanction-KIND".
var sanctionKinds = []string{"expel", "suspend", "terminate-membership", "withhold-payment", "penalty", "performance-manage"}

// obligationFacts reads, clause by clause, the sentences that oblige
// practices (practices are the subject of "shall", "must", "agree to" …)
// and those that let someone sanction them. One fact of each kind per
// clause: the first sentence that states it.
func obligationFacts(d *document, lx *language.Lexicon, sents []sentence) []model.ObligationFact {
	out := []model.ObligationFact{}
	obliged, sanctioned := map[int]bool{}, map[int]bool{}
	for i := range sents {
		s := &sents[i]
		if !lx.Has(s.toks, "practice") {
			continue
		}
		// A lead-in ("Each practice shall:") is read with each of its items.
		if !obliged[s.block] && !s.leadIn && obliges(lx, s.toks) && !lx.Has(s.toks, "no-obligation") {
			obliged[s.block] = true
			out = append(out, model.ObligationFact{Evidence: s.evidence(d), Kind: "obligation"})
		}
		if sanctioned[s.block] {
			continue
		}
		for _, k := range sanctionKinds {
			ps := lx.Find(s.toks, "sanction-"+k)
			for _, m := range lx.Match(s.toks, "sanction-"+k) {
				ps = append(ps, language.Phrase{Start: m.Start, End: m.End})
			}
			if len(ps) == 0 || sanctionsSomethingElse(lx, s.toks, ps[0]) {
				continue
			}
			// "Practices will not be expelled", unless an exception reopens
			// it: "will not withhold any payment except as a scheme allows".
			if negated(lx, s.toks, clauseStart(s.toks, ps[0].Start), ps[0].Start) && !lx.Has(s.toks[ps[0].End:], "limit") {
				continue
			}
			sanctioned[s.block] = true
			out = append(out, model.ObligationFact{
				Evidence: s.evidence(d), Kind: "sanction", Sanction: k, Words: s.quote(ps[0].Start, ps[0].End),
			})
			break
		}
	}
	return out
}

// sanctionsSomethingElse reports whether what a sanction word acts on is
// not a practice: "standing orders may be suspended", "suspension of the
// meeting".
func sanctionsSomethingElse(lx *language.Lexicon, toks []language.Token, p language.Phrase) bool {
	for i := max(0, p.Start-5); i < min(len(toks), p.End+4); i++ {
		if lx.At(toks, i, "not-sanctioned") > i {
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

// obliges reports whether practices are the subject of an obligation in a
// sentence: "each practice shall nominate", "no member may put out a press
// release". Not what is done for or to them ("practices shall be entitled
// to", "will be consulted", "will have the opportunity"), nor a protection
// ("no practice shall be required to").
func obliges(lx *language.Lexicon, toks []language.Token) bool {
	for _, m := range lx.Match(toks, "obliging") {
		c, ok := m.Capture("practice")
		if ok && c.End < len(toks) && toks[c.End].Joined {
			continue // "practice-level data"
		}
		end := m.End
		// The verb after the modal: "shall be entitled", "will have the
		// right".
		passive := false
		for end < len(toks) && lx.At(toks, end, "verb-group") > end {
			if w := toks[end].Word; w == "be" || w == "been" {
				passive = true
			}
			end++
		}
		if end < len(toks) && lx.At(toks, end, "benefit") > end {
			continue
		}
		if passive && (end >= len(toks) || lx.At(toks, end, "bound") <= end) {
			continue // something done to the practices
		}
		return true
	}
	return false
}
