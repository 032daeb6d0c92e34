package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// judgeQuorum reads a committee's quorum clause, as text puts it
// (itemsNamed), and judges it against the committee's seats; chair is who
// the committee says chairs it.
func judgeQuorum(q *model.Quorum, text string, seats []model.Seat, chair string) {
	r := readQuorum(text)
	q.Unplaced = append([]string{}, r.unplaced...)
	q.ClinicianRequired, q.WithoutClinician = r.judge(seats, chair)
}

// quorumSeat is one member for the judgement: one of a voting seat's
// members, or a member the clause names that no seat stands for.
type quorumSeat struct {
	role     string // as written
	key      string // the role normalised
	category string // "" when not known
	chair    string // "chair", "vice chair" or ""
	seat     int    // index in the seats, or -1
	n        int    // which of the seat's members (or of the named members)
	party    string // the seat's party, or ""
}

// notClinical is the kind, for judging a quorum, of a member who is
// neither clinical, lay nor executive but holds an office no clinician
// holds as such.
const notClinical = "not clinical"

// councilOffice are the words of a local authority's elected offices
// ("elected member" is not among them: a CCG's elected members are GPs).
var councilOffice = phrases{"leader of the council", "council leader", "deputy leader of the council", "cabinet member",
	"councillor", "councillors", "mayor", "portfolio holder"}

// quorumPool is the committee's voting members, one for each seat counted.
func quorumPool(seats []model.Seat, chair string) []quorumSeat {
	var out []quorumSeat
	chairKey := stripThe(norm(chair))
	for i, s := range seats {
		if !s.Voting {
			continue
		}
		m := quorumSeat{role: s.Role, key: norm(s.Role), category: s.Category, seat: i, party: s.Party}
		if m.category == model.CategoryUnclassified {
			m.category = ""
			if councilOffice.any(m.key) {
				// "Leader of the Council", "Cabinet Member for Adult Social
				// Care": no category of the criteria's, but no clinician.
				m.category = notClinical
			}
		}
		switch {
		case isChair(s.Role) || chairKey != "" && strings.HasPrefix(stripThe(m.key), chairKey):
			m.chair = "chair"
		case chairOf(m.key) == "vice chair":
			m.chair = "vice chair"
		}
		for k := range max(1, s.Count) {
			m.n = k
			out = append(out, m)
		}
	}
	return out
}

// judge says whether every quorate meeting has a clinician ("yes"), or
// not ("no", with one quorate set that has none), or cannot tell
// ("unknown"). Only members known not to be clinicians make a quorum
// without one; a need that only clinicians (or members of no known kind)
// can meet, or a total that only they can make up, requires one.
func (r quorumRule) judge(seats []model.Seat, chair string) (string, string) {
	if len(r.with) > 0 && nonClinical(r.with) {
		texts := make([]string, len(r.with))
		for i, m := range r.with {
			texts[i] = m.text
		}
		return model.ClinicianRequiredNo, joinList(texts)
	}
	pool := quorumPool(seats, chair)
	if r.fallback > 0 {
		// "… stays quorate for that item with any three voting members who
		// have no conflict": met without a clinician where the committee
		// has that many voting members who are not clinicians (that many
		// of the kind it names among them).
		others, ofKind := 0, 0
		for _, m := range pool {
			if m.category != "" && m.category != model.CategoryClinical {
				others++
				if m.category == r.fallbackKind || r.fallbackKind == "non-executive" && m.category == model.CategoryLay {
					ofKind++
				}
			}
		}
		if others >= r.fallback && ofKind >= r.fallbackOfKind {
			return model.ClinicianRequiredNo, r.fallbackText
		}
	}
	r.needs = partiesUnknown(&r, pool)
	// (A need of a party whose seats are not known is counted among the
	// others: "members from four of the six ICBs, together with one of
	// those appointed by NHS England".)
	if r.total == 0 && r.share == "" && len(r.needs) == 0 && r.others == 0 && r.parties == 0 {
		return model.ClinicianRequiredUnknown, ""
	}

	// Each need's candidates: the members of the seats it names or, when
	// it names no seat, the members it names.
	type candidates struct {
		need    quorumNeed
		members []quorumSeat
	}
	cands := make([]candidates, len(r.needs))
	named := 0
	for i, n := range r.needs {
		cands[i].need = n
		for _, alt := range n.alts {
			matched := false
			for _, s := range pool {
				if alt.matches(s) {
					cands[i].members = append(cands[i].members, s)
					matched = true
				}
			}
			if matched {
				continue
			}
			// A need of one kind named alone is met by as many of them as
			// it counts: "at least two are members from NHS England".
			copies := 1
			if alt.plural || len(n.alts) == 1 {
				copies = n.count
			}
			for k := range copies {
				cands[i].members = append(cands[i].members, quorumSeat{role: namedMember(alt.text), key: alt.key, category: alt.category, chair: alt.chair, seat: -1, n: named + k})
			}
			named += copies
		}
	}

	for _, c := range cands {
		open, unknown := 0, false
		for _, m := range c.members {
			switch m.category {
			case model.CategoryClinical:
			case "":
				unknown = true
			default:
				open++
			}
		}
		if open < c.need.count && !unknown {
			return model.ClinicianRequiredYes, "" // only clinicians can meet it
		}
	}

	// A quorum without clinicians: the needs with fewest candidates first,
	// each from members not chosen yet.
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].members) < len(cands[j].members) })
	chosen := map[[2]int]bool{}
	var picked []quorumSeat
	for _, c := range cands {
		got := 0
		for _, m := range c.members {
			if got == c.need.count {
				break
			}
			if m.category == model.CategoryClinical || m.category == "" || chosen[m.id()] {
				continue
			}
			chosen[m.id()] = true
			picked = append(picked, m)
			got++
		}
		if got < c.need.count {
			return model.ClinicianRequiredUnknown, "" // a member of no known kind might be needed
		}
	}

	if r.parties != 0 {
		// Members from so many of the parties: a seat held once for each
		// party by members who are not clinicians ("a lay member from
		// each of the five CCGs") meets it; with none, it cannot be told.
		// "from each CCG" counts the parties from the seats: the number
		// of holders most seats of several have.
		parties, of := r.parties, r.ofParties
		if parties < 0 {
			of = commonCount(seats)
			parties = of
		}
		group := partyGroup(pool, seats, of, chosen)
		if of < 2 || len(group) < parties {
			return model.ClinicianRequiredUnknown, ""
		}
		for _, m := range group[:parties] {
			chosen[m.id()] = true
			picked = append(picked, m)
		}
	}
	total := max(r.total, len(picked)+r.others)
	if r.share != "" {
		if len(pool) == 0 {
			return model.ClinicianRequiredUnknown, "" // a share of members not stated
		}
		total = max(total, shareOf(r.share, len(pool)))
	}
	if len(picked) < total {
		if len(pool) == 0 {
			return model.ClinicianRequiredUnknown, "" // unnamed members of a membership not stated
		}
		unclassified := false
		for _, m := range pool {
			if len(picked) == total {
				break
			}
			switch {
			case chosen[m.id()] || m.category == model.CategoryClinical:
			case m.category == "":
				unclassified = true
			default:
				chosen[m.id()] = true
				picked = append(picked, m)
			}
		}
		if len(picked) < total {
			if unclassified {
				return model.ClinicianRequiredUnknown, ""
			}
			return model.ClinicianRequiredYes, "" // too few members who are not clinicians
		}
	}
	return model.ClinicianRequiredNo, describe(picked, seats)
}

// commonCount is the number of holders that most voting seats held by
// several have ("Its Clinical Chair" three times, for three CCGs), or 0.
func commonCount(seats []model.Seat) int {
	counts := map[int]int{}
	best, bestN := 0, 0
	for _, s := range seats {
		if s.Voting && s.Count > 1 {
			counts[s.Count]++
			if counts[s.Count] > bestN {
				best, bestN = s.Count, counts[s.Count]
			}
		}
	}
	return best
}

// partyGroup is the members not chosen yet of the first voting seat,
// of a kind known and not clinical, held once for each of n parties (its
// count is n), or nil.
func partyGroup(pool []quorumSeat, seats []model.Seat, n int, chosen map[[2]int]bool) []quorumSeat {
	for i, s := range seats {
		if !s.Voting || s.Count != n || s.Category == model.CategoryClinical || s.Category == model.CategoryUnclassified || s.Category == "" {
			continue
		}
		var group []quorumSeat
		for _, m := range pool {
			if m.seat == i && !chosen[m.id()] {
				group = append(group, m)
			}
		}
		return group
	}
	return nil
}

// leadingCount is the number a role begins with ("one of its lay
// members", "two GPs", "a Lay Member" one), or 0.
func leadingCount(role string) int {
	if n, _, ok := numberAt(strings.Fields(norm(role)), 0, true); ok {
		return n
	}
	return 0
}

// countPrefixRe is the count a quorum clause puts before a member it
// names: "at least one of", "at least two of them", "among them".
var countPrefixRe = lazyRe(`(?i)^(?:(?:at least|not less than|no fewer than|any)\s+)?(?:(?:one|two|three|four|five|\d{1,2})\s+of\s+(?:them\s+|whom\s+)?|among\s+them\s+)`)

// namedMember is a member a quorum clause names that no seat stands for,
// as a finding lists it: "the CCG's officers", not "at least one of the
// CCG's officers".
func namedMember(text string) string {
	if t := strings.TrimSpace(countPrefixRe.ReplaceAllString(text, "")); t != "" {
		return t
	}
	return text
}

// id tells members apart.
func (m quorumSeat) id() [2]int { return [2]int{m.seat, m.n} }

// nonClinical reports whether every member is of a known kind other than
// clinical.
func nonClinical(ms []quorumMember) bool {
	for _, m := range ms {
		if m.category == "" || m.category == model.CategoryClinical {
			return false
		}
	}
	return true
}

// partiesUnknown returns r's needs, those of a party counted among its
// other members of any kind unless the party of every voting seat is
// known: who appoints a member says nothing of what the member is, and
// where some seats' parties are not known ("one of the GP members of the
// Governing Body" beside "the Chief Officer"), "at least one by the CCG"
// may be any of them.
func partiesUnknown(r *quorumRule, pool []quorumSeat) []quorumNeed {
	known := len(pool) > 0
	for _, m := range pool {
		known = known && m.party != ""
	}
	if known {
		return r.needs
	}
	var out []quorumNeed
	for _, n := range r.needs {
		if len(n.alts) == 1 && n.alts[0].party != "" {
			r.others += n.count
			continue
		}
		out = append(out, n)
	}
	return out
}

// matches reports whether a member the clause names is one of this
// seat's: the chair by who chairs, a category ("lay member", "clinical
// member") by the seat's category, any other by the words of its role.
func (m quorumMember) matches(s quorumSeat) bool {
	if m.party != "" {
		return s.party == m.party // "at least two of them from the Group"
	}
	if m.chair != "" {
		// "the Independent Lay Chair" is also the seat of that title,
		// however the membership words it ("an Independent Lay Chair,
		// appointed by the eleven groups together").
		title := stripThe(m.key)
		return s.chair == m.chair || strings.Contains(title, " ") && containsWordsOrPlural(s.key, title)
	}
	key := m.key
	for _, lead := range []string{"among ", "them ", "whom ", "an ", "a "} {
		// "at least one of them an executive member", "among them a
		// Non-Executive Member"
		key = strings.TrimPrefix(key, lead)
	}
	whole := key
	key = singular(key)
	if containsWordsOrPlural(s.key, key) {
		return true
	}
	for _, cw := range categoryWords {
		p := singular(cw.phrase)
		if key == p || key == p+" member" || key == p+" membership" {
			return s.category == cw.category
		}
	}
	// "members from NHS England", "GP members": the words that name the
	// role, without the generic ones.
	var words []string
	all := strings.Fields(key)
	for _, w := range all {
		if !genericMember[w] && !appointedBy.any(w) && w != "by" && w != "appointed" && w != "from" {
			words = append(words, w)
		}
	}
	if len(words) > 0 && len(words) < len(all) && containsWordsOrPlural(s.key, singular(strings.Join(words, " "))) {
		return true
	}
	// "members from NHS England": the seats NHS England fills, however
	// their titles read.
	if strings.Join(words, " ") == "nhs england" && s.party == partyNHSEngland {
		return true
	}
	// "the Partner Members for primary medical services": the plural is
	// the word before what the role is for, not the last.
	head := singularHead(whole)
	return head != whole && containsWordsOrPlural(s.key, stripThe(head))
}

// singularHead drops the plural "s" of the word before a key's first
// "for", "of" or "from", the head of a role named by what it is for:
// "partner members for primary medical services" is "partner member for
// primary medical services".
func singularHead(key string) string {
	for _, prep := range []string{" for ", " of ", " from "} {
		if k := strings.Index(key, prep); k > 0 {
			return singular(key[:k]) + key[k:]
		}
	}
	return key
}

// singular drops the plural "s" of a key's last word.
func singular(key string) string {
	words := strings.Fields(key)
	if len(words) == 0 {
		return key
	}
	last := words[len(words)-1]
	if strings.HasSuffix(last, "s") && last != "nhs" && !strings.HasSuffix(last, "ss") && len(last) > 2 {
		words[len(words)-1] = last[:len(last)-1]
	}
	return strings.Join(words, " ")
}

// shareOf is how many of n voting members a share of them is.
func shareOf(share string, n int) int {
	switch share {
	case "majority":
		return n/2 + 1
	case "half":
		return (n + 1) / 2
	case "third":
		return (n + 2) / 3
	case "two-thirds":
		return (2*n + 2) / 3
	case "quarter":
		return (n + 3) / 4
	case "three-quarters":
		return (3*n + 3) / 4
	}
	return n
}

// describe names the members picked, in the order of the seats: each
// seat's role once, with how many of it when not all ("two of the three
// lay members"), then the members no seat stands for.
func describe(picked []quorumSeat, seats []model.Seat) string {
	var named []string
	bySeat := map[int]int{}
	for _, m := range picked {
		if m.seat < 0 {
			named = append(named, m.role)
			continue
		}
		bySeat[m.seat]++
	}
	var texts []string
	for i := range seats {
		n, ok := bySeat[i]
		if !ok {
			continue
		}
		role := cleanRole(seats[i].Role)
		switch own := leadingCount(role); {
		case own > 0 && own != seats[i].Count:
			// "one of its lay members", a seat of each of four groups:
			// the role counts one party's, not the seat's.
			switch {
			case n%own == 0 && n != own:
				role = countWord(n/own) + " × " + role // two parties' "two of its lay members"
			case n%own != 0:
				// Three of two boards' "two of its lay members": "three
				// of their lay members".
				rest := strings.TrimSpace(countPrefixRe.ReplaceAllString(role, ""))
				if r, ok := strings.CutPrefix(rest, "its "); ok {
					rest = "their " + r
				}
				role = countWord(n) + " of " + rest
			}
		case n < seats[i].Count && (strings.HasPrefix(role, "its ") || strings.HasPrefix(role, "their ")):
			// "its Director of Finance", a seat of each of two boards
			role += " (" + countWord(n) + " of " + countWord(seats[i].Count) + ")"
		case n < seats[i].Count:
			role = countWord(n) + " of " + role
		}
		texts = append(texts, role)
	}
	return joinList(append(named, texts...))
}

func countWord(n int) string {
	words := []string{"none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	if n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}

// joinList joins "a", "b" and "c" as "a, b and c"; a member whose role
// has a comma is set off by semicolons instead.
func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	sep := ", "
	for _, it := range items {
		if strings.Contains(it, ",") {
			sep = "; "
		}
	}
	return strings.Join(items[:len(items)-1], sep) + " and " + items[len(items)-1]
}
