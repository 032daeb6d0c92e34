package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// A quorum clause is read as a rule: how many members make a quorum ("five
// voting members", "a majority of the voting members") and which must be
// among them ("including the Chair or the Accountable Officer and at least
// one GP", "any two of the following: …"). Judged against the committee's
// voting seats (quorumjudge.go), the rule says whether a quorate meeting
// can be held with no clinician present, and which members would make one.

// quorumRule is a quorum clause read.
type quorumRule struct {
	// total is the number of members stated, 0 when none is.
	total int
	// share is a share of the voting members instead ("majority", "half",
	// "third", "two-thirds", "quarter", "three-quarters"), or "".
	share string
	// needs are the members who must be present.
	needs []quorumNeed
	// others are members of any kind the clause counts beside its needs
	// ("the Chair and two other members").
	others int
	// with is a set of members the clause says keeps a meeting quorate by
	// itself ("the meeting will remain quorate with the lay and executive
	// members present").
	with []quorumMember
	// parties is how many of the committee's parties the members present
	// must come from ("one appointed by each of the five CCGs", "from at
	// least five of the eight CCGs"), of how many; 0 when the clause
	// says nothing of parties.
	parties, ofParties int
	// fallback is a count of members of any kind said to keep a meeting
	// quorate when others withdraw ("the meeting stays quorate for that
	// item with any three voting members who have no conflict"), 0 when
	// none; fallbackKind and fallbackOfKind are a kind some of them must
	// be and how many ("…, of whom one is a lay member").
	fallback, fallbackOfKind int
	fallbackKind             string
	fallbackText             string
	// unplaced are the phrases not read.
	unplaced []string
}

// quorumNeed is "at least count of alts".
type quorumNeed struct {
	count int
	alts  []quorumMember
	// list: the alternatives are a list ("any two of the following: a, b
	// and c"), which "and" continues and "or" ends.
	list bool
	// of: the alternatives follow "one of" ("one of the registered nurse
	// and the secondary care doctor"), which "and" continues too.
	of bool
}

// quorumMember is a member a quorum clause names.
type quorumMember struct {
	text     string // as written
	key      string // normalised, without count or article
	category string // clinical, lay, executive, or "" when not known
	chair    string // "chair" or "vice chair" for who chairs or deputises
	plural   bool
	// party is the party the members must come from ("at least two of
	// them from the Group"), matched by the seats' parties; "" when the
	// clause names none.
	party string
}

// readQuorum reads a quorum clause.
func readQuorum(text string) quorumRule {
	var r quorumRule
	for _, sent := range quorumSentences(text) {
		fallback := containsFold(sent, "remain") || containsFold(sent, "stay") || containsFold(sent, "still be") ||
			containsFold(sent, "continue to be") || containsFold(sent, "deemed") // the expression's words, tried first
		if m := fallbackCountRe.FindStringSubmatchIndex(sent); fallback && m != nil {
			words := strings.Fields(norm(sent[m[2]:m[3]]))
			if n, _, ok := numberAt(words, 0, false); ok && n > 0 && !clinicianKeptRe.MatchString(sent[m[2]:m[1]]) {
				// (Not when the fallback keeps a clinician: "… if four
				// voting members without a conflict remain, one of them a
				// clinician" still needs one.)
				r.fallback, r.fallbackText = n, strings.TrimSpace(sent[m[2]:m[1]])
				if m[4] >= 0 {
					if k, _, ok := numberAt(strings.Fields(norm(sent[m[4]:m[5]])), 0, true); ok {
						r.fallbackOfKind, r.fallbackKind = k, strings.ToLower(sent[m[6]:m[7]])
					}
				}
			}
			sent = sent[:m[0]] + " " + sent[m[1]:]
		}
		if m := quorateWithRe.FindStringSubmatchIndex(sent); m != nil {
			for _, seg := range segments(sent[m[2]:m[3]]) {
				if mb, ok := readMember(seg.text); ok {
					r.with = append(r.with, mb)
				}
			}
			sent = sent[:m[0]] + " " + sent[m[1]:]
		}
		r.readSentence(sent)
	}
	return r
}

var (
	// qualifierClauseRe finds a phrase that says what the members just
	// named are ("both of whom are lay members"), read as a bracket after
	// them.
	qualifierClauseRe = lazyRe(`(?i),?\s*\b(?:(?:both|each|all|either) of whom|who) (?:is|are|must be|shall be|will be)\s+([^,.;()]+)`)
	// quorateWithRe finds a set of members said to keep a meeting quorate
	// by themselves, as a fallback when others withdraw.
	quorateWithRe = lazyRe(`(?i)\b(?:remains?|still be|continue to be|be deemed|is deemed|are deemed|deemed to be|deemed) quorate (?:with|if only|when only) ([^.;]+?)(?: (?:are|is) present| present| in attendance)?(?:,|$)`)
	// fallbackCountRe finds a count of members of any kind said to keep a
	// meeting quorate as a fallback: "stays quorate for that item with any
	// three voting members who have no conflict", "remains quorate for
	// that item if three voting members are present, of whom one is a lay
	// member" (groups 1 the count, 2 and 3 how many of a kind and the
	// kind).
	fallbackCountRe = lazyRe(`(?i)\b(?:remains?|stays?|still be|continue to be|is deemed|be deemed) quorate(?: for (?:that|the|this) (?:item|matter|decision|business))? (?:with|if|when) (?:any |at least )?([a-z]+|\d{1,2}) (?:voting |other )?members\b(?:[^.;]*?\bof whom (one|two|three|an?|\d) (?:is|are|must be) (?:an? )?(lay|executive|non-executive) members?\b|[^.;]*)`)
	// inTheChairRe finds a member the quorum needs in the chair: ", and a
	// lay member is in the chair", "with a lay member in the chair"
	// (group 1 the member).
	inTheChairRe = lazyRe(`(?i),?\s+(?:and\s+((?:an?|the)\s+[^,.;]{2,60}?)\s+(?:is|must be|shall be|will be)|with\s+((?:an?|the)\s+[^,.;]{2,60}?))\s+in\s+the\s+chair\b`)
	// clinicianKeptRe finds a fallback that keeps a clinician among the
	// members it counts: "one of them a clinician", "of whom one is a GP",
	// "including a clinical member".
	clinicianKeptRe = lazyRe(`(?i)\b(?:one of (?:them|whom)(?: is| must be)?|of whom (?:one|at least one) (?:is|must be)|including|among them) (?:at least )?(?:one |an? )?(?:clinician|gp|clinical member|doctor|registered nurse|general practitioner)s?\b`)
	// quorumClauseRe separates the clauses of a sentence, of which those
	// on the quorum are read.
	quorumClauseRe = lazyRe(`;|,\s+(?:and|but|whereas)\s+`)
)

// quorumSentences are the sentences of a clause that state the rule, made
// plain: markup and escapes removed, dashes and colons read as commas,
// "&" as "and", and qualifiers such as "both of whom are lay members" put
// in brackets after the member they qualify. Of a sentence, only the
// clauses on the quorum are kept ("The Chief Officer may send a deputy,
// and the meeting is quorate when …"), unless no clause of the text is
// (a part headed "Quorum").
func quorumSentences(text string) []string {
	text = strings.TrimSpace(markupPlain.Replace(text))
	text = strings.TrimSpace(strings.TrimPrefix(text, clauseNumber(text)))
	if m := appendixClauseRe.FindStringIndex(text); m != nil {
		text = strings.TrimSpace(text[m[1]:]) // "D5 Quorum. The Committee is quorate …"
	}
	speaks := containsFold(text, "quor") || containsFold(text, "no business")
	var out []string
	kept := false     // whether the sentence before was the quorum's
	labelled := false // whether the sentence before was the run-in title "Quorum."
	for _, sp := range sentences(text) {
		sent := strings.TrimRight(text[sp.start:sp.end], ". ")
		if quorumLabelRe.MatchString(sent) {
			labelled = true
			continue // the clause's run-in title, "Quorum."
		}
		// After the title the sentence is the quorum's, whether or not it
		// says so: "D3 Quorum. Four voting members, including …".
		speaks := speaks && !labelled
		labelled = false
		if m := theyIncludeRe.FindStringIndex(sent); m != nil && kept && len(out) > 0 {
			// "Four voting members form a quorum. They must include the
			// Chair or the Vice Chair, …": who the members counted must
			// include, as ", including …" says.
			out[len(out)-1] += ", including " + qualifierClauseRe.ReplaceAllString(quorumPlain.Replace(sent[m[1]:]), " ($1)")
			continue
		}
		kept = false
		if containsFold(sent, "in the chair") {
			// "…, and a lay member is in the chair": a member who must be
			// present, as "including a lay member" says.
			sent = inTheChairRe.ReplaceAllString(sent, ", including $1$2")
		}
		var clauses []string
		continues := false
		for _, cl := range splitAt(sent, quorumClauseRe) {
			n := norm(cl)
			if containsWords(n, "inquorate") || containsWords(n, "not quorate") {
				continue // what happens when a meeting is not quorate
			}
			if containsWords(n, "not counted towards") || containsWords(n, "not count towards") || containsWords(n, "not counted toward") || containsWords(n, "not count toward") {
				continue // "… and is not counted towards the quorum for it": who does not count, for one item
			}
			// A clause that goes on naming members after a quorum clause
			// (", and one of the registered nurse and the secondary care
			// doctor") is the quorum's too.
			if !speaks || containsFold(cl, "quor") || containsWords(n, "no business") || continues && startsMember(strings.Fields(n)) && !aboutDecisions(n) {
				clauses = append(clauses, cl)
				continues = true
				continue
			}
			continues = false
		}
		if len(clauses) == 0 {
			continue
		}
		s := quorumPlain.Replace(strings.Join(clauses, ", "))
		if containsFold(s, "outnumber") || containsFold(s, "exceed") {
			// "provided that the lay and executive members present
			// outnumber the clinical members present": those outnumbered
			// are not needed; those who outnumber them are.
			s = outnumberRe.ReplaceAllString(s, "")
		}
		out = append(out, qualifierClauseRe.ReplaceAllString(s, " ($1)"))
		kept = true
	}
	return out
}

// outnumberRe finds what a quorum's members must outnumber: "… outnumber
// the clinical members present", "… exceed the number of lay members".
var outnumberRe = lazyRe(`(?i)\s+(?:must\s+)?(?:outnumber|outnumbers|exceed|exceeds)\s+(?:the\s+)?(?:number\s+of\s+)?[a-z -]{0,40}?members(?:\s+present)?`)

// theyIncludeRe finds a sentence that says whom the members a quorum
// counts must include, referring back to them: "They must include …",
// "These must include …", "Those present must include …".
var theyIncludeRe = lazyRe(`(?i)^(?:they|these|those present|the members present)\s+(?:must|shall|should|will)?\s*(?:include|comprise)\s+`)

// aboutDecisions reports whether a clause, normalised, after a quorum
// clause is about how decisions are taken, not who must be present: ",
// and a decision on the configuration of services needs the votes of at
// least nine of them".
func aboutDecisions(n string) bool {
	for _, w := range []string{"decision", "decisions", "votes", "majority", "resolution"} {
		if containsWords(n, w) {
			return true
		}
	}
	return false
}

// appendixClauseRe finds a clause number of an appendix before its text:
// "D5 ", "C6.1 ", "PC3.2 ", "4A.4 ", "PCA 4 ".
var appendixClauseRe = lazyRe(`^(?:[A-Z]{1,3}\d+|[A-Z]{2,4} \d+|\d+[A-Z])(?:\.\d+)*\.?\s+`)

// quorumLabelRe finds a clause's run-in title on quorum, standing as a
// sentence of its own: "Quorum", "Quorum and voting".
var quorumLabelRe = lazyRe(`(?i)^\s*(?:quorum|quoracy)(?:\s+and\s+(?:voting|decisions|decision making))?\s*[.:–-]?\s*$`)

// splitAt splits s where re matches.
func splitAt(s string, re *lazyRegexp) []string {
	var out []string
	start := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		out = append(out, s[start:m[0]])
		start = m[1]
	}
	return append(out, s[start:])
}

var (
	markupPlain = strings.NewReplacer("**", " ", "__", " ", "\\", "")
	quorumPlain = strings.NewReplacer("&", " and ", "–", ",", "—", ",", ":", ",", "’", "'")
)

// segment is a piece of a quorum sentence between structural words, with
// the word that joined it to the one before.
type segment struct {
	text string
	join string // "and", "or", "," or the structural word before it; "" first
	// qualifier is a bracket after the segment.
	qualifier string
}

// structural words separate the members and counts of a quorum sentence;
// "and" and "or" do so only before a count, an article or a member.
var structural = map[string]bool{
	"including": true, "include": true, "includes": true, "whom": true, "which": true, "who": true,
	"provided": true, "plus": true, "when": true, "if": true, "unless": true, "with": true,
	"where": true, "present": true, "are": true, "is": true, "be": true, "must": true, "shall": true,
	"will": true, "should": true, "form": true, "forms": true, "make": true, "makes": true, "constitute": true, "constitutes": true,
	"quorum": true, "quorate": true, "transacted": true, "business": true, "attendance": true,
	"attend": true, "consists": true, "consist": true, "comprise": true, "comprises": true, "require": true,
	"requires": true, "need": true, "needs": true, "whether": true, "person": true,
}

// segments splits a quorum sentence into its pieces.
func segments(s string) []segment {
	var out []segment
	var cur []string
	join := ""
	flush := func(next string) {
		if len(cur) > 0 {
			out = append(out, segment{text: strings.Join(cur, " "), join: join})
			cur, join = nil, ""
		}
		if next != "" {
			join = next
		}
	}
	words := quorumWords(s)
	for i := 0; i < len(words); i++ {
		w := words[i]
		lw := strings.ToLower(w)
		switch {
		case w == ",":
			flush(",")
		case w == "(":
			depth, j := 1, i+1
			for ; j < len(words) && depth > 0; j++ {
				if words[j] == "(" {
					depth++
				} else if words[j] == ")" {
					depth--
				}
			}
			flush("")
			if len(out) > 0 {
				out[len(out)-1].qualifier = strings.Join(words[i+1:max(i+1, j-1)], " ")
			}
			i = j - 1
		case w == ")":
		case structural[lw]:
			flush(lw)
		case (lw == "and" || lw == "or") && i+1 < len(words) && startsMember(words[i+1:]):
			flush(lw)
		case lw == "and" && i+1 < len(words) && strings.EqualFold(words[i+1], "that"):
			// "provided that the Chair is one of them and that either the
			// Chief Officer or …": a second condition, its own members.
			flush(lw)
			i++
		default:
			cur = append(cur, w)
		}
	}
	flush("")
	return out
}

// quorumWords splits a sentence into words and the marks , ( ).
func quorumWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		if c == ' ' || c == '\t' || c == '\n' || c == ',' || c == '(' || c == ')' || c == '.' || c == '"' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			if c == ',' || c == '(' || c == ')' {
				out = append(out, string(c))
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// startsMember reports whether words begin a new member or count: an
// article, a count, or a member's word.
func startsMember(words []string) bool {
	n := strings.Fields(norm(strings.Join(words[:min(len(words), 3)], " ")))
	if len(n) == 0 {
		return false
	}
	switch n[0] {
	case "the", "a", "an", "either", "any", "at", "both", "all", "not", "no", "its", "one":
		return true
	}
	if _, _, ok := numberAt(n, 0, false); ok {
		return true
	}
	return memberStart[n[0]]
}

// memberStart are words a member can begin with, after "and" or "or"
// without an article: "the lay and executive members", "the Chair or Vice
// Chair".
var memberStart = map[string]bool{
	"vice": true, "deputy": true, "chair": true, "executive": true, "lay": true, "clinical": true, "gp": true,
	"gps": true, "nurse": true, "nurses": true, "doctor": true, "doctors": true, "secondary": true, "registered": true,
	"chief": true, "accountable": true, "director": true, "head": true, "consultant": true, "non": true,
	"independent": true, "nhs": true, "local": true, "patient": true, "healthwatch": true, "clinician": true,
	"clinicians": true, "other": true,
}

// quantity reads how many a segment asks for from its normalised words:
// "at least two", "not less than half", "any two of", "one of". It returns
// the count (0 when none), the share named ("majority", "half" …),
// whether an "of" follows the count ("two of the following"), and the
// words after.
func quantity(words []string) (count int, share string, of bool, rest []string) {
	i := 0
	skip := func(ws ...string) bool {
		if i+len(ws) > len(words) {
			return false
		}
		for k, w := range ws {
			if words[i+k] != w {
				return false
			}
		}
		i += len(ws)
		return true
	}
	for skip("at", "least") || skip("not", "less", "than") || skip("no", "less", "than") || skip("no", "fewer", "than") ||
		skip("more", "than") || skip("a", "minimum", "of") || skip("minimum", "of") || skip("any") || skip("either") ||
		skip("simple") || skip("that") {
	}
	switch {
	case skip("a", "majority") || skip("majority"):
		share = "majority"
	case skip("two", "thirds"):
		share = "two-thirds"
	case skip("three", "quarters"):
		share = "three-quarters"
	case skip("one", "third") || skip("a", "third") || skip("third"):
		share = "third"
	case skip("one", "half") || skip("a", "half") || skip("half"):
		share = "half"
	case skip("one", "quarter") || skip("a", "quarter") || skip("quarter"):
		share = "quarter"
	}
	if share == "" {
		if n, used, ok := numberAt(words, i, true); ok && n > 0 && (i+used < len(words) || !isArticle(words[i])) {
			count = n
			i += used
		} else if skip("both") {
			count = 2
		}
	}
	if skip("of") {
		of = true
	}
	return count, share, of, words[i:]
}

func isArticle(w string) bool { return w == "a" || w == "an" }

// genericMember are the words of a member of any kind ("two other voting
// members", "a deputy").
var genericMember = map[string]bool{
	"members": true, "member": true, "membership": true, "voting": true, "other": true, "others": true,
	"further": true, "full": true, "people": true, "persons": true, "them": true, "their": true, "the": true,
	"its": true, "of": true, "committee": true, "present": true, "following": true, "those": true,
	"these": true, "in": true, "total": true, "additional": true, "any": true, "whole": true,
	"deputy": true, "deputies": true, "nominated": true, "substitute": true, "substitutes": true, "alternate": true,
}

// subjectWords are the words of what a quorum is of ("a meeting of the
// Committee") and around it, which name no member.
var subjectWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "meeting": true, "meetings": true, "committee": true,
	"sub": true, "joint": true, "governing": true, "body": true, "board": true, "group": true, "its": true,
	"this": true, "any": true, "for": true, "to": true, "transact": true, "on": true, "at": true,
	"that": true, "there": true, "no": true, "not": true, "be": true, "it": true, "then": true, "only": true,
	"so": true, "and": true, "or": true, "ccg": true, "s": true, "deemed": true, "considered": true, "being": true,
	"minimum": true, "least": true, "number": true, "required": true, "in": true, "council": true,
	"held": true, "valid": true, "purpose": true, "purposes": true, "represented": true, "together": true,
	"may": true, "proceed": true, "take": true, "place": true, "than": true, "less": true, "fewer": true,
}

// categoryWords give a member's category by the words of its key when
// its role does not ("clinical membership", "the lay Chair").
var categoryWords = []struct {
	phrase, category string
}{
	{"clinical membership", model.CategoryClinical}, {"clinical", model.CategoryClinical},
	{"clinicians", model.CategoryClinical}, {"gps", model.CategoryClinical}, {"gp", model.CategoryClinical},
	{"non executive", model.CategoryLay}, {"lay", model.CategoryLay},
	{"executive", model.CategoryExecutive}, {"executives", model.CategoryExecutive},
	{"officers", model.CategoryExecutive},
}

// appointedBy are words that name a member by who appoints it, which says
// nothing of its kind but is read ("one appointed by the Group").
var appointedBy = phrases{"appointed by", "nominated by", "representing", "drawn from", "from"}

// readMember reads a segment as one member, without its count; ok is false
// when it names none.
func readMember(text string) (quorumMember, bool) {
	_, _, _, rest := quantity(strings.Fields(norm(text)))
	for len(rest) > 0 && (rest[0] == "the" || rest[0] == "a" || rest[0] == "an" || rest[0] == "its" || rest[0] == "other" || rest[0] == "further") {
		rest = rest[1:]
	}
	m := quorumMember{text: strings.TrimSpace(text), key: strings.Join(rest, " ")}
	if m.key == "" || genericOnly(rest) || placed(rest) {
		return m, false
	}
	last := rest[len(rest)-1]
	m.plural = strings.HasSuffix(last, "s") && last != "nhs" && !strings.HasSuffix(last, "ss")
	m.chair = chairOf(m.key)
	if cat, _ := classifyRole(m.key); cat != model.CategoryUnclassified {
		m.category = cat
	} else {
		for _, cw := range categoryWords {
			if containsWords(m.key, cw.phrase) {
				m.category = cw.category
				break
			}
		}
	}
	return m, true
}

// chairOf says whether a member's key is who chairs ("chair") or deputises
// ("vice chair"), or neither ("").
func chairOf(key string) string {
	switch {
	case containsWords(key, "vice chair") || containsWords(key, "deputy chair") || containsWords(key, "vice chairman"):
		return "vice chair"
	case containsWords(key, "chair") || containsWords(key, "chairman") || containsWords(key, "chairperson") || containsWords(key, "chairing"):
		return "chair"
	}
	return ""
}

// readSentence adds what one sentence of a quorum clause says.
func (r *quorumRule) readSentence(sent string) {
	open := -1 // the need whose members come next ("any two of the following", "at least two of whom")
	for _, seg := range segments(sent) {
		words := strings.Fields(norm(seg.text))
		if len(words) == 0 {
			continue
		}
		if open >= 0 && len(r.needs[open].alts) == 0 && appointedOnly(words) {
			// "at least one of whom has been appointed by the Council":
			// who appoints the member says nothing of what the member is;
			// the members of that party are counted where the seats say
			// whose they are (the judge counts them among the others
			// where none does).
			if party := partyOf(strings.Join(words, " ")); party != "" {
				r.needs[open].alts = []quorumMember{{text: strings.TrimSpace(seg.text), party: party}}
				open = -1
				continue
			}
			r.others += r.needs[open].count
			r.needs[open].count = 0
			open = -1
			continue
		}
		if n, of, ok := partyCondition(words); ok {
			// "…, of whom at least one must have been appointed by each of
			// the five CCGs", "nine voting members …, from at least five of
			// the eight CCGs", "members from at least four of the six CCGs
			// and …": which parties, not which kind of members; the judge
			// counts a member from each.
			if n < 0 {
				r.parties, r.ofParties = -1, 0 // each party, counted from the seats (partyGroup)
			} else {
				r.parties, r.ofParties = max(r.parties, n), of
			}
			continue
		}
		if n, party := partyNeed(words); n > 0 {
			// "at least three of them from the CCG", "at least two (of
			// whom were nominated) by the CCG", "one member nominated by
			// the council": members of one party, of any kind.
			r.needs = append(r.needs, quorumNeed{count: n, alts: []quorumMember{{text: strings.TrimSpace(seg.text), party: party}}})
			open = -1
			continue
		}
		// "at least one voting member appointed by each of the three
		// CCGs": any member, from each party; which party appoints a
		// member says nothing of what the member is.
		if k := partyOfEach(words); k > 0 {
			words = withoutAux(words[:k])
			if _, _, _, rest := quantity(words); len(rest) == 0 {
				words = append(words, "member") // "at least one (has been appointed) by the CCG"
			}
			seg.text = strings.Join(words, " ")
		}
		if subjectOnly(words) {
			continue // "A meeting of the Committee": what the quorum is of, "a" no count
		}
		count, share, of, rest := quantity(words)
		if share != "" {
			if r.share == "" && r.total == 0 {
				r.share = share
			}
			open = -1
			continue
		}
		mb, named := readMember(seg.text)
		if !named {
			switch {
			case count > 0 && len(rest) > 0 && (!of && genericOnly(rest) || of && ofAllMembers(rest)):
				// "five voting members", "two other members", "five of its
				// voting members"
				if r.total == 0 && len(r.needs) == 0 && r.others == 0 {
					r.total = count
				} else {
					r.others += count
				}
				open = -1
			case count > 0:
				// "any two of the following", "at least two (must be)",
				// "one of whom": the members come next.
				following := containsWords(strings.Join(rest, " "), "following")
				r.needs = append(r.needs, quorumNeed{count: count, list: following})
				open = len(r.needs) - 1
			case !placed(words):
				r.unplaced = append(r.unplaced, strings.TrimSpace(seg.text))
			}
			continue
		}
		mb = qualified(mb, seg.qualifier)
		if mb.category == "" && mb.chair == "" && !appointedBy.any(mb.key) {
			r.unplaced = append(r.unplaced, mb.text)
		}
		if open >= 0 && count > 0 && (of || !r.needs[open].list && !isArticle(words[0])) {
			// "…, and one of the registered nurse …", "one of the
			// Accountable Officer and the Chief Finance Officer, and at
			// least one clinical member": a need of its own.
			open = -1
		}
		if open >= 0 {
			n := &r.needs[open]
			switch {
			case len(n.alts) == 0, seg.join == ",", (n.list || n.of) && seg.join == "and":
				n.alts = append(n.alts, mb)
				continue
			case seg.join == "or":
				n.alts = append(n.alts, mb)
				open = -1
				continue
			}
			open = -1
		}
		if seg.join == "or" && len(r.needs) > 0 {
			last := &r.needs[len(r.needs)-1]
			last.alts = append(last.alts, mb)
			continue
		}
		if count == 0 {
			count = 1
		}
		r.needs = append(r.needs, quorumNeed{count: count, alts: []quorumMember{mb}, of: of && !mb.plural})
		if of && !mb.plural {
			open = len(r.needs) - 1 // "one of the Chief Officer, the Chief Finance Officer or …"
		}
	}
	// A count whose members never came is the total ("The quorum shall be
	// three."), or nothing read.
	needs := r.needs[:0]
	for _, n := range r.needs {
		if n.count == 0 && len(n.alts) == 0 {
			continue // read as members of any kind (appointedOnly)
		}
		if len(n.alts) > 0 {
			needs = append(needs, n)
		} else if r.total == 0 && !n.list {
			r.total = n.count
		}
	}
	r.needs = needs
}

// ofAllMembers reports whether the words after a count's "of" are the
// body's members as a whole: "its voting members", "the members".
func ofAllMembers(rest []string) bool {
	last := rest[len(rest)-1]
	return len(rest) > 1 && (rest[0] == "its" || rest[0] == "the" || rest[0] == "their") && genericOnly(rest[1:]) && (last == "members" || last == "member")
}

// subjectOnly reports whether words only say what a quorum is of ("A
// meeting of the Committee").
func subjectOnly(words []string) bool {
	// "A meeting of the Primary Care Joint Committee": whatever the
	// body's name.
	if len(words) > 2 && (words[0] == "a" || words[0] == "the" || words[0] == "any") && words[1] == "meeting" && words[2] == "of" ||
		len(words) > 1 && words[0] == "meetings" && words[1] == "of" {
		return true
	}
	meeting := false
	for _, w := range words {
		if !subjectWords[w] {
			return false
		}
		meeting = meeting || w == "meeting" || w == "meetings"
	}
	return meeting
}

// partyOfEach is where words that say which party each member comes
// from begin ("appointed by each of the three CCGs", "from each
// group"), after at least one word of members, or 0.
func partyOfEach(words []string) int {
	for k := 1; k+1 < len(words); k++ {
		at, any := k, false
		switch {
		case words[k] == "appointed" || words[k] == "nominated":
			if words[k+1] != "by" {
				continue
			}
			// "at least one has been appointed by the CCG": whoever
			// appoints, the member may be of any kind.
			at, any = k+2, true
		case words[k] == "by" && k > 0:
			// "… and at least one by NHS England"
			at, any = k+1, true
		case words[k] == "from" || words[k] == "representing":
			at = k + 1
		default:
			continue
		}
		count, _, _, rest := quantity(words[:k])
		rest = withoutAux(rest)
		if at >= len(words) || !any && words[at] != "each" && words[at] != "every" && words[at] != "all" && words[at] != "both" {
			continue
		}
		if len(rest) > 0 && genericOnly(rest) || len(rest) == 0 && count > 0 {
			return k
		}
	}
	return 0
}

// partyNeed reads a segment that counts members of one party, of any
// kind: "at least three of them from the CCG", "at least two of whom were
// nominated by the Council", "at least two by the CCG", "one member
// nominated by an NHS trust", "three of the members appointed by the
// Council", "three of those appointed by the CCG". It returns how many, and the party; 0 when
// the segment is no such count ("from each of the CCGs" is
// partyCondition's).
func partyNeed(words []string) (int, string) {
	for k := 1; k+1 < len(words); k++ {
		at := k + 1
		switch {
		case words[k] == "from" || words[k] == "representing":
		case words[k] == "by":
		default:
			continue
		}
		before := words[:k]
		if n := len(before); n > 0 && (before[n-1] == "appointed" || before[n-1] == "nominated" || before[n-1] == "chosen") {
			before = before[:n-1]
		}
		count, share, of, rest := quantity(withoutAux(before))
		if count == 0 || share != "" {
			return 0, ""
		}
		switch {
		case len(rest) == 0, !of && genericOnly(rest):
		case of && len(rest) == 1 && (rest[0] == "them" || rest[0] == "whom" || rest[0] == "those"):
		case of && len(rest) > 1 && rest[0] == "the" && genericOnly(rest[1:]):
			// "at least three of the members appointed by the Council"
		default:
			return 0, ""
		}
		after := words[at:]
		if len(after) == 0 || after[0] == "each" || after[0] == "every" || after[0] == "all" || after[0] == "both" || after[0] == "at" || len(after) > 6 {
			return 0, ""
		}
		if party := partyOf(strings.Join(after, " ")); party != "" {
			return count, party
		}
		return 0, ""
	}
	return 0, ""
}

// appointedOnly reports whether a segment only says who appoints the
// members before it: "has been appointed by the Council", "were
// nominated by NHS England".
func appointedOnly(words []string) bool {
	words = withoutAux(words)
	return len(words) > 2 && (words[0] == "appointed" || words[0] == "nominated") && words[1] == "by"
}

// partyCondition reads a segment that says only which of the
// committee's parties the members come from: "(members) from at least
// four of the six CCGs", "(have been) appointed by each of the five
// CCGs". It returns how many parties, of how many.
func partyCondition(words []string) (n, of int, ok bool) {
	k := 0
	// "at least one comes from each CCG": one of whoever is present.
	if len(words) > 3 && words[0] == "at" && words[1] == "least" && (words[2] == "one" || words[2] == "1") && (words[3] == "comes" || words[3] == "come") {
		k = 3 // "at least one voting member appointed by each of …" stays a member of any kind (partyOfEach)
	}
	for k < len(words) && (genericMember[words[k]] || words[k] == "have" || words[k] == "has" || words[k] == "been" ||
		words[k] == "must" || words[k] == "are" || words[k] == "be" || words[k] == "comes" || words[k] == "come" || words[k] == "is") {
		k++
	}
	switch {
	case k+1 < len(words) && (words[k] == "appointed" || words[k] == "nominated") && words[k+1] == "by":
		k += 2
	case k < len(words) && (words[k] == "from" || words[k] == "representing"):
		k++
	default:
		return 0, 0, false
	}
	each := false
	switch {
	case k+1 < len(words) && words[k] == "each" && words[k+1] == "of":
		each, k = true, k+2
	case k+1 < len(words) && words[k] == "each" && len(words)-(k+1) <= 2:
		// "from each CCG": every party, however many the committee has
		return -1, 0, true
	case k+2 < len(words) && words[k] == "at" && words[k+1] == "least":
		c, used, okN := numberAt(words, k+2, false)
		if !okN || k+2+used >= len(words) || words[k+2+used] != "of" {
			return 0, 0, false
		}
		n, k = c, k+3+used
	default:
		return 0, 0, false
	}
	if k < len(words) && words[k] == "the" {
		k++
	}
	m, used, okM := numberAt(words, k, false)
	// The parties' noun ends the segment: "the five CCGs", "the eight
	// clinical commissioning groups".
	if !okM || m < 2 || k+used >= len(words) || len(words)-(k+used) > 3 {
		return 0, 0, false
	}
	if each {
		n = m
	}
	if n < 1 || n > m {
		return 0, 0, false
	}
	return n, m, true
}

// withoutAux drops the verb words between a count and "appointed": "one
// has been appointed by the CCG".
func withoutAux(words []string) []string {
	out := words[:0:0]
	for _, w := range words {
		switch w {
		case "has", "have", "been", "is", "are", "be", "must", "shall", "will", "should", "was", "were":
			continue
		}
		out = append(out, w)
	}
	return out
}

// qualified applies a bracket that says what a member is ("the Chair (a
// lay member)") to a member whose category is not known.
func qualified(m quorumMember, qualifier string) quorumMember {
	if qualifier == "" || m.category != "" {
		return m
	}
	if q, ok := readMember(qualifier); ok && q.category != "" {
		m.category = q.category
	}
	return m
}

// genericOnly reports whether words name members of any kind.
func genericOnly(words []string) bool {
	for _, w := range words {
		if !genericMember[w] {
			return false
		}
	}
	return true
}

// placed reports whether a segment's words are all ones a quorum clause
// uses around its members: what it is of, counts, structure.
func placed(words []string) bool {
	for _, w := range words {
		if subjectWords[w] || genericMember[w] || structural[w] {
			continue
		}
		if _, _, ok := numberAt([]string{w}, 0, true); !ok {
			return false
		}
	}
	return true
}
