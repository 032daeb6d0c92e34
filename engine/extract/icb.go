package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// icbNameRe finds an integrated care board's name on a title page: "NHS
// Kelderbrook Integrated Care Board", "NHS KELDERBROOK ICB".
var icbNameRe = lazyRe(`(?i)\bNHS\s+([A-Za-z][\w'’&,\- ]{0,80}?)\s+(Integrated\s+Care\s+Board|ICB)\b`)

// icbWordsRe says a title names an integrated care board without the
// "NHS … " form: "Constitution of the Integrated Care Board for …".
var icbWordsRe = lazyRe(`(?i)\bIntegrated\s+Care\s+Board\b`)

// family says whether a document is an integrated care board's
// constitution, and the board's name when the title page gives it: front
// matter `family` decides; else a name (front matter `ccg`, `name` or
// `icb`) or a title that names an Integrated Care Board. The title page is
// its first headings and blocks, as for a CCG's name, so that a CCG
// constitution that mentions the ICB replacing it stays a CCG's.
func family(doc *model.Document) (fam, name string) {
	fm := doc.FrontMatter
	if v, ok := fm.Extra["family"].(string); ok {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case model.FamilyICB:
			fam = model.FamilyICB
		case model.FamilyCCG:
			return model.FamilyCCG, ""
		}
	}
	if v, ok := fm.Extra["icb"].(string); ok && strings.TrimSpace(v) != "" {
		return model.FamilyICB, strings.TrimSpace(v)
	}
	if fm.CCG != "" {
		if icbWordsRe.MatchString(fm.CCG) {
			return model.FamilyICB, ""
		}
		if fam == "" {
			return model.FamilyCCG, ""
		}
	}
	for _, t := range titleTexts(doc) {
		if m := icbNameRe.FindStringSubmatch(t); m != nil {
			n := "NHS " + strings.Join(strings.Fields(m[1]), " ") + " " + strings.Join(strings.Fields(m[2]), " ")
			if n == strings.ToUpper(n) {
				n = titleCase(n)
				n = strings.ReplaceAll(n, " Icb", " ICB")
			}
			return model.FamilyICB, n
		}
		if icbWordsRe.MatchString(t) {
			return model.FamilyICB, ""
		}
		if ccgNameRe.MatchString(t) {
			break // a CCG's title page, whatever its body says of its successor
		}
	}
	if fam == "" {
		fam = model.FamilyCCG
	}
	return fam, ""
}

// titleTexts are the texts of the title page: the first blocks and the
// headings among them, in document order.
func titleTexts(doc *model.Document) []string {
	var out []string
	last := 0
	for i, b := range doc.Blocks {
		if i >= titleBlocks {
			break
		}
		last = b.Line
	}
	heads := 0
	for _, s := range doc.Sections {
		if heads >= 2 || (last > 0 && s.Line > last) {
			break
		}
		out = append(out, s.Heading)
		heads++
	}
	for i, b := range doc.Blocks {
		if i >= titleBlocks {
			break
		}
		out = append(out, b.Text)
	}
	return out
}

// icb reads what an integrated care board's constitution states of its
// board, from the sentences the facts were read from.
func (d *document) icb(reader *language.Reader, sents []sentence, doc *model.Document) *model.ICB {
	out := model.NewICB()
	r := &icbReader{d: d, reader: reader, sectionRole: map[int]string{}, sents: sents, titles: executiveTitles(sents)}
	out.Board = r.board(sents)
	r.memberLines = map[int]bool{}
	for _, m := range out.Board.Members {
		r.memberLines[m.Line] = true
		r.boardRoles = append(r.boardRoles, m.Role)
	}
	// Appointments and nominations are also read from tables of stages,
	// a column for each member.
	staged := append(sents[:len(sents):len(sents)], r.tableSentences()...)
	r.sents = staged
	out.Facts.Appointments = r.appointOffices(out.Board.Members,
		r.expandExecutives(joinApprovals(append(r.expandPartners(partnerClass(r.appointments(staged))), r.expandPartners(r.tableAppointments)...))))
	out.Facts.Nominations = r.nominations(staged)
	r.sents = sents
	out.Facts.Independence, out.Facts.MentalHealth = r.statements(sents)
	// A row or item of the board's members that names the knowledge
	// ("Non-executive Member with knowledge and experience of mental
	// health services") says it as well as a sentence does.
	stated := map[int]bool{}
	for _, e := range out.Facts.MentalHealth {
		stated[e.Line] = true
	}
	for _, m := range out.Board.Members {
		if stated[m.Line] {
			continue
		}
		// The member's title, or the rest of its row ("| Partner Members
		// – NHS trusts | 2 | at least one of the two brings knowledge and
		// experience of services for people with mental illness |").
		for _, text := range []string{m.Title, m.Text} {
			if w := reader.Read(language.Tokenize(text)); w.Has("icb-mental-health") && mentalHealthMember(w) {
				stated[m.Line] = true
				out.Facts.MentalHealth = append(out.Facts.MentalHealth, m.Evidence)
				break
			}
		}
	}
	out.Facts.DeputyChair = r.deputyChair(sents)
	out.Facts.Committees = append(append(r.committees(sents), r.tableCommittees()...), r.sectionCommittees()...)
	out.Facts.Variation = r.variation(sents)
	return out
}
