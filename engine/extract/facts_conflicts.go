package extract

import (
	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// registerTopics are the sets that say what a register is of, and the
// safeguard each makes.
var registerTopics = []struct{ set, safeguard string }{
	{"gifts", model.SafeguardGiftsRegister},
	{"procurement", model.SafeguardProcurementRegister},
	{"interest", model.SafeguardRegister},
}

// registerReach is how far after "register" its topics are looked for:
// "registers of the interests of members, governing body members and
// employees" names its topic late, but within a noun phrase.
const registerReach = 14

// safeguardFacts reads the conflicts of interest safeguards that each
// sentence states, wherever it stands.
func safeguardFacts(d *document, lx *language.Lexicon, sents []sentence) []model.SafeguardFact {
	out := []model.SafeguardFact{}
	for i := range sents {
		s := &sents[i]
		inSection := s.in(d, model.KindConflicts)
		found := map[string]bool{}
		add := func(sg string) {
			if !found[sg] {
				found[sg] = true
				out = append(out, model.SafeguardFact{Evidence: s.evidence(d), Safeguard: sg, InSection: inSection})
			}
		}
		toks := s.toks
		interest := lx.Has(toks, "interest")
		registers := registersOf(lx, toks, inSection || interest)
		for _, sg := range []string{model.SafeguardRegister, model.SafeguardGiftsRegister, model.SafeguardProcurementRegister} {
			if registers[sg] {
				add(sg)
			}
		}
		// Published: a register of interests, or the interests declared,
		// made public; not a breach report or the gifts register alone.
		if (registers[model.SafeguardRegister] || interest && lx.Has(toks, "declare")) && stated(lx, toks, "publish") {
			add(model.SafeguardPublished)
		}
		if interest && dutyToDeclare(lx, toks) {
			add(model.SafeguardDeclaration)
		}
		// A quorum lost to withdrawals, not the general rule of a meeting
		// that has no quorum.
		fallback := lx.Has(toks, "quorum-word") && (interest || lx.Has(toks, "exclude")) &&
			(lx.Has(toks, "inquorate") || len(lx.Match(toks, "quorum-lost")) > 0 || lx.Has(toks, "quorum-remedy"))
		if fallback {
			add(model.SafeguardQuorumFallback)
		}
		// Withdrawal laid down by the main clause: not "where a member's
		// withdrawal would leave the meeting inquorate", nor "will not be
		// required to withdraw".
		if (interest || inSection) && excludes(lx, toks) {
			add(model.SafeguardExclusion)
		}
		if lx.Has(toks, "guardian") && !lx.Has(toks, "other-guardian") {
			add(model.SafeguardGuardian)
		}
	}
	return out
}

// stated reports whether a phrase of the set stands in the sentence and
// no negation stands before it in its clause.
func stated(lx *language.Lexicon, toks []language.Token, set string) bool {
	for _, p := range lx.Find(toks, set) {
		if !negated(lx, toks, clauseStart(toks, p.Start), p.Start) {
			return true
		}
	}
	return false
}

// excludes reports whether the main clause of a sentence says that
// someone withdraws or takes no part.
func excludes(lx *language.Lexicon, toks []language.Token) bool {
	parts := conditionParts(lx, toks)
	for _, p := range lx.Find(toks, "exclude") {
		if partAt(parts, p.Start).kind != segMain {
			continue
		}
		if toks[p.Start].Word != "not" && verbNegated(lx, toks, p.Start) {
			continue
		}
		if w := toks[p.Start].Word; w == "withdrawal" && lx.Has(toks, "quorum-word") {
			continue
		}
		return true
	}
	return false
}

// registersOf returns the safeguards of the registers a sentence names:
// a register is of the topics named in the words after it (up to a verb
// or the end of the clause) or just before it ("gifts and hospitality
// register"). A register of no stated topic counts as one of interests
// where the sentence is about interests.
func registersOf(lx *language.Lexicon, toks []language.Token, aboutInterests bool) map[string]bool {
	out := map[string]bool{}
	for _, p := range lx.Find(toks, "register") {
		if negated(lx, toks, clauseStart(toks, p.Start), p.Start) || lx.Has(toks, "hypothetical") {
			continue // "does not keep a register", "consider whether a register should be set up"
		}
		typed := false
		from := max(0, p.Start-4)
		for j := from; j < len(toks) && j < p.End+registerReach; j++ {
			if j >= p.End && lx.At(toks, j, "register-stop") > j {
				break
			}
			if j >= p.Start && j < p.End {
				continue
			}
			if lx.At(toks, j, "register-other") > j {
				typed = true // a register of practices, of seals, of risks
			}
			for _, t := range registerTopics {
				if lx.At(toks, j, t.set) > j {
					// "register of procurement decisions" is not also a
					// register of interests because conflicts are named in
					// it: the first topic named is the register's.
					out[t.safeguard] = true
					typed = true
				}
			}
		}
		if !typed && aboutInterests {
			out[model.SafeguardRegister] = true
		}
	}
	return out
}

// dutyToDeclare reports whether the sentence lays down a duty to declare:
// a word of duty before a word of declaring ("members must declare",
// "interests will be declared"), or declarations called for ("asking for
// declarations", "declarations of interest shall be a standing item");
// not a declaration already made ("a member who has declared an interest",
// "for every interest declared") and not a duty denied ("need not be
// declared").
func dutyToDeclare(lx *language.Lexicon, toks []language.Token) bool {
	if lx.Has(toks, "declare-call") {
		return true
	}
	for _, p := range lx.Find(toks, "declare") {
		from := clauseStart(toks, p.Start)
		if negated(lx, toks, from, p.Start) {
			continue
		}
		w := toks[p.Start].Word
		if w == "declared" && (p.Start > 0 && lx.At(toks, p.Start-1, "interest") == p.Start || lx.At(toks, p.End, "interest") > p.End) {
			continue // "interest declared", "declared interests"
		}
		for j := from; j < p.Start; j++ {
			if lx.At(toks, j, "duty") > j {
				return true
			}
		}
	}
	return false
}

// verbNegated reports whether the verb group before token i holds a
// negation: "will not be required to withdraw", but not "should not
// receive the papers and should leave".
func verbNegated(lx *language.Lexicon, toks []language.Token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if lx.At(toks, j, "negation") > j {
			return true
		}
		if lx.At(toks, j, "verb-group") <= j {
			return false
		}
	}
	return false
}
