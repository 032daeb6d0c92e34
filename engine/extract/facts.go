package extract

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/policies"
)

// sentence is one sentence of the document as facts are read from it. A
// list item or lettered sub-clause that follows a lead-in ending with a
// colon is read with it: "The constitution may be varied only: (a) where
// the Group applies to NHS England".
type sentence struct {
	text    string
	toks    []language.Token
	line    int
	section int
	clause  string
	// block is the index of the block the sentence stands in.
	block int
	// leadIn is true for a sentence that ends with a colon and leads into
	// the items that follow it.
	leadIn bool
	// lead is the index of the lead-in sentence joined to this one, or -1.
	lead int
	// w is the sentence read for every word set of the lexicon.
	w *language.Sentence
	// role is the board member a sentence read from a table's cell is
	// about, from its column's header; "" for a sentence of the text.
	role string
}

// evidence is the sentence as a fact cites it.
func (s *sentence) evidence(d *document) model.Evidence {
	return model.Evidence{Text: s.text, Line: s.line, Section: d.sectionHeading(s.section), Clause: s.clause}
}

// withSubject is the sentence read with subject in place of the pronoun
// it opens with ("It may approve …", "Each is appointed …"): the
// subject the sentence before gives it.
func (s *sentence) withSubject(subject string, reader *language.Reader) *sentence {
	return s.withText(subject+s.text[s.toks[0].End:], reader)
}

// withText is the sentence, at its place, read as text instead: the
// sentence with words put in place of a pronoun or a short name.
func (s *sentence) withText(text string, reader *language.Reader) *sentence {
	r := *s
	r.text = text
	r.toks = language.Tokenize(r.text)
	r.w = reader.Read(r.toks)
	return &r
}

// rewrites maps the text of a sentence read with words put in (withText)
// to the text as written, so that the facts read from it quote the
// document.
type rewrites map[string]string

func (rw *rewrites) note(read, written string) {
	if *rw == nil {
		*rw = rewrites{}
	}
	if orig, ok := (*rw)[written]; ok {
		written = orig // a rewrite of a rewrite quotes the first text
	}
	(*rw)[read] = written
}

// restore puts back the text as written of a fact's quoted text.
func (rw rewrites) restore(text *string) {
	if t, ok := rw[*text]; ok {
		*text = t
	}
}

// in reports whether the sentence stands in a section of kind k (or in a
// subsection of one).
func (s *sentence) in(d *document, k string) bool {
	if s.section < 0 {
		return false
	}
	for _, x := range d.sections[s.section].Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// quote is the text of tokens [i, j) of the sentence as written.
func (s *sentence) quote(i, j int) string {
	if i >= j || j > len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[j-1].End]
}

// tokenBuffers are token buffers of documents already extracted: a
// document's tokens (hundreds of kilobytes) were a third of everything a
// check allocates, and so of the collector's work.
var tokenBuffers = sync.Pool{New: func() any { return new([]language.Token) }}

// tokenBuffer returns an empty token buffer of at least capacity n, to be
// given back by release once the document's facts are read (no fact keeps
// a token: evidence quotes the text).
func (d *document) tokenBuffer(n int) []language.Token {
	p := tokenBuffers.Get().(*[]language.Token)
	if cap(*p) < n {
		*p = make([]language.Token, 0, n)
	}
	d.buffers = append(d.buffers, p)
	return (*p)[:0]
}

// release gives the document's token buffers back, cleared so that they
// keep no text of it alive.
func (d *document) release() {
	for _, p := range d.buffers {
		clear((*p)[:cap(*p)])
		*p = (*p)[:0]
		tokenBuffers.Put(p)
	}
	d.buffers = nil
}

// sentences splits every block into sentences, lead-ins joined to their
// items.
func (d *document) sentences() []sentence {
	// One buffer of tokens for every sentence: each sentence's are a
	// slice of it.
	size := 0
	for _, b := range d.blocks {
		size += len(b.Text)
	}
	buf := d.tokenBuffer(size / 5)
	// Sized for sentences of about 100 bytes, what constitutions have:
	// grown from nothing, the list was 12% of what extraction allocated.
	out := make([]sentence, 0, size/100+len(d.blocks)/4+8)
	lead, leadClause, leadSection, leadAt, leadNumber := "", "", -2, -1, ""
	// outer are the lead-ins a lead-in that is itself an item is nested
	// in: "The Board has the following members:" over "(a) three
	// Executive Members, namely:" over "(i) …".
	type leadIn struct {
		text, clause, number string
		section, at          int
	}
	var outer []leadIn
	for bi := range d.blocks {
		b := &d.blocks[bi]
		body, offset := clauseBody(b.Text, b.Number)
		// "**Partner Members** – four: …", a paragraph for each item
		// after "Its seats are:", a label and a dash before its text.
		sub := b.ListItem || isSubClause(b.Number) || lead != "" && b.Number == "" && labelledItem(body)
		// The next item of the list a lead-in is an item of ends it: "3.
		// Each person … declares any interest:" with its items "i. …"
		// nested in it, then "4. Where the chair …"; the lead-in it is
		// nested in, if any, goes on ("(b) …" after "(a) three Executive
		// Members, namely:" and its items).
		for leadNumber != "" && b.ListItem && nextLabel(leadNumber, b.Number) {
			if len(outer) == 0 {
				lead, leadClause, leadAt, leadNumber = "", "", -1, ""
				break
			}
			o := outer[len(outer)-1]
			outer = outer[:len(outer)-1]
			lead, leadClause, leadSection, leadAt, leadNumber = o.text, o.clause, o.section, o.at, o.number
		}
		if !sub || b.SectionIndex != leadSection {
			lead, leadClause, leadAt, leadNumber = "", "", -1, ""
			outer = outer[:0]
		}
		clause := b.Number
		if lead != "" && leadClause != "" && isSubClause(clause) {
			// "(a)" under clause 3.2 is clause 3.2(a).
			clause = leadClause + clause
		}
		spans := language.Sentences(body)
		for k, sp := range spans {
			text := body[sp.Start:sp.End]
			joined := -1
			if k == 0 && lead != "" {
				text = lead + " " + text
				joined = leadAt
			}
			start := len(buf)
			buf = language.AppendTokens(buf, text)
			if d.boardIsNHSEngland {
				boardAsNHSEngland(buf[start:], text)
			}
			if d.membersMeeting != nil {
				asMembers(buf[start:], text, d.membersMeeting)
			}
			out = append(out, sentence{
				text: text, toks: buf[start:len(buf):len(buf)], line: b.lineOf(offset + sp.Start),
				section: b.SectionIndex, clause: clause, block: bi, lead: joined,
			})
		}
		if len(spans) > 0 && endsWithColon(body) {
			out[len(out)-1].leadIn = true
			if lead != "" && b.ListItem && labelKind(b.Number) != "" {
				outer = append(outer, leadIn{lead, leadClause, leadNumber, leadSection, leadAt})
			} else {
				outer = outer[:0]
			}
			lead, leadSection, leadAt = out[len(out)-1].text, b.SectionIndex, len(out)-1
			leadNumber = ""
			if b.ListItem && labelKind(b.Number) != "" {
				leadNumber = b.Number
			}
			if !sub || leadClause == "" {
				leadClause = clause
			}
		}
	}
	return out
}

// nextLabel reports whether label b comes next after label a in one
// list: "4" after "3", "(b)" after "(a)", "iv." after "iii.".
func nextLabel(a, b string) bool {
	ka, kb := labelKind(a), labelKind(b)
	if ka == "" || kb == "" {
		return false
	}
	va, vb := labelValue(a), labelValue(b)
	if ka != kb {
		// "(i)" after "(h)", "(v)" after "(u)": letters, whatever they
		// look like.
		return ka != "1" && kb != "1" && letterValue(a) > 0 && letterValue(b) == letterValue(a)+1
	}
	return va > 0 && vb == va+1
}

// labelValue is a label's place in its list: 3 for "3", "(c)" or "iii".
func labelValue(label string) int {
	n := strings.Trim(label, "().")
	switch labelKind(label) {
	case "1":
		v, _ := strconv.Atoi(n)
		return v
	case "i":
		return romanValue(n)
	case "a":
		return letterValue(label)
	}
	return 0
}

// letterValue is a one-letter label's place in the alphabet, or 0.
func letterValue(label string) int {
	n := strings.Trim(label, "().")
	if len(n) != 1 || n[0] < 'a' || n[0] > 'z' {
		return 0
	}
	return int(n[0]-'a') + 1
}

// romanValue is the value of a small roman numeral ("iv" is 4), or 0.
func romanValue(n string) int {
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10}
	total := 0
	for k := 0; k < len(n); k++ {
		v := vals[n[k]]
		if v == 0 {
			return 0
		}
		if k+1 < len(n) && vals[n[k+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// labelKind is the kind of label a list item is numbered with: "1" for
// numbers, "i" for small roman numerals, "a" for letters, or "" for none.
// ("(i)" after "(h)" is read as a numeral, so as an item nested under it.)
func labelKind(number string) string {
	n := strings.Trim(number, "().")
	switch {
	case n == "":
		return ""
	case isDigits(n):
		return "1"
	case strings.Trim(n, "ivx") == "":
		return "i"
	case strings.Trim(n, "abcdefghijklmnopqrstuvwxyz") == "":
		return "a"
	}
	return ""
}

// labelledItem reports whether a paragraph begins with a short label and a
// dash, as the items of a list set out as paragraphs do: "The Chief
// Executive – one.", "Executive Members – three: …".
func labelledItem(text string) bool {
	k := strings.Index(text, " – ")
	if k < 0 {
		k = strings.Index(text, " — ")
	}
	if k <= 0 || text[0] < 'A' || text[0] > 'Z' {
		return false
	}
	label := text[:k]
	return len(strings.Fields(label)) <= 6 && !strings.ContainsAny(label, ".,;:")
}

// boardAsNHSEngland reads "the Board", capitalised, as NHS England in a
// constitution that defines it so: its stem becomes one every set naming
// NHS England holds ("nhscb"), and no set naming the governing body.
func boardAsNHSEngland(toks []language.Token, text string) {
	for k := 1; k < len(toks); k++ {
		if toks[k].Word == "board" && toks[k-1].Word == "the" && text[toks[k].Start] == 'B' {
			toks[k].Stem = "nhscb"
		}
	}
}

// clauseBody is a block's text less its clause number, and where the body
// starts in the text.
func clauseBody(text, number string) (string, int) {
	if number != "" && strings.HasPrefix(text, number) {
		rest := text[len(number):]
		trimmed := strings.TrimLeft(rest, " \t.)")
		return trimmed, len(text) - len(trimmed)
	}
	return text, 0
}

// isSubClause reports whether a clause number is a letter or a roman
// numeral, as items of a list in a clause are numbered: "(a)", "b)",
// "(iii)".
func isSubClause(number string) bool {
	n := strings.Trim(number, "().")
	if n == "" {
		return false
	}
	for _, r := range n {
		if r < 'a' || r > 'z' {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
	}
	return true
}

func endsWithColon(text string) bool {
	t := strings.TrimRight(text, " \t*")
	t = strings.TrimRight(t, "-–— ")
	return strings.HasSuffix(t, ":")
}

// markModelVotes says of each recorded vote whether it is about the
// commissioning model: its motion, sentence or section speaks of it.
func markModelVotes(reader *language.Reader, votes []model.Vote) {
	for i := range votes {
		v := &votes[i]
		v.AboutModel = reader.Read(language.Tokenize(v.Motion + " . " + v.Text + " . " + v.Section)).Has("model-motion")
	}
}

// markPrimaryCare marks the committees whose own text says they commission
// primary medical services or exercise functions delegated under s.13Z,
// whatever their title: "the Joint Committee's role is to commission
// primary medical services".
func markPrimaryCare(sents []sentence, committees []model.Committee) {
	for i := range committees {
		c := &committees[i]
		if c.PrimaryCare {
			continue
		}
		for k := range sents {
			s := &sents[k]
			if s.line < c.Line || s.line > c.EndLine {
				continue
			}
			if keptElsewhere(s.text) {
				continue // "The ICB's functions in commissioning primary medical services are kept by the Board itself"
			}
			for _, m := range s.w.Match("primary-care-function") {
				from := clauseStart(s.toks, m.Start)
				if !negated(s.w, from, m.Start) && !commissionedBy(s.w, from, m.Start, model.ActorNHSEngland) {
					c.PrimaryCare = true
				}
			}
			// A sentence of the committee's own text that opens with its
			// name: "The Primary Care Commissioning Committee reports to …".
			if first := startOfText(s.toks); s.w.At(first, "pcc-name") > first {
				c.PrimaryCare = true
			}
		}
	}
}

// keptElsewhereRe finds a sentence that keeps the functions it names with
// someone else than the committee whose section it stands in: "… are
// kept by the Board itself", "… are retained by the Board".
var keptElsewhereRe = lazyRe(`(?i)\b(?:(?:are|is) (?:kept|retained|reserved|exercised) by the (?:board|governing body)|(?:are|is) reserved to the (?:board|governing body)|remains? with the (?:board|governing body))\b`)

// keptElsewhere reports whether a sentence keeps what it names with the
// board or governing body.
func keptElsewhere(text string) bool {
	return (containsFold(text, "kept") || containsFold(text, "retained") || containsFold(text, "reserved") || containsFold(text, "remain") || containsFold(text, "exercised by")) &&
		keptElsewhereRe.MatchString(text)
}

// commissionedBy reports whether the actor named last in tokens [from,
// to), before a commissioning verb, is actor and hands nothing on: "NHS
// England continues to commission primary medical services" is NHS
// England's work, not the committee's; "NHS England has delegated to the
// Group the commissioning of …" is the committee's.
func commissionedBy(w *language.Sentence, from, to int, actor string) bool {
	last := ""
	for _, p := range w.FindIn("actor", from, to) {
		last = actorOf(w, p.Start, p.End)
	}
	return last == actor && !w.HasIn("delegate", from, to)
}

// facts reads every fact of the document.
func (d *document) facts(reader *language.Reader, sents []sentence, doc *model.Document) model.Facts {
	markModelVotes(reader, doc.Votes)
	markPrimaryCare(sents, doc.Committees)
	f := model.Facts{
		Variation: variationFacts(d, reader, append(append(sents[:len(sents):len(sents)], reservedPowerSentences(d, reader)...),
			variationTableSentences(d, reader)...)),
		Safeguards:    safeguardFacts(d, reader, append(sents[:len(sents):len(sents)], conflictsTableSentences(d, reader)...)),
		Reserved:      append(reservedFacts(d, sents), tableReservations(d, reader)...),
		Participation: participationFacts(d, sents),
		Obligations:   obligationFacts(d, sents),
		Roles:         roleFacts(d, reader, sents, doc.GoverningBody),
	}
	return f
}

// readSentences splits the document into sentences and reads each for
// every word set of the lexicon, once for all the facts of both families.
func (d *document) readSentences(lx *language.Lexicon) ([]sentence, *language.Reader) {
	sents := d.sentences()
	reader := lx.NewReader()
	for i := range sents {
		sents[i].w = reader.Read(sents[i].toks)
	}
	return sents, reader
}

var (
	defaultLexiconOnce sync.Once
	defaultLexicon     *language.Lexicon
	defaultLexiconErr  error
)

// DefaultLexicon is the lexicon of the built-in policy data, for callers
// that read documents without policies (ccgvet parse, tests).
func DefaultLexicon() (*language.Lexicon, error) {
	defaultLexiconOnce.Do(func() {
		b, err := policies.FS.ReadFile(policies.DataFile)
		if err != nil {
			defaultLexiconErr = err
			return
		}
		var data map[string]any
		if err := yaml.Unmarshal(b, &data); err != nil {
			defaultLexiconErr = fmt.Errorf("built-in policy data: %w", err)
			return
		}
		defaultLexicon, defaultLexiconErr = language.FromData(data)
	})
	return defaultLexicon, defaultLexiconErr
}

// startOfText is the first token after an article: "The Primary Care
// Commissioning Committee" starts at "Primary".
func startOfText(toks []language.Token) int {
	if len(toks) > 0 && (toks[0].Word == "the" || toks[0].Word == "a" || toks[0].Word == "its") {
		return 1
	}
	return 0
}
