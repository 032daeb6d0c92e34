package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// approvalOf reports whether an actor is named as the one whose approval
// something needs: "with the approval of NHS England", "subject to
// approval by the Chair", "NHS England's approval", "the agreement of the
// Chief Executive".
func approvalOf(w *language.Sentence, m mention) bool {
	toks := w.Toks
	for j := m.start - 1; j >= 0 && j >= m.start-4; j-- {
		if toks[j].Punct {
			break
		}
		if w.At(j, "icb-approval") > j {
			// The words between are an agent and articles only.
			for k := w.At(j, "icb-approval"); k < m.start; k++ {
				if !wordIs(toks, k, "of", "by", "from", "the", "a", "an") {
					return false
				}
			}
			return true
		}
	}
	// "NHS England's approval"; "NHS England, whose agreement to the
	// appointment is needed".
	at := m.end
	if wordIs(toks, at, ",") && wordIs(toks, at+1, "whose") {
		at++
	}
	if at < len(toks) && (toks[at].Word == "'s" || toks[at].Word == "whose") {
		for j := at + 1; j < len(toks) && j <= at+3; j++ {
			if w.At(j, "icb-approval") > j {
				return true
			}
		}
	}
	return false
}

// Verb forms of appointing and removing.
const (
	formActive = iota
	formPassive
	formNominal
)

type icbVerb struct {
	start, end int
	remove     bool
	form       int
	// participle is a passive with no auxiliary, after the noun it is
	// about: "a person appointed by the Board", "The Chair, appointed by
	// NHS England, …".
	participle bool
	// gerund is a nominal in -ing whose object follows it.
	gerund bool
}

// opening reports whether token i opens its sentence, after its clause
// number.
func opening(toks []language.Token, i int) bool {
	for j := 0; j < i; j++ {
		if !toks[j].Punct && strings.Trim(toks[j].Word, "0123456789.()") != "" {
			return false
		}
	}
	return true
}

var nominalWords = map[string]bool{
	"appointment": true, "appointments": true, "reappointment": true, "removal": true, "dismissal": true,
	"suspension": true, "termination": true,
}

// icbVerbs finds the words of appointing and removing in a sentence.
func icbVerbs(w *language.Sentence) []icbVerb {
	var out []icbVerb
	toks := w.Toks
	for i := 0; i < len(toks); i++ {
		remove := false
		e := w.At(i, "icb-appoint")
		if e <= i {
			if e = w.At(i, "icb-remove"); e <= i {
				continue
			}
			remove = true
		}
		v := icbVerb{start: i, end: e, remove: remove, form: formActive}
		switch {
		case nominalWords[toks[i].Word]:
			v.form = formNominal
		case wordIs(toks, i-1, "to") && wordIs(toks, i-2, "power", "powers", "right", "authority", "decision"):
			// "The power to remove the Chair … lies with NHS England":
			// the infinitive names the act, as "the removal of" does.
			v.form = formNominal
		case strings.HasSuffix(toks[i].Word, "ed") && setBefore(w, "passive-aux", i, 3):
			v.form = formPassive
		case e-i > 1 && wordIs(toks, i, "be", "is", "are") && strings.HasSuffix(toks[e-1].Word, "ed"):
			// "may be ended", a passive the word set holds whole.
			v.form = formPassive
		case strings.HasSuffix(toks[i].Word, "ed") && wordIs(toks, i-2, "the") && wordIs(toks, i-3, "and") && setBefore(w, "passive-aux", i-3, 14):
			// "may be brought to an end, and the Chair removed from
			// office, by NHS England": a passive whose auxiliary the
			// clause before gives.
			v.form = formPassive
		case strings.HasSuffix(toks[i].Word, "ing") && opening(toks, i):
			// "Suspending the Chair is a matter for NHS England": the
			// gerund subject is the noun "the suspension of the Chair".
			v.form, v.gerund = formNominal, true
		case strings.HasSuffix(toks[i].Word, "ing") || strings.HasSuffix(toks[i].Word, "ed"):
			// "the appointing person", "members appointed to a committee":
			// neither says who appoints whom.
			if !wordIs(toks, i+1, "by") {
				continue
			}
			v.form = formPassive
			// "is nominated by … and appointed by the Chair" shares the
			// auxiliary of the verb it is joined to.
			v.participle = strings.HasSuffix(toks[i].Word, "ed") && !wordIs(toks, i-1, "and", "or")
		}
		out = append(out, v)
		i = e - 1
	}
	return out
}

// appointments reads who appoints and removes each member of the board,
// and whether a member must be the ICB's employee.
func (r *icbReader) appointments(sents []sentence) []model.AppointmentFact {
	out := []model.AppointmentFact{}
	var written rewrites // sentences read with their pronoun's members
	defer func() {
		for k := range out {
			written.restore(&out[k].Text)
		}
	}()
	// prevFrom and prevTo are the facts in out the last sentence with
	// appointments gave, prevSent that sentence.
	prevFrom, prevTo, prevSent := 0, 0, -1
	for i := range sents {
		s := &sents[i]
		w := s.w
		r.cur = i
		if s.leadIn || question(s) || !(w.Has("icb-appoint") || w.Has("icb-remove") || w.Has("icb-employee")) {
			continue
		}
		if s.in(r.d, model.KindCommittee) || s.in(r.d, model.KindJointCommittee) {
			continue // a committee's members, not the board's
		}
		if prevSent >= 0 && prevSent == i-1 && sents[prevSent].block == s.block && prevTo > prevFrom && approvalOfTheAppointment(s) {
			// "The Chair appoints the Chief Executive. The appointment is
			// subject to the approval of NHS England."
			for _, m := range mentions(w) {
				if m.actor == "" || m.neutral || !approvalOf(w, m) && !approvesAfter(w, m) {
					continue
				}
				for k := prevFrom; k < prevTo; k++ {
					if len(out[k].AppointedBy) > 0 && !slices.Contains(out[k].ApprovalBy, m.actor) {
						out[k].ApprovalBy = append(out[k].ApprovalBy, m.actor)
						out[k].Text += " " + s.text
					}
				}
			}
			continue
		}
		before := len(out)
		if sub := membersForEach(sents, i, r.reader); sub != nil {
			// "The Place Members are employees of the ICB. Each is
			// appointed by the Chief Executive": read with the members
			// the pronoun stands for, quoted as written (below).
			written.note(sub.text, s.text)
			s, w = sub, sub.w
		}
		ms := mentions(w)
		if (wordIs(s.toks, 0, "nobody") || wordIs(s.toks, 0, "no") && wordIs(s.toks, 1, "one", "person", "individual")) && !mentionsRole(ms) {
			// "No one may be appointed to the Board if the person who
			// would appoint them considers …": who may not be appointed,
			// not who appoints; "No one may be appointed … the Chief
			// Executive who is not an employee" names the post.
			continue
		}
		r.resolve(ms, w, s.section)
		if everyBody(s, ms) {
			// "Every Locality Board has a chair appointed by the Board":
			// many bodies' chairs, none of them the ICB's Chair.
			for k := range ms {
				if ms[k].role == model.RoleChair {
					ms[k].neutral = true
				}
			}
		}
		for k := range ms {
			if ms[k].role == model.RoleChair && committeesOwnChair(w.Toks, ms[k].start) {
				// "A committee may include people who are not members of
				// the Board, but its chair is appointed by the Board".
				ms[k].neutral = true
			}
			if ms[k].role == model.RoleChair && committeesChair(w.Toks, ms[k].end) {
				// "The Board appoints the chair and members of each of its
				// committees": the committees' chairs, not the ICB's.
				ms[k].neutral = true
			}
		}
		facts := map[string]*model.AppointmentFact{}
		var order []string
		get := func(role string) *model.AppointmentFact {
			if f, ok := facts[role]; ok {
				return f
			}
			f := &model.AppointmentFact{Evidence: s.evidence(r.d), Role: role, AppointedBy: []string{}, ApprovalBy: []string{},
				RemovedBy: []string{}, RemovalApprovalBy: []string{}}
			facts[role] = f
			order = append(order, role)
			return f
		}
		sets := map[string]map[string]bool{}
		add := func(role, field, actor string) {
			get(role)
			key := role + "\x00" + field
			if sets[key] == nil {
				sets[key] = map[string]bool{}
			}
			sets[key][actor] = true
		}
		verbs := icbVerbs(w)
		roles := make([][]string, len(verbs))
		var roleAt []int // indices in ms of the members the verbs are about
		for k, v := range verbs {
			if deputyAfter(w, v) {
				continue // "The Board will appoint one of the Non-executive Members as Deputy Chair"
			}
			var at []int
			roles[k], at = r.verbRole(s, ms, v)
			roleAt = append(roleAt, at...)
		}
		// Each actor is the agent or approver of the nearest verb before it,
		// or, named before any, of the first.
		for k, m := range ms {
			if m.actor == "" || m.neutral {
				continue
			}
			if isRoleOf(roleAt, k) {
				continue
			}
			vi := -1
			for x, v := range verbs {
				if v.start < m.start {
					vi = x
				}
			}
			approval := approvalOf(w, m) || approvesAppointment(w, m)
			if x := confirmsNominee(w, m, verbs); x >= 0 && len(roles[x]) > 0 && !appointerNamed(w.Toks, ms, verbs[x]) {
				// "The Chair confirms the appointment of the person put
				// forward": with no one else named, confirming the
				// nominee's appointment is making it.
				for _, role := range roles[x] {
					add(role, "by", m.actor)
					add(role, "approval", m.actor)
				}
				continue
			}
			if vi >= 0 && !verbs[vi].remove && conditionalAppointer(w, verbs[vi], m) && len(roles[vi]) > 0 {
				// "The nominees are appointed once the Chair approves them":
				// with no one else named, the one whose approval makes the
				// appointment makes it.
				for _, role := range roles[vi] {
					add(role, "by", m.actor)
					add(role, "approval", m.actor)
				}
				continue
			}
			switch {
			case approval:
				if vi < 0 {
					vi = 0
				}
			case vi >= 0 && agentOf(w, verbs[vi], m):
			case vi >= 0 && makesIt(w, verbs[vi], m):
			case afterBy(w.Toks, m.start):
				// "in accordance with guidance issued by NHS England": the
				// agent of another verb, not the subject of a later one.
				continue
			default:
				// The subject of the next verb: "NHS England appoints the
				// Chair", "The Chair will decide whether to approve the
				// appointment of the nominee".
				next := -1
				for x, v := range verbs {
					if v.start >= m.end && next < 0 {
						next = x
					}
				}
				if next < 0 || verbs[next].form == formPassive || clauseBreak(w.Toks, m.end, verbs[next].start) {
					continue
				}
				if !subjectOf(w, ms, k, verbs[next]) || guidanceOn(w, m, verbs[next]) {
					continue
				}
				vi = next
			}
			// "Only NHS England may remove the Chair, and any removal requires
			// the approval of the Secretary of State": a verb that names no
			// one is about whom the verb of its kind before it names.
			// (An if, not a loop: when the verb before names no one
			// either, the loop never ended.)
			if vi > 0 && vi < len(verbs) && len(roles[vi]) == 0 && approval && verbs[vi-1].remove == verbs[vi].remove {
				roles[vi] = roles[vi-1]
			}
			if vi < 0 || vi >= len(verbs) || len(roles[vi]) == 0 {
				continue
			}
			field := "by"
			switch {
			case verbs[vi].remove && approval:
				field = "removal-approval"
			case verbs[vi].remove:
				field = "removed"
			case approval:
				field = "approval"
			}
			for _, role := range roles[vi] {
				add(role, field, m.actor)
			}
			// "approved by the Chair, who appoints them": the actor is the
			// subject of a verb in a relative clause after it too.
			if x := relativeVerb(w.Toks, m.end, verbs); x >= 0 && !verbs[x].remove && len(roles[x]) > 0 {
				for _, role := range roles[x] {
					add(role, "by", m.actor)
				}
			}
		}
		// "… appointed by NHS England with the approval of the Secretary of
		// State, and only NHS England, with that approval, may remove the
		// Chair": the approval named for the appointment is the removal's.
		if sameApproval(w.Toks) {
			for x, v := range verbs {
				if !v.remove {
					continue
				}
				for _, role := range roles[x] {
					for actor := range sets[role+"\x00approval"] {
						add(role, "removal-approval", actor)
					}
				}
			}
		}
		if at := employee(w); at >= 0 {
			var appointed []string
			for k, v := range verbs {
				if !v.remove && v.start < at {
					appointed = append(appointed, roles[k]...)
				}
			}
			subject := r.employeeSubject(w, ms, at, appointed)
			if len(subject) == 0 {
				if role := r.roleOfSection(s.section); role != "" {
					subject = []string{role}
				}
			}
			for _, role := range subject {
				get(role).Employee = true
			}
		}
		for x, v := range verbs {
			// "NHS England appoints the Chair, with the approval of the
			// Secretary of State, and may remove the Chair only with that
			// approval": a removal joined by "and" to the appointment is
			// its appointer's.
			if !v.remove || x == 0 || verbs[0].remove || !andBefore(w.Toks, v.start) {
				continue
			}
			for _, role := range roles[x] {
				if len(sets[role+"\x00removed"]) == 0 {
					for a := range sets[role+"\x00by"] {
						add(role, "removed", a)
					}
				}
			}
		}
		for _, role := range order {
			f := facts[role]
			f.AppointedBy = actorList(sets[role+"\x00by"])
			f.ApprovalBy = actorList(sets[role+"\x00approval"])
			f.RemovedBy = actorList(sets[role+"\x00removed"])
			f.RemovalApprovalBy = actorList(sets[role+"\x00removal-approval"])
			if len(f.AppointedBy)+len(f.ApprovalBy)+len(f.RemovedBy)+len(f.RemovalApprovalBy) == 0 && !f.Employee {
				continue
			}
			if len(f.RemovedBy) > 0 && len(f.RemovalApprovalBy) == 0 && sameApproval(w.Toks) {
				// "The Chair may be removed only by NHS England, with the
				// same approval": the approval a sentence before gave the
				// appointment of the same member.
				f.RemovalApprovalBy = approvalBefore(out, role)
			}
			out = append(out, *f)
		}
		if len(out) > before {
			prevFrom, prevTo, prevSent = before, len(out), i
		}
	}
	return out
}

// approvalOfTheAppointment reports whether a sentence opens with "The
// appointment" (or "This appointment", "Each appointment"), names an
// approval and no member: the approval of the appointment the sentence
// before makes.
func approvalOfTheAppointment(s *sentence) bool {
	toks := s.toks
	if !wordIs(toks, 0, "the", "this", "that", "each", "any", "such") || !wordIs(toks, 1, "appointment", "appointments") ||
		!s.w.Has("approve") && !hasWord(toks, "approval", "approved", "consent", "agreement") {
		return false
	}
	// Not "The appointment of the Chair is subject to …", which names
	// whose appointment it is.
	for _, m := range mentions(s.w) {
		if m.role != "" && !m.neutral {
			return false
		}
	}
	return true
}

// approvesAfter reports whether the actor m is the subject of a verb of
// approving just after it: "The appointment does not take effect until
// NHS England has approved it."
func approvesAfter(w *language.Sentence, m mention) bool {
	k := m.end
	for k < len(w.Toks) && k < m.end+2 && wordIs(w.Toks, k, "has", "have", "had", "first", "formally") {
		k++
	}
	return w.At(k, "icb-approval") > k || w.At(k, "approve") > k
}

// icbConsulted reports whether every consultation a sentence names is of
// the ICB: "NHS England may vary it of its own motion, having first
// consulted the ICB" is NHS England's step, not one the ICB takes before
// it applies.
func icbConsulted(w *language.Sentence) bool {
	for _, p := range w.Find("icb-consult") {
		k := p.End
		if wordIs(w.Toks, k, "the") {
			k++
		}
		if !wordIs(w.Toks, k, "icb") {
			return false
		}
	}
	return true
}

// pastAside is where the words after an aside between commas start, when
// token i is the aside's opening comma and its closing comma stands within
// reach tokens of it: "The Chair, with the Chief Executive's approval,
// selects …". Otherwise it is i, and false.
func pastAside(toks []language.Token, i, reach int) (int, bool) {
	if !wordIs(toks, i, ",") {
		return i, false
	}
	for k := i + 1; k < len(toks) && k < i+reach; k++ {
		if wordIs(toks, k, ",") {
			return k + 1, true
		}
	}
	return i, false
}

// andBefore reports whether the verb at i follows "and", perhaps with a
// modal between: "…, and may remove".
func andBefore(toks []language.Token, i int) bool {
	j := i - 1
	if wordIs(toks, j, "may", "can", "shall", "will", "must") {
		j--
	}
	return wordIs(toks, j, "and")
}

// approvalBefore is the approval the last fact on role's appointment gave
// it, for a later sentence that says "with the same approval".
func approvalBefore(facts []model.AppointmentFact, role string) []string {
	for k := len(facts) - 1; k >= 0; k-- {
		if facts[k].Role == role && len(facts[k].ApprovalBy) > 0 {
			return slices.Clone(facts[k].ApprovalBy)
		}
	}
	return []string{}
}

func isRoleOf(roleAt []int, k int) bool {
	for _, x := range roleAt {
		if x == k {
			return true
		}
	}
	return false
}

// employee finds where a sentence requires a member to be the ICB's
// employee ("an employee of the ICB", "must be employed by the ICB", "only
// while employed by the ICB"), or -1. The words are a predicate: "may
// appoint employees of the ICB" requires nothing of a member.
func employee(w *language.Sentence) int {
	toks := w.Toks
	for _, p := range w.Find("icb-employee") {
		if p.End-p.Start <= 1 || negated(w, max(0, p.Start-4), p.Start) && !noOneWhoIsNot(toks, p.Start) {
			continue
		}
		if otherEmployer(toks, p.Start, p.End) {
			continue // "may be employed either by the ICB or by the County Council": no requirement
		}
		predicate := toks[p.Start].Word == "be"
		for j := p.Start - 1; j >= 0 && j >= p.Start-4 && !predicate; j-- {
			// ("Only an employee of the ICB may be Chief Executive": the
			// subject restricted to employees.)
			predicate = wordIs(toks, j, "be", "is", "are", "remain", "remains", "become", "becomes", "while", "whilst", "being", "as", "only")
		}
		if predicate {
			return p.Start
		}
	}
	return -1
}

// otherEmployer reports whether the words of employment from token i to
// j offer an employer besides the ICB: "be employed either by the ICB or
// by Weyland County Council", "be an employee of the ICB or of a
// partner", "employed by the ICB or seconded from".
func otherEmployer(toks []language.Token, i, j int) bool {
	if wordIs(toks, j, "either") {
		return true
	}
	for k := i; k < len(toks) && k < j+12; k++ {
		if toks[k].Word == "." || toks[k].Word == ";" {
			return false
		}
		if wordIs(toks, k, "either") && k < j+2 || wordIs(toks, k, "or") && wordIs(toks, k+1, "by", "of", "seconded", "employed") {
			return true
		}
	}
	return false
}

// noOneWhoIsNot reports whether the negation before token i is the
// second of two: "No one may become or remain the Chief Executive who is
// not an employee of the ICB" requires that they be one.
func noOneWhoIsNot(toks []language.Token, i int) bool {
	if !wordIs(toks, 0, "no", "nobody") {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if wordIs(toks, j, "not") {
			return wordIs(toks, j-1, "is", "are", "was") && wordIs(toks, j-2, "who")
		}
	}
	return false
}

// employeeSubject is the member an employee requirement at token at is
// about: the member named nearest before it in its own clause ("…, and a
// person may remain Chief Executive only while employed by the ICB"; the
// antecedent of "…, who must be an employee"), else the sentence's subject
// ("The Chief Finance Officer, … and the Director of Nursing will be
// appointed by …, and each must be an employee"), or, when the clause names
// no one, the members the sentence appoints ("…, and the appointee must be
// employed by the ICB"). Members after "by" or whose approval is needed
// are not it.
func (r *icbReader) employeeSubject(w *language.Sentence, ms []mention, at int, appointed []string) []string {
	toks := w.Toks
	candidate := func(k int) bool {
		m := ms[k]
		return m.role != "" && !m.neutral && m.role != roleOrdinary && !approvalOf(w, m) && !afterBy(toks, m.start)
	}
	chain := func(k int) []string {
		out := r.group(ms, k)
		for j := k - 1; j >= 0 && candidate(j) && coordinated(toks, ms[j].end, ms[j+1].start); j-- {
			out = append(out, r.group(ms, j)...)
		}
		return out
	}
	from := 0
	for j := at - 1; j > 0; j-- {
		if toks[j].Word == ";" || toks[j].Word == "," && wordIs(toks, j+1, "and", "but", "who", "which") {
			from = j
			break
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].start >= from && ms[k].end <= at && candidate(k) {
			return chain(k)
		}
	}
	if from > 0 && wordIs(toks, from+1, "who") {
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].end == from && candidate(k) {
				return chain(k)
			}
		}
	}
	if from > 0 && len(appointed) > 0 {
		return appointed // "…, and the appointee must be employed by the ICB"
	}
	for k := range ms {
		if ms[k].end <= at && candidate(k) {
			out := r.group(ms, k)
			for j := k + 1; j < len(ms) && candidate(j) && coordinated(toks, ms[j-1].end, ms[j].start); j++ {
				out = append(out, r.group(ms, j)...)
			}
			return out
		}
	}
	return nil
}

// everyBody reports whether a sentence opens with "Each" or "Every" and a
// body other than a member of the board: "Each Place Committee …", "Every
// Locality Board …".
func everyBody(s *sentence, ms []mention) bool {
	toks := s.toks
	for i := range toks {
		if !opening(toks, i) {
			return false
		}
		if toks[i].Punct || !wordIs(toks, i, "each", "every") {
			continue
		}
		for _, m := range ms {
			if m.start == i+1 && m.role != "" && !m.neutral {
				return false // "Each Non-Executive Member is appointed by the Chair"
			}
		}
		return capitalised(s, i+1)
	}
	return false
}

// committeesChair reports whether the chair mentioned before token i is
// a committee's: "the chair of each committee", "the chair and members
// of each of its committees", "the chair of the Audit Committee".
func committeesChair(toks []language.Token, i int) bool {
	k := i
	if wordIs(toks, k, "and") && wordIs(toks, k+1, "members", "other") {
		k += 2
		if wordIs(toks, k, "members") {
			k++
		}
	}
	if !wordIs(toks, k, "of") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].Punct {
			return false
		}
		if wordIs(toks, j, "committee", "committees", "sub-committee", "sub-committees", "subcommittee", "subcommittees", "panel", "panels") {
			return true
		}
	}
	return false
}

// afterBy reports whether the phrase at token i is the agent after "by":
// "by NHS England", "by the Chair".
func afterBy(toks []language.Token, i int) bool {
	return wordIs(toks, i-1, "by") || wordIs(toks, i-2, "by") && wordIs(toks, i-1, "the", "a", "an")
}

// guidanceOn reports whether an actor issues guidance on the act a
// nominal verb names rather than doing it: "any guidance NHS England
// publishes on the appointment of chief executives", "NHS England's
// guidance on the appointment of …".
func guidanceOn(w *language.Sentence, m mention, v icbVerb) bool {
	if v.form != formNominal {
		return false
	}
	for j := max(m.start-2, 0); j < v.start; j++ {
		if j >= m.start && j < m.end {
			continue
		}
		if w.At(j, "icb-guidance") > j {
			return true
		}
	}
	return false
}

// subjectOf reports whether the actor ms[k] is the subject of an active
// verb after it: no other actor stands between as a subject would ("The
// councils agree a nominee, and the Chair then appoints that person": the
// Chair), unless joined to it ("NHS England and the Secretary of State
// appoint"), and no relative "whose" opens a clause of its own ("The Board
// has the following members, whose appointment …").
func subjectOf(w *language.Sentence, ms []mention, k int, v icbVerb) bool {
	toks := w.Toks
	if wordIs(toks, ms[k].start-1, "with") || wordIs(toks, ms[k].start-2, "with") && wordIs(toks, ms[k].start-1, "the") {
		return false // "The Chair, together with the Chief Executive, will …": the Chair's companion
	}
	if wordIs(toks, ms[k].end, "'s", "’s", "s'") && v.start == ms[k].end+1 {
		return false // "The Chair's appointment may be ended …": whose appointment, not who appoints
	}
	for j := ms[k].end; j < v.start; j++ {
		if wordIs(toks, j, "whose") {
			return false
		}
		if wordIs(toks, j, ",") && wordIs(toks, j+1, "and", "but") && wordIs(toks, j+2, "the", "a", "an", "that", "this", "each", "any") {
			return false // "…, and the appointment will be made by …": a clause with its own subject
		}
	}
	for j := k + 1; j < len(ms) && ms[j].start < v.start; j++ {
		n := ms[j]
		if n.actor == "" || n.neutral || approvalOf(w, n) || afterBy(toks, n.start) {
			continue
		}
		if wordIs(toks, n.start-1, "with") || wordIs(toks, n.start-2, "with") && wordIs(toks, n.start-1, "the") {
			continue // "The Chair, with the Chief Executive, … decides whether to appoint them": a companion
		}
		if joined(toks, ms[j-1].end, n.start) {
			continue
		}
		return false
	}
	return true
}

// verbRole is the member a word of appointing or removing is about: the
// subject of a passive ("The Chair will be appointed by …"), the object of
// an active verb ("NHS England appoints the Chair"), what follows "the
// appointment of"; else, when the sentence does not name one, the member
// its section is about ("This member will be appointed by …").
func (r *icbReader) verbRole(s *sentence, ms []mention, v icbVerb) ([]string, []int) {
	toks := s.toks
	member := func(k int) bool {
		m := ms[k]
		return m.role != "" && !m.neutral && m.role != roleOrdinary && !approvalOf(s.w, m) && !wordIs(toks, m.start-1, "by") && !wordIs(toks, m.start-2, "by")
	}
	section := func() ([]string, []int) {
		if s.role != "" {
			return []string{s.role}, nil // a table's column
		}
		if role := r.roleOfSection(s.section); role != "" {
			return []string{role}, nil
		}
		if role := r.contextRole(r.cur); role != "" {
			return []string{role}, nil
		}
		return nil, nil
	}
	switch v.form {
	case formPassive:
		if v.participle {
			// "a person appointed by the Board" is about the person; "The
			// Chair, appointed by NHS England, …" about the Chair.
			before := v.start
			if wordIs(toks, before-1, ",") {
				before--
			}
			if before == 0 {
				return section()
			}
			for k := len(ms) - 1; k >= 0; k-- {
				if ms[k].end == before && member(k) {
					return r.group(ms, k), []int{k}
				}
			}
			// "The Director of Finance, … and the Director of Nursing are
			// employees of the ICB appointed by the Chief Executive": the
			// noun is the members' predicate.
			if k := r.predicateOf(s, ms, before); k >= 0 {
				roles, at := r.group(ms, k), []int{k}
				for j := k - 1; j >= 0 && member(j) && titlesCoordinated(s, ms[j].end, ms[j+1].start); j-- {
					roles, at = append(roles, r.group(ms, j)...), append(at, j)
				}
				return roles, at
			}
			return nil, nil
		}
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].end <= v.start && excepted(s.w, ms, k) {
				// "A board member other than the Chair may be removed by
				// …": the subject is what the exception is taken from.
				for k > 0 && excepted(s.w, ms, k-1) && coordinated(toks, ms[k-1].end, ms[k].start) {
					k--
				}
				if k > 0 && member(k-1) && exceptionFollows(s.w, ms[k-1].end, ms[k].start, true) {
					return r.group(ms, k-1), []int{k - 1}
				}
				return nil, nil
			}
			if ms[k].end <= v.start && member(k) && !clauseBreak(toks, ms[k].end, v.start) {
				// "The Chief Finance Officer, the Chief Medical Officer and
				// the Chief Nurse are … appointed by …": every member of
				// the subject.
				roles, at := r.group(ms, k), []int{k}
				for j := k - 1; j >= 0 && member(j) && titlesCoordinated(s, ms[j].end, ms[j+1].start); j-- {
					roles, at = append(roles, r.group(ms, j)...), append(at, j)
				}
				return roles, at
			}
		}
		return section()
	case formNominal:
		if v.gerund {
			for k, m := range ms {
				if m.start >= v.end && m.start <= v.end+1 && member(k) {
					return r.group(ms, k), []int{k}
				}
			}
			return nil, nil
		}
		if wordIs(toks, v.end, "of") || wordIs(toks, v.end, "as") {
			for k, m := range ms {
				if m.start > v.end && m.start <= v.end+3 {
					if member(k) {
						return []string{m.role}, []int{k}
					}
					return nil, nil // "the appointment of the members of each committee"
				}
			}
			if !nomineeAfter(toks, v.end) {
				return nil, nil
			}
		}
		return section()
	}
	for k, m := range ms {
		// (Not past a relative pronoun: "appoints each nominee whom the
		// Chair judges to meet the role specification" appoints the
		// nominee.)
		if m.start >= v.end && m.start <= v.end+4 && member(k) && !hasWordBetween(toks, v.end, m.start, ",", ";", "if", "when", "unless", "once", "where", "provided", "whom", "who", "which", "whose") {
			// "The Chief Executive appoints the Chief Finance Officer, the
			// Chief Medical Director and the Chief Nursing Director": every
			// member of the object.
			roles, at := r.group(ms, k), []int{k}
			for j := k + 1; j < len(ms) && member(j) && titlesCoordinated(s, ms[j-1].end, ms[j].start); j++ {
				if wordIs(toks, ms[j].end, "must", "shall", "will", "may", "should", "can", "approves", "agrees", "confirms", "appoints", "nominates", "removes") {
					break // "…, and the Chair must approve each appointment", "… and the Chief Executive appoints …": a clause of its own
				}
				roles, at = append(roles, r.group(ms, j)...), append(at, j)
			}
			return roles, at
		}
	}
	// "… which nominee to appoint." names no one after the verb; "The
	// Chief Executive appoints the nominee", "the Chair will appoint them"
	// the member being filled, unless to a committee ("appoint them to
	// any of the board's committees").
	// ("chooses one nominee", a phrase of the set, ends in its object.)
	if v.end >= len(toks) || toks[v.end].Punct || nomineeAfter(toks, v.end-1) || wordIs(toks, v.end-1, "nominee", "nominees", "person", "candidate") || wordIs(toks, v.end, "from") || relativeObject(toks, v.start) {
		// "The Chair … appoints from the shortlist": the member of the
		// section being filled.
		if toCommittee(s.w, v.end) {
			return nil, nil
		}
		return section()
	}
	return nil, nil
}

// relativeObject reports whether the verb at i has a relative pronoun
// before its subject as its object: "nominates a candidate …, whom the
// Chair appoints" appoints the candidate.
func relativeObject(toks []language.Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch toks[j].Word {
		case "whom", "which":
			return j > 0 && toks[j-1].Word == ","
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// joined reports whether the tokens [i, j) between two phrases join them
// with "and" or "or" and no comma: "NHS England and the Secretary of State".
func joined(toks []language.Token, i, j int) bool {
	and := false
	for ; i < j; i++ {
		switch {
		case wordIs(toks, i, "and", "or"):
			and = true
		case !wordIs(toks, i, "the", "a", "an"):
			return false
		}
	}
	return and
}

// predicateOf finds the member whose predicate noun ends at token i ("…
// are employees of the ICB"): a member named just before "is" or "are",
// with only a noun phrase between. -1 when the noun is the object of a
// verb ("is supported by a board secretary") or no member is its subject.
func (r *icbReader) predicateOf(s *sentence, ms []mention, i int) int {
	toks := s.toks
	for j := i - 1; j > 0 && j >= i-8; j-- {
		if toks[j].Punct || strings.HasSuffix(toks[j].Word, "ed") || strings.HasSuffix(toks[j].Word, "ing") {
			return -1
		}
		if !wordIs(toks, j, "is", "are") {
			continue
		}
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.end == j && m.role != "" && !m.neutral && m.role != roleOrdinary {
				return k
			}
			// "…, the Director of Nursing and the Director of People are
			// …": a last title of no role the criteria name, after
			// those that are.
			if m.end < j && m.end >= j-6 && m.role != "" && !m.neutral && m.role != roleOrdinary && wordIs(toks, m.end, "and") && wordIs(toks, m.end+1, "the", "a", "an") {
				gap := true
				for g := m.end + 2; g < j; g++ {
					gap = gap && !toks[g].Punct && (capitalised(s, g) || wordIs(toks, g, "of", "and", "for"))
				}
				if gap {
					return k
				}
			}
		}
		return -1
	}
	return -1
}

// excepted reports whether the member ms[k] is named in an exception:
// "other than the Chair", "except the Chair and the Chief Executive".
func excepted(w *language.Sentence, ms []mention, k int) bool {
	m := ms[k]
	if m.role == "" || m.neutral {
		return false
	}
	if exceptionFollows(w, max(0, m.start-3), m.start, false) {
		return true
	}
	// "except the Chair and the Chief Executive": the members joined to
	// an excepted one are excepted too.
	return k > 0 && coordinated(w.Toks, ms[k-1].end, m.start) && excepted(w, ms, k-1)
}

// exceptionFollows reports whether the words in [i, j) end in an
// exception's ("other than", ", except the", "apart from"); when whole,
// whether they are nothing else.
func exceptionFollows(w *language.Sentence, i, j int, whole bool) bool {
	toks := w.Toks
	for k := i; k < j; k++ {
		if e := w.At(k, "limit"); e > k && e <= j && !wordIs(toks, k, "unless") {
			for x := e; x < j; x++ {
				if !wordIs(toks, x, "the", "a", "an", ",") {
					return false
				}
			}
			for x := i; x < k && whole; x++ {
				if !wordIs(toks, x, ",") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// toCommittee reports whether the words after token i send someone to a
// committee: "to any of the board's committees", "to the Audit Committee".
func toCommittee(w *language.Sentence, i int) bool {
	toks := w.Toks
	for j := i; j < len(toks) && j < i+4; j++ {
		if wordIs(toks, j, "to") {
			return w.HasIn("icb-committee", j+1, min(len(toks), j+8))
		}
	}
	return false
}

// group is the roles a member named at ms[k] stands for: a group named in
// the plural with no kind of its own ("The Executive Members are appointed
// by …", "the Partner Members") is every member of the board of that sort;
// else its role.
func (r *icbReader) group(ms []mention, k int) []string {
	m := ms[k]
	prefix := ""
	switch {
	case m.role == model.RoleExecutiveOther:
		prefix = "executive-"
	case m.role == model.RolePartnerOther:
		prefix = "partner-"
	}
	toks := r.sents[r.cur].toks
	if prefix == "" || m.end == 0 || !plural(toks[m.end-1].Word) {
		return []string{m.role}
	}
	var out []string
	for _, role := range r.boardRoles {
		if strings.HasPrefix(role, prefix) && !slices.Contains(out, role) {
			out = append(out, role)
		}
	}
	if len(out) == 0 {
		return []string{m.role}
	}
	return out
}

// coordinated reports whether the tokens [i, j) between two members join
// them: ",", "and", "or", "the".
func coordinated(toks []language.Token, i, j int) bool {
	for ; i < j; i++ {
		// "Chief" begins titles whose role the words after it say: "the
		// Chief Medical Director".
		// A count before a title: "and the three Executive Directors of
		// Place".
		if _, isCount := icbCounts[toks[i].Word]; !isCount && !wordIs(toks, i, ",", "and", "or", "the", "a", "an", "chief") {
			return false
		}
	}
	return true
}

// titlesCoordinated is coordinated for the tokens [i, j) between two
// titles, the first of which may go on in capitals past the words that
// named its role: "the Executive Director of Clinical and Professional
// Services and the Executive Director of Nursing".
func titlesCoordinated(s *sentence, i, j int) bool {
	toks := s.toks
	capital := func(k int) bool {
		if k >= len(toks) || toks[k].Punct || int(toks[k].Start) >= len(s.text) {
			return false
		}
		c := s.text[toks[k].Start]
		return c >= 'A' && c <= 'Z'
	}
	if wordIs(toks, i, "of", "for") && capital(i+1) {
		k := i + 1
		for k < j && (capital(k) || wordIs(toks, k, "and", "of", "for") && capital(k+1)) {
			k++
		}
		i = k
	}
	// "the Executive Director of Finance and Investment, the Executive
	// Director of …": the rest of the first title, up to a comma.
	if wordIs(toks, i, "and") && capital(i+1) {
		k := i + 1
		for k < j && capital(k) {
			k++
		}
		if wordIs(toks, k, ",") {
			i = k
		}
	}
	return coordinated(toks, i, j)
}

// deputyAfter reports whether a verb of appointing makes someone deputy
// chair, senior member or a committee's chair ("appoint one of the
// Non-executive Members as Deputy Chair"), which is no appointment to the
// board.
func deputyAfter(w *language.Sentence, v icbVerb) bool {
	toks := w.Toks
	for j := v.end; j < len(toks) && j < v.end+24; j++ {
		if toks[j].Word == ";" || toks[j].Word == "." {
			return false
		}
		if toks[j].Word == "as" && (w.HasIn("icb-deputy-chair", j+1, j+4) || w.HasIn("icb-senior-independent", j+1, j+4)) {
			return true
		}
		// "appoints one of the Non-Executive Members as chair of each
		// committee": a member made a committee's chair, no member made.
		if toks[j].Word == "as" && (wordIs(toks, j+1, "chair") || wordIs(toks, j+1, "the") && wordIs(toks, j+2, "chair")) {
			k := j + 2
			if wordIs(toks, j+1, "the") {
				k++
			}
			if !wordIs(toks, k, "of") {
				continue
			}
			for ; k < len(toks) && k < j+12 && !toks[k].Punct; k++ {
				if wordIs(toks, k, "committee", "committees") {
					return true
				}
			}
		}
	}
	return false
}

// nomineeAfter reports whether the words after "the appointment of" name a
// nominee or a person: the member the section is about.
func nomineeAfter(toks []language.Token, i int) bool {
	if wordIs(toks, i+1, "one", "two", "three", "four", "each", "any") && wordIs(toks, i+2, "of") {
		// "appoints two of the jointly nominated candidates"
		for j := i + 3; j < len(toks) && j <= i+7 && !toks[j].Punct; j++ {
			if wordIs(toks, j, "nominee", "nominees", "candidate", "candidates") {
				return true
			}
			// "appoints one of those nominated", "two of those put forward"
			if wordIs(toks, j, "those") && wordIs(toks, j+1, "nominated", "selected", "chosen", "put", "shortlisted", "proposed") {
				return true
			}
		}
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		switch toks[j].Word {
		case "nominee", "nominees", "candidate", "candidates", "person", "persons", "people", "individual", "individuals", "successful", "suitable", "preferred":
			return true
		case "proposed":
			// "decides whether to appoint the proposed member", "appoints
			// the proposed person if satisfied …"
			return wordIs(toks, j+1, "member", "members", "appointee", "appointees", "person", "persons", "people", "nominee", "nominees", "candidate", "candidates")
		case "those":
			// "The Chair appoints those nominated"
			return j == i+1 && (wordIs(toks, j+1, "nominated", "selected", "chosen", "put") || wordIs(toks, j+1, "who", "whom"))
		case "them", "him", "her":
			// "appoints them", "appoints each of them"
			return j == i+1 || j == i+3 && wordIs(toks, i+1, "each", "all", "both") && wordIs(toks, i+2, "of")
		case "one", "ones":
			// "appoints the one they judge most suitable for each seat"
			// ("appoints one person" reads on, to "person")
			if j == i+2 && wordIs(toks, i+1, "the") && !wordIs(toks, j+1, "of") {
				return true
			}
			// "then appoints one for each seat", "one from each list": one
			// of the nominees the clause before assessed.
			if j == i+1 && wordIs(toks, j+1, "for", "from") && wordIs(toks, j+2, "each", "every") {
				return true
			}
		case "two", "three", "four", "both":
			// "the Chair, with the Chief Executive's agreement, appoints
			// the two": the nominees of the seats, the clause ending there.
			if j == i+2 && wordIs(toks, i+1, "the") && (j+1 >= len(toks) || toks[j+1].Punct) {
				return true
			}
			// "appoints the two they judge best fitted": the two the
			// clause after picks out.
			if j == i+2 && wordIs(toks, i+1, "the") && wordIs(toks, j+1, "they", "who", "whom", "that", "it", "he", "she") {
				return true
			}
		case "member", "members":
			// "The Chair appoints the two members from those nominations":
			// the section's members, not "the members of each committee".
			if wordIs(toks, j+1, "of") {
				return false
			}
			if _, count := countOf(toks[j-1].Word); wordIs(toks, i+1, "the") && (j == i+2 || j == i+3 && count) {
				return true
			}
			return false
		}
	}
	return false
}

// agentOf reports whether an actor is the agent of a verb: "appointed by
// NHS England", "removed only by NHS England", "appointment … is made by".
func agentOf(w *language.Sentence, v icbVerb, m mention) bool {
	toks := w.Toks
	if v.form == formActive {
		return agentOfNominal(w, v, m) // "appoint … following guidance published by NHS England": not its agent
	}
	if v.form == formNominal && agentOfNominal(w, v, m) {
		return true
	}
	for j := v.end; j < m.start && j < v.end+8; j++ {
		if toks[j].Word == ";" || toks[j].Word == "," && j > v.end+2 {
			return false
		}
		if strings.HasSuffix(toks[j].Word, "ed") && toks[j].Word != "need" && !wordIs(toks, j+1, "to") {
			return false // "appointed … on terms agreed by", "guidance issued by": another verb's agent
		}
		if w.At(j, "icb-nominate") > j {
			return false // "appoint the Partner Member nominated by the local authorities"
		}
		if toks[j].Word == "by" {
			for k := j + 1; k < m.start; k++ {
				if !wordIs(toks, k, "the", "a", "an") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// agentOfNominal reports whether an actor is the one a removal or an
// appointment is left to: "The removal of the Chair is reserved to NHS
// England", "rests with NHS England", "is a matter for the Chair".
func agentOfNominal(w *language.Sentence, v icbVerb, m mention) bool {
	if v.form != formNominal {
		return false
	}
	toks := w.Toks
	for j := v.end; j < m.start && j < v.end+12; j++ {
		if toks[j].Word == ";" || toks[j].Word == "," && wordIs(toks, j+1, "and", "but") {
			return false
		}
		if e := w.At(j, "icb-left-to"); e > j {
			for k := e; k < m.start; k++ {
				if !wordIs(toks, k, "the", "a", "an") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// nominations reads who nominates each partner member, whether the
// nominating bodies may object, and how a nominee is chosen.
func (r *icbReader) nominations(sents []sentence) []model.NominationFact {
	out := []model.NominationFact{}
	summary := map[int]bool{} // indices in out of facts read from a summary of every sector
	// lastFact is the sentence the last fact in out was read from, and
	// facts how many there were then.
	lastFact, facts := -1, 0
	for i := range sents {
		if len(out) > facts {
			lastFact, facts = i-1, len(out)
		}
		s := &sents[i]
		w := s.w
		if s.in(r.d, model.KindCommittee) || s.in(r.d, model.KindJointCommittee) {
			// "a director of public health nominated by the four councils
			// attends": a committee's members, not the board's.
			continue
		}
		if !s.leadIn && !question(s) && !w.Has("icb-nominate") && mayObject(w) && !objectionDenied(w) {
			// "The list of people nominated is sent to every provider. Each
			// provider may object to any name on it": the objection is to
			// the nomination the sentence before, in the same paragraph,
			// speaks of.
			if n := len(out); n > 0 && i > 0 && s.block >= 0 && sents[i-1].block == s.block && out[n-1].Line == sents[i-1].evidence(r.d).Line {
				out[n-1].Objection = true
				out[n-1].Text += " " + s.text
			} else if role := r.sentenceRole(s); isPartner(role) {
				// "3.6.3 … If a majority of the providers object …", a
				// clause of its own in the section on that member.
				out = append(out, model.NominationFact{Evidence: s.evidence(r.d), Role: role, Nominators: []string{}, Objection: true})
			} else {
				r.addStep(out, sents, lastFact, i, mentions(w))
			}
			continue
		}
		if !s.leadIn && !question(s) && !w.Has("icb-nominate") {
			// "3.6.2 Where more than one candidate is found suitable, the
			// providers choose between them in a ballot": how a nominee
			// is chosen, in the section on that member.
			if role := r.sentenceRole(s); isPartner(role) {
				if sel := selectionOf(w, mentions(w)); sel != "" {
					out = append(out, model.NominationFact{Evidence: s.evidence(r.d), Role: role, Nominators: []string{}, Selection: sel})
				}
			} else {
				r.addStep(out, sents, lastFact, i, mentions(w))
			}
			continue
		}
		if s.leadIn || question(s) || !w.Has("icb-nominate") {
			continue
		}
		ms := mentions(w)
		r.resolve(ms, w, s.section)
		first := -1
		for k := range s.toks {
			if w.At(k, "icb-nominate") > k {
				first = k
				break
			}
		}
		// The member nominated is a partner member the sentence names, else
		// the section's; a sentence on another member ("Candidates for a
		// Non-Executive post may be nominated …") is not about one. Members
		// named after the nomination choose or approve ("selected by a
		// panel made up of the Chief Executive, the Medical Director …").
		role, roleK, other := "", -1, false
		for k, m := range ms {
			if m.role == "" || m.neutral || m.role == roleOrdinary {
				continue
			}
			if isPartner(m.role) || m.role == model.RolePartnerOther {
				role, roleK = m.role, k
				break
			}
			if m.start < first && !approvalOf(w, m) && m.role != model.RoleChair && m.role != model.RoleChiefExecutive {
				other = true
			}
		}
		if role == "" && !other {
			role = r.sentenceRole(s)
			if role == "" {
				role = r.contextRole(i)
			}
			if !isPartner(role) {
				// "The five councils jointly nominate one person", "every
				// NHS trust … may nominate one person": the member of the
				// sector whose bodies nominate.
				role = nominatorsSector(w, ms, role)
			}
		}
		if !isPartner(role) {
			r.addStep(out, sents, lastFact, i, ms)
			continue
		}
		byKind := map[string]map[string]bool{}
		var kinds []string
		nominators := map[string]bool{}
		// A body named as the one that nominates ("The Local Medical
		// Committee will put forward one name, and the practices may
		// object") leaves those who only object out.
		explicit := false
		for k, m := range ms {
			if k != roleK && m.actor != "" && !m.neutral && (nominates(w, m) || nominatedBy(w, m)) {
				explicit = true
			}
		}
		listed := listedNominators(w, ms, first)
		for k, m := range ms {
			if k == roleK || (kindOfActor(m.actor) == "" && m.actor != model.ActorOther) {
				continue
			}
			if m.start < first && !nominates(w, m) && !objectsTo(w, m) && !listed[k] {
				continue
			}
			if explicit && objectsTo(w, m) && !nominates(w, m) && !nominatedBy(w, m) {
				continue
			}
			if m.start > first && hasWordIn(s.toks, ";", first, m.start) && !nominates(w, m) && !nominatedBy(w, m) {
				continue // "… is nominated; the Local Medical Committee oversees the ballot"
			}
			if onBehalfOf(s.toks, m.start) {
				continue // "nominated by the Local Medical Committee on behalf of the providers"
			}
			if consulted(w, m.start) {
				continue // "after it has consulted the Primary Care Networks"
			}
			if runsProcess(s.toks, m) {
				continue // "a ballot run by the Local Medical Committee"
			}
			nominators[m.actor] = true
			kind := kindOfActor(m.actor)
			if byKind[kind] == nil {
				byKind[kind] = map[string]bool{}
				kinds = append(kinds, kind)
			}
			byKind[kind][m.actor] = true
		}
		if len(nominators) == 0 && (w.Has("icb-eligible") || (s.role != "" || r.roleOfSection(s.section) == role) && activeNomination(s.toks, first)) {
			// "Each provider may nominate one eligible person" in the
			// column of the primary medical services partner member: the
			// column's sector nominates.
			for _, a := range nominatorsOf(role) {
				nominators[a] = true
			}
		}
		if len(nominators) == 0 && (namedBodyNominates(s, ms) || namedSubjectNominates(s)) {
			nominators[model.ActorOther] = true
		}
		f := model.NominationFact{Evidence: s.evidence(r.d), Role: role, Nominators: actorList(nominators)}
		f.Objection = mayObject(w) && !objectionDenied(w)
		f.Selection = selectionOf(w, ms)
		// A passage naming partner members of several sectors: one fact
		// for each sector, with its own nominators. It is a summary: a
		// sentence on one sector's member says more of it.
		sectors := 0
		for _, kind := range kinds {
			if kind != "" {
				sectors++
			}
		}
		// So is "The trusts, the providers of primary medical services and
		// the councils each nominate candidates" under a title on every
		// partner member.
		if roleK >= 0 && sectors > 1 && partnerKind(ms, roleK, w) == "" || roleK >= 0 && len(partnerSplit(ms, roleK, w)) > 1 ||
			roleK < 0 && role == model.RolePartnerOther && sectors > 1 {
			for _, kind := range kinds {
				if kind == "" {
					continue
				}
				g := f
				g.Role, g.Nominators = kind, actorList(byKind[kind])
				out = append(out, g)
				summary[len(out)-1] = true
			}
			if roleK >= 0 {
				continue
			}
			// Under a title on every partner member, the sentence is
			// also said of those of no sector it names.
		}
		if f.Role == model.RolePartnerOther && len(f.Nominators) == 0 {
			// "the list of providers eligible to take part in the
			// nomination of Partner Members"; or a later step of a
			// procedure under a title on every partner member.
			r.addStep(out, sents, lastFact, i, ms)
			continue
		}
		if f.Role == model.RolePartnerOther && sectors == 1 && len(kinds) == 1 {
			// "The Partner Members are nominated by the following, …: the
			// local authorities …": the member of the one sector named.
			f.Role = kinds[0]
		}
		if roleK >= 0 && isPartner(f.Role) && hasWordIn(s.toks, ";", first, ms[roleK].start) {
			// "Two are nominated by the NHS trusts …; one …; and three are
			// Partner Members for the local authorities": the member named
			// in a later part is not the one the trusts nominate, which is
			// theirs.
			if kind := oneOtherSector(f.Role, f.Nominators); kind != "" {
				f.Role = kind
			}
		}
		f.Nominators = ownSector(f.Role, f.Nominators)
		out = append(out, f)
	}
	return r.dropListed(out, summary)
}

// listedNominators marks the actors listed before the one that is the
// subject of the verb of nominating (at first): "The trusts, the
// providers of primary medical services and the councils each nominate
// candidates" names three that nominate. An actor is listed when only a
// comma (and "the") stands between it and the next actor, itself the
// verb's subject or listed, and it opens its clause or follows another
// actor listed.
func listedNominators(w *language.Sentence, ms []mention, first int) map[int]bool {
	listed := map[int]bool{}
	toks := w.Toks
	for k := len(ms) - 2; k >= 0; k-- {
		m, next := ms[k], ms[k+1]
		if m.actor == "" || m.neutral || next.actor == "" || next.neutral || next.start >= first || m.end >= next.start {
			continue
		}
		if !listed[k+1] && !nominatesAsSubject(w, next) {
			continue
		}
		j := m.end
		if !wordIs(toks, j, ",") {
			continue
		}
		// "…, the providers of primary medical services": the mention
		// is of the services.
		for j++; j < next.start && (wordIs(toks, j, "the", "and", "or", "all", "each") || wordIs(toks, j, "provider", "providers") && wordIs(toks, j+1, "of")); j++ {
			if wordIs(toks, j, "provider", "providers") {
				j++
			}
		}
		// The list opens its clause: not "the views of the trusts, the
		// providers … and the councils each nominate".
		b := m.start - 1
		for wordIs(toks, b, "the", "each", "all") {
			b--
		}
		if j == next.start && (b < 0 || listed[k-1] || wordIs(toks, b, ",", ";", ":")) {
			listed[k] = true
		}
	}
	return listed
}

// addStep adds to the last nomination in out what sentence i, a later
// step of the same procedure (laterStep), says of choosing a nominee or
// objecting to one: "1. The ICB writes to every provider …, inviting it
// to nominate one individual. 2. … the individual with the most votes
// becomes the proposed member. 3. … The nomination lapses … if more than
// half of the providers object …". ms are the sentence's mentions.
func (r *icbReader) addStep(out []model.NominationFact, sents []sentence, last, i int, ms []mention) {
	if len(out) == 0 || !isPartner(out[len(out)-1].Role) || !r.laterStep(sents, last, i) {
		return
	}
	f, w := &out[len(out)-1], sents[i].w
	added := false
	if sel := selectionOf(w, ms); sel != "" && f.Selection == "" {
		f.Selection, added = sel, true
	}
	if !f.Objection && mayObject(w) && !objectionDenied(w) {
		f.Objection, added = true, true
	}
	if added {
		f.Text += " " + sents[i].text
	}
}

// laterStep reports whether sentence i is in a later item of the list
// whose item holds sentence last, from which the last nomination was
// read, or the sentence after it in its paragraph: the steps of one
// procedure.
func (r *icbReader) laterStep(sents []sentence, last, i int) bool {
	if last < 0 || last >= i || sents[last].block < 0 || sents[i].block < 0 || sents[last].section != sents[i].section {
		return false
	}
	if i == last+1 && sents[i].block == sents[last].block {
		// "… may nominate one person for the seat. The Chair chooses one
		// nominee, and the choice stands unless …": the next sentence of
		// the same paragraph.
		return true
	}
	a, b := r.d.blocks[sents[last].block], r.d.blocks[sents[i].block]
	return a.ListItem && b.ListItem && a.src.List >= 0 && a.src.List == b.src.List && b.src.Seq > a.src.Seq
}

// ownSector keeps, of the bodies a sentence says nominate a partner
// member of one sector, those of that sector when it names some: "the
// trusts … and the general practices … take part in the nominations for
// the trust and primary medical services Partner Members" has each sector
// nominate its own member, as the Act has it.
func ownSector(role string, nominators []string) []string {
	if !isPartner(role) {
		return nominators
	}
	var own []string
	for _, a := range nominators {
		if kindOfActor(a) == role {
			own = append(own, a)
		}
	}
	if len(own) == 0 || len(own) == len(nominators) {
		return nominators
	}
	return own
}

// oneOtherSector is the partner member of the one sector, other than
// role's, that every nominator is of, or "".
func oneOtherSector(role string, nominators []string) string {
	kind := ""
	for _, a := range nominators {
		k := kindOfActor(a)
		if k == "" || k == role || kind != "" && k != kind {
			return ""
		}
		kind = k
	}
	return kind
}

// activeNomination reports whether the word of nominating at i is an
// active verb with a subject before it: "Each trust may nominate",
// "Each council nominates".
func activeNomination(toks []language.Token, i int) bool {
	return i > 0 && (wordIs(toks, i-1, "may", "will", "shall", "can", "must", "each") || wordIs(toks, i, "nominates", "nominate"))
}

// runsProcess reports whether a body named in a nomination only runs it:
// "a ballot run by the Local Medical Committee", "the Local Medical
// Committee holds a ballot of all the practices".
func runsProcess(toks []language.Token, m mention) bool {
	// "run by the Clunshire and Ercall Local Medical Committee": the body's
	// own name may stand between "by" and the words that say what it is.
	for k := m.start - 1; k >= 1 && k >= m.start-5; k-- {
		if toks[k].Punct {
			break
		}
		if wordIs(toks, k, "by") {
			// "a ballot run for the ICB by …": whom it is run for may
			// stand between the verb and "by".
			for j := k - 1; j >= 0 && j >= k-7 && !toks[j].Punct; j-- {
				if wordIs(toks, j, "run", "held", "organised", "organized", "conducted", "administered", "overseen", "managed") {
					return true
				}
				if j < k-1 && !wordIs(toks, j, "for", "on", "behalf", "of", "the", "icb") {
					break
				}
			}
			break
		}
	}
	after := m.end
	if wordIs(toks, after, ",") && wordIs(toks, after+1, "which", "who") {
		after += 2 // "Fenwold Local Medical Committee, which runs the process"
	}
	// "the three Local Medical Committees for the area run the process"
	for k := after; k < len(toks) && k < after+4 && !toks[k].Punct; k++ {
		if wordIs(toks, k, "hold", "holds") {
			// "holds a ballot", not "holds a contract for the area"
			if hasWordBetween(toks, k+1, k+4, "ballot", "ballots", "election", "elections", "process", "vote", "poll", "selection") {
				return true
			}
			continue
		}
		if wordIs(toks, k, "run", "runs", "organise", "organises", "organize", "organizes", "conduct", "conducts",
			"administer", "administers", "oversee", "oversees", "manage", "manages") {
			return true
		}
	}
	return false
}

// sentenceRole is the member a sentence that names none is about: its
// table column's, else its section's.
func (r *icbReader) sentenceRole(s *sentence) string {
	if s.role != "" {
		return s.role
	}
	return r.roleOfSection(s.section)
}

// selectionOf is how a sentence says a nominee is chosen: by a panel, by
// the chair, by a majority of the nominating bodies or by a ballot; ""
// when it does not say.
func selectionOf(w *language.Sentence, ms []mention) string {
	switch {
	case w.Has("icb-panel"):
		return "panel"
	case w.Has("icb-ballot") && !negated(w, 0, len(w.Toks)) && chairChooses(w, ms):
		// "The candidate with the most votes goes forward, and the Chair
		// decides whether to appoint that candidate": the ballot chooses
		// the nominee, the Chair the appointment.
		return "ballot"
	case chairChooses(w, ms):
		return "chair"
	case choosingMajority(w):
		return "majority"
	case w.Has("icb-ballot") && !negated(w, 0, len(w.Toks)):
		// "the candidate with the most votes becomes the nominee"
		return "ballot"
	}
	return ""
}

// dropListed drops the nominations read from the board's list of members
// ("one Partner Member nominated by the local authorities") for a member
// whose nomination procedure is stated elsewhere: that is what a reader
// of the facts wants quoted.
func (r *icbReader) dropListed(facts []model.NominationFact, summary map[int]bool) []model.NominationFact {
	elsewhere := map[string]bool{}
	for i, f := range facts {
		if !r.memberLines[f.Line] && !summary[i] {
			elsewhere[f.Role] = true
		}
	}
	out := facts[:0]
	for i, f := range facts {
		if (r.memberLines[f.Line] || summary[i]) && elsewhere[f.Role] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// onBehalfOf reports whether the body at token i is the one "on behalf of"
// which someone else acts: "on behalf of the providers of primary medical
// services".
func onBehalfOf(toks []language.Token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		if toks[j].Punct {
			return false
		}
		if toks[j].Word == "of" && toks[j-1].Word == "behalf" || toks[j].Word == "for" && wordIs(toks, j-1, "acting", "acts", "act") ||
			wordIs(toks, j, "representing", "represents", "represent") {
			return true // "acting for the practices", "representing the providers"
		}
	}
	return false
}

// consulted reports whether the body at token i is the object of
// consulting: "after it has consulted the Primary Care Networks", "the
// clinical directors of the Primary Care Networks".
func consulted(w *language.Sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if w.Toks[j].Punct {
			return false
		}
		if w.At(j, "icb-consult") > j {
			return true
		}
	}
	return false
}

// namedBodyNominates reports whether the agent of "nominated by" is a body
// the language sets do not know, named with capitals or as another body's
// board: "nominated by the steering group of the Riverside Voluntary Sector
// Forum", "by the board of the … VCSE Alliance".
func namedBodyNominates(s *sentence, ms []mention) bool {
	w, toks := s.w, s.toks
	in := func(j int) (mention, bool) {
		for _, m := range ms {
			if m.start <= j && j < m.end {
				return m, true
			}
		}
		return mention{}, false
	}
	for _, p := range w.Find("icb-nominate") {
		// "nominated by", "put forward by the … VCSE Assembly"
		if !strings.HasSuffix(toks[p.Start].Word, "ed") && !(wordIs(toks, p.Start, "put") && wordIs(toks, p.End-1, "forward")) {
			continue
		}
		j := p.End
		for wordIs(toks, j, "jointly", "solely", "only") {
			j++
		}
		if !wordIs(toks, j, "by") {
			continue
		}
		for k := j + 1; k < len(toks) && k < j+12; k++ {
			if toks[k].Punct || wordIs(toks, k, "and", "or", "after", "on", "who", "which", "following", "with", "from", "within", "in", "for") {
				break
			}
			if m, ok := in(k); ok {
				if m.actor == model.ActorBoard && wordIs(toks, m.end, "of") && k == m.start {
					k = m.end - 1
					continue // another body's board: what it belongs to names the body
				}
				break // a body the sets know
			}
			if capitalised(s, k) {
				return true
			}
		}
	}
	return false
}

// choosingMajority reports whether a majority chooses or confirms a
// nominee, not one that objects: "supported by a majority of the practices
// that reply", but not "the nomination fails if more than half of them
// object".
func choosingMajority(w *language.Sentence) bool {
	toks := w.Toks
	for _, p := range w.Find("icb-majority") {
		objects := false
		for j := p.End; j < len(toks) && !toks[j].Punct; j++ {
			if w.At(j, "icb-object") > j {
				objects = true
				break
			}
		}
		if !objects {
			return true
		}
	}
	return false
}

// namedSubjectNominates reports whether a body the word sets do not know,
// named in capitals, is the subject of an active "nominate": "The Norland
// Voluntary Sector Assembly nominates this member".
func namedSubjectNominates(s *sentence) bool {
	toks := s.toks
	start := 0
	for start < len(toks) && (toks[start].Punct || wordIs(toks, start, "the") || toks[start].Word != "" && toks[start].Word[0] >= '0' && toks[start].Word[0] <= '9') {
		start++
	}
	capitals := 0
	for k := start; k < len(toks) && k < start+10; k++ {
		if toks[k].Punct {
			return false
		}
		if wordIs(toks, k, "nominates", "nominate") {
			return capitals >= 2
		}
		if int(toks[k].Start) < len(s.text) {
			if c := s.text[toks[k].Start]; c >= 'A' && c <= 'Z' {
				capitals++
			}
		}
	}
	return false
}

// nominates reports whether an actor nominates: the subject of an active
// verb of nominating ("The local authorities will nominate …"), or asked to
// nominate.
func nominates(w *language.Sentence, m mention) bool {
	return nominatesAsSubject(w, m) || askedToNominate(w, m) || invitedToNominate(w, m)
}

// invitedToNominate reports whether an actor is the subject of a passive
// invitation to nominate: "The Local Medical Committee and the primary
// care networks are each invited to put forward candidates".
func invitedToNominate(w *language.Sentence, m mention) bool {
	toks := w.Toks
	before := m.start
	if wordIs(toks, before-1, "of") && wordIs(toks, before-2, "provider", "providers") {
		before -= 2 // "Every provider of primary medical services …"
	}
	for wordIs(toks, before-1, "the", "each", "every", "all") {
		before--
	}
	if clauseStart(toks, m.start) > before {
		return false
	}
	for j := m.end; j+2 < len(toks) && j < m.end+16; j++ {
		if wordIs(toks, j, ";", ".", ":") {
			return false
		}
		if wordIs(toks, j, "are", "is") {
			k := j + 1
			for wordIs(toks, k, "each", "all", "both", "also", "then", "first") {
				k++
			}
			return wordIs(toks, k, "invited", "asked", "requested") && wordIs(toks, k+1, "to") && w.At(k+2, "icb-nominate") > k+2
		}
	}
	return false
}

// nominatesAsSubject reports whether an actor is the subject of an active
// verb of nominating.
func nominatesAsSubject(w *language.Sentence, m mention) bool {
	toks := w.Toks
	from := m.end
	if wordIs(toks, from, ",") {
		// "The Local Medical Committee, representing the providers …,
		// nominates": past the words between commas.
		for j := from + 1; j < len(toks) && j < from+16; j++ {
			if toks[j].Word == ";" || toks[j].Word == "." {
				break
			}
			if toks[j].Word == "," {
				from = j + 1
				break
			}
		}
	}
	// "The NHS trusts and foundation trusts … nominate": past the noun
	// the actor is coordinated with.
	if wordIs(toks, from, "and", "or") {
		k := from + 1
		for k < len(toks) && k < from+6 && !toks[k].Punct && w.At(k, "aux") <= k && w.At(k, "icb-nominate") <= k && !wordIs(toks, k, "that", "which", "who") {
			k++
		}
		from = k
	}
	// "The GP practices in our area that hold a contract … nominate":
	// past a place.
	if wordIs(toks, from, "in", "across", "within", "throughout") {
		for k := from + 1; k < len(toks) && k < from+5 && !toks[k].Punct; k++ {
			if wordIs(toks, k, "that", "which", "who") {
				from = k
				break
			}
		}
	}
	// "… that provide services in our area nominate these members":
	// past a relative clause to the verb.
	if wordIs(toks, from, "that", "which", "who") {
		for k := from + 1; k < len(toks) && k < from+12 && !toks[k].Punct; k++ {
			if w.At(k, "icb-nominate") > k && wordIs(toks, k, "nominate", "nominates") {
				return true
			}
		}
		// "Every provider … that holds a contract for services in the
		// area, and is of the prescribed description, may put forward one
		// candidate": the relative clause runs to a comma, and the verb
		// after it, with its modal, is the actor's.
		for k := from + 1; k+1 < len(toks) && k < from+30; k++ {
			if wordIs(toks, k, ";", ".", ":") {
				break
			}
			if !wordIs(toks, k, ",") {
				continue
			}
			j := k + 1
			for w.At(j, "aux") > j {
				j = w.At(j, "aux")
			}
			if j > k+1 && w.At(j, "icb-nominate") > j && wordIs(toks, j, "nominate", "put", "propose") {
				return true
			}
		}
		return subjectMayNominate(w, m)
	}
	for j := from; j < len(toks) && j < from+5; j++ {
		if w.At(j, "icb-nominate") > j {
			return wordIs(toks, j, "nominate", "nominates", "put", "puts", "propose", "proposes")
		}
		if w.At(j, "aux") <= j && !wordIs(toks, j, "together", "jointly") {
			break
		}
	}
	return subjectMayNominate(w, m)
}

// askedToNominate reports whether an actor is asked to nominate: the
// object of a verb of asking, or of writing to, with "to nominate" later
// in its clause (or "inviting nominations"). "The ICB asks every provider
// of primary medical services … to nominate a candidate", "the Chair
// writes to every NHS trust and foundation trust …, inviting each of them
// to nominate one candidate".
func askedToNominate(w *language.Sentence, m mention) bool {
	toks := w.Toks
	k := m.start - 1
	if wordIs(toks, k, "and", "or") {
		// "invites the NHS trusts and the foundation trusts to nominate":
		// the second of two objects.
		for k--; k >= 0 && k >= m.start-8 && !toks[k].Punct && !askingVerb(toks, k); k-- {
		}
	}
	if wordIs(toks, k, "of") && wordIs(toks, k-1, "provider", "providers") {
		k -= 2 // "every provider of primary medical services"
	}
	for k >= 0 && wordIs(toks, k, "the", "each", "every", "all", "a", "an", "its") {
		k--
	}
	if wordIs(toks, k, "to") && wordIs(toks, k-1, "writes", "write", "writing", "wrote") {
		k--
	}
	if !askingVerb(toks, k) {
		return false
	}
	for j := m.end; j+1 < len(toks) && j < m.end+30; j++ {
		if wordIs(toks, j, ";", ".", ":") {
			return false
		}
		// "… inviting it to propose a candidate for the seat": proposing
		// a candidate one is asked for is nominating one.
		if wordIs(toks, j, "to") && (wordIs(toks, j+1, "nominate", "propose") || wordIs(toks, j+1, "put") && wordIs(toks, j+2, "forward")) {
			return true
		}
		// "…, inviting nominations for the two seats", "asking for
		// nominations"
		if wordIs(toks, j, "nominations", "nomination") && (askingVerb(toks, j-1) || wordIs(toks, j-1, "for") && askingVerb(toks, j-2)) {
			return true
		}
	}
	return false
}

// askingVerb reports whether the word at k asks someone to act.
func askingVerb(toks []language.Token, k int) bool {
	return wordIs(toks, k, "asks", "ask", "asking", "asked", "invites", "invite", "inviting", "invited", "requests", "request",
		"requesting", "writes", "write", "writing", "wrote", "contacts", "contact", "contacting")
}

// subjectMayNominate reports whether an actor that opens its clause is the
// subject of a modal "nominate" further on, past what qualifies it: "Every
// provider of primary medical services to a list of registered patients in
// the ICB's area may nominate one eligible person", "Each NHS trust …
// that provides services …, and is prescribed for this purpose, may
// nominate".
func subjectMayNominate(w *language.Sentence, m mention) bool {
	toks := w.Toks
	start := clauseStart(toks, m.start)
	for j := start; j < m.start; j++ {
		if !wordIs(toks, j, "each", "every", "all", "any", "the", "a", "an", "provider", "providers", "of", "nhs", "trust", "trusts", "foundation", "and", "or") {
			return false
		}
	}
	for j := m.end; j < len(toks) && j < m.end+30; j++ {
		// "… that holds a contract for the ICB's area may nominate": an
		// actor in the possessive qualifies a place, it nominates nothing.
		if wordIs(toks, j, ";", ".", ":") || j > m.end && w.At(j, "actor") > j && !wordIs(toks, j, "it", "they", "them") && !wordIs(toks, j-1, "and", "or") &&
			!wordIs(toks, w.At(j, "actor"), "'s") {
			return false
		}
		if wordIs(toks, j, "nominate") && wordIs(toks, j-1, "may", "will", "shall", "can", "must") {
			return true
		}
	}
	return false
}

// nominatedBy reports whether an actor is the agent of a passive verb of
// nominating: "nominated jointly by the NHS trusts and foundation trusts".
func nominatedBy(w *language.Sentence, m mention) bool {
	toks := w.Toks
	by := m.start - 1
	if wordIs(toks, by, "the", "a", "an", "each", "all") {
		by--
	}
	if !wordIs(toks, by, "by") {
		return false
	}
	for j := by - 1; j >= 0 && j >= by-3; j-- {
		if e := w.At(j, "icb-nominate"); e > j && e <= by {
			return true
		}
		if !wordIs(toks, j, "jointly", "solely", "only", "together") {
			return false
		}
	}
	return false
}

// mayObject reports whether a sentence lets the nominating bodies object:
// a word of objecting ("object", "do not support"), or a confirmation
// they may withhold with words between, "If the providers … do not, by a
// majority, confirm the selection, the process is run again", "If the
// nominee … does not have the support of a majority of the providers".
func mayObject(w *language.Sentence) bool {
	if w.Has("icb-object") {
		return true
	}
	toks := w.Toks
	for i := range toks {
		if !wordIs(toks, i, "not") || !wordIs(toks, i-1, "do", "does", "did") {
			continue
		}
		// The verb straight after "not", or after an aside between commas.
		k, _ := pastAside(toks, i+1, 8)
		if wordIs(toks, k, "confirm", "support", "agree", "endorse") {
			return true
		}
		// "If the nominee … does not have the support of a majority of
		// the providers who voted, …".
		if wordIs(toks, k, "have", "win", "receive", "gain", "command") && wordIs(toks, k+1, "the") && wordIs(toks, k+2, "support", "backing", "agreement") {
			return true
		}
	}
	return false
}

// objectionDenied reports whether the sentence denies an objection: "may
// not object", "no right to object".
func objectionDenied(w *language.Sentence) bool {
	for _, p := range w.Find("icb-object") {
		if negated(w, max(0, p.Start-3), p.Start) {
			return true
		}
	}
	return false
}

// chairChooses reports whether the Chair chooses the nominee: "the Chair
// will choose which nominee to appoint".
func chairChooses(w *language.Sentence, ms []mention) bool {
	for _, m := range ms {
		if m.role != model.RoleChair || m.neutral {
			continue
		}
		// "The Chair selects one of them", not "The Chair appoints the
		// person selected": the Chair's own verb, not a participle; past
		// an aside between commas ("The Chair, with the Chief
		// Executive's approval, selects one of the candidates").
		from, _ := pastAside(w.Toks, m.end, 12)
		for k := from; k < min(len(w.Toks), from+5); k++ {
			if w.At(k, "icb-choose") > k && !strings.HasSuffix(w.Toks[k].Word, "ed") {
				return true
			}
		}
	}
	return false
}

// statements reads the sentences that prohibit an appointment undermining
// the independence of the health service, and those that call for a member
// with knowledge and experience of mental health services.
func (r *icbReader) statements(sents []sentence) (independence, mentalHealth []model.Evidence) {
	independence, mentalHealth = []model.Evidence{}, []model.Evidence{}
	for i := range sents {
		s := &sents[i]
		w := s.w
		if s.leadIn || question(s) {
			continue
		}
		if w.Has("icb-independence") && w.Has("icb-undermine") {
			independence = append(independence, s.evidence(r.d))
		}
		if w.Has("icb-mental-health") && mentalHealthMember(w) {
			mentalHealth = append(mentalHealth, s.evidence(r.d))
		}
	}
	return independence, mentalHealth
}

// mentalHealthMember reports whether a sentence on mental health speaks of
// a member who brings it (a member named, or knowledge and experience),
// not of a committee or of services commissioned.
func mentalHealthMember(w *language.Sentence) bool {
	toks := w.Toks
	for _, p := range w.Find("icb-mental-health") {
		committee := false
		for j := p.End; j < len(toks) && j < p.End+8; j++ {
			if wordIs(toks, j, ";") || wordIs(toks, j, "and") && wordIs(toks, j+1, "one", "another") {
				break // "… of mental health services and one chairs the Audit Committee": another member's
			}
			if w.At(j, "icb-committee") > j {
				committee = true
			}
		}
		if committee {
			continue
		}
		if w.Has("icb-knowledge") {
			return true
		}
		for _, m := range mentions(w) {
			if m.role != "" && !m.neutral {
				return true
			}
		}
	}
	return false
}

// auditMemberDenied reports whether a sentence's subject, before the
// deputy chair at token deputy, is the member for audit and the verb
// between denies them the office: "The Non-Executive Member for audit is
// not eligible to be Deputy Chair", "The audit lay member cannot be
// Deputy Chair".
func auditMemberDenied(w *language.Sentence, deputy int) bool {
	toks := w.Toks
	for j := 0; j < deputy && j < 12; j++ {
		if toks[j].Word == "audit" {
			return negated(w, j+1, deputy)
		}
	}
	return false
}

// sameApproval reports whether a sentence refers back to an approval it
// named: "with that approval", "with the same approval", "subject to the
// same approval".
func sameApproval(toks []language.Token) bool {
	for i := 1; i+1 < len(toks); i++ {
		if wordIs(toks, i, "that", "same", "such", "like") && strings.HasPrefix(toks[i+1].Word, "approval") &&
			wordIs(toks, i-1, "with", "the", "to") {
			return true
		}
	}
	return false
}

// neitherHeldBy reports whether the clause of token i denies an office to
// the person it names: "but neither role may be held by the Non-Executive
// Member who chairs the Audit Committee", "and no such office may go to".
func neitherHeldBy(toks []language.Token, i int) bool {
	start := clauseStart(toks, i)
	if start > 0 && wordIs(toks, start, "but", "and") {
		start++
	}
	for j := start; j < i && j < start+4; j++ {
		if wordIs(toks, j, "neither", "no", "nor") {
			return true
		}
	}
	return false
}

// chairsAuditCommittee reports whether a sentence names someone who chairs
// (or may chair) the audit committee: "who chairs the Audit Committee",
// "may also chair the Audit Committee", "the chair of the Audit
// Committee".
func chairsAuditCommittee(s *sentence) bool {
	toks := s.toks
	for _, c := range committeeMentions(s) {
		if c.kind != model.CommitteeAudit {
			continue
		}
		for j := max(0, c.start-4); j < c.start; j++ {
			if wordIs(toks, j, "chairs", "chair", "chairing") {
				return true
			}
		}
	}
	return false
}

// deputyChair reads the sentences on the board's deputy chair and senior
// independent member.
func (r *icbReader) deputyChair(sents []sentence) []model.DeputyChairFact {
	out := []model.DeputyChairFact{}
	var blockOf []int
	for i := range sents {
		s := &sents[i]
		w, toks := s.w, s.toks
		if s.leadIn || question(s) {
			continue
		}
		if i > 0 && pronounAuditChair(s, &sents[i-1], r.d) {
			// "The Board has established an Audit Committee, …. It is
			// chaired by a Non-Executive Member other than the Chair or
			// the Deputy Chair of the ICB": the audit chair is not the
			// deputy chair.
			if at := deputyMention(w); at > 0 && (w.HasIn("limit", max(0, at-8), at) || negated(w, max(0, at-8), at)) {
				out = append(out, model.DeputyChairFact{Evidence: s.evidence(r.d), NotAuditChair: true})
				blockOf = append(blockOf, s.block)
				continue
			}
		}
		deputy := -1
		for _, p := range w.Find("icb-deputy-chair") {
			chair := false
			for k := p.Start; k < p.End; k++ {
				if strings.HasPrefix(toks[k].Word, "chair") {
					chair = true
				}
			}
			if chair && (toks[p.Start].Word == "deputy" || toks[p.Start].Word == "vice") && !negated(w, max(0, p.Start-3), p.Start) {
				deputy = p.Start
				break
			}
		}
		senior := w.Has("icb-senior-independent")
		if deputy < 0 && !senior {
			// "The Vice Chair acts as Deputy Chair. The Board appoints one
			// of the Non-Executive Members to the post, but that person
			// cannot at the same time chair the Audit Committee": the post
			// the sentence before named.
			// (Or "The Board appoints a Deputy Chair for a term of up to
			// three years. Only a Non-Executive Member may be appointed,
			// and not the one who chairs the Audit Committee.")
			// (And "The Board appoints a Deputy Chair and a Senior
			// Independent Non-Executive Member. Both must be Non-Executive
			// Members, and the one who chairs the Audit Committee may hold
			// neither post.")
			onlyMay := wordIs(toks, 0, "only") && hasWord(toks, "appointed", "chosen", "elected", "selected") ||
				wordIs(toks, 0, "both", "each") && wordIs(toks, 1, "must", "shall", "are", "is", "will")
			if n := len(out); (n > 0 && blockOf[n-1] == s.block || i > 0 && sents[i-1].block == s.block && deputyMention(sents[i-1].w) >= 0) && (toThePost(toks) || onlyMay) {
				ms := mentions(w)
				r.resolve(ms, w, s.section)
				held := false
				for k, m := range ms {
					if m.role == model.RoleNonExecutive && !mixedPool(w, ms, k) {
						held = true
						break
					}
				}
				if held {
					if n == 0 || blockOf[n-1] != s.block {
						// "The Vice Chair acts as Deputy Chair." said
						// nothing of who holds it; this sentence does.
						out = append(out, model.DeputyChairFact{Evidence: sents[i-1].evidence(r.d)})
						blockOf = append(blockOf, s.block)
						n++
					}
					out[n-1].NonExecutive = true
					out[n-1].Text += " " + s.text
					if auditChairExcluded(s) {
						out[n-1].NotAuditChair = true
					}
					continue
				}
			}
			// "… as Deputy Chair. The chair of the Audit Committee cannot
			// be appointed to that role."
			if n := len(out); n > 0 && blockOf[n-1] == s.block && auditChairExcluded(s) {
				out[n-1].Text += " " + s.text
				out[n-1].NotAuditChair = true
			} else if w.Has("icb-deputy-chair") && auditChairExcluded(s) {
				// "2.4.2 The Non-Executive Member who chairs the Audit
				// Committee cannot be appointed Deputy Chair.", a clause of
				// its own.
				out = append(out, model.DeputyChairFact{Evidence: s.evidence(r.d), NotAuditChair: true})
				blockOf = append(blockOf, s.block)
			}
			continue
		}
		if committeeSubject(w) {
			continue // "The Remuneration Committee will elect a deputy chair"
		}
		f := model.DeputyChairFact{Evidence: s.evidence(r.d), SeniorIndependent: senior}
		ms := mentions(w)
		r.resolve(ms, w, s.section)
		defined := senior
		role, ok := "", false
		if deputy >= 0 {
			role, ok = deputyRole(w, ms, deputy)
			defined = defined || ok
			f.NonExecutive = role == model.RoleNonExecutive
			for k, m := range ms {
				if f.NonExecutive && m.role == model.RoleNonExecutive && m.start > deputy {
					f.NonExecutive = !mixedPool(w, ms, k)
					break
				}
			}
		}
		if !ok && deputy >= 0 {
			// A sentence on the senior independent member alone says
			// nothing of who the deputy chair is.
			for k, m := range ms {
				if m.role == model.RoleNonExecutive && !w.HasIn("limit", max(0, m.start-3), m.start) {
					// The first names those the deputy is chosen from: "from
					// among the Non-Executive Members and the Partner
					// Members" is not a non-executive member only.
					f.NonExecutive = !mixedPool(w, ms, k)
					break
				}
			}
		}
		audit := false
		for _, c := range committeeMentions(s) {
			if c.kind != model.CommitteeAudit {
				continue
			}
			audit = true
			from := max(0, c.start-8) // "may not also be the chair of the Audit Committee"
			// "… other than the chair of the Audit Committee", "… but
			// the chair of the Audit Committee may not be chosen", "other
			// than the member who chairs the Audit Committee".
			if w.HasIn("limit", from, c.start) || negated(w, from, c.start) || negated(w, c.end, min(len(toks), c.end+4)) || limitInPhrase(w, c.start) ||
				neitherHeldBy(toks, c.start) || deputyDeniedAfter(w, c.end) {
				f.NotAuditChair = true
			}
		}
		if audit && !f.NotAuditChair && auditChairExcluded(s) {
			f.NotAuditChair = true // "… may not at the same time chair the Audit Committee"
		}
		if !audit && deputy > 0 && auditMemberDenied(w, deputy) {
			// "The Non-Executive Member for audit is not eligible to be
			// Deputy Chair": the member the audit committee's chair is,
			// by title.
			f.NotAuditChair = true
		}
		// "the Deputy Chair will be the Non-Executive Member who chairs the
		// Audit and Risk Committee": the sentence joins the two.
		f.AuditChair = audit && !f.NotAuditChair && deputy >= 0 && !senior && chairsAuditCommittee(s)
		if !defined && !audit {
			// "In the Chair's absence the Deputy Chair presides": the
			// sentence uses the office, it does not say who holds it.
			continue
		}
		// The sentences of one clause are one statement: "The Board will
		// appoint one of the Non-executive Members as Deputy Chair. The
		// Deputy Chair may not be the chair of the Audit Committee."
		if n := len(out); n > 0 && blockOf[n-1] == s.block {
			p := &out[n-1]
			p.Text += " " + s.text
			p.NonExecutive = p.NonExecutive || f.NonExecutive
			p.NotAuditChair = p.NotAuditChair || f.NotAuditChair
			p.AuditChair = p.AuditChair || f.AuditChair
			p.SeniorIndependent = p.SeniorIndependent || f.SeniorIndependent
			continue
		}
		out = append(out, f)
		blockOf = append(blockOf, s.block)
	}
	return out
}

// toThePost reports whether a sentence appoints someone "to the post",
// "to that office" or "to the role": the one the sentence before named.
func toThePost(toks []language.Token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if wordIs(toks, i, "to") && wordIs(toks, i+1, "the", "that", "this") && wordIs(toks, i+2, "post", "office", "role", "position") {
			return true
		}
	}
	return false
}

// deputyDeniedAfter reports whether, after the audit committee named
// before token i, the sentence denies its chair the deputy chair: "The
// Non-Executive Member who chairs the Audit Committee may be the Senior
// Non-Executive Member but not the Deputy Chair".
func deputyDeniedAfter(w *language.Sentence, i int) bool {
	for _, p := range w.Find("icb-deputy-chair") {
		if p.Start > i && (wordIs(w.Toks, p.Start-1, "deputy", "vice") || wordIs(w.Toks, p.Start, "deputy", "vice")) &&
			negated(w, max(i, p.Start-3), p.Start) {
			return true
		}
	}
	return false
}

// deputyRole is who a sentence says the deputy chair is, and whether it
// says: the member appointed "as Deputy Chair" ("appoint one of the
// Non-executive Members, other than …, as Deputy Chair"; "The Chief
// Executive will act as Deputy Chair"), or the member in apposition or
// predicate ("The Deputy Chair, a Non-executive Member, …", "The Deputy
// Chair must be a Non-executive Member").
// mixedPool reports whether the member mentioned at ms[k] is named with
// members of another role, joined by "and", "or" or commas: "the
// Non-Executive Members and the Partner Members".
func mixedPool(w *language.Sentence, ms []mention, k int) bool {
	joined := func(from, to int) bool {
		if to-from > 3 {
			return false
		}
		for j := from; j < to; j++ {
			if !wordIs(w.Toks, j, "and", "or", ",", "the", "its", "any", "of") {
				return false
			}
		}
		return to > from
	}
	other := func(m mention) bool { return m.role != "" && !m.neutral && m.role != model.RoleNonExecutive }
	for j := k + 1; j < len(ms) && joined(ms[j-1].end, ms[j].start); j++ {
		if other(ms[j]) {
			return true
		}
	}
	for j := k - 1; j >= 0 && joined(ms[j].end, ms[j+1].start); j-- {
		if other(ms[j]) {
			return true
		}
	}
	return false
}

func deputyRole(w *language.Sentence, ms []mention, at int) (string, bool) {
	toks := w.Toks
	end := at
	for end < len(toks) && w.At(at, "icb-deputy-chair") > end {
		end = w.At(at, "icb-deputy-chair")
	}
	// "… as Deputy Chair", "… as its Deputy Chair", and "choose one of the
	// Non-Executive Members to be (the) Deputy Chair".
	toBe := wordIs(toks, at-2, "to") && wordIs(toks, at-1, "be") ||
		wordIs(toks, at-3, "to") && wordIs(toks, at-2, "be") && wordIs(toks, at-1, "its", "the")
	if toBe || wordIs(toks, at-1, "as") || wordIs(toks, at-2, "as") && wordIs(toks, at-1, "its", "the") {
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.start >= at || m.role == "" || m.neutral || w.HasIn("limit", max(0, m.start-3), m.start) || clauseBreak(toks, m.end, at) {
				continue
			}
			return m.role, true
		}
		// "The Board will appoint as Deputy Chair a Non-executive Member
		// who …": the object after the office.
		for _, m := range ms {
			if m.start >= end && m.start <= end+4 && m.role != "" && !m.neutral {
				return m.role, true
			}
		}
		return "", true
	}
	if wordIs(toks, end, ",") && !wordIs(toks, end+1, "a", "an", "who", "one", "being") {
		return "", false // "the Chair or the Deputy Chair, the Chief Executive or …" is a list
	}
	// (Within ten words: "a Deputy Chair, who must be one of the
	// Non-Executive Members".)
	for j := end; j < len(toks) && j < end+10; j++ {
		for _, m := range ms {
			if m.start == j && m.role != "" && !m.neutral {
				return m.role, true
			}
		}
		if wordIs(toks, j, "by") {
			// "is chosen by the Board from among the Non-Executive
			// Members": past who chooses, to whom they choose from (not
			// "chosen by the Non-Executive Members", who choose).
			k := j + 1
			for k < len(toks) && k < j+6 && !wordIs(toks, k, "from", "among", "amongst") && !toks[k].Punct {
				k++
			}
			if !wordIs(toks, k, "from", "among", "amongst") {
				break
			}
			j = k - 1
			continue
		}
		if !wordIs(toks, j, ",", "who", "must", "shall", "will", "is", "be", "a", "an", "one", "of", "the", "our", "its", "also", "always", "to", "appointed", "from", "among", "amongst", "those", "chosen", "selected", "elected", "drawn") {
			break
		}
	}
	return "", false
}

// deputyMention is where a sentence names the deputy chair ("Deputy
// Chair", "Vice Chair"), or -1.
func deputyMention(w *language.Sentence) int {
	for _, p := range w.Find("icb-deputy-chair") {
		if (w.Toks[p.Start].Word == "deputy" || w.Toks[p.Start].Word == "vice") && p.End > p.Start+1 && strings.HasPrefix(w.Toks[p.Start+1].Word, "chair") {
			return p.Start
		}
	}
	return -1
}

// pronounAuditChair reports whether a sentence says who chairs the audit
// committee the sentence before it, in the same paragraph, names, by a
// pronoun: "The Board has established an Audit Committee, … . It is
// chaired by …".
func pronounAuditChair(s, prev *sentence, d *document) bool {
	if pronounChairedBy(s) < 0 {
		return false
	}
	if prev.block != s.block {
		// "4.2 Audit Committee … 4.2.2 It is chaired by …": a clause of
		// its own in the committee's section.
		if s.section < 0 {
			return false
		}
		title := strings.ToLower(d.sections[s.section].Title)
		return strings.Contains(title, "audit") && strings.Contains(title, "committee") && !strings.Contains(title, " and remuneration")
	}
	for _, c := range committeeMentions(prev) {
		if c.kind == model.CommitteeAudit {
			return true
		}
	}
	return false
}

// mentionsRole reports whether any mention is of a member's role.
func mentionsRole(ms []mention) bool {
	for _, m := range ms {
		if m.role != "" {
			return true
		}
	}
	return false
}

// committeesOwnChair reports whether a chair mentioned at i is named as
// a committee's own by "its" or "their", a committee named before it in
// the sentence: "A committee may include …, but its chair is appointed by
// the Board".
func committeesOwnChair(toks []language.Token, i int) bool {
	if !wordIs(toks, i-1, "its", "their") {
		return false
	}
	return hasWordBetween(toks, 0, i-1, "committee", "committees", "sub-committee", "subcommittee", "sub-committees", "subcommittees", "panel")
}

// auditChairExcluded reports whether a sentence keeps the audit
// committee's chair out of something: "The chair of the Audit Committee
// cannot be appointed to that role", "… is not eligible".
func auditChairExcluded(s *sentence) bool {
	w, toks := s.w, s.toks
	for _, c := range committeeMentions(s) {
		if c.kind != model.CommitteeAudit {
			continue
		}
		// ("Neither post may be held by the Non-Executive Member who chairs
		// the Audit Committee", after the sentence that names the posts.)
		if negated(w, c.end, min(len(toks), c.end+4)) || limitInPhrase(w, c.start) || neitherHeldBy(toks, c.start) {
			return true
		}
		// "The Non-Executive Member who chairs the Audit Committee may be
		// appointed to neither role."
		for k := c.end; k < len(toks) && k < c.end+7; k++ {
			if wordIs(toks, k, "neither") && wordIs(toks, k+1, "role", "post", "office", "position") {
				return true
			}
		}
		// "… and may not at the same time chair the Audit Committee"
		if k := c.start - 1; k >= 1 && (wordIs(toks, k, "chair", "chairs") || wordIs(toks, k-1, "chair", "chairs") && wordIs(toks, k, "the")) &&
			negated(w, max(0, c.start-11), c.start) {
			return true
		}
	}
	return false
}

// limitInPhrase reports whether an exception opens the phrase that ends at
// token i, within ten tokens and no comma: "other than the member who
// chairs the Audit Committee".
func limitInPhrase(w *language.Sentence, i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		if w.Toks[j].Punct {
			return false
		}
		if e := w.At(j, "limit"); e > j && !wordIs(w.Toks, j, "unless") {
			return true
		}
	}
	return false
}

// committeeSubject reports whether a sentence opens with a committee as
// its subject.
func committeeSubject(w *language.Sentence) bool {
	for j := 0; j < len(w.Toks) && j < 7; j++ {
		if w.Toks[j].Punct {
			return false
		}
		if w.At(j, "icb-committee") > j {
			return true
		}
		if w.At(j, "icb-role-chair") > j || w.At(j, "icb-deputy-chair") > j || w.At(j, "icb-board") > j {
			return false
		}
	}
	return false
}

// committeeMention is a committee a sentence names.
type committeeMention struct {
	start, end int
	kind, name string
}

func committeeMentions(s *sentence) []committeeMention {
	w, toks := s.w, s.toks
	var out []committeeMention
	for i := 0; i < len(toks); i++ {
		kind, e := "", -1
		switch {
		case w.At(i, "icb-audit-committee") > i:
			kind, e = model.CommitteeAudit, w.At(i, "icb-audit-committee")
		case w.At(i, "icb-remuneration-committee") > i:
			kind, e = model.CommitteeRemuneration, w.At(i, "icb-remuneration-committee")
		case w.At(i, "icb-committee") > i && capitalised(s, i):
			start := i
			for start > 0 && !wordIs(toks, start-1, "committee", "committees") {
				if (capitalised(s, start-1) || wordIs(toks, start-1, "and", "of", "&")) && !toks[start-1].Punct {
					start--
					continue
				}
				// "an Outcomes, Performance and Quality Committee": a comma
				// between capitalised words of a name whose parts an "and"
				// joins.
				if wordIs(toks, start-1, ",") && start > 1 && capitalised(s, start-2) && capitalised(s, start) && hasWordBetween(toks, start, i, "and", "&") {
					start--
					continue
				}
				break
			}
			for start < i && (!capitalised(s, start) || wordIs(toks, start, "the", "a", "an", "each", "its", "our", "this", "that", "any", "every")) {
				if wordIs(toks, start, "each", "every", "any", "all") {
					start = i // "Each Place Committee": every one of a kind, none by name
					break
				}
				start++
			}
			if start == i {
				continue
			}
			kind := model.CommitteeOther
			for k := start; k < i; k++ {
				switch toks[k].Word {
				case "audit":
					kind = model.CommitteeAudit
				case "remuneration":
					if kind == model.CommitteeOther {
						kind = model.CommitteeRemuneration
					}
				}
			}
			out = append(out, committeeMention{start, i + 1, kind, s.quote(start, i+1)})
			continue
		default:
			continue
		}
		out = append(out, committeeMention{i, e, kind, s.quote(i, e)})
		i = e - 1
	}
	return out
}

// functionVerbAfter reports whether the verb after a committee's name at
// i, past an aside between commas, says what it does for the board: "The
// Audit Committee, chaired by …, gives the Board independent assurance",
// not "…, which advises the board on pay, is chaired by …".
func functionVerbAfter(w *language.Sentence, i int) bool {
	toks := w.Toks
	if wordIs(toks, i, ",") {
		if wordIs(toks, i+1, "which", "who", "that") {
			return false
		}
		var closed bool
		if i, closed = pastAside(toks, i, 25); !closed {
			return false
		}
	}
	if wordIs(toks, i, "also") {
		i++
	}
	return i < len(toks) && w.At(i, "icb-committee-function") > i
}

// nominatorsSector is the partner member of the one sector whose bodies
// a sentence says nominate, or role as it was when they are of none or of
// several.
func nominatorsSector(w *language.Sentence, ms []mention, role string) string {
	sector := ""
	for _, m := range ms {
		if m.actor == "" || m.neutral || !nominates(w, m) {
			continue
		}
		kind := kindOfActor(m.actor)
		if kind == "" || sector != "" && kind != sector {
			return role
		}
		sector = kind
	}
	if sector == "" {
		return role
	}
	return sector
}

// committeeTitle is the name of the committee a section's title is, or
// "": "Remuneration Committee", "Audit and Risk Assurance Committee"; not
// "Committees of the Board".
//
// The title of its terms of reference in an appendix names it too:
// "Appendix 4 – Remuneration Committee: Terms of Reference", "APPENDIX 3 –
// TERMS OF REFERENCE OF THE AUDIT AND RISK COMMITTEE", "B. Remuneration
// and Nominations Committee".
func committeeTitle(title string) string {
	t := strings.TrimSpace(strings.TrimRight(title, ".: "))
	if m := torTitleRe.FindStringSubmatch(t); m != nil && m[1] != t {
		t = strings.TrimSpace(m[1])
		if strings.ToUpper(t) == t {
			t = titleCase(t)
		}
	}
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 8 || !strings.EqualFold(words[len(words)-1], "committee") {
		return ""
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			if w != "and" && w != "of" && w != "&" {
				return ""
			}
		}
	}
	return t
}

// titledCommittee reads a sentence of a committee's section that speaks
// of it without its name, as terms of reference do: "Its chair is a
// Non-Executive Member …", "Chaired by a Non-Executive Member other than
// …", "It gives the Board assurance on …", "Under paragraphs 18 to 20 of
// Schedule 1B, it decides …".
func (r *icbReader) titledCommittee(s *sentence, name string) (model.ICBCommitteeFact, bool) {
	if s.leadIn || question(s) {
		return model.ICBCommitteeFact{}, false
	}
	f := model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: r.committeeKind(name), Name: name}
	w := s.w
	if at := pronounChairedBy(s); at >= 0 {
		if chaired := chairCategory(mentions(w), at); chaired != "other" {
			f.ChairedBy, f.Delegated = chaired, delegatedIn(w)
			return f, true
		}
	}
	if itDoes(w) || (wordIs(s.toks, 0, "it") || delegatedTo(s.toks, "it")) && w.Has("icb-delegation") {
		f.Delegated = true
		return f, true
	}
	return model.ICBCommitteeFact{}, false
}

// partLabelRe is the label of a paragraph in a lettered part: "a1", "b2"
// (a token); partLabelledRe the label before a paragraph's text, "B1 ".
var (
	partLabelRe    = lazyRe(`^[a-z]\d{1,2}$`)
	partLabelledRe = lazyRe(`^\s*[A-Z]\d{1,2}\s+`)
)

// torTitleRe reads the committee's name (group 1) from the title of an
// appendix or lettered part that holds its terms of reference.
var torTitleRe = lazyRe(`^(?i:(?:(?:appendix|annex|annexe|schedule)\s+[\w.]{1,4}\s*[–—:.-]\s*|[A-Z\d]{1,2}[.)]\s+)?(?:terms of reference (?:of|for) (?:the )?)?)` +
	`(.+?)(?i:\s*(?:[:–—,-]\s*|\()terms of reference\)?)?$`)

// committeeByName is a sentence with its first "the committee" or "this
// committee" read as the committee name says: "The committee is chaired
// by …" under the title "Remuneration Committee"; or nil when it has
// none.
func committeeByName(s *sentence, name string, reader *language.Reader) *sentence {
	toks := s.toks
	for k := 1; k < len(toks); k++ {
		if toks[k].Word != "committee" || !wordIs(toks, k-1, "the", "this") {
			continue
		}
		return s.withText(s.text[:toks[k-1].Start]+"the "+name+s.text[toks[k].End:], reader)
	}
	return nil
}

// eachNamed reports whether a sentence opens with "Each" or "Every" and
// the committee's name: "Each Place Committee exercises …".
func eachNamed(s *sentence, name string) bool {
	if len(s.toks) < 3 || !wordIs(s.toks, 0, "each", "every") {
		return false
	}
	name = strings.TrimPrefix(strings.TrimPrefix(name, "a "), "the ")
	rest := s.text[s.toks[1].Start:]
	return len(rest) > len(name) && strings.EqualFold(rest[:len(name)], name)
}

// shortFormOf reports whether a committee's name is a shorter form of a
// full one, its last words alone: "Joint Committee" of "North East
// Essmere Joint Committee".
func shortFormOf(name, full string) bool {
	n, f := strings.Fields(strings.ToLower(name)), strings.Fields(strings.ToLower(full))
	if len(n) == 0 || len(n) > 2 || len(n) >= len(f) {
		return false
	}
	return slices.Equal(n, f[len(f)-len(n):])
}

// conditionalAppointer reports whether an actor approves, in a condition
// just after a passive verb of appointing that names no agent, the
// appointment: "are appointed once the Chair approves them", "is
// appointed if the Board agrees".
func conditionalAppointer(w *language.Sentence, v icbVerb, m mention) bool {
	toks := w.Toks
	if v.form != formPassive || wordIs(toks, v.end, "by") {
		return false
	}
	k := v.end
	if !wordIs(toks, k, "if", "once", "when") {
		return false
	}
	k++
	if wordIs(toks, k, "the") {
		k++
	}
	return k == m.start && wordIs(toks, m.end, "approves", "approve", "agrees", "agree", "confirms", "confirm")
}

// confirmsNominee is the index in verbs of the appointment an actor
// confirms as the subject of "confirm", when what it confirms is a
// nominee's: "The Chair confirms the appointment of the person put
// forward", "The Chair will then confirm the nominee's appointment". It
// is -1 otherwise.
func confirmsNominee(w *language.Sentence, m mention, verbs []icbVerb) int {
	toks := w.Toks
	j := m.end
	for j < len(toks) && j < m.end+3 && wordIs(toks, j, "will", "shall", "then", "must", "formally") {
		j++
	}
	if !wordIs(toks, j, "confirms", "confirm") {
		return -1
	}
	for x, v := range verbs {
		if v.remove || v.form != formNominal || v.start <= j || v.start > j+4 {
			continue
		}
		if wordIs(toks, v.end, "of") && nomineeAfter(toks, v.end) {
			return x // "the appointment of the person put forward"
		}
		for k := j + 1; k < v.start; k++ {
			if wordIs(toks, k, "nominee", "nominees", "candidate", "candidates", "person", "persons") {
				return x // "the nominee's appointment"
			}
		}
	}
	return -1
}

// appointerNamed reports whether a mention is the agent of verb v by
// "by" just after it ("the appointment of the nominee, made by NHS
// England"): then a confirmer approves and does not appoint.
func appointerNamed(toks []language.Token, ms []mention, v icbVerb) bool {
	for _, m := range ms {
		if m.actor != "" && m.start > v.end && m.start <= v.end+8 && afterBy(toks, m.start) {
			return true
		}
	}
	return false
}

// relativeVerb is the index in verbs of an active verb whose subject is a
// relative pronoun just after position i ("the Chair, who appoints them",
// "the Chair, who will then appoint"), or -1.
func relativeVerb(toks []language.Token, i int, verbs []icbVerb) int {
	if !wordIs(toks, i, ",") || !wordIs(toks, i+1, "who") {
		return -1
	}
	for x, v := range verbs {
		if v.form == formActive && v.start > i+1 && v.start <= i+4 {
			for k := i + 2; k < v.start; k++ {
				if !wordIs(toks, k, "then", "will", "shall", "may", "must", "also", "formally") {
					return -1
				}
			}
			return x
		}
	}
	return -1
}

// thisCommittee is where a sentence refers to a committee named before
// ("this committee", "the Committee", "that committee"; not "the
// committee's secretariat"), or -1.
func thisCommittee(toks []language.Token) int {
	for i := 0; i+1 < len(toks); i++ {
		if wordIs(toks, i, "this", "that", "the") && wordIs(toks, i+1, "committee", "sub-committee") && !wordIs(toks, i+2, "of", "'s") {
			return i
		}
	}
	return -1
}

// theCommittee reports whether a sentence's subject is a committee named
// before: "The Committee …", "This Committee …".
func theCommittee(toks []language.Token) bool {
	return wordIs(toks, 0, "the", "this") && wordIs(toks, 1, "committee", "sub-committee")
}

// hasWordBetween reports whether one of words is a token from i to j.
func hasWordBetween(toks []language.Token, i, j int, words ...string) bool {
	for k := i; k < j && k < len(toks); k++ {
		if wordIs(toks, k, words...) {
			return true
		}
	}
	return false
}

// capitalised reports whether token i is written with a capital.
func capitalised(s *sentence, i int) bool {
	t := s.toks[i]
	if t.Punct {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[t.Start:])
	return unicode.IsUpper(r)
}

// committees reads the sentences on the board's committees: who chairs
// each and whether the sentence says what is delegated to it.
func (r *icbReader) committees(sents []sentence) []model.ICBCommitteeFact {
	out := []model.ICBCommitteeFact{}
	// named is the committee the sentence before named alone, in the same
	// clause: "The Board delegates to it the functions in its terms of
	// reference" is about it.
	var named, namedAll []committeeMention
	namedBlock := -1
	kindOf := map[string]string{} // committees designated, by name
	general := -1                 // a sentence on what every committee is delegated
	// The one committee an earlier sentence of a section named, by section
	// (nil when it named several).
	sectionNamed := map[int][]committeeMention{}
	fullNames := map[int]string{} // the longest committee name each section has given
	titled := map[int]string{}    // the committee a section's title names, by section
	var written rewrites          // sentences read with their committee's name
	defer func() {
		for k := range out {
			written.restore(&out[k].Text)
		}
	}()
	for i := range sents {
		s := &sents[i]
		if len(s.toks) > 2 && partLabelRe.MatchString(s.toks[0].Word) {
			// "B1 Chaired by a Non-Executive Member …": the paragraph's
			// label, lettered after its part, is not its first word.
			sub := s.withText(s.text[s.toks[1].Start:], r.reader)
			written.note(sub.text, s.text)
			s = sub
		}
		if _, ok := titled[s.section]; !ok && s.section >= 0 {
			titled[s.section] = committeeTitle(r.d.sections[s.section].Title)
		}
		if name := titled[s.section]; name != "" {
			// "Chaired by a Non-Executive Member …", "Its chair is …", "The
			// Board delegates to it …" when no sentence of the section has
			// named a committee for it to be about.
			_, spoken := sectionNamed[s.section]
			if !spoken && (s.block != namedBlock || len(named) == 0) && !theCommittee(s.toks) {
				if f, ok := r.titledCommittee(s, name); ok {
					out = append(out, f)
					continue
				}
			}
			// "**Remuneration Committee** 4.2.3 The committee is chaired
			// by …", "… chairs this committee": the committee the
			// section's title names, read by its name, quoted as written.
			if sub := committeeByName(s, name, r.reader); sub != nil {
				written.note(sub.text, s.text)
				s = sub
			}
		}
		w, toks := s.w, s.toks
		if s.block != namedBlock {
			named, namedAll = nil, nil
		}
		// "4.2.2 The Committee gives the Board independent assurance on …",
		// in the clause after the one that named it: what that committee
		// does for the board.
		if cs := sectionNamed[s.section]; len(cs) == 1 && s.block != namedBlock && !s.leadIn && !question(s) &&
			theCommittee(toks) && (w.Has("icb-delegation") || w.Has("icb-committee-function")) {
			c := cs[0]
			out = append(out, model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, Delegated: true})
			continue
		}
		// "4.4.2 It is chaired by a Non-Executive Member other than the
		// Chair …", in the clause after the one that named it.
		if cs := sectionNamed[s.section]; len(cs) == 1 && s.block != namedBlock && !s.leadIn && !question(s) {
			if at := pronounChairedBy(s); at >= 0 {
				if chaired := chairCategory(mentions(w), at); chaired != "other" {
					c := cs[0]
					out = append(out, model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, ChairedBy: chaired, Delegated: delegatedIn(w)})
					continue
				}
			}
		}
		if general < 0 && !s.leadIn && !question(s) && everyCommittee(s) {
			general = i
		}
		if !s.leadIn && !w.Has("icb-committee") && len(named) == 1 && (w.Has("icb-delegation") || itDoes(w)) && (w.Has("pronoun") || toEach(toks)) &&
			(len(namedAll) < 2 || !delegatedTo(toks, "them") && !eachOfThem(toks)) {
			c := named[0]
			f := model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, Delegated: true}
			// "It is chaired by a Non-Executive Member …, and is delegated
			// the review of …": who chairs it, in the same sentence.
			if at := pronounChairedBy(s); at >= 0 {
				if chaired := chairCategory(mentions(w), at); chaired != "other" {
					f.ChairedBy = chaired
				}
			}
			out = append(out, f)
			continue
		}
		// "The Board has established a Place Committee for each of the
		// five places. Each Place Committee exercises the functions …":
		// every one of the committee named before.
		if !s.leadIn && len(named) == 1 && w.Has("icb-delegation") && eachNamed(s, named[0].name) {
			c := named[0]
			out = append(out, model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, Delegated: true})
			continue
		}
		// "The Board has established the Audit Committee, … and the
		// Finance Committee. Each of them exercises the functions the Board
		// delegates to it": every committee the sentence before named.
		// So does "The Board has delegated to them … assurance on …", after
		// "Each is chaired by …".
		if !s.leadIn && len(namedAll) > 1 && (eachOfThem(s.toks) || !w.Has("icb-committee") && delegatedTo(s.toks, "them")) && w.Has("icb-delegation") {
			for _, c := range namedAll {
				out = append(out, model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, Delegated: true})
			}
			continue
		}
		// "It is chaired by a Non-Executive Member who is not the chair of
		// the Audit Committee": the committee the sentence before named.
		if at := pronounChairedBy(s); !s.leadIn && len(named) == 1 && at >= 0 {
			c := named[0]
			if chaired := chairCategory(mentions(w), at); chaired != "other" {
				out = append(out, model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, ChairedBy: chaired, Delegated: delegatedIn(w)})
				continue
			}
		}
		// "The Board has established an Audit Committee and a Remuneration
		// Committee, …. Each is chaired by a Non-Executive Member": every
		// committee the sentence before named.
		if at := eachChairedBy(s); !s.leadIn && len(namedAll) > 1 && at >= 0 {
			if chaired := chairCategory(mentions(w), at); chaired != "other" {
				for _, c := range namedAll {
					out = append(out, model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, ChairedBy: chaired, Delegated: delegatedIn(w)})
				}
			}
		}
		if s.leadIn || question(s) || !w.Has("icb-committee") {
			continue
		}
		cms, designations := designated(s, committeeMentions(s))
		if at := thisCommittee(toks); len(cms) == 0 && s.block == namedBlock && at >= 0 {
			// "Remuneration Committee. The Board has delegated to this
			// committee …. A Non-Executive Member chairs it": the
			// committee named before is still the one spoken of.
			// So does "The committee provides the Board with independent
			// assurance on …", after "The Board has established an Audit
			// Committee, chaired by …" in the same clause.
			if len(named) == 1 && (w.Has("icb-delegation") && wordIs(toks, at-1, "to") || at == 0 && theCommittee(toks) && functionVerbAfter(w, 2)) {
				c := named[0]
				out = append(out, model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, Delegated: true})
			}
			continue
		}
		named, namedAll, namedBlock = nil, nil, s.block
		for k := range cms {
			// "the Joint Committee", after "the North East Essmere Joint
			// Committee" in the same section: the committee named in full.
			if full := fullNames[s.section]; s.section >= 0 && full != "" && shortFormOf(cms[k].name, full) {
				cms[k].name = full
			} else if s.section >= 0 && len(strings.Fields(cms[k].name)) > len(strings.Fields(full)) {
				fullNames[s.section] = cms[k].name
			}
		}
		for k := range cms {
			// A committee made the remuneration committee in a sentence
			// before ("The People Committee is the ICB's remuneration
			// committee") is it in every sentence after.
			key := strings.ToLower(cms[k].name)
			if designations[cms[k].start] {
				kindOf[key] = cms[k].kind
			} else if kind, ok := kindOf[key]; ok && cms[k].kind == model.CommitteeOther {
				cms[k].kind = kind
			}
		}
		for _, c := range cms {
			// "… chaired by a Non-Executive Member other than the Chair of
			// the Audit Committee": a committee named in someone's title is
			// not the one a pronoun after refers to.
			inTitle := wordIs(toks, c.start-1, "of") || wordIs(toks, c.start-1, "the") && wordIs(toks, c.start-2, "of") ||
				// "The Remuneration Committee is chaired by a Non-Executive
				// Member who does not chair the Audit Committee": the
				// subject is the one spoken of.
				wordIs(toks, c.start-1, "the") && wordIs(toks, c.start-2, "chair", "chairs") && cms[0].start <= 1 && cms[0].start != c.start
			if !inTitle && !slices.ContainsFunc(named, func(x committeeMention) bool { return x.kind == c.kind }) {
				named = append(named, c)
			}
			if !slices.ContainsFunc(namedAll, func(x committeeMention) bool { return x.kind == c.kind && x.name == c.name }) {
				namedAll = append(namedAll, c)
			}
		}
		if len(named) > 0 && s.section >= 0 {
			if prev, ok := sectionNamed[s.section]; !ok || len(prev) == 1 && len(named) == 1 && prev[0].name == named[0].name {
				sectionNamed[s.section] = named
			} else {
				sectionNamed[s.section] = nil
			}
		}
		ms := mentions(w)
		r.resolve(ms, w, s.section)
		// "will chair the Audit Committee": the verb, not the Chair.
		verb := map[int]bool{}
		for k := range toks {
			if wordIs(toks, k-1, "not", "never", "cannot") || wordIs(toks, k-2, "not", "never") {
				// "a Non-Executive Member who does not chair the Audit
				// Committee": no one is said to chair it.
				continue
			}
			if (toks[k].Word == "chair" || toks[k].Word == "chairs") && (w.At(k-1, "aux") == k || wordIs(toks, k-1, "also")) {
				verb[k] = true
			}
			// "The Chair of the ICB chairs the Remuneration Committee".
			// ("… other than the chair of the Audit Committee chairs the
			// Remuneration Committee": after a committee's name too, when
			// another committee's follows.)
			if toks[k].Word == "chairs" && k > 0 && !wordIs(toks, k-1, "the", "of", "and") && wordIs(toks, k+1, "the", "its") &&
				(!wordIs(toks, k-1, "committee") || w.At(k+2, "icb-committee") > k+2 || w.At(k+3, "icb-committee") > k+3 || capitalised(s, k+2)) {
				verb[k] = true
			}
		}
		// "… a Quality Committee and a Finance Committee, each chaired by a
		// Non-Executive Member": the chair of every committee named.
		eachChair := ""
		for k := 0; k+3 < len(toks); k++ {
			if wordIs(toks, k, "each") && wordIs(toks, k+1, "chaired") && wordIs(toks, k+2, "by") {
				if c := chairCategory(ms, k+3); c != "other" {
					eachChair = c
				}
				break
			}
		}
		seen := map[string]bool{}
		for _, c := range cms {
			of := c.start >= 3 && wordIs(toks, c.start-1, "the") && wordIs(toks, c.start-2, "of") && strings.HasPrefix(toks[c.start-3].Word, "chair")
			chaired := ""
			switch {
			case !of && chairedByAfter(w, c.end) >= 0:
				chaired = chairCategory(ms, chairedByAfter(w, c.end))
			case !of && c.start > 0 && (verb[c.start-1] || c.start > 1 && verb[c.start-2] && wordIs(toks, c.start-1, "the", "its")):
				at := -1
				v := c.start - 1
				if !verb[v] {
					v--
				}
				for _, m := range ms {
					if m.role != "" && !m.neutral && !verb[m.start] && m.start < c.start {
						at = m.start
						break
					}
				}
				// "…, the Chair selects one of the Non-Executive Members as
				// Deputy Chair; the Non-Executive Member who chairs the Audit
				// Committee is not eligible": the member the relative clause
				// is on chairs it, not the sentence's first.
				if wordIs(toks, v-1, "who", "that") {
					for _, m := range ms {
						if m.role != "" && !m.neutral && !verb[m.start] && m.end == v-1 {
							at = m.start
						}
					}
				}
				chaired = chairCategory(ms, at)
			case of && wordIs(toks, c.end, "will", "shall", "is", "must"):
				for j := c.end; j < len(toks) && j < c.end+4; j++ {
					if wordIs(toks, j, "be", "is") {
						chaired = chairCategory(ms, j+1)
						if chaired == "other" {
							chaired = ""
						}
						break
					}
				}
			}
			if chaired == "" && !of {
				chaired = eachChair
			}
			if of && chaired == "" {
				continue
			}
			// "Quality Committee – it receives assurance, for the Board,
			// on …": what the one committee named does for the board.
			delegated := w.Has("icb-delegation") || len(cms) == 1 && w.Has("icb-for-board") ||
				// "The Audit Committee, chaired by …, gives the Board
				// independent assurance on …": the committee, the subject,
				// does for the board what the sentence says.
				len(cms) == 1 && c.start <= 1 && functionVerbAfter(w, c.end)
			// "The Remuneration and Human Resources Committee decides the
			// pay of …": a sentence whose subject is the audit or the
			// remuneration committee says it exists.
			subject := c.kind != model.CommitteeOther && c.start <= 1
			if chaired == "" && !delegated && !w.Has("icb-establish") && !designations[c.start] && !subject {
				continue
			}
			key := c.kind + "\x00" + strings.ToLower(c.name)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, model.ICBCommitteeFact{Evidence: s.evidence(r.d), Committee: c.kind, Name: c.name, ChairedBy: chaired, Delegated: delegated})
		}
	}
	if general < 0 {
		return out
	}
	// "All committees will operate in accordance with their terms of
	// reference, which the board approves" says it of each committee
	// named, before or after it.
	delegated := map[string]bool{}
	for _, f := range out {
		if f.Delegated {
			delegated[f.Committee+"\x00"+strings.ToLower(f.Name)] = true
		}
	}
	ev := sents[general].evidence(r.d)
	for _, f := range out {
		key := f.Committee + "\x00" + strings.ToLower(f.Name)
		if delegated[key] {
			continue
		}
		delegated[key] = true
		out = append(out, model.ICBCommitteeFact{Evidence: ev, Committee: f.Committee, Name: f.Name, Delegated: true})
	}
	return out
}

// joinApprovals gives an appointment or removal the approval a sentence
// after it requires without naming who acts: "NHS England may remove the
// Chair. Any removal under paragraph 3.2.2 requires the approval of the
// Secretary of State." The approval joins the fact before it on the same
// member in the same section, or the one of the clause the sentence
// refers to.
func joinApprovals(facts []model.AppointmentFact) []model.AppointmentFact {
	restatedRemovals(facts)
	for i := range facts {
		f := &facts[i]
		if len(f.AppointedBy) > 0 || len(f.RemovedBy) > 0 || len(f.ApprovalBy)+len(f.RemovalApprovalBy) == 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			g := &facts[j]
			if g.Role != f.Role || g.Section != f.Section && !refersTo(f.Text, g.Clause) {
				continue
			}
			if len(f.RemovalApprovalBy) > 0 && len(g.RemovedBy) > 0 {
				g.RemovalApprovalBy = actorsOf(g.RemovalApprovalBy, f.RemovalApprovalBy)
				break
			}
			if len(f.ApprovalBy) > 0 && len(g.AppointedBy) > 0 {
				g.ApprovalBy = actorsOf(g.ApprovalBy, f.ApprovalBy)
				break
			}
		}
	}
	return facts
}

// restatedRemovals gives a removal stated again without its approval
// ("…, save that only NHS England may suspend or remove the Chair", in
// the standing orders) the approval the constitution states for the same
// member removed by the same body ("The Chair may be removed only by NHS
// England, with the approval of the Secretary of State").
func restatedRemovals(facts []model.AppointmentFact) {
	for i := range facts {
		f := &facts[i]
		if len(f.RemovedBy) == 0 || len(f.RemovalApprovalBy) > 0 {
			continue
		}
		for _, g := range facts {
			if g.Role == f.Role && len(g.RemovalApprovalBy) > 0 && slices.Equal(g.RemovedBy, f.RemovedBy) {
				f.RemovalApprovalBy = slices.Clone(g.RemovalApprovalBy)
				break
			}
		}
	}
}

// variesOutsideDocument reports whether what a sentence changes is a
// document kept outside the constitution, named before the constitution
// is: "The Board may update the Governance Handbook …, provided the
// Handbook remains consistent with this constitution".
func variesOutsideDocument(w *language.Sentence) bool {
	doc := w.Find("outside-document")
	if len(doc) == 0 {
		return false
	}
	c := w.Find("constitution")
	if len(c) == 0 || doc[0].Start < c[0].Start {
		return true
	}
	// "…; the Board may amend the Handbook, and doing so does not vary this
	// constitution": every change the sentence grants is to the document
	// outside it.
	granted := false
	for _, p := range w.Find("vary") {
		if negated(w, max(0, p.Start-4), p.Start) {
			continue
		}
		granted = true
		if !w.HasIn("outside-document", p.End, min(len(w.Toks), p.End+3)) {
			return false
		}
	}
	return granted
}

// actorsOf is the actors of lists a and b, in actorList's order.
func actorsOf(a, b []string) []string {
	set := map[string]bool{}
	for _, x := range append(append([]string{}, a...), b...) {
		set[x] = true
	}
	return actorList(set)
}

// refersTo reports whether text names clause by number: "under paragraph
// 3.2.2".
func refersTo(text, clause string) bool {
	return clause != "" && strings.Contains(text, " "+clause)
}

// committeeKind is the kind of committee a name names: audit,
// remuneration or other.
func (r *icbReader) committeeKind(name string) string {
	w := r.reader.Read(language.Tokenize(name))
	switch {
	case w.Has("icb-audit-committee") || hasWord(w.Toks, "audit"):
		return model.CommitteeAudit
	case w.Has("icb-remuneration-committee") || hasWord(w.Toks, "remuneration"):
		return model.CommitteeRemuneration
	}
	return model.CommitteeOther
}

// sectionCommittees reads committees set out each in a short section of
// its own under its name, with labelled lines: "**Audit and Governance
// Committee** 4.3 Purpose: … 4.4 Chair: an Independent Non-Executive
// Member … 4.5 Members: …". The section says the committee exists; its
// "Chair:" line who chairs it; a "Purpose:" or "Functions:" line that
// functions are delegated to it.
func (r *icbReader) sectionCommittees() []model.ICBCommitteeFact {
	out := []model.ICBCommitteeFact{}
	d := r.d
	for si, sec := range d.sections {
		name := namesCommittee(norm(sec.Title))
		if name == "" {
			continue
		}
		var chairLine *block
		delegated := false
		for bi := range d.blocks {
			b := &d.blocks[bi]
			if b.SectionIndex != si {
				continue
			}
			body, _ := clauseBody(b.Text, b.Number)
			body = partLabelledRe.ReplaceAllString(body, "") // "B1 Chair: …"
			label := strings.ToLower(strings.TrimSpace(body))
			switch {
			case strings.HasPrefix(label, "chair:") || strings.HasPrefix(label, "chaired by:") || strings.HasPrefix(label, "chairperson:"):
				chairLine = b
			case strings.HasPrefix(label, "purpose:") || strings.HasPrefix(label, "functions:") || strings.HasPrefix(label, "delegated functions:") ||
				strings.HasPrefix(label, "role:") || strings.HasPrefix(label, "responsibilities:"):
				delegated = true
			}
		}
		if chairLine == nil && !delegated {
			continue // a committee's heading with prose the sentences read
		}
		kind := r.committeeKind(sec.Title)
		f := model.ICBCommitteeFact{
			Evidence:  model.Evidence{Text: sec.Heading, Line: sec.Line, Section: sec.Heading},
			Committee: kind, Name: strings.TrimSpace(sec.Title), Delegated: delegated,
		}
		if chairLine != nil {
			body, _ := clauseBody(chairLine.Text, chairLine.Number)
			body = partLabelledRe.ReplaceAllString(body, "")
			_, rest, _ := strings.Cut(body, ":")
			cw := r.reader.Read(language.Tokenize(rest))
			ms := mentions(cw)
			r.resolve(ms, cw, si)
			if c := chairCategory(ms, 0); c != "other" {
				f.ChairedBy = c
			}
			f.Evidence = model.Evidence{Text: chairLine.Text, Line: chairLine.Line, Section: sec.Heading, Clause: chairLine.Number}
		}
		out = append(out, f)
	}
	return out
}

// tableCommittees reads the committees of a table with a column naming
// them and one saying who chairs them or what each does: "| Committee |
// Chaired by | Functions delegated by the Board |", "| Committee | Chair |
// What it does |". A row names a
// committee, who chairs it (as the sentences do: non-executive, chair,
// executive, partner) and, with a column of its functions filled, that
// functions are delegated to it.
func (r *icbReader) tableCommittees() []model.ICBCommitteeFact {
	out := []model.ICBCommitteeFact{}
	for _, t := range r.d.tables {
		nameCol, chairCol, dutyCol := -1, -1, -1
		for c, h := range t.Header {
			hl := strings.ToLower(h)
			switch {
			case strings.Contains(hl, "chair"):
				chairCol = c
			case strings.Contains(hl, "function") || strings.Contains(hl, "delegat") || strings.Contains(hl, "purpose") ||
				strings.Contains(hl, "responsibilit") || strings.Contains(hl, "duties") ||
				// "| Committee | Chair | What it does |", "| Committee | Remit |"
				strings.Contains(hl, "what it does") || strings.Contains(hl, "what they do") || strings.Contains(hl, "remit") || strings.TrimSpace(hl) == "role":
				dutyCol = c
			case nameCol < 0 && strings.Contains(hl, "committee"):
				nameCol = c
			}
		}
		if nameCol < 0 || chairCol < 0 && dutyCol < 0 {
			continue
		}
		section := r.d.sectionHeading(t.Section)
		for _, row := range t.Rows {
			name := cell(row.Cells, nameCol)
			if name == "" {
				continue
			}
			kind := r.committeeKind(name)
			f := model.ICBCommitteeFact{
				Evidence:  model.Evidence{Text: strings.Join(row.Cells, " | "), Line: row.Line, Section: section},
				Committee: kind, Name: name,
				Delegated: dutyCol >= 0 && cell(row.Cells, dutyCol) != "",
			}
			if chair := cell(row.Cells, chairCol); chair != "" {
				cw := r.reader.Read(language.Tokenize(chair))
				ms := mentions(cw)
				r.resolve(ms, cw, t.Section)
				if c := chairCategory(ms, 0); c != "other" {
					f.ChairedBy = c
				}
			}
			out = append(out, f)
		}
	}
	return out
}

// membersForEach is sentence i read with the members the sentence before
// it in its paragraph opens with in place of the pronoun it opens with
// ("The Place Members are employees of the ICB. Each is appointed by the
// Chief Executive"), or nil.
func membersForEach(sents []sentence, i int, reader *language.Reader) *sentence {
	s := &sents[i]
	toks := s.toks
	if i == 0 || sents[i-1].block != s.block || len(toks) < 4 {
		return nil
	}
	prev := sents[i-1]
	if !wordIs(toks, 0, "each", "they") || !wordIs(toks, 1, "is", "are", "will", "shall", "may") {
		return listForThem(s, &prev, reader)
	}
	// The members the sentence before opens with: its words up to its
	// verb, "The Place Members".
	end := -1
	for k := 1; k < len(prev.toks) && k <= 8; k++ {
		if prev.toks[k].Punct {
			return nil
		}
		if wordIs(prev.toks, k, "are", "is", "will", "shall", "must") {
			end = k
			break
		}
	}
	if end < 2 || !wordIs(prev.toks, end-1, "members", "member", "directors", "director", "officers", "officer") {
		return nil
	}
	return s.withSubject(prev.text[prev.toks[0].Start:prev.toks[end-1].End], reader)
}

// listForThem is a sentence whose verb of appointing has "them" or "each
// of them" as its object, read with the roles the sentence before it
// lists as its subject in the pronoun's place: "The Chief Finance
// Officer, the Chief Medical Officer and the Chief Nursing Officer are
// employees of the ICB. The Chief Executive appoints each of them, with
// the Chair's approval." Or nil.
func listForThem(s, prev *sentence, reader *language.Reader) *sentence {
	toks := s.toks
	at, end := -1, -1
	for k := 1; k < len(toks); k++ {
		if !wordIs(toks, k-1, "appoints", "appoint") {
			continue
		}
		switch {
		case wordIs(toks, k, "them"):
			at, end = k, k+1
		case wordIs(toks, k, "each", "all") && wordIs(toks, k+1, "of") && wordIs(toks, k+2, "them"):
			at, end = k, k+3
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return nil
	}
	// The roles the sentence before opens with, up to its verb.
	verb := -1
	for k := 1; k < len(prev.toks) && k <= 40; k++ {
		if prev.toks[k].Punct && prev.toks[k].Word != "," {
			return nil
		}
		if wordIs(prev.toks, k, "are") {
			verb = k
			break
		}
	}
	if verb < 0 {
		return nil
	}
	// The roles run on to the verb as a list: not "The Chair and the
	// Chief Executive assess the candidates …, and the trusts are told …",
	// whose "are" is another clause's.
	roles, lastEnd := 0, 0
	for _, m := range mentions(prev.w) {
		if m.start < verb && m.role != "" && !m.neutral {
			roles++
			lastEnd = m.end
		}
	}
	if roles < 2 || lastEnd < verb && !wordIs(prev.toks, lastEnd, ",", "and") {
		return nil
	}
	return s.withText(s.text[:toks[at].Start]+prev.text[prev.toks[0].Start:prev.toks[verb-1].End]+s.text[toks[end-1].End:], reader)
}

// itDoes reports whether a sentence's subject is a pronoun doing what a
// committee does for the board: "It decides, for the Board, the pay of
// …", "It reviews the ICB's accounts", after an opening phrase for the
// board ("On the Board's behalf it decides …") or any opening phrase and
// a comma ("Chaired by a Non-Executive Member, it gives the Board
// assurance on …").
func itDoes(w *language.Sentence) bool {
	toks := w.Toks
	at := 0
	if e := w.At(0, "icb-for-board"); e > 0 {
		at = e
		if wordIs(toks, at, ",") {
			at++
		}
	}
	if wordIs(toks, at, "it") && w.At(at+1, "icb-committee-function") > at+1 {
		return true
	}
	for k := 1; k+1 < len(toks) && k < 24; k++ {
		if wordIs(toks, k, ",") && wordIs(toks, k+1, "it") {
			return w.At(k+2, "icb-committee-function") > k+2
		}
	}
	return false
}

// delegatedIn reports whether a sentence on one committee says what the
// board gives it: a word of delegation, "for the Board", or what it does
// for the board (itDoes).
func delegatedIn(w *language.Sentence) bool {
	return w.Has("icb-delegation") || w.Has("icb-for-board") || itDoes(w)
}

// eachOfThem reports whether a sentence opens by speaking of each of the
// things the sentence before named: "Each of them", "Each of these
// committees", "They each", "All of them".
func eachOfThem(toks []language.Token) bool {
	switch {
	case wordIs(toks, 0, "each", "all") && wordIs(toks, 1, "of") && wordIs(toks, 2, "them", "these", "those"):
		return true
	case wordIs(toks, 0, "they") && wordIs(toks, 1, "each", "all"):
		return true
	case wordIs(toks, 0, "each") && wordIs(toks, 1, "exercises", "has", "reports", "acts", "carries", "takes", "holds", "receives", "discharges", "performs", "oversees", "works"):
		// "Each exercises the functions the Scheme of Reservation and
		// Delegation gives it", after a sentence naming several.
		return true
	}
	return false
}

// designated merges the committees a sentence names as the ICB's audit or
// remuneration committee under another name into one mention each, of
// that kind: "The People Committee is the ICB's remuneration committee for
// the purposes of paragraph 18 of Schedule 1B", "the Finance Committee
// acts as the audit committee". Such a sentence says the committee exists
// (the map holds the start of each such mention).
func designated(s *sentence, cms []committeeMention) ([]committeeMention, map[int]bool) {
	var marked map[int]bool
	out := make([]committeeMention, 0, len(cms))
	for i := 0; i < len(cms); i++ {
		c := cms[i]
		if c.kind == model.CommitteeOther && i+1 < len(cms) && cms[i+1].kind != model.CommitteeOther && isDesignation(s.toks[c.end:cms[i+1].start]) {
			c.kind = cms[i+1].kind
			if marked == nil {
				marked = map[int]bool{}
			}
			marked[c.start] = true
			i++
		}
		out = append(out, c)
	}
	return out, marked
}

// isDesignation reports whether the words between two committees' names
// say the first is the second: "is the ICB's", "acts as the", "shall be
// its", "will serve as".
func isDesignation(toks []language.Token) bool {
	copula := false
	for _, t := range toks {
		switch t.Word {
		case "is", "be", "as":
			copula = true
		case "shall", "will", "acts", "act", "serves", "serve", "also", "the", "its", "icb", "board", "'s", "s":
		default:
			return false
		}
	}
	return copula
}

// pronounChairedBy returns where the words after "chaired by" start in a
// sentence that opens with a pronoun for a committee ("It is chaired by",
// "The Committee shall be chaired by"), or -1.
func pronounChairedBy(s *sentence) int {
	toks := s.toks
	switch {
	case wordIs(toks, 0, "it"):
		return chairedByAfter(s.w, 1)
	case wordIs(toks, 0, "the", "this") && wordIs(toks, 1, "committee"):
		return chairedByAfter(s.w, 2)
	case wordIs(toks, 0, "chaired") && wordIs(toks, 1, "by"):
		// "Chaired by a Non-Executive Member other than the Chair, it
		// exercises …": the participle opens the sentence on it.
		return 2
	case wordIs(toks, 0, "its") && wordIs(toks, 1, "chair") && wordIs(toks, 2, "is"):
		// "Its chair is a Non-Executive Member other than the Chair of the
		// ICB."
		return 3
	case wordIs(toks, 0, "its") && wordIs(toks, 1, "chair") && wordIs(toks, 2, "must", "shall", "will") && wordIs(toks, 3, "be"):
		return 4
	}
	// "A Non-Executive Member other than the Chair of the ICB chairs it":
	// the member at the start chairs the committee named before.
	for j := 1; j+1 < len(toks) && j < 24; j++ {
		if toks[j].Punct {
			break
		}
		if wordIs(toks, j, "chairs", "chair") && wordIs(toks, j+1, "it") {
			// "Neither the Chair nor the Deputy Chair may chair it" says
			// who does not.
			if negated(s.w, 0, j) || wordIs(toks, 0, "neither", "no") {
				return -1
			}
			return 0
		}
	}
	return -1
}

// delegatedTo reports whether a sentence gives something to the pronoun
// named: "The Board delegates to it decisions on …" ("it"), "The Board
// has delegated to them …" ("them").
func delegatedTo(toks []language.Token, pronoun string) bool {
	for i := 1; i+1 < len(toks); i++ {
		if wordIs(toks, i, "to") && wordIs(toks, i+1, pronoun) && wordIs(toks, i-1, "delegated", "delegates", "delegate", "delegating") {
			return true
		}
	}
	return false
}

// eachChairedBy returns where the member who chairs starts in a sentence
// that opens on each of several committees named before, "Each is
// chaired by …", "Each of them is chaired by …", "Both are chaired by …",
// or -1.
func eachChairedBy(s *sentence) int {
	toks := s.toks
	k := 0
	switch {
	case wordIs(toks, 0, "each", "both") && wordIs(toks, 1, "of") && wordIs(toks, 2, "them", "these", "those"):
		k = 3
	case wordIs(toks, 0, "each", "both", "they"):
		k = 1
	default:
		return -1
	}
	if !wordIs(toks, k, "is", "are") {
		return -1
	}
	return chairedByAfter(s.w, k)
}

// toEach reports whether a sentence gives something "to each": "The Board
// delegates to each the planning of …", of the committee of every borough
// the sentence before established.
func toEach(toks []language.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if wordIs(toks, i, "to") && wordIs(toks, i+1, "each") && !wordIs(toks, i+2, "of") {
			return true
		}
	}
	return false
}

// everyCommittee reports whether a sentence says what is delegated to
// every committee, naming none: "All committees will operate in accordance
// with their terms of reference", "a committee, each of which will act in
// accordance with the terms of reference the Board approves".
func everyCommittee(s *sentence) bool {
	w, toks := s.w, s.toks
	if !w.Has("icb-committee") || !w.Has("icb-delegation") || len(committeeMentions(s)) > 0 {
		return false
	}
	// At least one delegation the sentence does not deny: "The Board
	// delegates to each committee the functions …; no committee may
	// delegate further without the Board's consent".
	delegates := false
	for _, p := range w.Find("icb-delegation") {
		if !negated(w, max(0, p.Start-3), p.Start) {
			delegates = true
			break
		}
	}
	if !delegates {
		return false
	}
	for _, p := range w.Find("icb-committee") {
		if capitalised(s, p.Start) {
			continue
		}
		for j := p.Start - 1; j >= 0 && j >= p.Start-4; j-- {
			if wordIs(toks, j, "all", "every", "each", "any", "a", "such") {
				return true
			}
			if toks[j].Punct {
				break
			}
		}
	}
	return false
}

// chairedByAfter returns where the words after "chaired by" start when
// they follow a committee's name closely, or -1.
func chairedByAfter(w *language.Sentence, i int) int {
	toks := w.Toks
	// "The Remuneration Committee, which exercises the functions …, shall
	// be chaired by …": a clause between commas after the name is passed.
	if wordIs(toks, i, "(") {
		// "The Remuneration Committee (whose terms of reference the Board
		// approves) is chaired by …".
		for j := i + 1; j < len(toks) && j < i+40; j++ {
			if toks[j].Word == ")" {
				return chairedByAfter(w, j+1)
			}
		}
	}
	if wordIs(toks, i, ",") && wordIs(toks, i+1, "which", "whose", "who", "whom") {
		for j := i + 2; j < len(toks) && j < i+40; j++ {
			if toks[j].Word == ";" || toks[j].Word == "." {
				break
			}
			if toks[j].Word == "," {
				if k := chairedByAfter(w, j+1); k >= 0 {
					return k
				}
				break
			}
		}
	}
	for j := i; j < len(toks) && j < i+6; j++ {
		if toks[j].Word == "chaired" && wordIs(toks, j+1, "by") {
			return j + 2
		}
		if toks[j].Word == ";" || toks[j].Word == "." {
			break
		}
	}
	// "The Remuneration Committee is established under paragraphs 18 to
	// 20 of Schedule 1B to the 2006 Act and is chaired by …": a second
	// verb of the same subject, however far its first runs.
	for j := i; j+3 < len(toks) && j < i+40; j++ {
		if toks[j].Word == ";" || toks[j].Word == "." {
			break
		}
		if toks[j].Word == "and" && wordIs(toks, j+1, "is", "will", "shall") {
			k := j + 2
			if wordIs(toks, k, "be") {
				k++
			}
			if wordIs(toks, k, "chaired") && wordIs(toks, k+1, "by") {
				return k + 2
			}
		}
	}
	return -1
}

// chairCategory is who the member named from token i is, as a chair of a
// committee: non-executive, chair, executive, partner or other.
func chairCategory(ms []mention, i int) string {
	if i < 0 {
		return "other"
	}
	for _, m := range ms {
		if m.start < i || m.start > i+5 || m.role == "" && m.actor == "" {
			continue
		}
		switch {
		case m.neutral:
			return "other"
		case m.role == model.RoleChair:
			return "chair"
		case m.role == model.RoleNonExecutive:
			return "non-executive"
		case m.role == model.RoleChiefExecutive || strings.HasPrefix(m.role, "executive-"):
			return "executive"
		case isPartner(m.role):
			return "partner"
		}
		return "other"
	}
	return "other"
}

// variation reads the sentences on varying the constitution.
func (r *icbReader) variation(sents []sentence) []model.ICBVariationFact {
	out := []model.ICBVariationFact{}
	lastBlock := -1 // the block of the last sentence read as one on variation
	for i := range sents {
		s := &sents[i]
		w := s.w
		// "There are only two ways in which this constitution can be
		// varied. The first is on an application by the ICB to NHS
		// England, …": a way the sentence before counted.
		way := lastBlock == s.block && wordIs(s.toks, 0, "the") && wordIs(s.toks, 1, "first", "second", "other") && wordIs(s.toks, 2, "is", "way")
		if s.leadIn || question(s) || !(varies(w) || w.Has("icb-vary-extra") || way) || w.Has("other-constitution") || w.Has("outside-constitution") || variesOutsideDocument(w) {
			continue
		}
		if listedOutside(r.d, s.text) {
			// "The Board may amend the documents listed in 1.7.2", where
			// 1.7.2 says they are not part of this constitution.
			continue
		}
		if i > 0 && sents[i-1].block == s.block && sents[i-1].w.Has("outside-constitution") && variesThem(w) {
			// "The documents listed in 1.7 are not part of this
			// constitution. The Board may amend them …": them, not it;
			// "The Cluster Agreement … is not part of this constitution.
			// The two boards may agree changes to it": the agreement.
			continue
		}
		if (i > 0 && sents[i-1].block == s.block && formsPart(sents[i-1].toks) || formsPart(s.toks)) && doNotBefore(s.toks) && variesThem(w) {
			// (Or in one sentence: "The Standing Orders form part of it;
			// the other documents do not, and the Board may amend them.")
			// "The Standing Orders form part of this constitution. The
			// Scheme of Reservation and Delegation … do not; the Board
			// approves and may amend them": those that do not.
			continue
		}
		if variesTheOthers(sents, i) {
			continue
		}
		if !w.Has("constitution") && !s.in(r.d, model.KindVariation) && !(lastBlock == s.block && (way || hasWord(s.toks, "it"))) {
			// (Not the sentence after one on varying the constitution,
			// in the same clause, that varies "it": "Changes to this
			// constitution are made in one of two ways only. The ICB may
			// apply to NHS England to vary it, …".)
			continue
		}
		lastBlock = s.block
		ms := mentions(w)
		f := model.ICBVariationFact{Evidence: s.evidence(r.d), Before: []string{}, VariedBy: []string{}}
		f.Application = appliesToNHSEngland(w, ms)
		application := hasWord(s.toks, "application", "apply", "applies", "applying")
		if w.Has("icb-before") {
			if w.Has("icb-consult") && !icbConsulted(w) {
				f.Before = append(f.Before, "consult")
			}
			if w.Has("icb-engage") {
				f.Before = append(f.Before, "engage")
			}
		}
		if (w.Has("icb-before") || application) && boardApproves(w, ms) {
			f.Before = append(f.Before, "board-approval")
		}
		varied := map[string]bool{}
		for _, m := range ms {
			if m.actor == "" || m.neutral || m.actor == model.ActorNHSEngland || m.actor == model.ActorSecretaryOfState {
				continue
			}
			if m.actor == model.ActorICB && f.Application {
				continue
			}
			if participleObject(s.toks, m.start) {
				continue // "NHS England, having consulted the ICB, varies it": consulted, not varying
			}
			if proposerOf(s.toks, m.start) {
				continue // "… whether the ICB should apply, on a proposal from the Chair or the Chief Executive": who proposes, not who varies
			}
			if wordIs(s.toks, m.start-1, "within") || wordIs(s.toks, m.start-1, "the") && wordIs(s.toks, m.start-2, "within") {
				continue // "Within the ICB, changes are proposed and agreed in this way:": where, not who varies
			}
			if (variesItself(w, m) || variedBy(w, m)) && !effectAfterApproval(s.toks) {
				varied[m.actor] = true
			}
		}
		f.VariedBy = actorList(varied)
		out = append(out, f)
	}
	return out
}

// proposerOf reports whether the actor at token i is named as who puts a
// proposal: "on a proposal from the Chair or the Chief Executive", "on
// the recommendation of the Audit Committee".
func proposerOf(toks []language.Token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-8; j-- {
		if toks[j].Punct && !wordIs(toks, j, ",") {
			return false
		}
		if wordIs(toks, j, "from", "of", "by") && wordIs(toks, j-1, "proposal", "proposals", "recommendation", "recommendations") {
			return true
		}
	}
	return false
}

// participleObject reports whether the actor at token i is the object of
// a participle before it: "having consulted the ICB", "after informing
// the Board".
func participleObject(toks []language.Token, i int) bool {
	j := i - 1
	if wordIs(toks, j, "the", "its", "a", "an") {
		j--
	}
	if j < 0 || toks[j].Punct || wordIs(toks, j, "by", "need", "needed", "required", "proposed") {
		return false
	}
	w := toks[j].Word
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && wordIs(toks, j-1, "having", "after", "once", "before")
}

// effectAfterApproval reports whether a sentence gives a change effect only
// once it is approved: "an amendment so made takes effect once NHS
// England approves the ICB's application".
func effectAfterApproval(toks []language.Token) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].Word != "effect" || !wordIs(toks, i-1, "has", "have", "take", "takes", "taking") {
			continue
		}
		if !wordIs(toks, i+1, "once", "when", "after", "upon", "on", "only", "subject") {
			continue
		}
		for j := i + 2; j < len(toks) && j <= i+10; j++ {
			if wordIs(toks, j, ";", ".") {
				break
			}
			if strings.HasPrefix(toks[j].Word, "approv") || wordIs(toks, j, "agrees", "agreed", "grants", "granted") {
				return true
			}
		}
	}
	return false
}

// listedElsewhereRe finds documents a sentence names by the clause that
// lists them: "the documents listed in 1.7.2", "the documents referred
// to in paragraph 1.5.1" (group 1 the clause).
var listedElsewhereRe = lazyRe(`(?i)\bdocuments\s+(?:listed|named|referred\s+to|set\s+out|described)\s+(?:in|at|under)\s+(?:paragraph\s+|clause\s+|section\s+)?(\d+(?:\.\d+)+)`)

// listedOutside reports whether a sentence names documents by a clause
// that says they are not part of the constitution.
func listedOutside(d *document, text string) bool {
	if !containsFold(text, "documents") {
		return false
	}
	m := listedElsewhereRe.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	for _, b := range d.blocks {
		if b.Number == m[1] && outsideConstitution.in(norm(b.Text)) != "" {
			return true
		}
	}
	return false
}

// outsideConstitution are the words that put a document outside the
// constitution, as a clause that lists such documents says it.
var outsideConstitution = phrases{"not part of this constitution", "not part of the constitution", "not form part of this constitution",
	"not form part of the constitution", "outside this constitution", "outside the constitution", "not part of it"}

// formsPart reports whether a sentence says something forms part of the
// constitution: "The ICB's Standing Orders (Appendix 2) form part of this
// constitution."
func formsPart(toks []language.Token) bool {
	for i := range toks {
		if wordIs(toks, i, "form", "forms", "are", "is") && wordIs(toks, i+1, "part") && wordIs(toks, i+2, "of") {
			return true
		}
	}
	return false
}

// doNotBefore reports whether a sentence's first clause ends "do not",
// "does not", "are not" or "is not", the verb of the sentence before left
// out: "… and the Governance Handbook do not; the Board approves …", "…
// and the Governance Handbook are not, and the Board may change them".
func doNotBefore(toks []language.Token) bool {
	for i := 1; i+1 < len(toks); i++ {
		if wordIs(toks, i, "do", "does", "are", "is") && wordIs(toks, i+1, "not") && (i+2 >= len(toks) || toks[i+2].Punct) {
			return true
		}
	}
	return false
}

// variesTheOthers reports whether sentence i varies "the others" (or "the
// rest", "the other documents") after saying, in itself or the sentence
// before in its paragraph, which documents form part of the constitution:
// "Only the Standing Orders form part of it; the Board may amend the
// others." The others are outside it.
func variesTheOthers(sents []sentence, i int) bool {
	s := &sents[i]
	if !formsPart(s.toks) && (i == 0 || sents[i-1].block != s.block || !formsPart(sents[i-1].toks)) {
		return false
	}
	toks := s.toks
	for _, p := range s.w.Find("vary") {
		at := p.End
		if wordIs(toks, at, "to", "of") {
			at++ // "may agree changes to the others"
		}
		if wordIs(toks, at, "all") {
			at++
		}
		if wordIs(toks, at, "the") && wordIs(toks, at+1, "others", "rest", "remainder") ||
			wordIs(toks, at, "the") && wordIs(toks, at+1, "other", "remaining") && wordIs(toks, at+2, "documents", "ones") {
			return true
		}
	}
	return false
}

// variesThem reports whether a sentence's word of varying takes a
// pronoun as its object: "may amend them", "may agree changes to it",
// "may change the documents in it". Called after a sentence that puts a
// document outside the constitution, the pronoun is that document.
func variesThem(w *language.Sentence) bool {
	toks := w.Toks
	for _, p := range w.Find("vary") {
		if p.Start <= 4 && wordIs(toks, 0, "they", "these", "those", "it") {
			return true // "They may be updated by the Governing Body": the pronoun is what changes
		}
		at := p.End
		if wordIs(toks, at, "to", "of") {
			at++
		}
		if wordIs(toks, at, "them", "these", "those", "it") {
			return true
		}
		// "may change the documents in it": what the pronoun holds.
		for k := p.End; k < len(toks) && k < p.End+5 && !toks[k].Punct; k++ {
			if wordIs(toks, k, "in", "of") && wordIs(toks, k+1, "it", "them") {
				return true
			}
		}
	}
	return false
}

// appliesToNHSEngland reports whether a sentence says the constitution is
// varied on an application to NHS England ("applies to NHS England",
// "submit to NHS England for approval", "NHS England approves the
// application"), not denied ("not on an application", "without an
// application to NHS England").
func appliesToNHSEngland(w *language.Sentence, ms []mention) bool {
	toks := w.Toks
	// "will not apply … until it has consulted" puts consulting first; it
	// does not deny the application.
	until := hasWord(toks, "until", "unless")
	denied := func(at int) bool {
		for j := max(0, at-4); j < at; j++ {
			if wordIs(toks, j, "otherwise", "without", "than") || w.At(j, "negation") > j && !until {
				return true
			}
		}
		return false
	}
	for _, rel := range relations(w, "applying") {
		if rel.actor == model.ActorNHSEngland && !denied(rel.start) {
			return true
		}
	}
	named := false
	for _, m := range ms {
		if m.actor == model.ActorNHSEngland {
			named = true
			// "We can change this constitution only with NHS England's
			// agreement": its approval is needed, as on an application.
			if approvalOf(w, m) && !denied(m.start) && !denied(max(0, m.start-2)) {
				return true
			}
		}
	}
	for j, t := range toks {
		switch t.Word {
		case "application", "apply", "applies", "applying", "applied":
			// "The ICB will not apply to vary the constitution until …"
			// applies to NHS England, whom it need not name; "NHS England
			// may approve a variation for which the ICB has applied".
			toVary := wordIs(toks, j+1, "to", "for") && (w.At(j+2, "vary") > j+2 || w.At(j+3, "vary") > j+3)
			if (named || toVary) && !denied(j) {
				return true
			}
		}
	}
	return false
}

// variesItself reports whether an actor is the subject of a verb of
// varying with only auxiliaries between: "The board may itself make minor
// amendments", "The Chief Executive may amend".
func variesItself(w *language.Sentence, m mention) bool {
	toks := w.Toks
	if subjectDenied(toks, m.start) {
		return false // "no committee, sub-committee or officer of the ICB may vary"
	}
	if objectOfPreposition(toks, ownerStart(toks, m.start)) {
		return false // "a meeting held in common with the partner ICB's board may vary": the meeting's subject, not the board's
	}
	deliberates := false
	for j := m.end; j < len(toks) && j < m.end+10; {
		if e := max(w.At(j, "vary"), w.At(j, "icb-vary-extra")); e > j {
			// "Before the Board considers a change …": weighing a change
			// is not making it ("considers and approves" is).
			return !negated(w, m.end, j) && !deliberates
		}
		e := max(w.At(j, "aux"), w.At(j, "icb-vary-helper"))
		if e <= j {
			return false
		}
		if stem := toks[j].Stem; stem == "consid" || stem == "review" || stem == "receiv" {
			deliberates = true
		}
		j = e
	}
	return false
}

// ownerStart is where the noun phrase of the actor at i begins when an
// owner stands before it: "the partner ICB's board" from "board" is at
// "the".
func ownerStart(toks []language.Token, i int) int {
	if !wordIs(toks, i-1, "'s", "’s") {
		return i
	}
	j := i - 2
	for j > 0 && j >= i-5 && !toks[j-1].Punct && !wordIs(toks, j-1, "the", "a", "an", "its", "their", "our", "with", "to", "from", "for", "by", "on", "at") {
		j--
	}
	return j
}

// subjectDenied reports whether the noun phrase an actor stands in is
// denied by its determiner: "no committee, sub-committee or officer of the
// ICB", "neither the Chair nor the Chief Executive".
func subjectDenied(toks []language.Token, at int) bool {
	for j := at - 1; j >= 0 && j >= at-10; j-- {
		switch {
		case wordIs(toks, j, "no", "neither", "nor", "none", "nobody"):
			return true
		case wordIs(toks, j, ".", ";", ":") || toks[j].Punct && toks[j].Word != "," && toks[j].Word != "-":
			return false
		case !wordIs(toks, j, ",", "or", "and", "of", "the", "a", "an", "its", "their", "our", "any", "other") && j < at-1 && toks[j].Word != "-" && !capitalisedOrNoun(toks[j]):
			return false
		}
	}
	return false
}

// capitalisedOrNoun is a cheap stand-in for a word of a noun phrase: not a
// verb of the sentence ("may", "will", "shall", "is").
func capitalisedOrNoun(t language.Token) bool {
	switch t.Word {
	case "may", "will", "shall", "must", "can", "is", "are", "be", "has", "have", "vary", "varies", "amend", "amends":
		return false
	}
	return true
}

// hasWordIn reports whether the word stands in tokens [from, to).
func hasWordIn(toks []language.Token, word string, from, to int) bool {
	for i := max(0, from); i < to && i < len(toks); i++ {
		if toks[i].Word == word {
			return true
		}
	}
	return false
}

func hasWord(toks []language.Token, words ...string) bool {
	for i := range toks {
		if wordIs(toks, i, words...) {
			return true
		}
	}
	return false
}

// boardApproves reports whether the board approves something in the
// sentence: "until the Board has approved the application", "put to the
// board for approval", "the Board will … decide whether to approve".
func boardApproves(w *language.Sentence, ms []mention) bool {
	for _, m := range ms {
		if m.actor != model.ActorBoard {
			continue
		}
		if w.HasIn("icb-approval", m.end, min(len(w.Toks), m.end+14)) || approvalOf(w, m) {
			return true
		}
	}
	return false
}

// variedBy reports whether an actor is the agent of a passive verb of
// varying: "This constitution may be amended by the Board".
func variedBy(w *language.Sentence, m mention) bool {
	toks := w.Toks
	if !wordIs(toks, m.start-1, "by") && !(wordIs(toks, m.start-2, "by") && wordIs(toks, m.start-1, "the")) {
		return false
	}
	by := m.start - 1
	if !wordIs(toks, by, "by") {
		by--
	}
	for j := by - 1; j >= 0 && j >= by-3; j-- {
		if w.At(j, "vary") > j {
			return passiveBefore(w, j) && !negated(w, max(0, j-4), j)
		}
		if !wordIs(toks, j, "only", "solely", "jointly") {
			return false
		}
	}
	return false
}

// approvesAppointment reports whether an actor is the subject of approving
// an appointment someone else makes: "The Secretary of State must approve
// the appointment of the Chair". Deciding whether to approve it ("The Chair
// will decide whether to approve the appointment of the nominee") is
// making it.
func approvesAppointment(w *language.Sentence, m mention) bool {
	toks := w.Toks
	for j := m.end; j < len(toks) && j < m.end+5; j++ {
		if w.At(j, "icb-approval") > j {
			if wordIs(toks, j-1, "to") && wordIs(toks, j-2, "whether") {
				return false
			}
			e := w.At(j, "icb-approval")
			if wordIs(toks, e, "it") && w.HasIn("icb-appoint", 0, m.start) {
				return true // "the appointment takes effect only once NHS England approves it"
			}
			// "… and the Secretary of State must approve the removal": an
			// approval of a removal too.
			return wordIs(toks, e, "the", "that", "this", "each", "any") && (w.At(e+1, "icb-appoint") > e+1 || w.At(e+1, "icb-remove") > e+1) ||
				w.At(e, "icb-appoint") > e
		}
		if w.At(j, "aux") <= j {
			return false
		}
	}
	return false
}

// makesIt reports whether an actor makes the appointment a verb names, in
// a relative clause after it: "the appointment of the Chair, which NHS
// England makes".
func makesIt(w *language.Sentence, v icbVerb, m mention) bool {
	if v.form != formNominal || m.start < v.end {
		return false
	}
	toks := w.Toks
	return wordIs(toks, m.start-1, "which") && wordIs(toks, m.end, "makes", "make", "made")
}

// objectsTo reports whether the nominating bodies are the subject of an
// objection: "Practices will have fourteen days to raise an objection".
func objectsTo(w *language.Sentence, m mention) bool {
	return w.HasIn("icb-object", m.end, min(len(w.Toks), m.end+8))
}

// question reports whether a sentence asks rather than states: a
// consultation's "Do you agree that the Board should have …?".
func question(s *sentence) bool {
	return strings.HasSuffix(strings.TrimSpace(s.text), "?")
}

// predicateOfBe reports whether the words before token i say what someone
// must be: "must be a chief executive or executive director of …", the
// second role too.
func predicateOfBe(toks []language.Token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].Punct {
			return false
		}
		if wordIs(toks, k, "a", "an") && wordIs(toks, k-1, "be") {
			return true
		}
	}
	return false
}

// contextRole is the member the sentences just before sentence i in its
// section speak of, when the section's title names none: "19. When a
// place for a Partner Member nominated by the NHS trusts … falls vacant,
// … 20. … The Chief Executive appoints the nominees chosen".
func (r *icbReader) contextRole(i int) string {
	sents := r.sents
	if i < 0 || i >= len(sents) {
		return ""
	}
	for j := i - 1; j >= 0 && j >= i-6 && sents[j].section == sents[i].section; j-- {
		w := sents[j].w
		ms := mentions(w)
		r.resolve(ms, w, sents[j].section)
		for _, m := range ms {
			if m.role == "" || m.neutral || m.role == roleOrdinary || m.role == model.RoleChair || m.role == model.RoleChiefExecutive {
				continue
			}
			if approvalOf(w, m) || wordIs(w.Toks, m.start-1, "by") {
				continue
			}
			if w.HasIn("icb-panel", max(0, m.start-8), m.start) {
				continue // "shortlisted by a panel of the Chair and two Non-Executive Members": who chooses, not who is chosen
			}
			if predicateOfBe(w.Toks, m.start) {
				continue // "each nominee must be a chief executive or executive director of one of those trusts": what a nominee must be
			}
			return m.role
		}
	}
	return ""
}
