package extract

import (
	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// Governing body roles, each a word set "role-NAME"; a lay member for
// audit or for patient and public involvement is a lay member whose text
// names the lead as well.
var roleSets = []string{
	"accountable-officer", "chief-finance-officer", "registered-nurse", "secondary-care-doctor",
	"lay-member", "gp", "deputy-chair",
}

// roleFacts reads the governing body's roles from its seats, and from the
// sentences of its section.
func roleFacts(d *document, reader *language.Reader, sents []sentence, gb *model.Committee) []model.RoleFact {
	out := []model.RoleFact{}
	if gb == nil {
		return out
	}
	seen := map[string]bool{}
	add := func(role string, ev model.Evidence, seat bool) {
		key := role + "\x00" + ev.Text
		if !seen[key] {
			seen[key] = true
			out = append(out, model.RoleFact{Evidence: ev, Role: role, Seat: seat})
		}
	}
	// chairs marks the sections of their own on who chairs, once per
	// document rather than once per sentence.
	chairs := make([]bool, len(d.sections))
	for i := range d.sections {
		chairs[i] = chairsSection(d, i)
	}
	for _, seat := range gb.Seats {
		text := seat.Role
		if seat.Name != "" {
			text += " (" + seat.Name + ")"
		}
		ev := model.Evidence{Text: text, Line: seat.Line, Section: gb.Section}
		for _, r := range rolesIn(reader.Read(language.Tokenize(text))) {
			add(r, ev, true)
		}
		// A note names the deputy chair among the members ("| Lay member
		// for audit | 1 | also the Vice Chair |"). Other roles a note names
		// are of someone else ("appointed by the Chair").
		if seat.Note != "" {
			note := model.Evidence{Text: text + " | " + seat.Note, Line: seat.Line, Section: gb.Section}
			if w := reader.Read(language.Tokenize(seat.Note)); namesRole(w, "role-deputy-chair") {
				add("deputy-chair", note, true)
			}
		}
	}
	for i := range sents {
		s := &sents[i]
		// A governing body read from clauses with run-in titles ("6.3
		// Composition of the Governance Board.") has no section of its
		// own: its clauses are its lines.
		runIn := gb.EndLine > 0 && s.line >= gb.Line && s.line <= gb.EndLine && d.sectionHeading(s.section) == gb.Section
		if !s.in(d, model.KindGoverningBody) && !runIn && s.section >= 0 && chairs[s.section] && !containsFold(s.text, "committee") {
			// "6.4 The Chairman and Vice Chairman": "The Vice Chairman is
			// the lay member for patient and public involvement, …".
			for _, r := range rolesIn(s.w) {
				switch r {
				case "chair", "deputy-chair", "lay-member", "audit-lay-member", "ppi-lay-member":
					add(r, s.evidence(d), false)
				}
			}
			continue
		}
		if !s.in(d, model.KindGoverningBody) && !runIn {
			// Elsewhere, a role named as the governing body's: "the lay
			// member for patient and public involvement is the Deputy
			// Chair of the Governing Body" under "7.5 The Deputy Chair".
			for _, r := range governingBodyRoles(s.w) {
				add(r, s.evidence(d), false)
			}
			continue
		}
		if attendsOnly(sents, i) {
			continue // "may invite a senior nurse … to attend its meetings …. They are not members"
		}
		for _, r := range rolesIn(s.w) {
			add(r, s.evidence(d), false)
		}
		// The sentence that names the lay members, before those that say
		// what each leads on: "There are four lay members. One leads on
		// audit …. One leads on patient and public involvement."
		j := i - 1
		for j > 0 && sents[j].block == s.block && wordIs(sents[j].toks, 0, "one", "another", "a") && !namesRole(sents[j].w, "role-lay-member") {
			j--
		}
		if j >= 0 && sents[j].block == s.block && !namesRole(s.w, "role-lay-member") && namesRole(sents[j].w, "role-lay-member") &&
			!sents[j].w.Has("not-member") && !s.w.Has("not-member") {
			// "There are three lay members. One leads on audit and
			// governance …; one leads on patient and public involvement":
			// the leads of the lay members the sentence before named.
			if namesRole(s.w, "role-audit-lead") {
				add("audit-lay-member", s.evidence(d), false)
			}
			if namesRole(s.w, "role-ppi-lead") {
				add("ppi-lay-member", s.evidence(d), false)
			}
		}
	}
	return out
}

// attendsOnly reports whether sentence i speaks of people who attend the
// governing body's meetings rather than sit on it: it says they attend,
// or the next sentence of its paragraph says they are not members.
func attendsOnly(sents []sentence, i int) bool {
	s := &sents[i]
	if containsFold(s.text, "attend") && !containsFold(s.text, "member") {
		return true
	}
	if i+1 < len(sents) && sents[i+1].block == s.block {
		next := sents[i+1].text
		return containsFold(next, "not members") || containsFold(next, "not a member") || containsFold(next, "not be members")
	}
	return false
}

// governingBodyRoles returns the roles a sentence names as the governing
// body's own: the role followed by "of the Governing Body", not negated,
// and not in a sentence about people who are not its members.
func governingBodyRoles(w *language.Sentence) []string {
	if !w.Has("governing-body") || w.Has("not-member") {
		return nil
	}
	toks := w.Toks
	ofGoverningBody := func(i int) bool {
		if i >= len(toks) || toks[i].Word != "of" {
			return false
		}
		j := i + 1
		if j < len(toks) && (toks[j].Word == "the" || toks[j].Word == "its") {
			j++
		}
		return w.At(j, "governing-body") > j
	}
	var out []string
	for _, r := range []string{"deputy-chair", "chair", "accountable-officer", "chief-finance-officer"} {
		for _, p := range w.Find("role-" + r) {
			if !ofGoverningBody(p.End) || verbNegated(w, p.Start) || negated(w, max(0, p.Start-3), p.Start) {
				continue
			}
			if r == "chair" && p.Start > 0 && w.At(p.Start-1, "deputy") == p.Start {
				continue // the deputy chair's "Chair"
			}
			out = append(out, r)
			break
		}
	}
	return out
}

// chairsSection reports whether section i is one of its own on who
// chairs ("The Chairman and Vice Chairman", "Chair and Deputy Chair"), in
// no committee's section: in a CCG's constitution, the governing body's
// chair. (Its sentences that name a committee are that committee's.)
func chairsSection(d *document, i int) bool {
	if inKind(d.sections, i, model.KindCommittee) || inKind(d.sections, i, model.KindJointCommittee) {
		return false
	}
	// (Not "Chair of a Meeting" in the standing orders.)
	n := stripThe(norm(d.sections[i].Title))
	return (containsWords(n, "vice") || containsWords(n, "deputy")) && !containsWords(n, "meeting") && chairingTitle(d.sections[i].Title)
}

// rolesIn returns the governing body roles that tokens name. Text that
// speaks of people who attend but are not members names none.
func rolesIn(w *language.Sentence) []string {
	var out []string
	if w.Has("not-member") {
		return nil
	}
	if len(w.Match("sits-elsewhere")) > 0 && !w.Has("governing-body") {
		return nil // "a lay person … will sit on the Primary Care Operational Group"
	}
	for _, r := range roleSets {
		if namesRole(w, "role-"+r) {
			out = append(out, r)
		}
	}
	if namesRole(w, "role-lay-member") {
		para := layParagraph(w.Toks)
		if namesRole(w, "role-audit-lead") || para == "3" {
			out = append(out, "audit-lay-member")
		}
		if namesRole(w, "role-ppi-lead") || para == "4" {
			out = append(out, "ppi-lay-member")
		}
	}
	if chairs(w) {
		out = append(out, "chair")
	}
	return out
}

// layParagraph is the paragraph of regulation 12 of the CCG Regulations
// 2012 that a sentence says qualifies a lay member ("a lay person
// qualified under regulation 12(3)"): "3" for audit, "4" for knowledge
// of the area; or "".
func layParagraph(toks []language.Token) string {
	for i := 0; i+4 < len(toks); i++ {
		if wordIs(toks, i, "regulation") && toks[i+1].Word == "12" && toks[i+2].Word == "(" && toks[i+4].Word == ")" {
			return toks[i+3].Word
		}
	}
	return ""
}

// namesRole reports whether a phrase of the role's set stands in tokens as
// the role itself: not a deputy's ("Deputy Accountable Officer"), not
// negated ("who are not lay members"), not another body's ("Vice Chair of
// the Council of Members"), and not the "governing" of "Governing Body",
// which stems as "governance" does.
func namesRole(w *language.Sentence, set string) bool {
	toks := w.Toks
	for _, p := range w.Find(set) {
		if toks[p.Start].Word == "governing" {
			continue
		}
		if set != "role-deputy-chair" && p.Start > 0 && w.At(p.Start-1, "deputy") == p.Start {
			continue
		}
		if verbNegated(w, p.Start) || conditionPredicate(w, p.Start) {
			continue
		}
		if set == "role-deputy-chair" && otherBody(w, p.End) {
			continue
		}
		return true
	}
	return false
}

// conditionPredicate reports whether a role is what a condition supposes
// someone is: the GP of "Where the Chair is a GP, the Deputy Chair will be
// a lay member" is no seat of the governing body.
func conditionPredicate(w *language.Sentence, i int) bool {
	if partAt(conditionParts(w), i).kind != segRequire {
		return false
	}
	j := i - 1
	if j >= 0 && (w.Toks[j].Word == "a" || w.Toks[j].Word == "an" || w.Toks[j].Word == "the") {
		j--
	}
	// (Not "a doctor who is a secondary care specialist", a member the
	// relative clause describes.)
	return j >= 0 && (w.Toks[j].Word == "is" || w.Toks[j].Word == "are") && !wordIs(w.Toks, j-1, "who", "that", "which")
}

// chairs reports whether tokens name the chair of the governing body: a
// chair that is not a deputy or vice chair, nor the chair of another body
// ("Chair of the Audit Committee", "the Audit Committee Chair"), nor
// negated ("shall not be the chair").
func chairs(w *language.Sentence) bool {
	for _, p := range w.Find("role-chair") {
		if word := w.Toks[p.Start].Word; word == "chaired" || word == "chairing" {
			continue // "shall be chaired by a lay member": the verb
		}
		if p.Start > 0 && w.At(p.Start-1, "modal-to") == p.Start {
			continue // "shall chair the Audit Committee": the verb
		}
		if chairsOther(w, p.End) {
			continue // "who chairs the Audit Committee"
		}
		if conditionPredicate(w, p.Start) {
			continue
		}
		if p.Start > 0 && w.At(p.Start-1, "chair-qualifier") == p.Start {
			continue
		}
		if p.Start > 1 && w.At(p.Start-2, "chair-qualifier") == p.Start {
			continue
		}
		if wordIs(w.Toks, p.Start, "chair") && wordIs(w.Toks, p.Start-1, "audit", "remuneration", "quality", "finance") {
			continue // "Lay Member for Governance (Audit Chair …)": the committee's chair, not "the lay member for audit chairs …"
		}
		// "shall not be the chair", "a lay member other than its Chair",
		// "may not hold the office of Chair".
		back := 3
		if wordIs(w.Toks, p.Start-1, "of") && wordIs(w.Toks, p.Start-2, "office", "post", "position", "role") {
			back = 6
		}
		if negated(w, max(0, p.Start-back), p.Start) || w.HasIn("other-than", max(0, p.Start-3), p.Start) {
			continue
		}
		if otherBody(w, p.End) {
			continue
		}
		return true
	}
	return false
}

// chairsOther reports whether "chair" or "chairs" before token i is the
// verb of chairing another body: "who chairs the Audit Committee", "and
// chairs our Audit Committee".
func chairsOther(w *language.Sentence, i int) bool {
	toks := w.Toks
	if i >= len(toks) || !wordIs(toks, i, "the", "its", "a", "our", "their") {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+5; j++ {
		if w.At(j, "governing-body") > j {
			return false
		}
		if w.At(j, "other-body") > j {
			return true
		}
	}
	return false
}

// otherBody reports whether the words after a chair name another body:
// "of the Audit Committee", "of a locality".
func otherBody(w *language.Sentence, i int) bool {
	toks := w.Toks
	if i >= len(toks) || (toks[i].Word != "of" && toks[i].Word != "for") {
		return false
	}
	for j := i + 1; j < len(toks) && j < i+6; j++ {
		if w.At(j, "governing-body") > j {
			return false
		}
		if w.At(j, "other-body") > j {
			return true
		}
	}
	return false
}
