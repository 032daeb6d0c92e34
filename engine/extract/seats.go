package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// seatCount reads the count a seat's role, normalised (norm), begins with
// (documents.md §4): "Two GP members" is 2, "3 lay members" 3, "2 x
// practice nurses" 2, "the three GP members" 3. Anything else is one seat.
func seatCount(n string) int {
	words := strings.Fields(n)
	i := 0
	for i < len(words) && (words[i] == "the" || words[i] == "up" || words[i] == "to" || words[i] == "its") {
		i++
	}
	if i < len(words) && strings.HasSuffix(words[i], "x") && len(words[i]) > 1 && isDigits(words[i][:len(words[i])-1]) {
		words[i] = words[i][:len(words[i])-1] // "2x"
	}
	if n, used, ok := numberAt(words, i, false); ok && n > 0 {
		// "one of the members": a count only when a noun follows; "two
		// of the GP members" are two of them.
		if i+used < len(words) && (words[i+used] != "of" || n > 1) {
			return n
		}
	}
	return 1
}

// bracketCount is the count a role gives in brackets after its title,
// "Locality Clinical Leads (three GPs)", or 0.
func bracketCount(role string) int {
	open := strings.IndexByte(role, '(')
	if open < 0 {
		return 0
	}
	inner := strings.Fields(norm(role[open+1:]))
	if c, used, ok := numberAt(inner, 0, false); ok && c > 1 && used < len(inner) {
		return c
	}
	return 0
}

// postsOfCountRe finds plural posts counted by the bodies they come from:
// "The Clinical Directors of two of the borough's primary care networks"
// (group 1).
var postsOfCountRe = lazyRe(`(?i)^(?:the\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+s of (two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) of (?:the|its|their|our)\b`)

// dashCountRe reads the count a role gives after its title and a dash:
// "GP Members – four, two elected by …", "Lay Members – three:" (group 1).
var dashCountRe = lazyRe(`(?i)^[^–—]{2,80}?\s[–—-]\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s*(?:[,;:(]|$)`)

// dashCount is the count dashCountRe reads in role, or 0.
func dashCount(role string) int {
	if !strings.Contains(role, "–") && !strings.Contains(role, "—") && !strings.Contains(role, " - ") {
		return 0
	}
	if m := dashCountRe.FindStringSubmatch(role); m != nil {
		if c := seatCount(norm(m[1] + " members")); c > 1 {
			return c
		}
	}
	return 0
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Words that say a seat does not vote, in a voting cell, a role or the
// text leading into a list (documents.md §4).
var nonVoting = phrases{
	"non voting", "nonvoting", "observer", "observers", "in attendance", "not voting", "not vote",
	"not have a vote", "without a vote", "without voting", "no vote", "advisory", "attends", "attending",
	"not a voting member", "non voting member", "non voting members",
}

// votingCell reads a voting column: yes, no, non-voting, observer, in
// attendance... ok is false when the cell says nothing either way.
func votingCell(s string) (voting, ok bool) {
	n := norm(s)
	switch {
	case n == "":
		return false, false
	case nonVoting.in(n) != "" || n == "no" || n == "n" || n == "false" || strings.HasPrefix(n, "no "):
		return false, true
	case n == "yes" || n == "y" || n == "true" || n == "voting" || n == "full" || strings.HasPrefix(n, "yes "):
		return true, true
	case n == "attendance" || n == "attendee" || n == "attend":
		return false, true
	}
	if s == "✓" || s == "✔" {
		return true, true
	}
	return false, false
}

// Seat classification (documents.md §4), tried in this order after an
// explicit category: clinical by role, executive, clinical by profession,
// lay. Phrases are normalised; a trailing "s" is allowed (plurals).
var (
	clinicalRole = phrases{"gp", "general practitioner", "clinical chair", "clinical director", "clinical lead", "clinician", "clinical vice chair"}
	executive    = phrases{
		"director", "officer", "accountable officer", "chief officer", "chief finance officer",
		"chief financial officer", "chief operating officer", "head of", "manager", "nhs england",
		"area team", "sub regional team", "local authority officer", "nhs commissioning board",
		// A CCG's accountable officer under another title: "the Chief
		// Executive", "the Managing Director".
		"chief executive", "managing director",
		// "Three are executives: the Director of Finance, …"
		"executives", "executive members", "executive member",
	}
	clinicalProfession = phrases{
		"doctor", "registered nurse", "nurse", "secondary care doctor", "secondary care specialist",
		"specialist", "consultant", "pharmacist", "medical adviser", "medical advisor",
		"healthcare professional", "health care professional", "clinical member",
		"dentist", "dental practitioner", "optometrist", "general practitioners",
	}
	lay = phrases{"lay member", "lay", "healthwatch", "patient representative", "independent member", "non executive", "lay person"}
)

// Words an explicit category cell may use for each category.
var (
	categoryClinical  = phrases{"clinical", "clinician", "clinicians", "medical"}
	categoryLay       = phrases{"lay", "non executive", "independent", "patient", "public"}
	categoryExecutive = phrases{"executive", "exec", "management", "officer", "managerial", "nhs england"}
)

// hasPlural is phrases.in allowing a trailing "s" on the last word.
func hasPlural(p phrases, n string) bool {
	for _, ph := range p {
		if containsWordsOrPlural(n, ph) {
			return true
		}
	}
	return false
}

// classify returns a voting seat's category and how it was found, from
// its role, normalised (norm), and its category column as written.
func classify(role, category string) (string, string) {
	if c := norm(category); c != "" {
		// "Non-executive" is lay, so lay is tried before executive.
		switch {
		case hasPlural(categoryLay, c):
			return model.CategoryLay, "column"
		case hasPlural(categoryClinical, c):
			return model.CategoryClinical, "column"
		case hasPlural(categoryExecutive, c):
			return model.CategoryExecutive, "column"
		}
		if cat, _ := classifyRole(c); cat != model.CategoryUnclassified {
			return cat, "column"
		}
	}
	return classifyQualified(role)
}

// qualifierCut finds where a role's qualifying clause begins: "the
// Managing Director, who supports the GP Chair".
var qualifierCut = phrases{"who", "whom", "which", "whose"}

// statedProfessionRe reads what a qualifier says its holder is: "who is a
// registered nurse", "who must be a practising GP".
var statedProfessionRe = lazyRe(`^(?:who|whom) (?:is|are|must be|shall be|will be|should be)(?: also)? (?:an? |the )?(?:registered |practising |qualified )?(.*)$`)

// classifyQualified classifies a role, normalised, by its head when a
// qualifying clause follows it: the clause says what its holder does or
// is, not what the seat is ("the Managing Director, who supports the GP
// Chair" is an executive seat). A clause that states the holder's
// clinical profession makes the seat clinical ("the Director of Nursing
// and Quality, who is a registered nurse"). A head that says nothing
// leaves the whole role to classify ("four locality leads, each of whom
// must be a GP").
func classifyQualified(n string) (string, string) {
	head, qual := splitQualifier(n)
	if qual == "" {
		return classifyRole(n)
	}
	if statesClinician(qual) {
		return model.CategoryClinical, "profession"
	}
	if cat, src := classifyRole(head); cat != model.CategoryUnclassified {
		return cat, src
	}
	return classifyRole(n)
}

// splitQualifier splits a role, normalised, into its head and the
// qualifying clause after it, or returns qual "" when it has none.
func splitQualifier(n string) (head, qual string) {
	cut := -1
	for _, w := range qualifierCut {
		if k := strings.Index(n, " "+w+" "); k > 0 && (cut < 0 || k < cut) {
			cut = k
		}
	}
	if cut < 0 {
		return n, ""
	}
	return n[:cut], n[cut+1:]
}

// statesClinician reports whether a qualifying clause says its holder is a
// clinician: "who is a registered nurse", but not "who is not a GP".
func statesClinician(qual string) bool {
	m := statedProfessionRe.FindStringSubmatch(qual)
	if m == nil || strings.HasPrefix(m[1], "not ") {
		return false
	}
	words := strings.Fields(m[1])
	cat, _ := classifyRole(strings.Join(words[:min(len(words), 4)], " "))
	return cat == model.CategoryClinical
}

// ownSuffixes are the words after a role that say whose it is: the
// "Director of Nursing of the CCG" is the CCG's Director of Nursing.
var ownSuffixes = []string{" of the ccg", " of the group", " of the icb", " of the clinical commissioning group"}

// roleKey is a role's head, normalised, without its article or the words
// that say whose it is, for matching one role named in two places.
func roleKey(role string) string {
	head, _ := splitQualifier(norm(role))
	head = strings.TrimPrefix(strings.TrimPrefix(stripThe(head), "a "), "an ")
	for _, suf := range ownSuffixes {
		head = strings.TrimSuffix(head, suf)
	}
	return head
}

// statedClinicians makes clinical the voting seats of a role that the
// constitution says, where it names its members, a clinician holds: a
// committee's "Director of Nursing and Quality" is clinical when the
// governing body's is "the Director of Nursing and Quality, who is a
// registered nurse". The role's own words otherwise make it executive.
//
// So too a seat no words of its own classify whose title another body
// gives with words after a comma that make it clinical: "three Locality
// Chairs, each a GP elected by …" on the governing body makes a joint
// committee's "the three Locality Chairs" clinical.
func statedClinicians(bodies []*model.Committee) {
	stated := map[string]bool{}
	titled := map[string]bool{} // titles, by seatTitleKey, made clinical by what follows them
	for _, c := range bodies {
		for _, s := range c.Seats {
			if s.Category == model.CategoryClinical && strings.Contains(s.Role, ",") {
				if head := headOfRole(s.Role); head != s.Role {
					if cat, _ := classify(norm(head), ""); cat == model.CategoryUnclassified {
						titled[seatTitleKey(head)] = true
					}
				}
			}
			if !containsFold(s.Role, " who") {
				continue // no qualifying clause, the cheap test
			}
			if _, qual := splitQualifier(norm(s.Role)); qual != "" && statesClinician(qual) {
				stated[roleKey(s.Role)] = true
			}
		}
	}
	if len(stated) == 0 && len(titled) == 0 {
		return
	}
	for _, c := range bodies {
		changed := false
		for i := range c.Seats {
			s := &c.Seats[i]
			if s.Voting && s.Category == model.CategoryExecutive && s.CategorySource == "role" && stated[roleKey(s.Role)] {
				s.Category, s.CategorySource, changed = model.CategoryClinical, "profession", true
			}
			if s.Voting && s.Category == model.CategoryUnclassified && titled[seatTitleKey(headOfRole(s.Role))] {
				s.Category, s.CategorySource, changed = model.CategoryClinical, "profession", true
			}
		}
		if changed {
			c.Count = countSeats(c.Seats)
		}
	}
}

// seatTitleKey is a seat's title, normalised, without its article or
// count and in the singular: "the three Locality Chairs" and "three
// Locality Chairs" are both "locality chair".
func seatTitleKey(title string) string {
	n := stripThe(norm(title))
	if first, rest, ok := strings.Cut(n, " "); ok && (seatCount(first+" members") > 1 || first == "a" || first == "an" || first == "one") {
		n = rest
	}
	return strings.TrimSuffix(n, "s")
}

func classifyRole(n string) (string, string) {
	switch {
	case hasPlural(clinicalRole, n):
		return model.CategoryClinical, "role"
	case hasPlural(executive, n) && !containsWords(n, "non executive"):
		return model.CategoryExecutive, "role"
	case hasPlural(clinicalProfession, n):
		return model.CategoryClinical, "profession"
	case hasPlural(lay, n):
		return model.CategoryLay, "role"
	}
	return model.CategoryUnclassified, "none"
}

// eachOfCountRe finds a seat held once for each of several parties: "one
// executive director nominated by each of the five integrated care
// boards", "the Clinical Chair of each of the eleven clinical
// commissioning groups", "a GP from each of the three localities".
var eachOfCountRe = lazyRe(`(?i)\b(?:by|of|from|for) each of the (\w+)\b`)

// ofWhomCountRe finds a clause that counts a role's holders: "both of
// whom", "all three of whom" (the count in group 1; none for "both").
var ofWhomCountRe = lazyRe(`(?i)\b(?:both|all (\w+)) of whom\b`)

// headOfRole is a role's words before a comma or a relative clause.
func headOfRole(role string) string {
	if k := strings.IndexAny(role, ",;("); k >= 0 {
		role = role[:k]
	}
	for _, rel := range []string{" who ", " which ", " whom "} {
		if k := strings.Index(role, rel); k >= 0 {
			role = role[:k]
		}
	}
	return role
}

// newSeat builds a seat from its role and what its row or list says.
// voting is the seat's vote as far as the table or lead-in knows; the
// role's own words ("(non-voting)", "observer") override it.
func newSeat(role, name, category string, voting bool, line int) model.Seat {
	n := norm(role)
	s := model.Seat{Role: role, Name: name, Count: seatCount(n), Voting: voting, Line: line}
	if c := bracketCount(role); s.Count == 1 && c > 0 {
		s.Count = c
	}
	if c := dashCount(role); s.Count == 1 && c > 0 {
		s.Count = c
	}
	if s.Count == 1 && containsFold(role, " of ") {
		// "The Clinical Directors of two of the borough's primary care
		// networks": as many as the bodies they come from.
		if m := postsOfCountRe.FindStringSubmatch(role); m != nil {
			if c := seatCount(norm(m[1] + " members")); c > 1 {
				s.Count = c
			}
		}
	}
	if head := headOfRole(role); s.Count == 1 && containsFold(head, "each of the") {
		// In the role's own words, not in what a clause after it says of
		// the holder: "the Accountable Officer, who is the Accountable
		// Officer of each of the eight CCGs" is one person.
		if e := eachOfCountRe.FindStringSubmatch(head); e != nil {
			if c := seatCount(e[1] + " parties"); c > 1 {
				s.Count = c // one for each of the five boards
			}
		}
	}
	if s.Count == 1 {
		// "the Partner Member … of each ICB, both of whom are practising
		// GPs", "the locality leads, all three of whom are GPs": the
		// clause after the role counts its holders.
		if e := ofWhomCountRe.FindStringSubmatch(role); e != nil {
			if e[1] == "" {
				s.Count = 2
			} else if c := seatCount(e[1] + " holders"); c > 1 {
				s.Count = c
			}
		}
	}
	if nonVoting.any(n) {
		s.Voting = false
	}
	if s.Voting {
		s.Category, s.CategorySource = classify(n, category)
	}
	return s
}

func countSeats(seats []model.Seat) model.SeatCounts {
	var c model.SeatCounts
	for _, s := range seats {
		c.Total += s.Count
		if !s.Voting {
			continue
		}
		c.Voting += s.Count
		switch s.Category {
		case model.CategoryClinical:
			c.Clinical += s.Count
		case model.CategoryLay:
			c.Lay += s.Count
		case model.CategoryExecutive:
			c.Executive += s.Count
		default:
			c.Unclassified += s.Count
		}
	}
	return c
}

// cleanRole trims the list punctuation around a seat: "the Accountable
// Officer;" and "a registered nurse; and" are roles without it.
func cleanRole(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimSpace(strings.TrimRight(s, ";,."))
		for _, suffix := range []string{" and", " or", ";and"} {
			t = strings.TrimSuffix(t, suffix)
		}
		if t == s {
			return s
		}
		s = t
	}
}

// isChair reports whether a seat's role says it chairs ("… (Chair)", "the
// Chair, a GP …", "…, who chairs the Committee"), which "Vice Chair" and
// "who is not the Chair" do not.
func isChair(role string) bool {
	n := " " + norm(role) + " "
	for _, not := range []string{" vice chair", " deputy chair", " not the chair", " co chair"} {
		n = strings.ReplaceAll(n, not, " ")
	}
	if strings.HasPrefix(n, " chair ") || strings.HasPrefix(n, " the chair ") ||
		strings.HasPrefix(n, " independent chair ") || strings.HasPrefix(n, " an independent chair ") || strings.HasPrefix(n, " independent lay chair ") {
		// "Independent chair, a Non-Executive Member of the ICB"
		return true
	}
	if strings.Contains(strings.ToLower(role), "(chair)") {
		return true
	}
	for _, p := range []string{" who chairs ", " who is the chair ", " as chair ", " committee chair ", " chairs the "} {
		if k := strings.Index(n, p); k >= 0 && (p == " committee chair " || !chairsAnother(n[k+len(p):])) {
			return true
		}
	}
	return false
}

// chairsAnother reports whether what follows "who chairs" names another
// body: "the Lay Member for Governance, who chairs the Audit and Risk
// Committee" does not chair the body whose seat it is.
func chairsAnother(rest string) bool {
	self := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(rest), "the "), "this ")
	// "who chairs the Joint Committee", on a joint committee's list: the
	// short name a joint committee's text calls itself by.
	for _, w := range append(bodyNouns, "governing body", "joint committee", "joint commissioning committee") {
		if strings.HasPrefix(self, w) {
			return false // "one of whom chairs the Committee": this one
		}
	}
	return bodyNouns.any(rest)
}

// bodyNouns are the words that name a body a member may chair.
var bodyNouns = phrases{"committee", "sub committee", "panel", "forum", "group", "board", "council"}

// splitRoles splits a statement of members into roles: "the GP Chair and
// two further GP members; four locality leads (one for each locality),
// each of whom must be a GP; and the Chief Officer" is the GP Chair, two
// GP members, four locality leads who must be GPs, and the Chief
// Officer. " and " splits only before an article or a count, so "the lay
// member for audit and governance" stays whole; a phrase that qualifies
// a member ("who chairs it", "each of whom …") stays with it; nothing
// inside brackets splits. In a sentence a comma always splits; in a list
// item or table cell (item) only in a series that ends "and" and an
// article or count, and otherwise a phrase after a comma is part of the
// role ("Director of Nursing, Quality and Safety").
func splitRoles(s string, item bool) []string {
	if roles, ok := countedList(s, item); ok {
		return roles
	}
	// In a list set off by semicolons a comma is inside a member: "the
	// Partner Member for primary medical services, a practising GP;".
	commas := (!item || splitsAtAnd(s)) && strings.Count(s, ";") < 2
	var out []string
	// closed is set once a comma-separated part has joined its last two
	// members with " and ": the series has ended, so a member named
	// after it by "the …" renames the last one ("a registered nurse and a
	// hospital doctor, the secondary care specialist").
	closed := false
	for _, part := range splitOutside(s, func(r byte) bool { return r == ';' || r == ',' && commas }) {
		part = strings.TrimSpace(part)
		part = strings.TrimSpace(strings.TrimPrefix(part, "and "))
		if part == "" || part == "and" || part == "or" {
			continue // "…; and" closing a list item
		}
		if len(out) > 0 && (qualifierRe.MatchString(part) || item && !articleOrNum.MatchString(part) || strings.HasPrefix(part, "or ") ||
			// "two GP clinical leads, one for the county and one for the
			// city": where each of them is from, not more members.
			distributiveRe.MatchString(part) && seatCount(norm(out[len(out)-1])) >= 2 ||
			!articleOrNum.MatchString(part) && openQualifierRe.MatchString(out[len(out)-1]) ||
			closed && renames(out[len(out)-1], part) || endsUnfinished(out[len(out)-1])) {
			// "the lay member, who chairs it, …", "…, or the deputy each
			// of them names": part of the last role.
			out[len(out)-1] += ", " + cleanRole(part)
			continue
		}
		closed = false
		for part != "" {
			cut := andCut(part)
			if cut < 0 {
				out = append(out, cleanRole(part))
				break
			}
			out = append(out, cleanRole(part[:cut]))
			part = strings.TrimSpace(part[cut+5:])
			closed = commas && !strings.Contains(s, ";")
		}
	}
	var roles []string
	for _, r := range out {
		if r != "" {
			roles = append(roles, r)
		}
	}
	return roles
}

// distributiveRe finds a phrase that shares out the members counted
// before it: "one for the county and one for the city", "one from each
// locality".
var distributiveRe = lazyRe(`(?i)^(?:one|each|another|the other) (?:for|from|in|of|on|representing|covering|per|leading|who leads|to lead)\b`)

// unfinishedEnds are the last words of a phrase cut off before its
// object by commas: "neither of whom may be employed by, or hold a post
// with, a provider …". No member's name ends with one.
var unfinishedEnds = []string{" by", " with", " of", " to", " for", " from", " in", " at", " on"}

// endsUnfinished reports whether a role read so far ends in a word that
// needs more after it, so the part after the comma finishes it.
func endsUnfinished(role string) bool {
	for _, e := range unfinishedEnds {
		if strings.HasSuffix(role, e) {
			return true
		}
	}
	return false
}

// countedList reads a count before a colon and the members it counts
// after it: "Three representatives of NHS England: the Director of
// Commissioning Operations, the Head of Primary Care and the Director of
// Finance" is three seats, not three and two more. The members listed are
// the seats when they add up to the count and each says what it is
// ("Three executive members: the Chief Officer, …"); otherwise the count
// is ("Two GP members: Dr … and Dr …").
func countedList(s string, item bool) ([]string, bool) {
	colon := -1
	for _, p := range splitOutside(s, func(r byte) bool { return r == ':' }) {
		colon = len(p)
		break
	}
	if colon <= 0 || colon >= len(s) {
		return nil, false
	}
	head := strings.TrimSpace(s[:colon])
	n := seatCount(norm(head))
	if n < 2 {
		n = dashCount(head)
	}
	if n < 2 {
		return nil, false
	}
	items := splitRoles(s[colon+1:], item)
	// "seven members, all of whom vote: …" says only how many: the members
	// named are the seats when they add up to it, whatever they are.
	bare := bareMemberCount(head)
	sum := 0
	for _, it := range items {
		if cat, _ := classifyQualified(norm(it)); cat == model.CategoryUnclassified && !bare {
			return []string{cleanRole(head)}, true
		}
		sum += seatCount(norm(it))
	}
	if sum != n {
		return []string{cleanRole(head)}, true
	}
	return items, true
}

// bareMemberCountRe finds a count of members that says nothing of what
// they are: "thirteen members, all of whom have a vote", "ten voting
// members".
var bareMemberCountRe = lazyRe(`(?i)^(?:of\s+|by\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,2})\s+(?:voting\s+)?members?\b(?:\s*\(\w+\))?(?:,?\s+(?:all|each|both|every one|none|most)\s+of\s+(?:whom|them)\b.*)?\s*$`)

// bareMemberCount reports whether a role is only a count of members.
func bareMemberCount(role string) bool {
	return bareMemberCountRe.MatchString(strings.TrimSpace(role))
}

// bareOtherCount reports whether a role is only a count of the other
// members, after those named: "ten other members, all of whom vote".
func bareOtherCount(role string) bool {
	words := strings.Fields(strings.TrimSpace(role))
	if len(words) < 3 || words[1] != "other" && words[1] != "further" && words[1] != "more" {
		return false
	}
	return bareMemberCount(words[0] + " " + strings.Join(words[2:], " "))
}

// openQualifierRe finds a role whose qualifying clause a comma cut short:
// "two lay members, one of whom leads on audit" before ", governance and
// conflicts of interest while the other leads on …".
var openQualifierRe = lazyRe(`(?i)\bof whom\b[^()]*$`)

// splitsAtAnd reports whether s joins members with " and " before an
// article or a count, outside brackets.
func splitsAtAnd(s string) bool { return andCut(s) >= 0 }

// renames reports whether part, after a series of members has ended,
// names its last member again: an indefinite member, then "the …" with
// no "and" of its own ("a hospital doctor, the secondary care
// specialist"), not another series.
func renames(last, part string) bool {
	first, _, _ := strings.Cut(strings.ToLower(last), " ")
	return (first == "a" || first == "an") && strings.HasPrefix(strings.ToLower(part), "the ") && andCut(part) < 0
}

// andCut returns the offset of the first " and " in s, outside brackets,
// that an article or a count follows, or -1.
func andCut(s string) int {
	depth := 0
	// relative is set inside a relative clause no comma has closed: "a
	// lay member who can bring the views of patients and the public" is
	// one member.
	relative := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ',':
			relative = false
		case ' ':
			if strings.HasPrefix(s[i:], " who ") || strings.HasPrefix(s[i:], " whom ") || strings.HasPrefix(s[i:], " whose ") || strings.HasPrefix(s[i:], " which ") {
				relative = true
			}
			if depth == 0 && !relative && strings.HasPrefix(s[i:], " and ") && articleOrNum.MatchString(s[i+5:]) {
				return i
			}
		}
	}
	return -1
}

// splitOutside splits s at the bytes sep accepts that stand outside
// brackets.
func splitOutside(s string, sep func(byte) bool) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth = max(0, depth-1)
		case depth == 0 && sep(c):
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// countFromGoverningBody gives a committee seat such as "the lay members
// of the Governing Body" the number of such members the governing body
// has: the seat stands for all of them. A seat that counts itself ("two
// of the lay members", "one of the GP members") or names one member is
// left as it is.
func countFromGoverningBody(c *model.Committee, gb *model.Committee) {
	changed := false
	for i := range c.Seats {
		s := &c.Seats[i]
		if s.Count != 1 {
			continue
		}
		n := norm(s.Role)
		k := strings.Index(n, " of the governing body")
		if k < 0 {
			continue
		}
		head := stripThe(strings.TrimPrefix(n[:k], "all "))
		words := strings.Fields(head)
		if len(words) == 0 || !pluralMember[words[len(words)-1]] {
			continue
		}
		if _, _, ok := numberAt(words, 0, true); ok {
			continue
		}
		if count := governingBodyHas(head, gb); count > 1 {
			s.Count, changed = count, true
		}
	}
	if changed {
		c.Count = countSeats(c.Seats)
	}
}

// ownChairRe finds a committee seat that is the group's own chair, by
// title: "Chair of the CCG", "the CCG's Chair", "Clinical Chair of the
// Group", "Chair of the Governing Body", "the Board's Chair" (normalised;
// a CCG's committees, where "the Board" is its governing body).
var ownChairRe = lazyRe(`^(?:the )?(?:(?:ccg|group|clinical commissioning group|governing body|board)(?: s)? (?:clinical )?chair|(?:clinical )?chair of the (?:ccg|group|clinical commissioning group|governing body|board))$`)

// chairFromGoverningBody classifies a committee's voting seat that the
// group's own chair holds ("| Chair of the CCG | CCG | Yes |") as the
// governing body's chair seat is classified ("the Chair, a GP from a
// member practice"), when its title alone says nothing of what the
// holder is.
func chairFromGoverningBody(c *model.Committee, gb *model.Committee, chairGP, viceGP func() bool) {
	// "the Chair; the Vice Chair; …; and the Lay Member …, who chairs the
	// Joint Committee": with another member chairing the committee, its
	// bare "Chair" and "Vice Chair" are the group's.
	chairedByOther := false
	for _, s := range c.Seats {
		key := stripThe(norm(cleanRole(s.Role)))
		chairedByOther = chairedByOther || isChair(s.Role) && key != "chair" && !ownChairRe.MatchString(key)
	}
	changed := false
	for i := range c.Seats {
		s := &c.Seats[i]
		if !s.Voting || s.Category != model.CategoryUnclassified {
			continue
		}
		role := s.Role
		if k := strings.Index(role, ", who "); k > 0 {
			// "the Chair of the Group, who chairs the Committee": the
			// group's chair, whatever the clause adds.
			role = role[:k]
		}
		switch key := stripThe(norm(cleanRole(role))); {
		case ownChairRe.MatchString(key) || chairedByOther && (key == "chair" || key == "clinical chair"):
			if category := governingBodyChair(gb, chairGP); category != "" {
				s.Category, s.CategorySource, changed = category, "role", true
			}
		case chairedByOther && key == "vice chair" && viceGP():
			s.Category, s.CategorySource, changed = model.CategoryClinical, "role", true
		}
	}
	if changed {
		c.Count = countSeats(c.Seats)
	}
}

// governingBodyChair is the kind of member the governing body's chair
// is: its chair seat's, else clinical where a sentence says the chair is
// a GP; or "".
func governingBodyChair(gb *model.Committee, chairGP func() bool) string {
	for _, s := range gb.Seats {
		if s.Voting && isChair(s.Role) && s.Category != model.CategoryUnclassified {
			return s.Category
		}
	}
	if chairGP() {
		return model.CategoryClinical
	}
	return ""
}

// chairIsGP reports whether a paragraph outside the committees' sections
// says in a sentence of its own that the chair is a GP: "The Chair is
// elected by the members from among the GP members", "The Chair must be a
// general practitioner". A sentence that denies it, or is about another
// body's chair, does not.
func (d *document) chairIsGP() bool { return d.officeIsGP("the chair ") }

// viceChairIsGP is chairIsGP for the vice chair: "The Chair and the Vice
// Chair are GPs from member practices".
func (d *document) viceChairIsGP() bool {
	return d.officeIsGP("the vice chair ") || d.officeIsGP("the chair and the vice chair ")
}

func (d *document) officeIsGP(subject string) bool {
	for _, b := range d.blocks {
		if !containsFold(b.Text, "chair") || inKind(d.sections, b.SectionIndex, model.KindCommittee) || inKind(d.sections, b.SectionIndex, model.KindJointCommittee) {
			continue
		}
		if sentenceOfficeIsGP(b.Text, subject) {
			return true
		}
		// "The Governing Body has ten members. Its Chair is a GP …": in
		// the governing body's own section, "its" chair is the group's.
		if subject == "the chair " && inKind(d.sections, b.SectionIndex, model.KindGoverningBody) && sentenceOfficeIsGP(b.Text, "its chair ") {
			return true
		}
	}
	return false
}

func sentenceOfficeIsGP(text, subject string) bool {
	for _, sn := range presentSentences(text) {
		sn = strings.TrimLeft(sn, "0123456789. ")
		if !strings.HasPrefix(sn, subject) || !containsWords(sn, "gp") && !containsWords(sn, "gps") && !strings.Contains(sn, "general practitioner") {
			continue
		}
		if containsWords(sn, "not") || containsWords(sn, "no") || containsWords(sn, "nor") || containsWords(sn, "cannot") || containsWords(sn, "lay") {
			continue
		}
		if strings.HasPrefix(sn, "the chair of ") && !ownChairRe.MatchString(strings.Join(strings.Fields(sn)[:min(5, len(strings.Fields(sn)))], " ")) &&
			!strings.HasPrefix(sn, "the chair of the governing body ") {
			continue // "The Chair of the Audit Committee is …": another body's
		}
		return true
	}
	return false
}

// pluralMember are the plural nouns a seat for several members of the
// governing body ends in.
var pluralMember = map[string]bool{"members": true, "gps": true, "representatives": true, "clinicians": true, "officers": true, "directors": true}

// governingBodyHas counts the governing body's voting seats that a plural
// role, normalised, names: by category for "lay", "clinical" and
// "executive" members, else by the role's words.
func governingBodyHas(role string, gb *model.Committee) int {
	words := strings.Fields(role)
	last := words[len(words)-1]
	singular := strings.Join(append(words[:len(words)-1:len(words)-1], strings.TrimSuffix(last, "s")), " ")
	category := ""
	switch {
	case containsWords(role, "lay"):
		category = model.CategoryLay
	case containsWords(role, "clinical") || containsWords(role, "clinicians"):
		category = model.CategoryClinical
	case containsWords(role, "executive"):
		category = model.CategoryExecutive
	}
	n := 0
	for _, s := range gb.Seats {
		if !s.Voting {
			continue
		}
		if category != "" && s.Category == category || category == "" && containsWordsOrPlural(norm(s.Role), singular) {
			n += s.Count
		}
	}
	return n
}
