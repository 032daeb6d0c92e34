package extract

import (
	"strconv"
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// icbReader reads the board of an integrated care board from a document's
// sentences, lists and tables.
type icbReader struct {
	d      *document
	reader *language.Reader
	// sectionRole caches the role a section's title names (or its
	// ancestors'), "" for none.
	sectionRole map[int]string
	// tableAppointments are read from the "appointed by" column of the
	// board's table.
	tableAppointments []model.AppointmentFact
	// memberLines are the lines of the board's members, and boardRoles
	// their roles in order.
	memberLines map[int]bool
	boardRoles  []string
	// sents are the document's sentences, and cur the index of the one
	// being read.
	sents []sentence
	cur   int
	// titles are the executives' titles that a sentence says stand for a
	// role of the board ("the Executive Director of Clinical and
	// Professional Services, who is the ICB's medical director").
	titles map[string]string
}

// mention is a phrase of a sentence that names a board member or an actor.
type mention struct {
	start, end int
	// role is the member it names (a Role constant, "partner" until its
	// kind is known, "ordinary"), or "" when it names no member.
	role string
	// actor is the actor it names, or "".
	actor string
	// neutral is true for a chair or member of something else: "Deputy
	// Chair", "Chair of the Audit Committee".
	neutral bool
}

const rolePartner, roleOrdinary = "partner", "ordinary"

// mentionSets are the sets a mention is read from, with what each names.
// At a token the longest phrase wins, the first set on a tie.
var mentionSets = []struct{ set, role, actor string }{
	{"icb-deputy-chair", "", ""},
	{"icb-senior-independent", "", ""},
	{"icb-role-chair", model.RoleChair, model.ActorChair},
	{"icb-role-chief-executive", model.RoleChiefExecutive, model.ActorChiefExecutive},
	{"icb-role-partner", rolePartner, ""},
	{"icb-role-executive-finance", model.RoleExecutiveFinance, ""},
	{"icb-role-executive-medical", model.RoleExecutiveMedical, ""},
	{"icb-role-executive-nursing", model.RoleExecutiveNursing, ""},
	{"icb-role-non-executive", model.RoleNonExecutive, ""},
	{"icb-role-executive", model.RoleExecutiveOther, ""},
	{"icb-role-ordinary", roleOrdinary, ""},
	{"icb-role-other", model.RoleOther, ""},
	{"nhs-england", "", model.ActorNHSEngland},
	{"icb-secretary-of-state", "", model.ActorSecretaryOfState},
	{"icb-board", "", model.ActorBoard},
	{"icb-icb", "", model.ActorICB},
	{"icb-foundation-trusts", "", model.ActorFoundationTrusts},
	{"icb-nhs-trusts", "", model.ActorNHSTrusts},
	{"icb-primary-medical-services", "", model.ActorPrimaryMedicalService},
	{"icb-local-authorities", "", model.ActorLocalAuthorities},
	{"icb-other-actor", "", model.ActorOther},
}

// mentions lists the phrases of a sentence that name members or actors,
// in order and never overlapping.
func mentions(w *language.Sentence) []mention {
	var out []mention
	toks := w.Toks
	for i := 0; i < len(toks); i++ {
		best, end := -1, i
		for k, ms := range mentionSets {
			if e := w.At(i, ms.set); e > end {
				best, end = k, e
			}
		}
		if best < 0 {
			continue
		}
		ms := mentionSets[best]
		if ms.role == model.RoleChair && chairVerb(toks, i) {
			i = end - 1
			continue // "chaired by", "who chairs the Audit Committee": the verb
		}
		m := mention{start: i, end: end, role: ms.role, actor: ms.actor, neutral: ms.role == "" && ms.actor == ""}
		if m.role == model.RoleChair && chairOfOther(w, m) || m.role == model.RoleChiefExecutive && chiefExecutiveOfOther(w, m) {
			m.neutral, m.role, m.actor = true, "", ""
		}
		// "NHS England" read as the NHS trusts' "NHS": the set of NHS
		// England is longer only when it names it.
		out = append(out, m)
		i = end - 1
	}
	return out
}

// chairVerb reports whether the word "chair" at token i is the verb:
// "chaired by", "who chairs", "will chair the Audit Committee", "to chair
// meetings"; "the Chair", "may be Chair" name the office.
func chairVerb(toks []language.Token, i int) bool {
	switch toks[i].Word {
	case "chaired", "chairs", "chairing":
		return !wordIs(toks, i-1, "the", "committee", "their", "its", "all", "both")
	case "chair":
		return wordIs(toks, i-1, "will", "shall", "may", "must", "can", "could", "would", "should", "to", "not", "also",
			"who", "which", "does", "do", "did", "normally", "usually", "jointly")
	}
	return false
}

// chiefExecutiveOfOther reports whether a chief executive is another
// body's: "the chief executive of one of those trusts", "chief executive of
// a provider of acute services"; not "the Chief Executive of the ICB".
func chiefExecutiveOfOther(w *language.Sentence, m mention) bool {
	toks := w.Toks
	if !wordIs(toks, m.end, "of") {
		return false
	}
	other := false
	for j := m.end + 1; j < len(toks) && j < m.end+8 && !toks[j].Punct; j++ {
		if w.At(j, "icb-icb") > j || w.At(j, "icb-board") > j || w.At(j, "icb-title") > j {
			return false // "of the ICB", "of NHS Westshire Integrated Care Board"
		}
		other = other || !wordIs(toks, j, "the", "this", "our")
	}
	return other
}

// chairOfOther reports whether a chair is another body's: "Chair of the
// Audit Committee", "the Audit Committee Chair", "committee chair".
func chairOfOther(w *language.Sentence, m mention) bool {
	toks := w.Toks
	if m.start > 0 && w.At(m.start-1, "icb-committee") == m.start {
		return true
	}
	if m.start > 1 && (w.At(m.start-2, "icb-audit-committee") == m.start || w.At(m.start-2, "icb-remuneration-committee") == m.start) {
		return true
	}
	if m.end < len(toks) && (toks[m.end].Word == "of" || toks[m.end].Word == "for") {
		for j := m.end + 1; j < len(toks) && j < m.end+7; j++ {
			if toks[j].Punct {
				return false
			}
			if w.At(j, "icb-committee") > j || w.At(j, "icb-icb") > j && toks[j].Word != "icb" {
				return w.At(j, "icb-committee") > j
			}
			if toks[j].Word == "icb" || toks[j].Word == "board" {
				return false
			}
		}
	}
	return false
}

// partnerKind is the role of a partner member by who nominates it: the
// actors named just before the phrase ("local authority partner member")
// or in the words after it up to the end of its clause ("nominated by the
// NHS trusts …", "(primary medical services)"), else "".
func partnerKind(ms []mention, k int, w *language.Sentence) string {
	m := ms[k]
	toks := w.Toks
	if k > 0 && ms[k-1].end >= m.start-1 && ms[k-1].start >= m.start-5 {
		if r := kindOfActor(ms[k-1].actor); r != "" {
			return r
		}
	}
	for j := k + 1; j < len(ms); j++ {
		n := ms[j]
		if n.start > m.end+16 || n.role != "" {
			break
		}
		if clauseBreak(toks, m.end, n.start) {
			break
		}
		if r := kindOfActor(n.actor); r != "" {
			return r
		}
	}
	return ""
}

// clauseBreak reports whether a semicolon stands in tokens [i, j).
func clauseBreak(toks []language.Token, i, j int) bool {
	for ; i < j && i < len(toks); i++ {
		if toks[i].Word == ";" {
			return true
		}
	}
	return false
}

// kindOfActor is the partner member a body nominates.
func kindOfActor(actor string) string {
	switch actor {
	case model.ActorNHSTrusts, model.ActorFoundationTrusts:
		return model.RolePartnerTrusts
	case model.ActorPrimaryMedicalService:
		return model.RolePartnerPrimaryMedical
	case model.ActorLocalAuthorities:
		return model.RolePartnerLocalAuthority
	}
	return ""
}

// nominatorsOf are the bodies that nominate a partner member of a kind.
func nominatorsOf(role string) []string {
	switch role {
	case model.RolePartnerTrusts:
		return []string{model.ActorNHSTrusts, model.ActorFoundationTrusts}
	case model.RolePartnerPrimaryMedical:
		return []string{model.ActorPrimaryMedicalService}
	case model.RolePartnerLocalAuthority:
		return []string{model.ActorLocalAuthorities}
	}
	return []string{}
}

// resolve gives each partner mention its kind (from its words, else the
// section's, else partner-other) and ordinary members the role "other".
func (r *icbReader) resolve(ms []mention, w *language.Sentence, section int) {
	for k := range ms {
		if ms[k].role == model.RoleExecutiveOther && len(r.titles) > 0 {
			key, _ := titleKey(w.Toks, ms[k].start)
			if role, ok := r.titles[key]; ok {
				ms[k].role = role
			}
		}
		if ms[k].role != rolePartner {
			continue
		}
		kind := partnerKind(ms, k, w)
		if kind == "" {
			if sr := r.roleOfSection(section); isPartner(sr) {
				kind = sr
			}
		}
		if kind == "" {
			kind = model.RolePartnerOther
		}
		ms[k].role = kind
	}
}

// titleKey is the title that begins at token i, up to a comma, bracket,
// "who", a verb ("is", "will") or "and the" (at most twelve words), and the
// token it stops at.
func titleKey(toks []language.Token, i int) (string, int) {
	var words []string
	j := i
	for ; j < len(toks) && j < i+12; j++ {
		if toks[j].Punct || wordIs(toks, j, "who", "which", "being", "with", "is", "are", "will", "shall", "must", "acts") ||
			wordIs(toks, j, "and", "or") && wordIs(toks, j+1, "the", "a", "an") {
			break
		}
		words = append(words, toks[j].Word)
	}
	return strings.Join(words, " "), j
}

// executiveTitles reads the titles that sentences say stand for an
// executive role: "the Executive Director of Clinical and Professional
// Services, who is the ICB's medical director", "the Chief Operating
// Officer (the director of finance)".
func executiveTitles(sents []sentence) map[string]string {
	out := map[string]string{}
	for i := range sents {
		w := sents[i].w
		if !w.Has("icb-role-executive") {
			continue
		}
		toks := w.Toks
		ms := mentions(w)
		for k := 0; k+1 < len(ms); k++ {
			if ms[k].role != model.RoleExecutiveOther {
				continue
			}
			n := k + 1
			if ms[n].role == "" && wordIs(toks, ms[n].end, "'s") && n+1 < len(ms) {
				n++ // "who is the ICB's medical director"
			}
			switch ms[n].role {
			case model.RoleExecutiveFinance, model.RoleExecutiveMedical, model.RoleExecutiveNursing:
			default:
				continue
			}
			key, e := titleKey(toks, ms[k].start)
			j := e
			// Only words that say one is the other link them: "…, who is
			// the ICB's medical director", "… (the director of finance)";
			// ", the Executive Medical Director" is the next in a list.
			linked := wordIs(toks, j, "(")
			if wordIs(toks, j, ",", "(") {
				j++
			}
			for j < ms[n].start {
				if n == k+2 && j == ms[k+1].start {
					j = ms[k+1].end // the possessor: "the Integrated Care Board's"
					continue
				}
				if !wordIs(toks, j, "who", "is", "will", "be", "shall", "acts", "act", "as", "being", "the", "our", "icb", "'s", "its", "also") {
					break
				}
				linked = linked || wordIs(toks, j, "who", "is", "will", "be", "shall", "acts", "act", "as", "being")
				j++
			}
			if j == ms[n].start && e > ms[k].end && linked {
				out[key] = ms[n].role
			}
		}
	}
	return out
}

func isPartner(role string) bool { return strings.HasPrefix(role, "partner-") }

// roleOfSection is the member a section's title (or an ancestor's) is
// about: "3.10 Director of Nursing", "Partner Member – local authorities".
func (r *icbReader) roleOfSection(i int) string {
	if i < 0 {
		return ""
	}
	if role, ok := r.sectionRole[i]; ok {
		return role
	}
	sec := r.d.sections[i]
	role := r.roleOfTitle(sec.Title, false)
	if role == model.RolePartnerOther && !containsFold(sec.Title, "members") {
		// "3.4 Partner Member – acute hospital services", whose first
		// clause says who nominates: "Each NHS trust and foundation trust
		// that provides acute hospital services … may nominate"; not a
		// section on the partner members of every sector.
		role = r.sectorOfSection(i, role)
	}
	if role == "" && sec.Parent >= 0 && sec.Parent != i {
		role = r.roleOfSection(sec.Parent)
	}
	r.sectionRole[i] = role
	return role
}

// sectorOfSection is the partner member of the sector whose bodies the
// first paragraph of section i says nominate, or role when it names none.
func (r *icbReader) sectorOfSection(i int, role string) string {
	for _, b := range r.d.blocks {
		if b.SectionIndex != i {
			continue
		}
		w := r.reader.Read(language.Tokenize(b.Text))
		if !w.Has("icb-nominate") {
			return role
		}
		for _, m := range mentions(w) {
			if kind := kindOfActor(m.actor); kind != "" {
				return kind
			}
		}
		return role
	}
	return role
}

// roleOfTitle is the member a title names ("Partner Member – local
// authorities"), or "" for none. bySector also reads a title that names
// only the sector a partner member is nominated by ("Local authorities",
// a table's column).
func (r *icbReader) roleOfTitle(title string, bySector bool) string {
	w := r.reader.Read(language.Tokenize(title))
	ms := mentions(w)
	role := ""
	for k, m := range ms {
		if m.role == "" || m.neutral {
			if kind := kindOfActor(m.actor); bySector && role == "" && kind != "" {
				return kind
			}
			continue
		}
		role = m.role
		if role == rolePartner {
			role = partnerKind(ms, k, w)
			if role == "" {
				role = model.RolePartnerOther
			}
		}
		break
	}
	if role == roleOrdinary {
		role = ""
	}
	return role
}

// tableSentences are the cells of tables that give each kind of member a
// column of its own, a row for each stage of how it is nominated or
// appointed ("| Stage | NHS trusts and foundation trusts | Primary medical
// services | Local authorities |"): each cell is read as a sentence about
// its column's member.
func (r *icbReader) tableSentences() []sentence {
	var out []sentence
	for _, t := range r.d.tables {
		if len(t.Header) < 3 || r.roleOfTitle(t.Header[0], true) != "" {
			continue
		}
		roles := make([]string, len(t.Header))
		n := 0
		for c := 1; c < len(t.Header); c++ {
			if roles[c] = r.roleOfTitle(t.Header[c], true); roles[c] != "" {
				n++
			}
		}
		if n < 2 {
			continue
		}
		for _, row := range t.Rows {
			for c := 1; c < len(row.Cells) && c < len(roles); c++ {
				text := strings.TrimSpace(row.Cells[c])
				if roles[c] == "" || len(strings.Fields(text)) < 3 {
					continue
				}
				toks := language.Tokenize(text)
				out = append(out, sentence{text: text, toks: toks, line: row.Line, section: t.Section, block: -1, lead: -1,
					role: roles[c], w: r.reader.Read(toks)})
			}
		}
	}
	return out
}

// countOf reads a count written as a word or in digits, 1 to 99: "four",
// "both", "12".
func countOf(word string) (int, bool) {
	if n, ok := icbCounts[word]; ok {
		return n, true
	}
	if v, err := strconv.Atoi(word); err == nil && v > 0 && v < 100 {
		return v, true
	}
	return 0, false
}

// icbCounts are counts written as words.
var icbCounts = map[string]int{
	"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"both": 2,
}

// countBefore reads the count of the member named at token i: "at least
// two Non-Executive Members" is 2, minimum; "the Chair" 1; a plural with
// no count ("the Non-Executive Members") is 1, minimum.
func countBefore(w *language.Sentence, i, end int) (int, bool) {
	toks := w.Toks
	number := func(word string) (int, bool) {
		if word == "a" || word == "an" {
			return 0, false
		}
		return countOf(word)
	}
	// "five (5) Independent Non-Executive Members": the figure in
	// brackets repeats the word.
	if i >= 3 && toks[i-1].Word == ")" && toks[i-3].Word == "(" {
		if n, ok := number(toks[i-2].Word); ok {
			return n, minimumBefore(w, i-4)
		}
	}
	// "Non-Executive Members: four".
	if end+1 < len(toks) && toks[end].Word == ":" {
		if n, ok := number(toks[end+1].Word); ok && (end+2 >= len(toks) || toks[end+2].Punct) {
			return n, false
		}
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := toks[j]
		if t.Punct {
			break
		}
		n, ok := icbCounts[t.Word]
		if !ok {
			if v, err := strconv.Atoi(t.Word); err == nil && v > 0 && v < 100 {
				n, ok = v, true
			}
		}
		if ok {
			return n, minimumBefore(w, j)
		}
		if t.Word == "the" || t.Word == "this" || t.Word == "its" || t.Word == "our" {
			break
		}
	}
	// "Partner Members – NHS trusts and foundation trusts (three)",
	// "Non-Executive Member (two posts)".
	for j := end; j < len(toks) && j < end+12; j++ {
		if toks[j].Word == ";" || toks[j].Word == ")" {
			break
		}
		if toks[j].Word == "(" && j+1 < len(toks) {
			n, ok := icbCounts[toks[j+1].Word]
			if v, err := strconv.Atoi(toks[j+1].Word); err == nil && v > 0 && v < 100 {
				n, ok = v, true
			}
			if ok && toks[j+1].Word != "a" && toks[j+1].Word != "an" {
				return n, false
			}
			break
		}
	}
	if end > i && plural(toks[end-1].Word) {
		return 1, true
	}
	return 1, false
}

func minimumBefore(w *language.Sentence, j int) bool {
	for k := max(0, j-4); k < j; k++ {
		if w.At(k, "icb-at-least") == j {
			return true
		}
	}
	return false
}

func plural(word string) bool {
	return strings.HasSuffix(word, "members") || strings.HasSuffix(word, "directors") || strings.HasSuffix(word, "officers")
}

// actorList sorts actors in the order of the model's constants and drops
// repeats.
func actorList(set map[string]bool) []string {
	return inOrder(set, model.ActorNHSEngland, model.ActorSecretaryOfState, model.ActorChair, model.ActorChiefExecutive,
		model.ActorBoard, model.ActorICB, model.ActorNHSTrusts, model.ActorFoundationTrusts,
		model.ActorPrimaryMedicalService, model.ActorLocalAuthorities, model.ActorOther)
}

// wordIs reports whether token i is one of the words.
func wordIs(toks []language.Token, i int, words ...string) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	for _, x := range words {
		if toks[i].Word == x {
			return true
		}
	}
	return false
}

// setBefore reports whether a phrase of the set ends within n tokens
// before token i (not crossing a clause break).
func setBefore(w *language.Sentence, set string, i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if w.Toks[j].Word == ";" {
			return false
		}
		if e := w.At(j, set); e > j && e <= i {
			return true
		}
	}
	return false
}
