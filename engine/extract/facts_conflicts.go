package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// registerTopics are the sets that say what a register is of, and the
// safeguard each makes.
var registerTopics = []struct{ set, safeguard string }{
	{"gifts", model.SafeguardGiftsRegister},
	{"procurement", model.SafeguardProcurementRegister},
	{"interest", model.SafeguardRegister},
}

// conflictsTableSentences reads the rows of a table in a section on
// conflicts of interest as sentences: "| Safeguard | What the Group does
// |" with "| At meetings | a person with a conflict of interest in an item
// withdraws from the meeting … |". A row's first cell labels it, when it
// has others; each row is a paragraph of its own.
func conflictsTableSentences(d *document, reader *language.Reader) []sentence {
	var out []sentence
	for _, t := range d.tables {
		if !inKind(d.sections, t.Section, model.KindConflicts) {
			continue
		}
		if labelled := labelledConflictsRows(t, reader); labelled != nil {
			out = append(out, labelled...)
			continue
		}
		from := 0
		if len(t.Header) > 1 {
			from = 1
		}
		out = rowSentences(out, reader, t, from)
	}
	return out
}

// labelledConflictsRows reads a table whose columns say who declares what
// and where it is registered and published ("| Who | Declares | When |
// Register | Published |", "| Register | Kept by | Published |"): each
// row a sentence of its cells, every cell after the first labelled by its
// column ("Board members. Declares: any interest …. Published: on the
// website."), so that what a cell says is read with what its column
// asks. Nil for other tables.
func labelledConflictsRows(t outline.Table, reader *language.Reader) []sentence {
	labelled := false
	for _, h := range t.Header {
		n := norm(h)
		if n == "published" || n == "declares" || n == "declared" || n == "declaration" || n == "register" || strings.HasPrefix(n, "published ") {
			labelled = true
		}
	}
	if !labelled || len(t.Header) < 2 {
		return nil
	}
	var out []sentence
	for _, r := range t.Rows {
		var parts []string
		for c, cellText := range r.Cells {
			p := strings.TrimRight(strings.TrimSpace(cellText), ". ")
			if p == "" {
				continue
			}
			if c > 0 && c < len(t.Header) && strings.TrimSpace(t.Header[c]) != "" {
				p = strings.TrimSpace(t.Header[c]) + ": " + p
			}
			parts = append(parts, p)
		}
		if len(parts) == 0 {
			continue
		}
		out = append(out, rowSentence(reader, strings.Join(parts, ". ")+".", r, t.Section, -1000-len(out)))
	}
	return out
}

// registerReach is how far after "register" its topics are looked for:
// "registers of the interests of members, governing body members and
// employees" names its topic late, but within a noun phrase.
const registerReach = 14

// safeguardFacts reads the conflicts of interest safeguards that each
// sentence states, wherever it stands.
func safeguardFacts(d *document, reader *language.Reader, sents []sentence) []model.SafeguardFact {
	out := []model.SafeguardFact{}
	// titled maps a section to whether its title speaks of interests
	// ("Declaring and Registering Interests"): "the registers" there are
	// registers of interests.
	titled := map[int]bool{}
	titleOf := func(sec int) bool {
		v, ok := titled[sec]
		if !ok {
			v = sec >= 0 && reader.Read(language.Tokenize(d.sections[sec].Title)).Has("interest")
			titled[sec] = v
		}
		return v
	}
	// registered is the block of the last sentence that kept a register of
	// interests: "We publish them on our website." after it publishes it.
	registered := -1
	for i := range sents {
		s := &sents[i]
		if question(s) {
			continue // a consultation's question states nothing
		}
		inSection := s.in(d, model.KindConflicts)
		found := map[string]bool{}
		add := func(sg string) {
			if !found[sg] {
				found[sg] = true
				out = append(out, model.SafeguardFact{Evidence: s.evidence(d), Safeguard: sg, InSection: inSection})
			}
		}
		w := s.w
		interest := w.Has("interest")
		// ("… maintains registers of the interests of its Board members
		// …. The registers are published on the ICB's website": the
		// registers the sentence before kept.)
		registers := registersOf(w, inSection || interest || titleOf(s.section) ||
			registered == s.block && wordIs(s.toks, 0, "the", "these", "those", "such") && wordIs(s.toks, 1, "register", "registers"))
		if inSection || titleOf(s.section) {
			for sg := range registersListed(w) {
				registers[sg] = true
			}
		}
		for _, sg := range []string{model.SafeguardRegister, model.SafeguardGiftsRegister, model.SafeguardProcurementRegister} {
			if registers[sg] {
				add(sg)
			}
		}
		// Published: a register of interests, or the interests declared,
		// made public; not a breach report or the gifts register alone.
		if (registers[model.SafeguardRegister] || interest && w.Has("declare")) && stated(w, "publish") {
			// The interests made public are a register of them, whatever
			// it is called.
			add(model.SafeguardRegister)
			add(model.SafeguardPublished)
		} else if registered == s.block && (anaphora(w.Toks) || allOfThem(w.Toks)) && stated(w, "publish") {
			add(model.SafeguardPublished)
		}
		if found[model.SafeguardRegister] {
			registered = s.block
		}
		if interest && dutyToDeclare(w) || (inSection || titleOf(s.section)) && declarationLabel(w) {
			add(model.SafeguardDeclaration)
		}
		// A quorum lost to withdrawals, not the general rule of a meeting
		// that has no quorum.
		// Withdrawals stated in this sentence, or in the one before it in
		// the same section ("Where the meeting is not quorate as a result").
		// In a section on conflicts, a quorum lost is lost to them.
		withdrawals := interest || inSection || w.Has("exclude") ||
			i > 0 && sents[i-1].section == s.section && (sents[i-1].w.Has("exclude") || sents[i-1].w.Has("interest"))
		fallback := w.Has("quorum-word") && withdrawals &&
			(w.Has("inquorate") || len(w.Match("quorum-lost")) > 0 || w.Has("quorum-remedy")) &&
			!notCounted(w)
		if fallback {
			add(model.SafeguardQuorumFallback)
		}
		// Withdrawal laid down by the main clause: not "where a member's
		// withdrawal would leave the meeting inquorate", nor "will not be
		// required to withdraw".
		if (interest || inSection) && excludes(w) {
			add(model.SafeguardExclusion)
		}
		if w.Has("guardian") && (!w.Has("other-guardian") || namesConflictsGuardian(w)) && !w.Has("hypothetical") {
			add(model.SafeguardGuardian)
		}
	}
	return out
}

// notCounted reports whether a sentence only says a conflicted member is
// not counted towards the quorum ("A member with a conflict of interest
// in an item does not count towards the quorum for that item"), which
// says how a quorum is reckoned, not what happens when withdrawals leave
// a meeting inquorate.
func notCounted(w *language.Sentence) bool {
	toks := w.Toks
	if w.Has("inquorate") || hasWordBetween(toks, 0, len(toks), "co-opt", "co-opted", "defer", "deferred", "adjourn", "adjourned",
		"refer", "referred", "reduced", "postpone", "postponed", "remains", "remain") {
		return false
	}
	for i, t := range toks {
		if t.Word != "quorum" {
			continue
		}
		for j := max(0, i-5); j < i; j++ {
			if wordIs(toks, j, "count", "counts", "counted") && hasWordBetween(toks, max(0, j-3), j, "not", "never") {
				return true
			}
		}
	}
	return false
}

// namesConflictsGuardian reports whether the sentence names the conflicts
// of interest guardian itself, beside another ("to the Freedom to Speak Up
// Guardian rather than to the Conflicts of Interest Guardian").
func namesConflictsGuardian(w *language.Sentence) bool {
	for _, p := range w.Find("guardian") {
		if p.End-p.Start > 1 && w.At(p.Start, "other-guardian") <= p.Start && !w.HasIn("other-guardian", max(0, p.Start-3), p.Start) {
			return true
		}
	}
	return false
}

// anaphora reports whether a sentence speaks of what the one before it
// named: "We publish them", "These are published", "All three are
// published".
func anaphora(toks []language.Token) bool {
	for i := range toks {
		if wordIs(toks, i, "them", "they", "these", "those", "it", "both", "each") {
			return true
		}
		if wordIs(toks, i, "all") && (wordIs(toks, i+1, "two", "three", "four", "of") || wordIs(toks, i+1, "are", "is")) {
			return true
		}
	}
	return false
}

// stated reports whether a phrase of the set stands in the sentence and
// no negation stands before it in its clause.
func stated(w *language.Sentence, set string) bool {
	toks := w.Toks
	for _, p := range w.Find(set) {
		if !negated(w, clauseStart(toks, p.Start), p.Start) {
			return true
		}
	}
	return false
}

// excludes reports whether the main clause of a sentence says that
// someone withdraws or takes no part.
func excludes(w *language.Sentence) bool {
	toks := w.Toks
	parts := conditionParts(w)
	found := w.Find("exclude")
	// "shall not in any event take part in the discussion": the words
	// of the set with others between.
	for _, m := range w.Match("excluding") {
		found = append(found, language.Phrase{Start: m.Start, End: m.End})
	}
	for _, p := range found {
		if part := partAt(parts, p.Start); part.kind != segMain && !butNot(toks, part, p) && !meetingWhereThenAnd(toks, part, p.Start) && !mainAfterOpening(toks, parts, part, p.Start) {
			continue
		}
		if relative(w, p.Start) {
			continue // "members who withdraw shall still be counted"
		}
		if toks[p.Start].Word != "not" && verbNegated(w, p.Start) {
			continue
		}
		if word := toks[p.Start].Word; word == "withdrawal" && w.Has("quorum-word") {
			continue
		}
		return true
	}
	return false
}

// mainAfterOpening reports whether the word at i is the main clause's
// verb after the conditions a sentence (or a clause after a semicolon)
// opens with, though the condition part runs on to it: closed by a comma
// ("Where …, and unless the chair has agreed that the member may stay,
// the member leaves the meeting"; "If …, then, unless the chair decides
// …, the person withdraws") or by no mark at all ("Where the interest is
// material the member leaves the room", "…; unless the chair rules
// otherwise the member takes no part"), the condition having a verb of
// its own and a new subject standing just before i. Not "If a member
// withdraws the quorum is recounted".
func mainAfterOpening(toks []language.Token, parts []conditionPart, part conditionPart, i int) bool {
	// ("Unless the chair rules, after taking advice, that …, a member …
	// leaves": the aside that opens with "after" is the condition's.)
	if part.kind != segRequire && part.kind != segLimit || !wordIs(toks, part.start, "where", "if", "when", "whenever", "unless", "except", "after", "save") && !asideOfOpening(toks, parts, part) {
		return false
	}
	// Only conditions, and the words that join them, stand before it in
	// its clause (a clause after a semicolon starts afresh).
	from := 0
	for k := part.start - 1; k >= 0; k-- {
		// (So does one after ", and,": "…, decides how it is to be
		// managed, and, unless the interest is too remote to matter, the
		// member takes no part".)
		if wordIs(toks, k, ";") || wordIs(toks, k, ",") && wordIs(toks, k-1, "and") && wordIs(toks, k-2, ",") {
			from = k + 1
			break
		}
	}
	for _, p := range parts {
		if p.start >= part.start {
			break
		}
		if p.kind != segMain {
			continue
		}
		for k := max(p.start, from); k < p.end; k++ {
			if !wordIs(toks, k, ",", "and", "then", ";") && !(k <= 1 && toks[k].Punct) {
				return false
			}
		}
	}
	subject := i - 1
	if wordIs(toks, subject, "shall", "must", "will", "should") {
		subject-- // "…, the individual shall withdraw"
	}
	if wordIs(toks, subject, ":") {
		subject-- // a lead-in joined to its item: "…, the member: leaves the room …"
	}
	if wordIs(toks, subject, "concerned") {
		subject-- // "Where an interest is declared: the person concerned leaves …"
	}
	switch {
	case wordIs(toks, subject, "they", "he", "she"):
	case subject >= 1 && wordIs(toks, subject-1, "the", "that", "this") && wordIs(toks, subject, "member", "person", "individual", "practice", "representative"):
		subject--
	default:
		// ", a member with a declared interest leaves": a subject of a
		// few words after the comma that closes the condition.
		k := subject
		for k > part.start && subject-k < 12 && !wordIs(toks, k, ",", ":") {
			k--
		}
		// (Or ", anyone with a conflict of interest in an item
		// withdraws".)
		if !wordIs(toks, k, ",", ":") || !(wordIs(toks, k+1, "a", "an", "the", "any", "each", "every", "that", "this") &&
			wordIs(toks, k+2, "member", "members", "person", "persons", "individual", "individuals", "representative") ||
			wordIs(toks, k+1, "anyone", "anybody", "everyone", "whoever")) {
			return false
		}
		subject = k + 1
	}
	if subject <= part.start+1 {
		return false
	}
	if wordIs(toks, subject-1, ",", "otherwise") {
		return true // "…, the member leaves", "unless the chair decides otherwise the member …"
	}
	for k := part.start + 1; k < subject; k++ {
		if toks[k].Punct {
			return false
		}
		if wordIs(toks, k, "is", "are", "has", "have", "was", "were", "holds", "arises") {
			return true
		}
	}
	return false
}

// asideOfOpening reports whether a condition part is an aside within the
// condition a sentence opens with: "Save where the chair of the meeting,
// with the agreement of the Guardian, has allowed …" (the aside begins a
// part of its own at "with the agreement of").
func asideOfOpening(toks []language.Token, parts []conditionPart, part conditionPart) bool {
	if !wordIs(toks, part.start, "with") || !wordIs(toks, part.start-1, ",") {
		return false
	}
	for _, p := range parts {
		if p.end > part.start || p.end <= p.start {
			continue
		}
		if (p.kind == segRequire || p.kind == segLimit) && p.start <= 1 && wordIs(toks, p.start, "where", "if", "when", "whenever", "unless", "except", "save") {
			return true
		}
	}
	return false
}

// meetingWhereThenAnd reports whether a condition part is a meeting's
// relative clause ("at the start of any meeting where it matters") and
// the word at i comes after ", and", back in the main clause: "…
// declares an interest … at any meeting where it matters, and withdraws
// from the discussion and vote".
func meetingWhereThenAnd(toks []language.Token, part conditionPart, i int) bool {
	if part.kind != segRequire || part.start < 1 || !wordIs(toks, part.start, "where", "when") || !wordIs(toks, part.start-1, "meeting", "meetings", "item", "items") {
		return false
	}
	for k := part.start + 1; k+1 < i; k++ {
		if wordIs(toks, k, ",") && wordIs(toks, k+1, "and") {
			return true
		}
	}
	return false
}

// registersOf returns the safeguards of the registers a sentence names:
// a register is of the topics named in the words after it (up to a verb
// or the end of the clause) or just before it ("gifts and hospitality
// register"). A register of no stated topic counts as one of interests
// where the sentence is about interests.
func registersOf(w *language.Sentence, aboutInterests bool) map[string]bool {
	toks := w.Toks
	out := map[string]bool{}
	registers := w.Find("register")
	// "a record of gifts and hospitality": a register of what it is of,
	// when that is a register's topic; never one of interests by default.
	records := w.Find("record-of")
	for k, p := range append(registers[:len(registers):len(registers)], records...) {
		recordOnly := k >= len(registers)
		if negated(w, clauseStart(toks, p.Start), p.Start) || w.Has("hypothetical") {
			continue // "does not keep a register", "consider whether a register should be set up"
		}
		typed := false
		from := max(0, p.Start-4)
		if recordOnly {
			from = p.End
		}
		skipFrom, skipTo := -1, -1
		if !recordOnly && enteredIn(toks, p.Start) {
			// "Every decision to award a contract will be entered in a
			// register": what is entered is what the register is of; past
			// an aside between commas ("… records each of its procurement
			// decisions, with the way any conflict was handled, in a
			// register").
			from = clauseStart(toks, p.Start)
			if from > 1 && wordIs(toks, from-1, ",") && !w.HasIn("register", clauseStart(toks, from-2), from) {
				if prev := clauseStart(toks, from-2); from-prev <= 12 && prev > 1 {
					skipFrom, skipTo = prev, from // the aside's words say nothing of what is recorded
					from = clauseStart(toks, prev-2)
				}
			}
		}
		end := p.End + registerReach
		if recordOnly {
			// What a record is of comes at once: "a record of all gifts",
			// not "a record of every breach of its conflicts of interest
			// policy".
			end = p.End + 3
		}
		// "The registers the Group must keep (of the interests of …, of
		// gifts and hospitality, and of procurement decisions)": the
		// brackets say what they are of, past the clause between.
		open, closing := topicsInBrackets(toks, p.End)
		if open >= 0 {
			end = max(end, closing)
		}
		// "registers of the interests of its members, …, committee members
		// and employees, and of gifts and hospitality": a long list of
		// whose interests does not end the registers' names before the
		// next ", and of".
		// (Or past semicolons: "registers of the interests of …; of gifts
		// and hospitality offered and accepted; and of every procurement
		// decision".)
		for k := p.End; !recordOnly && k+2 < len(toks) && k < p.End+40; k++ {
			if anotherOf(toks, k) {
				end = max(end, k+registerReach)
				continue
			}
			if toks[k].Punct && toks[k].Word != "," || w.At(k, "register-stop") > k {
				break
			}
		}
		for j := from; j < len(toks) && j < end; j++ {
			if j >= p.End && !recordOnly && wordIs(toks, j, ";") && anotherOf(toks, j) {
				continue
			}
			if j >= p.End && (open < 0 || j < open) && (w.At(j, "register-stop") > j || w.At(j, "limit") > j || w.At(j, "require") > j && !topicWithin(w, j+1, j+4)) {
				if open >= 0 {
					j = open // the clause between ends at the brackets
					continue
				}
				break // a verb, a relative or a condition ends the register's name
			}
			if !recordOnly && wordIs(toks, j, ",") && (wordIs(toks, j+1, "of") || wordIs(toks, j+1, "and") && wordIs(toks, j+2, "of")) {
				// "registers of the interests so declared, of gifts and
				// hospitality, and of its procurement decisions": each
				// ", of …" names another register.
				end = max(end, j+registerReach)
			}
			if w.At(j, "register-other") > j {
				typed = true // a register of practices, of seals, of risks
			}
			if j >= skipFrom && j < skipTo {
				continue
			}
			for _, t := range registerTopics {
				if w.At(j, t.set) > j {
					// "register of procurement decisions" is not also a
					// register of interests because conflicts are named in
					// it: the first topic named is the register's.
					out[t.safeguard] = true
					typed = true
				}
			}
		}
		if !typed && aboutInterests && !recordOnly {
			out[model.SafeguardRegister] = true
		}
	}
	return out
}

// anotherOf reports whether the comma or semicolon at k goes on to
// another register of the list: ", of …", "; and of …".
func anotherOf(toks []language.Token, k int) bool {
	return wordIs(toks, k, ",", ";") && (wordIs(toks, k+1, "of") || wordIs(toks, k+1, "and") && wordIs(toks, k+2, "of"))
}

// topicsInBrackets finds, within six tokens after a register's name, an
// opening bracket followed by "of" ("(of the interests of …)"), and its
// closing bracket; -1 when there is none.
func topicsInBrackets(toks []language.Token, i int) (open, closing int) {
	for k := i; k < len(toks) && k < i+6; k++ {
		if toks[k].Word == "(" && wordIs(toks, k+1, "of") {
			for c := k + 1; c < len(toks) && c < k+60; c++ {
				if toks[c].Word == ")" {
					return k, c
				}
			}
			return -1, -1
		}
	}
	return -1, -1
}

// topicWithin reports whether a register's topic stands in tokens [from,
// to): "a register of the decisions it takes when procuring services",
// where "when" goes on saying what the register is of.
func topicWithin(w *language.Sentence, from, to int) bool {
	for j := from; j < to && j < len(w.Toks); j++ {
		for _, t := range registerTopics {
			if w.At(j, t.set) > j {
				return true
			}
		}
	}
	return false
}

// enteredIn reports whether the register at i is where something is put:
// "entered in a register", "recorded on the register".
func enteredIn(toks []language.Token, i int) bool {
	j := i - 1
	if wordIs(toks, j, "separate", "single", "central", "dedicated", "public", "own", "corporate") {
		j-- // "entered in a separate register"
	}
	if j >= 0 && (toks[j].Word == "a" || toks[j].Word == "the" || toks[j].Word == "its") {
		j--
	}
	return j >= 0 && (toks[j].Word == "in" || toks[j].Word == "on" || toks[j].Word == "into" || toks[j].Word == "onto")
}

// dutyToDeclare reports whether the sentence lays down a duty to declare:
// a word of duty before a word of declaring ("members must declare",
// "interests will be declared"), or declarations called for ("asking for
// declarations", "declarations of interest shall be a standing item");
// not a declaration already made ("a member who has declared an interest",
// "for every interest declared") and not a duty denied ("need not be
// declared").
func dutyToDeclare(w *language.Sentence) bool {
	toks := w.Toks
	if w.Has("declare-call") {
		return true
	}
	for _, p := range w.Find("declare") {
		from := clauseStart(toks, p.Start)
		if negated(w, from, p.Start) && !w.HasIn("limit", p.End, len(toks)) {
			// "need not be declared again unless it bears on an item":
			// the exception is a duty.
			continue
		}
		word := toks[p.Start].Word
		if p.Start == from && imperativeVerb(word) && !wordIs(toks, p.End, "of") && w.HasIn("interest", p.End, min(len(toks), p.End+8)) {
			// "Tell the Governance Lead of any interest when you are
			// appointed", a rule in the imperative, at the start of its
			// clause.
			return true
		}
		if word == "declared" && plainPassive(w, from, p.Start) {
			// "Interests are declared on appointment and at the start of
			// each meeting": the plain present of the passive states the
			// rule.
			return true
		}
		if word == "declared" && wordIs(toks, p.Start-1, "be") && wordIs(toks, p.Start-2, ",") {
			// "Any interest … shall, by the individual concerned and within
			// 28 days of their becoming aware of it, be declared to …": the
			// duty stands before the aside.
			for j := p.Start - 3; j > 0; j-- {
				if wordIs(toks, j, ",") {
					if w.At(j-1, "duty") == j {
						return true
					}
					break
				}
			}
		}
		if word == "declared" && (p.Start > 0 && w.At(p.Start-1, "interest") == p.Start || w.At(p.End, "interest") > p.End) {
			continue // "interest declared", "declared interests"
		}
		for j := from; j < p.Start; j++ {
			// Not a relative clause on what is declared: "is not … an
			// interest that has to be declared".
			if w.At(j, "duty") > j && !wordIs(toks, j-1, "that", "which") {
				return true
			}
		}
		// "Members declare any interest in the business before it is
		// discussed": the plain present states the rule, as "the Chair
		// presides" does; not in a relative or conditional clause ("a
		// member who declares an interest", "if a member declares").
		// "Whenever a member … has an interest that conflicts …, they
		// declare it": the pronoun is the interest the condition names.
		if (word == "declare" || word == "declares") && !relative(w, p.Start) && !wordIs(toks, p.Start-1, "to") &&
			!wordIs(toks, from, "if", "where", "when", "whenever", "unless", "once") &&
			(w.HasIn("interest", p.End, min(len(toks), p.End+4)) || wordIs(toks, p.End, "it", "them") && w.HasIn("interest", 0, p.Start)) {
			return true
		}
	}
	return false
}

// butNot reports whether an exclusion is the "but not" of a limit: "join
// in the discussion but not in the decision-making".
func butNot(toks []language.Token, part conditionPart, p language.Phrase) bool {
	return part.kind == segLimit && toks[p.Start].Word == "not" && part.start == p.Start-1 && toks[part.start].Word == "but"
}

// imperativeVerb reports whether a word of declaring is the bare verb, as
// an instruction has it ("Declare …", "Tell …"), not a noun ("Disclosure
// of …") or another form.
func imperativeVerb(word string) bool {
	switch word {
	case "declare", "disclose", "notify", "tell", "inform":
		return true
	}
	return false
}

// plainPassive reports whether the participle at i is the verb of its
// clause in the plain present, with interests its subject: "Interests
// are declared …", "Any interest is declared …"; not a relative clause
// ("interests that are declared are recorded"), a condition ("where
// interests are declared, …") or a question ("detail on how interests are
// declared").
func plainPassive(w *language.Sentence, from, i int) bool {
	toks := w.Toks
	if !wordIs(toks, i-1, "are", "is") || wordIs(toks, from, "if", "where", "when", "unless", "once", "whether") {
		return false
	}
	for j := from; j < i-1; j++ {
		if wordIs(toks, j, "that", "which", "who", "whether", "if", "where", "when", "how", "what", "why") {
			return false
		}
		if w.At(j, "interest") == i-1 {
			return true
		}
	}
	return false
}

// relative reports whether token i is the verb of a relative clause of
// the subject: "members who withdraw from an item shall still be
// counted", "those who have withdrawn". The relative pronoun stands just
// before the verb; "a member who has an interest is excluded" puts the
// clause's own verb and object between them, and its main verb after.
func relative(w *language.Sentence, i int) bool {
	toks := w.Toks
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].Word {
		case "who", "which", "whom":
			return true
		case "have", "has", "had", "are", "is", "were", "was", "do", "does", "then", "also":
			continue
		}
		return false
	}
	return false
}

// verbNegated reports whether the verb group before token i holds a
// negation: "will not be required to withdraw", but not "should not
// receive the papers and should leave".
func verbNegated(w *language.Sentence, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if w.At(j, "negation") > j && !comparator(w.Toks, j) {
			return true
		}
		if w.At(j, "verb-group") <= j {
			return false
		}
	}
	return false
}

// registersListed reads the registers a terse clause lists after a label:
// "Registers: interests (…); gifts and hospitality; procurement
// decisions", "Registers kept: interests; gifts and hospitality; …".
// Each item is a register of what it names.
func registersListed(w *language.Sentence) map[string]bool {
	toks := w.Toks
	out := map[string]bool{}
	if len(toks) < 3 || w.At(0, "register") <= 0 {
		return out
	}
	k := w.At(0, "register")
	if wordIs(toks, k, "kept", "maintained", "held") {
		k++
	}
	if !wordIs(toks, k, ":") {
		return out
	}
	from := k + 1
	for j := from; j <= len(toks); j++ {
		if j < len(toks) && !wordIs(toks, j, ";", ".") {
			continue
		}
		switch {
		case w.HasIn("gifts", from, j):
			out[model.SafeguardGiftsRegister] = true
		case w.HasIn("procurement", from, j):
			out[model.SafeguardProcurementRegister] = true
		case w.HasIn("interest", from, j):
			out[model.SafeguardRegister] = true
		}
		from = j + 1
		if j < len(toks) && wordIs(toks, j, ".") {
			break
		}
	}
	return out
}

// declarationLabel reports whether a terse clause opens on declaring
// after a label: "Declarations: in writing, within 28 days of …",
// "Declared in writing: on appointment; …", in a section on interests.
func declarationLabel(w *language.Sentence) bool {
	toks := w.Toks
	for i := range toks {
		// At the start, or after a full stop: a table's row read as one
		// sentence of labelled cells ("…. Declares: any interest …").
		if i > 0 && !wordIs(toks, i-1, ".") || !wordIs(toks, i, "declarations", "declaration", "declared", "declare", "declares") {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if wordIs(toks, k, ":") {
				return true
			}
		}
	}
	return false
}

// allOfThem reports whether a sentence opens on the registers named
// before it as a whole: "All three published on the CCG website", "Each
// published on …".
func allOfThem(toks []language.Token) bool {
	return wordIs(toks, 0, "each", "both") && wordIs(toks, 1, "published", "is", "are") ||
		wordIs(toks, 0, "all") && wordIs(toks, 2, "published", "are")
}
