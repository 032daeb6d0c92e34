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
		interest := lx.Has(s.toks, "interest")
		// "The Group does not keep a register …", "need not be declared".
		denied := negated(lx, s.toks, 0, len(s.toks))
		registers := registersOf(lx, s.toks, inSection || interest)
		for _, sg := range []string{model.SafeguardRegister, model.SafeguardGiftsRegister, model.SafeguardProcurementRegister} {
			if registers[sg] && !denied {
				add(sg)
			}
		}
		if (registers[model.SafeguardRegister] || interest) && lx.Has(s.toks, "publish") && !negated(lx, s.toks, 0, len(s.toks)) {
			add(model.SafeguardPublished)
		}
		if interest && !denied && dutyToDeclare(lx, s.toks) {
			add(model.SafeguardDeclaration)
		}
		if (interest || inSection) && lx.Has(s.toks, "exclude") {
			add(model.SafeguardExclusion)
		}
		// A quorum lost to withdrawals, not the general rule of a meeting
		// that has no quorum.
		if (lx.Has(s.toks, "inquorate") || len(lx.Match(s.toks, "quorum-lost")) > 0) && (inSection || interest || lx.Has(s.toks, "exclude")) {
			add(model.SafeguardQuorumFallback)
		}
		if lx.Has(s.toks, "guardian") && !lx.Has(s.toks, "other-guardian") {
			add(model.SafeguardGuardian)
		}
	}
	return out
}

// registersOf returns the safeguards of the registers a sentence names:
// a register is of the topics named in the words after it (up to a verb
// or the end of the clause) or just before it ("gifts and hospitality
// register"). A register of no stated topic counts as one of interests
// where the sentence is about interests.
func registersOf(lx *language.Lexicon, toks []language.Token, aboutInterests bool) map[string]bool {
	out := map[string]bool{}
	for _, p := range lx.Find(toks, "register") {
		typed := false
		from := max(0, p.Start-4)
		for j := from; j < len(toks) && j < p.End+registerReach; j++ {
			if j >= p.End && lx.At(toks, j, "register-stop") > j {
				break
			}
			if j >= p.Start && j < p.End {
				continue
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
// "interests will be declared"), not a declaration already made ("a
// member who has declared an interest shall withdraw").
func dutyToDeclare(lx *language.Lexicon, toks []language.Token) bool {
	duty := -1
	for i := range toks {
		if duty < 0 && lx.At(toks, i, "duty") > i {
			duty = i
		}
		if lx.At(toks, i, "declare") > i {
			if duty >= 0 {
				return true
			}
		}
	}
	return false
}
