package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/outline"
)

// notSigned are the sign-off cell values that mean a practice has not
// signed (documents.md §3), normalised; a cell may also begin with one of
// the longer ones ("Pending (due May)", "Declined to sign").
var notSigned = map[string]bool{
	"": true, "n a": true, "na": true, "no": true, "none": true, "not signed": true, "unsigned": true,
	"pending": true, "awaiting": true, "outstanding": true, "declined": true, "not yet signed": true,
	"tbc": true, "to follow": true, "not applicable": true, "refused": true,
	"not received": true, "not returned": true, "not yet received": true, "awaited": true, "no response": true,
	"not endorsed": true, "not agreed": true, "not confirmed": true,
}

// notSignedPrefixes begin a cell that records no signature; those that
// begin "not" or "no" ("not returned (chased 3 June)", "no reply to two
// reminders") are negatedCell's.
var notSignedPrefixes = phrases{"pending", "awaiting", "outstanding", "declined", "refused", "unsigned",
	"awaited", "nothing received", "none received"}

// signedValue reports whether a signatory or date cell records a
// signature. Dashes alone normalise to "" and so count as blank.
func signedValue(s string) bool {
	n := norm(s)
	if notSigned[n] || notApplicableFirst(s) {
		return false
	}
	if notSignedPrefixes.prefix(n) != "" || notSignedSuffixes.suffix(n) != "" || negatedCell(n) {
		return false
	}
	// "Returned unsigned; the partners asked for 3.4.2 to be reviewed
	// first": the cell's first clause says it, the rest why.
	if k := strings.IndexAny(s, ";:(–—"); k > 0 {
		first := norm(s[:k])
		return !notSigned[first] && notSignedSuffixes.suffix(first) == ""
	}
	return true
}

// rowSignedOff reports whether a row's signatory and date cells record a
// signature: either does, unless either says it was not signed ("|
// Returned unsigned | 12 January 2021 |": the date is when the form came
// back; "| Dr S. Boateng | not returned |").
func rowSignedOff(signatory, date string) bool {
	if norm(date) != "" && !signedValue(date) {
		// "| Dr S. Boateng | not returned |": the representative named,
		// the declaration not signed.
		return false
	}
	if signedValue(signatory) {
		return true
	}
	if norm(signatory) != "" {
		return false // "Returned unsigned"
	}
	return signedValue(date)
}

// negatedCell reports whether a normalised cell begins by denying
// something ("not represented", "no representative attended", "did not
// attend", "absent"): whatever it denies, it records no signature. A
// number after "no" is a number ("No 12").
func negatedCell(n string) bool {
	words := strings.Fields(n)
	if len(words) == 0 {
		return false
	}
	switch words[0] {
	case "not", "never", "absent", "apologies":
		return true
	case "no":
		return len(words) > 1 && !isDigits(words[1])
	case "did", "does", "has", "had", "was", "were", "is":
		return len(words) > 1 && words[1] == "not"
	}
	return false
}

// notApplicableFirst reports whether a cell begins "n/a" and gives a
// reason after it ("n/a – contract held by an NHS trust"). It reads the
// slash in the text: normalised, "N. A. Patel" would look the same.
func notApplicableFirst(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 3 || !strings.EqualFold(s[:3], "n/a") {
		return false
	}
	return len(s) == 3 || !isWordByte(s[3])
}

// notSignedSuffixes end a cell that promises a signature still to come:
// "Signature to follow", "Signed copy to be returned".
var notSignedSuffixes = phrases{"to follow", "to be signed", "to be returned", "to be confirmed", "awaited",
	// "Declaration not yet returned", "Signature outstanding"
	"not yet returned", "not returned", "not yet received", "not received", "not yet signed", "not signed",
	"outstanding", "pending", "unsigned"}

// codeKey and nameKey identify a practice for joins: its code when it
// has one, else its name without "The", case or punctuation.
func codeKey(code string) string {
	return strings.ToUpper(strings.Join(strings.Fields(code), ""))
}

func nameKey(name string) string {
	return stripThe(norm(strings.ReplaceAll(name, "&", " and ")))
}

// practiceTables sorts the tables with a practice column into member
// lists, sign-off records and vote tables (votes.go reads those).
type practiceTables struct {
	members  []int
	signOffs []int
	votes    []int
	// summaries are tables of vote totals (votesummary.go), whatever
	// their columns are called.
	summaries []int
}

// countsOnly reports whether every filled cell of a column is a number.
func countsOnly(rows []outline.Row, col int) bool { return everyFilledCell(rows, col, isDigits) }

// everyFilledCell reports whether a column has a filled cell and every
// filled cell, trimmed, is as ok says.
func everyFilledCell(rows []outline.Row, col int, ok func(string) bool) bool {
	filled := 0
	for _, r := range rows {
		c := strings.TrimSpace(cell(r.Cells, col))
		if c == "" {
			continue
		}
		if !ok(c) {
			return false
		}
		filled++
	}
	return filled > 0
}

func classifyPracticeTables(d *document) practiceTables {
	var pt practiceTables
	var inMembership, elsewhere, byCode []int
	for i, t := range d.tables {
		if _, ok := summaryVote(t); ok {
			pt.summaries = append(pt.summaries, i)
			continue
		}
		cols := d.practiceColumns(t)
		signOffSection := nearestOf(d.sections, t.Section, model.KindSignOff, model.KindMembership) == model.KindSignOff
		if cols[colPractice] < 0 {
			// "| Practice code | Practice Representative | Signature | Date
			// |" in a members' declaration: signed by code alone. Under
			// another title ("Approval of version 3.5 by the member
			// practices") it is a record when most of its codes are the
			// member list's.
			if cols[colCode] >= 0 && (cols[colSignatory] >= 0 || cols[colDate] >= 0) {
				if signOffSection {
					pt.signOffs = append(pt.signOffs, i)
				} else {
					byCode = append(byCode, i)
				}
			}
			continue
		}
		if countsOnly(t.Rows, cols[colPractice]) && cols[colCode] < 0 {
			// "| Locality | Area | Member practices |" with "| Thamesbank
			// | … | 5 |": how many practices each row has, not which.
			continue
		}
		switch {
		case cols[colVote] >= 0:
			pt.votes = append(pt.votes, i)
			if signOffSection || d.approvesConstitution(t) {
				// "The resolution to approve version 5.0 … was put to the
				// vote, practice by practice:" and "| Practice |
				// Represented by | Vote |": each practice's vote for the
				// constitution is its sign-off.
				pt.signOffs = append(pt.signOffs, i)
			}
		case signOffSection:
			pt.signOffs = append(pt.signOffs, i)
		case inKind(d.sections, t.Section, model.KindMembership):
			inMembership = append(inMembership, i)
		default:
			elsewhere = append(elsewhere, i)
		}
	}
	// Two tables of the same practices in the membership sections (or,
	// where those have none, elsewhere), one with who signed or when and
	// one without ("Appendix 2 – CCG
	// Membership", then "Appendix 3 – Record of the Member Practices'
	// Approval" with "| Practice | Code | Approved for the practice by |
	// Date |"): the second records their sign-off.
	inMembership, moved := d.signOffTwins(inMembership)
	pt.signOffs = append(pt.signOffs, moved...)
	// A practice table outside the membership sections (localities, say)
	// is the member list only when the membership sections have none.
	pt.members = inMembership
	if len(pt.members) == 0 {
		pt.members, moved = d.signOffTwins(elsewhere)
		pt.signOffs = append(pt.signOffs, moved...)
		sort.Ints(pt.signOffs)
		return pt
	}
	pt.signOffs = append(pt.signOffs, d.listedCodes(pt.members, byCode)...)
	// Where they have one, a table outside them that records who signed
	// or confirmed for each practice ("Appendix 4 – Record of Members'
	// Agreement", "| Practice | Code | Confirmed by | Date |") is a
	// sign-off record, whatever its section is called.
	for _, i := range elsewhere {
		if d.practiceColumns(d.tables[i])[colSignatory] >= 0 {
			pt.signOffs = append(pt.signOffs, i)
		}
	}
	sort.Ints(pt.signOffs)
	return pt
}

// approvesConstitution reports whether the paragraph before a table of
// practices' votes says they vote on the constitution itself: "The
// resolution to approve version 5.0 … was put to the vote", "… agreed
// to put version 6.0 to an online ballot".
func (d *document) approvesConstitution(t outline.Table) bool {
	bi := d.blockBefore(t.Seq, t.Section)
	if bi < 0 {
		return false
	}
	n := norm(d.blocks[bi].Text)
	return (containsWords(n, "constitution") || containsWords(n, "version")) &&
		(strings.Contains(n, "approv") || containsWords(n, "ballot") || containsWords(n, "vote") || containsWords(n, "voted"))
}

// voteSignedOff reports whether a row of a table of votes on the
// constitution records the practice's sign-off: a vote for it, and the
// return signed where the table says who returned it.
func voteSignedOff(cols [numColumns]int, cells []string) bool {
	if v, _ := voteValue(cell(cells, cols[colVote])); v != "for" {
		return false
	}
	return cols[colSignatory] < 0 && cols[colDate] < 0 || rowSignedOff(cell(cells, cols[colSignatory]), cell(cells, cols[colDate]))
}

// listedCodes returns the tables of candidates most of whose codes are
// those of the member tables.
func (d *document) listedCodes(members, candidates []int) []int {
	if len(candidates) == 0 {
		return nil
	}
	listed := d.practiceKeys(members)
	var out []int
	for _, i := range candidates {
		if d.mostlyListed(i, listed) {
			out = append(out, i)
		}
	}
	return out
}

// practiceKeys are the codes and names (codeKey, nameKey) of the
// practices the tables list.
func (d *document) practiceKeys(tables []int) map[string]bool {
	keys := map[string]bool{}
	for _, i := range tables {
		cols := d.practiceColumns(d.tables[i])
		for _, r := range d.tables[i].Rows {
			if c := codeKey(cell(r.Cells, cols[colCode])); c != "" {
				keys[c] = true
			}
			if n := nameKey(cell(r.Cells, cols[colPractice])); n != "" {
				keys[n] = true
			}
		}
	}
	return keys
}

// mostlyListed reports whether most of the practices table i lists, by
// code or name, are among keys.
func (d *document) mostlyListed(i int, keys map[string]bool) bool {
	cols := d.practiceColumns(d.tables[i])
	rows, listed := 0, 0
	for _, r := range d.tables[i].Rows {
		code, name := codeKey(cell(r.Cells, cols[colCode])), nameKey(cell(r.Cells, cols[colPractice]))
		if code == "" && name == "" {
			continue
		}
		rows++
		if code != "" && keys[code] || name != "" && keys[name] {
			listed++
		}
	}
	return rows > 0 && 2*listed > rows
}

// signOffTwins takes out of the membership sections' practice tables
// those that record sign-off (a signatory or date column) and list the
// same practices as a table there that records none; it returns the
// tables left and those taken. Most of a record's practices, by code or
// name, must be in the plain list: tables of different practices (one for
// each locality) are all members.
func (d *document) signOffTwins(tables []int) (members, signOffs []int) {
	if len(tables) < 2 {
		return tables, nil
	}
	var plainTables, withSignOff []int
	for _, i := range tables {
		if cols := d.practiceColumns(d.tables[i]); cols[colSignatory] >= 0 || cols[colDate] >= 0 {
			withSignOff = append(withSignOff, i)
		} else {
			plainTables = append(plainTables, i)
		}
	}
	plain := d.practiceKeys(plainTables)
	if len(plain) == 0 || len(withSignOff) == 0 {
		return tables, nil
	}
	taken := map[int]bool{}
	for _, i := range withSignOff {
		if d.mostlyListed(i, plain) {
			taken[i] = true
			signOffs = append(signOffs, i)
		}
	}
	for _, i := range tables {
		if !taken[i] {
			members = append(members, i)
		}
	}
	return members, signOffs
}

// practiceColumns finds a table's columns, taking a plain "Name" column
// for the practice in a membership or sign-off section when the table
// also has a practice's code, address, list size or sign-off.
func (d *document) practiceColumns(t outline.Table) [numColumns]int {
	cols := columnsOf(t.Header)
	practiceSection := inKind(d.sections, t.Section, model.KindMembership) || inKind(d.sections, t.Section, model.KindSignOff)
	if cols[colPractice] < 0 && cols[colName] >= 0 && cols[colMember] < 0 && practiceSection &&
		(cols[colCode] >= 0 || cols[colAddress] >= 0 || cols[colListSize] >= 0 || cols[colSignatory] >= 0 || cols[colDate] >= 0) {
		cols[colPractice], cols[colName] = cols[colName], -1
	}
	// "| Member | Practice code | … |" in a list of the members: the
	// members are the practices (a constitution drafted as an agreement
	// between "the Members").
	if cols[colPractice] < 0 && cols[colMember] >= 0 && cols[colCode] >= 0 && practiceSection {
		cols[colPractice], cols[colMember] = cols[colMember], -1
	}
	// "| Practice | Practice Representative | Signature | Date |": the
	// representative is who signs; the signature column says whether.
	if c := cols[colSignatory]; c >= 0 && norm(t.Header[c]) == "practice representative" {
		for k, h := range t.Header {
			// (or "| Practice Representative | Declaration signed |")
			if n := norm(h); k != c && (n == "signature" || n == "signed" || n == "declaration signed" || n == "signed declaration" || n == "declaration returned") {
				cols[colSignatory] = k
			}
		}
	}
	return cols
}

// nearestOf returns which of kinds a or b is nearest to section s (its
// own kind first, then its ancestors'), or "".
func nearestOf(secs []model.Section, s int, a, b string) string {
	if s < 0 || s >= len(secs) {
		return ""
	}
	for _, k := range secs[s].Kinds {
		if k == a || k == b {
			return k
		}
	}
	return ""
}

// membership reads the member practices and sign-off records.
func membership(d *document, pt practiceTables) (model.Membership, []model.SignOff) {
	m := model.Membership{Practices: []model.Practice{}}
	// With no member table, a plain list of practices is the member list
	// and any sign-off table stays a record joined to it; only when there
	// is no list either is a sign-off record the only list of practices
	// there is, and so the member list (documents.md §2, sign-off "may also
	// be the membership table itself").
	var plain []model.Practice
	var plainLine int
	var plainSection string
	if list, line, sec, ok := d.listBesideSignOffTables(pt.members); ok {
		// "3.1.1 The following practices are the members of the CCG:"
		// and a list, and in an appendix a table of who signed for each:
		// the list is the member list, the table a record joined to it,
		// so that a practice the table leaves out has not signed.
		pt.members, pt.signOffs = nil, append(pt.members, pt.signOffs...)
		plain, plainLine, plainSection = list, line, sec
	}
	if len(pt.members) == 0 && len(plain) == 0 {
		plain, plainLine, plainSection = practiceList(d)
		if len(plain) == 0 {
			// "The member practices, with their national codes, are:
			// Bingfield Medical Centre (C84610); Radleigh Surgery
			// (C84611); …", a list in a sentence.
			plain, plainLine, plainSection = practicesInProse(d)
		}
		if len(plain) == 0 {
			// "1.1 The Group's member practices are:" and paragraphs "(a)
			// Hornsea Cliff Surgery (B81801);", lettered as a list is.
			plain, plainLine, plainSection = practicesLettered(d)
		}
		if len(plain) == 0 {
			pt.members, pt.signOffs = pt.signOffs, nil
		}
	}
	if out := outermost(d.sections, model.KindMembership); len(out) > 0 {
		s := d.sections[out[0]]
		m.SectionLine, m.SectionHeading, m.Line, m.Section = s.Line, s.Heading, s.Line, s.Heading
	}
	for n, ti := range pt.members {
		t := d.tables[ti]
		cols := d.practiceColumns(t)
		hasSignOff := cols[colSignatory] >= 0 || cols[colDate] >= 0
		if n == 0 {
			m.Line, m.Section = t.Line, d.sectionHeading(t.Section)
		}
		m.HasSignOffEvidence = m.HasSignOffEvidence || hasSignOff
		coded := 0
		for _, r := range t.Rows {
			if cell(r.Cells, cols[colCode]) != "" {
				coded++
			}
		}
		for _, r := range t.Rows {
			if groupRow(r.Cells, cols[colPractice], cols[colCode] >= 0 && coded*5 >= len(t.Rows)*4) {
				continue // "| **Deane Vale Federation** | | | |": a heading of the rows after it
			}
			p := model.Practice{
				Name:      cell(r.Cells, cols[colPractice]),
				Code:      cell(r.Cells, cols[colCode]),
				Address:   cell(r.Cells, cols[colAddress]),
				ListSize:  listSize(cell(r.Cells, cols[colListSize])),
				Signatory: cell(r.Cells, cols[colSignatory]),
				Date:      cell(r.Cells, cols[colDate]),
				Line:      r.Line,
				Section:   d.sectionHeading(t.Section),
			}
			if p.Name == "" && p.Code == "" {
				continue
			}
			if hasSignOff {
				p.SignedOff = rowSignedOff(p.Signatory, p.Date)
				p.SignOffLine = r.Line
			}
			m.Practices = append(m.Practices, p)
		}
	}
	if len(plain) > 0 {
		m.Practices, m.Line, m.Section = plain, plainLine, plainSection
	}
	// The member list is settled: one index joins every record to it.
	idx := newPracticeIndex(m.Practices)
	signOffs := signOffRecords(d, pt.signOffs)
	joinSignOffs(&m, idx, signOffs)
	proseRead := false // proseSignOffs, signedInParagraph among them, has run
	if !m.HasSignOffEvidence && len(m.Practices) > 0 {
		// "Declarations were therefore signed for every member practice
		// listed in Appendix B except Graiseley Lane Surgery": all but
		// those named, before the sentences that name a practice (the
		// one excepted, here) are read as its record.
		if line, except, ok := signedForAllExcept(d, idx); ok {
			m.HasSignOffEvidence = true
			for i := range m.Practices {
				m.Practices[i].SignedOff, m.Practices[i].SignOffLine = !except[i], line
			}
		}
	}
	if !m.HasSignOffEvidence && len(m.Practices) > 0 {
		// "Allerdene Surgery (B86002): signed by Dr M. Ashworth, 12
		// September 2016.", a paragraph for each practice.
		proseRead = true
		prose := proseSignOffs(d, idx)
		joinSignOffs(&m, idx, prose)
		signOffs = append(signOffs, prose...)
	}
	if !m.HasSignOffEvidence && len(m.Practices) > 0 {
		// "This constitution was approved by all eighteen member practices
		// at the general meeting on 17 May 2017": every practice listed
		// signed off, and the sentence is the record.
		line, bi, scope := allApproved(d)
		if line > 0 && scope == scopeAll && countedFewer(d.blocks[bi].Text, len(m.Practices)) {
			// "All four Practice Representatives signed the Members'
			// Declaration", at one locality's meeting of several.
			scope = scopePresent
		}
		// "The Practice Representatives present each signed …", at each
		// locality's meeting: every such statement's practices.
		presents := d.presentSigned()
		if line == 0 && len(presents) > 0 || line > 0 && scope == scopePresent {
			named := map[int]int{}
			if line > 0 {
				named = d.presentBefore(bi, m.Practices)
			}
			for _, pb := range presents {
				for i, at := range d.presentBefore(pb, m.Practices) {
					if _, ok := named[i]; !ok {
						named[i] = at
					}
				}
			}
			if line == 0 {
				line = d.blocks[presents[0]].Line
			}
			if len(named) > 0 {
				m.HasSignOffEvidence = true
				for i := range m.Practices {
					m.Practices[i].SignOffLine = line
					if at, ok := named[i]; ok {
						m.Practices[i].SignedOff, m.Practices[i].SignOffLine = true, at
					}
				}
			}
		} else if line > 0 {
			m.HasSignOffEvidence = true
			named := map[int]int{} // practice → line of the paragraph naming it
			if scope == scopeNamedAfter {
				named = d.namedAfter(bi, m.Practices)
			}
			for i := range m.Practices {
				if len(named) == 0 {
					m.Practices[i].SignedOff, m.Practices[i].SignOffLine = true, line
				} else if at, ok := named[i]; ok {
					m.Practices[i].SignedOff, m.Practices[i].SignOffLine = true, at
				} else {
					m.Practices[i].SignOffLine = line
				}
			}
		}
	}
	if m.HasSignOffEvidence && !proseRead && slices.ContainsFunc(m.Practices, func(p model.Practice) bool { return !p.SignedOff }) {
		// "Note: Dr A, Practice Representative of X (code), sent apologies
		// for the meeting. She signed the declaration for her practice on
		// 12 February 2018": a practice the record leaves out, signed
		// since, in a paragraph of its own.
		later := signedInParagraph(d, idx)
		joinSignOffs(&m, idx, later)
		signOffs = append(signOffs, later...)
	}
	if slices.ContainsFunc(m.Practices, func(p model.Practice) bool { return !p.SignedOff }) {
		// Last, and only adding to what the records above read: a
		// sentence that names member practices and says they signed,
		// or that their declarations came back ("The declaration for X
		// (code) was signed by Dr A on the island", "The declarations
		// of X and Y … were received on 18 April"). Read first, it would
		// stand in for the records that say who was present.
		var named []model.SignOff
		for _, so := range signedNamedSentences(d, idx) {
			if idx.find(so.Code, so.Practice) >= 0 {
				named = append(named, so)
			}
		}
		joinSignOffs(&m, idx, named)
		signOffs = append(signOffs, named...)
	}
	return m, signOffs
}

// listBesideSignOffTables is the plain list of practices (practiceList)
// when every member table has a column of signatures or dates and the list
// names more practices than the tables have rows, among them every code
// the tables give: the tables record sign-off, and the list is the
// membership. ok is false otherwise.
func (d *document) listBesideSignOffTables(tables []int) (list []model.Practice, line int, sec string, ok bool) {
	if len(tables) == 0 {
		return nil, 0, "", false
	}
	rows := 0
	codes := map[string]bool{}
	for _, ti := range tables {
		t := d.tables[ti]
		cols := d.practiceColumns(t)
		if cols[colSignatory] < 0 && cols[colDate] < 0 || cols[colCode] < 0 {
			return nil, 0, "", false
		}
		for _, r := range t.Rows {
			if c := cell(r.Cells, cols[colCode]); c != "" {
				codes[codeKey(c)] = true
				rows++
			}
		}
	}
	list, line, sec = practiceList(d)
	if len(list) <= rows {
		return nil, 0, "", false
	}
	listed := map[string]bool{}
	for _, p := range list {
		if p.Code == "" {
			return nil, 0, "", false // a list with labels or names alone ("**Brentfield**") is not joined by code
		}
		listed[codeKey(p.Code)] = true
	}
	for c := range codes {
		if !listed[c] {
			return nil, 0, "", false
		}
	}
	return list, line, sec, true
}

// groupWords end the name of a group of practices rather than a practice:
// "Deane Vale Federation", "North Locality".
var groupWords = map[string]bool{"federation": true, "locality": true, "cluster": true, "network": true, "pcn": true,
	"neighbourhood": true, "neighborhood": true, "area": true, "zone": true, "patch": true, "localities": true}

// groupRow reports whether a row of a practice table heads the rows after
// it: only its practice cell is filled, and either the table gives nearly
// every practice a code (coded) or the cell names a group ("Sedge Levels
// Federation"). A practice whose other cells are blank in a table without
// codes is a practice that has not signed.
func groupRow(cells []string, practiceCol int, coded bool) bool {
	filled := 0
	for i, c := range cells {
		if strings.TrimSpace(c) != "" {
			if i != practiceCol {
				return false
			}
			filled++
		}
	}
	if filled == 0 {
		return false
	}
	words := strings.Fields(norm(cell(cells, practiceCol)))
	return coded || len(words) > 0 && groupWords[words[len(words)-1]]
}

// allApprovedRe finds a statement that every member practice approved the
// constitution: "This constitution was approved by all eighteen member
// practices", "All member practices have signed this constitution",
// "Every practice listed below signed the members' declaration approving
// this constitution", "… of all twenty-four member practices … were
// present, and each of them signed the members' declaration". Groups 1 and 2 are what stands between the
// practices and the verb, and between the verb and "constitution", in the
// second form (allSaidRe checks them).
var allApprovedRe = lazyRe(`(?i)\bconstitution\b[^.;]{0,40}?\b(?:was|has been|were|have been)\s+(?:therefore\s+|thus\s+|accordingly\s+|so\s+)?(?:approved|adopted|agreed|signed|endorsed)\s+(?:unanimously\s+)?by\s+(?:all|every one of|each of|every|each)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:of\s+(?:the|its|our)\s+)?member\s+practices?\b` +
	`|\b(?:all|every one of|every|each)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:of\s+(?:the|its|our)\s+)?(?:member\s+)?practices?\b((?:[^.;]|\d+(?:\.\d+)+){0,60}?)\b(?:signed|approved|adopted|endorsed|agreed(?:\s+to)?|confirmed\s+(?:its|their)\s+(?:approval|agreement|adoption)\s+of)\s+((?:[^.;]|\d+(?:\.\d+)+){0,120}?)\b(?:constitution|members['’]?\s+declaration)\b` +
	// "a signed declaration had been received from every one of the
	// twenty-six member practices", "signed declarations approving version
	// 1.3 had been received from all twelve member practices"
	`|\bsigned\s+(?:members['’]?\s+)?declarations?\s+(?:approving\s+(?:[^.;]|\d+(?:\.\d+)+){1,60}?\s+)?(?:had been|has been|have been|was|were)\s+received\s+from\s+(?:all|every one of|each of|every|each)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?member\s+practices?\b` +
	// "Each GP named in Appendix 1 signed this declaration on behalf of
	// his or her practice", of the member list's column of GPs
	`|\b(?:each|every)\s+(?:gp|practice\s+representative|representative|elected\s+gp)\s+(?:named|listed)\s+in\s+(?:appendix|schedule|annex)\s+[\w.]+\s+signed\s+(?:this|the)\s+(?:members['’]?\s+)?(?:declaration|constitution)\b` +
	// "The Practice Representatives of all fourteen member practices
	// listed in Appendix B were present. Each signed the members'
	// agreement to version 6.0 on behalf of their practice."
	`|\brepresentatives\s+of\s+all\s+(?:the\s+)?(?:[\w-]+\s+)?member\s+practices\b[^.;]{0,60}?\b(?:were|was)\s+present\.\s+each\s+(?:then\s+)?(?:confirmed\s+that\s+(?:[^.;]|\d+(?:\.\d+)+){0,100}?\s+and\s+)?signed\s+(?:the\s+)?(?:members['’]?\s+)?(?:declaration|agreement|constitution)\b` +
	// "The Practice Representative of each of the twenty practices named
	// in Schedule 1 confirmed … that it agreed to the constitution, and
	// each then signed the members' declaration."
	`|\brepresentatives?\s+of\s+each\s+of\s+the\s+(?:[\w-]+\s+)?(?:member\s+)?practices\b[^.;]{0,140}?,\s+and\s+each\s+(?:then\s+)?signed\s+(?:the\s+)?(?:members['’]?\s+)?(?:declaration|agreement|constitution)\b` +
	// "a declaration signed by its practice representative had been
	// returned by each of the sixteen member practices", "the declaration
	// approving version 3.0 of the constitution had been signed and
	// returned by each of the eight member practices"
	`|\bdeclarations?\s+(?:signed\s+by|approving)\s+(?:[^.;]|\d+(?:\.\d+)+){1,60}?\s+(?:had been|has been|have been|was|were)\s+(?:signed\s+and\s+)?(?:returned|received)\s+(?:by|from)\s+(?:all|every one of|each of|every|each)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?member\s+practices?\b` +
	// "The member practices are the twenty practices listed in Appendix
	// B. All twenty signed the Members' Declaration in Appendix C …"
	`|\bpractices\b[^.;]{0,80}\.\s+all\s+(?:[\w-]+\s+)?(?:of\s+them\s+)?(?:have\s+|had\s+)?signed\s+(?:the\s+|this\s+)?(?:members['’]?\s+)?(?:declaration|agreement|constitution)\b` +
	// "Resolved: that version 1.0 be approved …. All eight practices
	// voted in favour; none voted against", of the constitution the
	// paragraph puts to the vote.
	`|\b(?:resolved|resolution)\b[^;]{0,60}?\b(?:version\s+[\d.]+|(?:this|the)\s+constitution)\s+be\s+(?:approved|adopted)\b(?:[^;]|\d+(?:\.\d+)+){0,160}?\ball\s+(?:[\w-]+\s+)?(?:member\s+)?practices\s+(?:present\s+)?voted\s+(?:in\s+favour|for)\b`)

// notSaidRe finds, between the practices and what they did, words that
// make it something other than a record that each did it: a duty ("must
// approve"), a denial ("has not signed") or a clause picking out some
// practices ("each practice that signed").
var notSaidRe = lazyRe(`(?i)\b(?:must|shall|will|should|may|would|can|required|expected|asked|to|not|never|no|that|which|who|whose|if|unless|when|until)\b`)

// deniedRe finds a denial between what the practices did and the
// constitution: "signed no part of this constitution".
var deniedRe = lazyRe(`(?i)\b(?:not|never|no|neither|nor)\b`)

// Which practices a statement that each of them signed is of.
const (
	scopeAll        = iota // every member practice
	scopeNamedAfter        // those named after it: "Each practice named below then approved"
	scopePresent           // those at the meeting: "Each Practice Representative present then signed"
)

// allApproved is the line and block of the first statement that every
// member practice approved the constitution, or 0, and which practices
// it records (scope).
func allApproved(d *document) (line, block, scope int) {
	for bi, b := range d.blocks {
		if at := unanimousResolution(d, bi); at >= 0 {
			return b.lineOf(at), bi, scopeAll
		}
		if !containsFold(b.Text, "constitution") && !containsFold(b.Text, "declaration") && !containsFold(b.Text, "agreement") || !containsFold(b.Text, "practice") {
			continue
		}
		if at := allPresentEachSigned(b.Text); at >= 0 {
			return b.lineOf(at), bi, scopeAll
		}
		for _, m := range allApprovedRe.FindAllStringSubmatchIndex(b.Text, -1) {
			if m[2] >= 0 && (notSaidRe.MatchString(b.Text[m[2]:m[3]]) || deniedRe.MatchString(b.Text[m[4]:m[5]])) {
				continue
			}
			if askedHow(b.Text[:m[0]]) {
				continue // "Appendix C records how each member practice signed …": a pointer to the record, not the record
			}
			switch {
			case m[2] >= 0 && scopedRe.MatchString(b.Text[m[2]:m[3]]):
				return b.lineOf(m[0]), bi, scopeNamedAfter
			case m[2] >= 0 && presentRe.MatchString(b.Text[m[2]:m[3]]):
				return b.lineOf(m[0]), bi, scopePresent
			}
			return b.lineOf(m[0]), bi, scopeAll
		}
	}
	return 0, -1, scopeAll
}

// allPresentRe finds a meeting's record that every member practice was
// there: "The nominated GPs of all twelve member practices listed above
// were present", "every member practice was represented".
var allPresentRe = lazyRe(`(?i)\b(?:(?:of|from) all (?:the )?(?:[\w-]+ )?(?:of the )?member practices\b[^.;]{0,40}?\b(?:were|was) (?:present|represented)|(?:every|each) member practice was (?:present|represented))\b`)

// eachPresentSignedRe finds that each of those present then signed:
// "Each nominated GP then signed the members' approval on behalf of his
// or her practice."
var eachPresentSignedRe = lazyRe(`(?i)\beach\b[^.;]{0,60}?\bsigned\b`)

// allPresentEachSigned is the offset in a paragraph of a record that
// every member practice was at the meeting and each signed, or -1.
func allPresentEachSigned(text string) int {
	if !containsFold(text, "signed") || !containsFold(text, "all") && !containsFold(text, "member practice was") {
		return -1
	}
	p := allPresentRe.FindStringIndex(text)
	if p == nil || deniedBefore(text[:p[0]]) {
		return -1
	}
	s := eachPresentSignedRe.FindStringIndex(text[p[1]:])
	if s == nil || strings.Contains(strings.ToLower(text[p[1]+s[0]:p[1]+s[1]]), " not ") {
		return -1
	}
	return p[0]
}

// askedHow reports whether the words before a statement that every
// practice signed make it a question the record answers: "… records how
// each member practice signed", "… shows whether every practice signed".
func askedHow(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "how", "whether", "when", "where", "if":
		return true
	}
	return false
}

// presentSignedRe finds a statement that the representatives at a
// meeting signed: "The Practice Representatives present each signed the
// Members' Declaration", "the five Practice Representatives present
// signed", "The representatives present, one for each of the fifteen
// practices named above, voted to approve version 4.0, and each signed
// …".
var presentSignedRe = lazyRe(`(?i)\b(?:practice )?representatives? (?:who were )?present(?:,(?:[^.;]|\.\d){1,120},)?(?: (?:[^.;]|\.\d){1,80}?,? and)? (?:each |then |all |also |they )*signed\b`)

// presentSigned are the blocks that say the representatives present at a
// meeting signed.
func (d *document) presentSigned() []int {
	var out []int
	for k, b := range d.blocks {
		if containsFold(b.Text, "present") && containsFold(b.Text, "signed") && presentSignedRe.MatchString(b.Text) {
			out = append(out, k)
		}
	}
	return out
}

// countedAllRe finds "all" and a count before the practices or their
// representatives: "All four Practice Representatives signed" (group 1).
var countedAllRe = lazyRe(`(?i)\ball (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (?:of the )?(?:member )?practice`)

// countedFewer reports whether a statement that every practice signed
// counts fewer than the members: "All four Practice Representatives
// signed …" of a locality's four.
func countedFewer(text string, members int) bool {
	m := countedAllRe.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	n := seatCount(norm(m[1] + " practices"))
	return n > 0 && n < members
}

// presentRe finds words that make "each practice" those at a meeting:
// "Each Practice Representative present then signed".
var presentRe = lazyRe(`(?i)\b(?:present|attending|in attendance|at the meeting)\b`)

// absentLabelRe finds a paragraph that names practices not at a meeting:
// "Apologies: Sand Bay Surgery", "Absent: …", "Not represented: …".
var absentLabelRe = lazyRe(`(?i)^\W*(?:apologies|absent|not present|not represented|unable to attend)\b`)

// presentBefore finds the member practices named in the blocks before
// block bi of its section, the meeting's attendance, each with the line
// of the block that names it; a paragraph of apologies names none.
func (d *document) presentBefore(bi int, practices []model.Practice) map[int]int {
	out := map[int]int{}
	sec := d.blocks[bi].SectionIndex
	// The attendance is the nearest "Present: …" paragraph before the
	// statement, with the list after it; failing one, every paragraph
	// before it in its section that is no record of absence.
	from := -1
	for k := bi - 1; k >= 0 && d.blocks[k].SectionIndex == sec; k-- {
		if presentLabelRe.MatchString(d.blocks[k].Text) {
			from = k
			break
		}
	}
	// "Present: Dr A.P. (Beacon Hill Surgery); …" then "In attendance: Dr
	// C.F. (Chair of the Governing Body); …": the members present are the
	// first list, the officers who attend the second.
	if from > 0 && inAttendanceRe.MatchString(d.blocks[from].Text) {
		for k := from - 1; k >= 0 && k >= from-2 && d.blocks[k].SectionIndex == sec; k-- {
			if presentLabelRe.MatchString(d.blocks[k].Text) && !inAttendanceRe.MatchString(d.blocks[k].Text) {
				from = k
				break
			}
		}
	}
	for k := bi - 1; k >= 0 && d.blocks[k].SectionIndex == sec && k >= from; k-- {
		b := d.blocks[k]
		if from >= 0 && k > from && !b.ListItem {
			continue // the minute's other paragraphs: "The Board Secretary will send the declaration to …"
		}
		if absentLabelRe.MatchString(b.Text) || absentRe.MatchString(b.Text) && !presentLabelRe.MatchString(b.Text) {
			continue
		}
		text := b.Text
		if at := apologiesAtRe.FindStringIndex(text); at != nil {
			text = text[:at[0]] // "Present: …. Apologies: Rosherville Surgery."
		}
		namedInText(text, b.Line, practices, out)
	}
	// "… signed Members' Declarations were later received from Marsden
	// Road Surgery and from Cleadmoor Park Practice": signed since.
	for k := bi + 1; k < len(d.blocks) && d.blocks[k].SectionIndex == sec; k++ {
		if laterSignedRe.MatchString(d.blocks[k].Text) {
			d.namedIn(k, practices, out)
		}
	}
	return out
}

// inAttendanceRe finds the label of those who attend without being
// members present: "In attendance:".
var inAttendanceRe = lazyRe(`(?i)^\W*in attendance\b`)

// presentLabelRe finds a minute's record of attendance: "Present: the
// Practice Representatives of …".
var presentLabelRe = lazyRe(`(?i)^\W*(?:present|in attendance|attendance|attending)\b\W*:`)

// absentRe finds a paragraph saying a practice was not at a meeting: "No
// representative of Horsley Hill Surgery attended."
var absentRe = lazyRe(`(?i)\b(?:no representative of|not represented|did not attend|was absent|were absent|sent apologies)\b`)

// laterSignedRe finds a note that signatures came in after a meeting.
var laterSignedRe = lazyRe(`(?i)\bsigned\b[^.;]{0,40}\b(?:declarations?|forms?)\b[^.;]{0,20}\b(?:were|was|have been|has been) (?:later |since |subsequently |also )?received from\b`)

// namedIn adds to out the member practices block k names, by name or
// code, with its line, unless out has them already.
func (d *document) namedIn(k int, practices []model.Practice, out map[int]int) {
	namedInText(d.blocks[k].Text, d.blocks[k].Line, practices, out)
}

// namedInText adds to out the member practices text names, at line.
func namedInText(text string, line int, practices []model.Practice, out map[int]int) {
	n := norm(text)
	for i, p := range practices {
		if _, done := out[i]; done {
			continue
		}
		if name := norm(p.Name); name != "" && containsWords(n, name) || p.Code != "" && containsWords(n, norm(p.Code)) {
			out[i] = line
		}
	}
}

// apologiesAtRe finds where a record of attendance turns to those absent.
var apologiesAtRe = lazyRe(`(?i)\b(?:apologies|absent|not present|not represented)\b\W*:?`)

// carriedByAllRe finds a resolution carried with every member practice
// for it: "The resolution was carried unanimously, the representative of
// every member practice voting in favour", "The motion was passed, all
// member practices voting for it".
var carriedByAllRe = lazyRe(`(?i)\b(?:resolution|motion)\b[^.;]{0,40}?\b(?:was|were|has been)\s+(?:carried|passed)\b[^.;]{0,60}?\b(?:every|each|all)\s+(?:of\s+the\s+|the\s+)?(?:[\w-]+\s+)?member\s+practices?\b[^.;]{0,40}?\b(?:voting|voted)\s+(?:in favour|for)\b`)

// signedForAllExceptRe finds a statement that every member practice
// signed but those it names: "Declarations were therefore signed for
// every member practice listed in Appendix B except Graiseley Lane
// Surgery, whose declaration had not been received" (group 1 the
// exceptions, up to a comma, a semicolon or the end).
var signedForAllExceptRe = lazyRe(`(?i)\b(?:signed|approved|adopted)\s+(?:for|by)\s+(?:every|each|all(?:\s+of)?(?:\s+the)?)\s+(?:[\w-]+\s+)?member\s+practices?\b[^.;]{0,60}?\b(?:except|but|save|apart\s+from|other\s+than)\s+([^,;]+?)\s*(?:[,;]|\.?$|\.\s)`)

// eachSignedExceptRe is signedForAllExceptRe with the practices as the
// subject: "the practice representative of each member practice listed
// in Appendix A signed the members' declaration on the practice's
// behalf, with the exception of Latchmere Road Surgery (H85606), whose
// declaration had not been returned" (group 1 the exceptions).
var eachSignedExceptRe = lazyRe(`(?i)\b(?:every|each|all(?:\s+of)?(?:\s+the)?)\s+(?:[\w-]+\s+)?member\s+practices?\b[^.;]{0,80}?\b(?:signed|approved|adopted)\b[^.;]{0,80}?\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|save(?:\s+for)?|apart\s+from|other\s+than)\s+([^,;]+?)\s*(?:[,;]|\.?$|\.\s)`)

// signedForAllExcept reads a statement that every member practice signed
// but those it names (signedForAllExceptRe): its line, and the practices
// it excepts, of which it must name one at least. A denial ("were not
// signed for every …") is none.
func signedForAllExcept(d *document, idx practiceIndex) (int, map[int]bool, bool) {
	for _, b := range d.blocks {
		if !containsFold(b.Text, "member practice") || !allButRe.MatchString(b.Text) {
			continue
		}
		for _, sp := range sentences(b.Text) {
			sent := b.Text[sp.start:sp.end]
			m := signedForAllExceptRe.FindStringSubmatchIndex(sent)
			if m == nil {
				m = eachSignedExceptRe.FindStringSubmatchIndex(sent)
			}
			if m == nil || deniedBefore(sent[:m[0]]) {
				continue
			}
			except := map[int]bool{}
			for _, n := range idx.namedIn(sent[m[2]:m[3]], b) {
				if i := idx.find(n.Code, n.Practice); i >= 0 {
					except[i] = true
				}
			}
			if len(except) == 0 {
				continue
			}
			return b.lineOf(sp.start + m[0]), except, true
		}
	}
	return 0, nil, false
}

// allButRe finds an exception to "every member practice": "all member
// practices but one voting in favour".
var allButRe = lazyRe(`(?i)\b(?:but|except|exception|save|apart from|other than|bar)\b`)

// unanimousResolution is the offset in block bi of a statement that a
// resolution adopting the constitution was carried with every member
// practice for it, or -1: the resolution itself, a block before it in its
// section, must adopt or approve the constitution.
func unanimousResolution(d *document, bi int) int {
	b := d.blocks[bi]
	// Cheap tests first: the expression has no literal prefix.
	if !containsFold(b.Text, "carried") && !containsFold(b.Text, "passed") || !containsFold(b.Text, "practice") ||
		!containsFold(b.Text, "resolution") && !containsFold(b.Text, "motion") {
		return -1
	}
	m := carriedByAllRe.FindStringIndex(b.Text)
	if m == nil || deniedRe.MatchString(b.Text[m[0]:m[1]]) || allButRe.MatchString(b.Text[m[0]:m[1]]) {
		return -1
	}
	for k := bi - 1; k >= 0 && d.blocks[k].SectionIndex == b.SectionIndex; k-- {
		if t := d.blocks[k].Text; containsFold(t, "constitution") && (containsFold(t, "adopt") || containsFold(t, "approve")) {
			return m[0]
		}
	}
	return -1
}

// scopedRe finds words that make "every practice" those named after the
// statement: "named below", "listed below", "set out below", "that
// follow".
var scopedRe = lazyRe(`(?i)\b(?:below|following|hereunder|listed|named|set out)\b`)

// namedAfter finds the member practices named in the blocks after block
// bi of its section, by name or code, each with the line of the block
// that names it. A practice named nowhere after it is not in the map.
func (d *document) namedAfter(bi int, practices []model.Practice) map[int]int {
	out := map[int]int{}
	sec := d.blocks[bi].SectionIndex
	for k := bi + 1; k < len(d.blocks) && d.blocks[k].SectionIndex == sec; k++ {
		d.namedIn(k, practices, out)
	}
	return out
}

// proseSignOffRe reads a paragraph that records one practice's sign-off:
// "Allerdene Surgery (B86002): signed by Dr M. Ashworth, 12 September
// 2016.", "… – signed for the practice by Dr Ama Boateng, 2 March 2015". Group 1 is the practice, 2 a denial, 3 who signed and 4 the rest
// (the date).
var proseSignOffRe = lazyRe(`^([^:–—]{3,120}?)\s*[:–—]\s*(not\s+(?:yet\s+)?|un)?(?:signed|approved|agreed)(?:\s+(?:on\s+(?:its|the\s+practice['’]s)\s+behalf\s+|(?:for|on\s+behalf\s+of)\s+the\s+practice\s+)?by\s+([^,;]{2,80}))?[,;]?\s*(?:on\s+)?(.*?)\.?$`)

// signatureLineRe reads a practice's signature line: the practice, then
// "Signature:", and perhaps "Name:" and "Date:", each after a dash
// (groups 1 to 4: practice, signature, name, date).
var signatureLineRe = lazyRe(`(?i)^([^:–—]{3,120}?)\s*[–—]\s*signature\s*:\s*(.*?)\s*(?:[–—]\s*name\s*:\s*(.*?)\s*)?(?:[–—]\s*date\s*:\s*(.*?))?\s*\.?$`)

// onBehalfSignOffRe reads a signature line written as a sentence: "Signed
// for and on behalf of X Surgery (C84601): Dr A, Partner, 9 January
// 2013", "Signed for X Surgery (D82601): Dr B, practice delegate, 19
// January 2015". Group 1 is the practice, 2 who signed and the rest.
var onBehalfSignOffRe = lazyRe(`(?i)^signed\s+(?:(?:for\s+and\s+)?on\s+behalf\s+of|for)\s+([^:–—]{3,120}?)\s*[:–—]\s*(\S.*)$`)

// proseSignOffs reads sign-off recorded in paragraphs or list items, one
// a practice, outside tables: each names a member practice before a
// colon or dash, then whether and by whom it signed.
func proseSignOffs(d *document, idx practiceIndex) []model.SignOff {
	out := append(signedForEach(d, idx), signedList(d, idx)...)
	out = append(out, signedInCells(d, idx)...)
	out = append(out, signedInSentence(d, idx)...)
	out = append(out, approvedByParagraph(d, idx)...)
	out = append(out, listedUnderSigning(d, idx)...)
	out = append(out, signedInParagraph(d, idx)...)
	for _, b := range d.blocks {
		// A record is short and names its practice before a colon or
		// dash: the expressions run on nothing else.
		if len(b.Text) > 400 || !strings.ContainsAny(b.Text[:min(len(b.Text), 160)], ":–—") ||
			!containsFold(b.Text, "signed") && !containsFold(b.Text, "approved") && !containsFold(b.Text, "agreed") &&
				!containsFold(b.Text, "signature") {
			continue
		}
		m := proseSignOffRe.FindStringSubmatch(b.Text)
		if m == nil {
			// "Rectory Lane Surgery (C84501) — Signature: A Whitfield —
			// Name: Dr Anne Whitfield — Date: 11/03/2014", a signature
			// line; blank or dotted where the practice has not signed.
			if g := signatureLineRe.FindStringSubmatch(b.Text); g != nil {
				m = signatureRecord(g[1], g[2], g[3], g[4])
			}
		}
		if m == nil {
			// "**Abbey Lane Surgery (G82801)**\ Signed: Dr Rachel Amis,
			// Practice Representative\ Date: 14 January 2016", a
			// signature block read as one paragraph.
			if g := signedBlockRe.FindStringSubmatch(b.Text); g != nil {
				m = signatureRecord(g[1], g[2], g[2], g[3])
			}
		}
		if m == nil {
			// "Signed for and on behalf of Bridge Street Medical Centre
			// (C84601): Dr Helen Marsden, Senior Partner, 9 January 2013."
			o := onBehalfSignOffRe.FindStringSubmatch(b.Text)
			if o == nil {
				continue
			}
			signer, rest, _ := strings.Cut(o[2], ",")
			if k := strings.LastIndex(rest, ","); k >= 0 {
				rest = rest[k+1:]
			}
			m = []string{o[0], o[1], "", strings.TrimSpace(signer), strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "."))}
		}
		// "1. Churchside Medical Centre – signed by Dr E. Marland, …": a
		// record numbered as a list is, the number not the practice's.
		head := itemNumberRe.ReplaceAllString(m[1], "")
		name, code, ok := practiceItem(head)
		if !ok {
			name = strings.TrimSpace(head)
		}
		if idx.find(code, name) < 0 {
			continue
		}
		s := model.SignOff{
			Practice: name, Code: code, Signatory: strings.TrimSpace(m[3]), Date: strings.TrimSpace(m[4]),
			Line: b.Line, Section: b.Section, SignedOff: m[2] == "",
		}
		out = append(out, s)
	}
	return out
}

// signedVerbRe finds a sentence's word that a declaration was signed or
// came back signed: "signed", "were received", "had since been
// returned", "reached".
var signedVerbRe = lazyRe(`(?i)\b(?:signed|(?:was|were)(?: later| then| since)? (?:received|returned)|(?:has|have|had)(?: since| later| then| now)? been (?:received|returned)|reached|arrived)\b`)

// unsignedCueRe finds words that deny a signature or put it off: "has
// not signed", "yet to sign", "will be asked to sign", "before doing so".
var unsignedCueRe = lazyRe(`(?i)\b(?:not|no|none|neither|never|nor|yet to|to be|will be|shall be|would be|once|awaiting|awaited|unsigned|outstanding|declined|refused|withheld|asked to|will sign|to sign|before|until|unless|if|interests?|register)\b`)

// unsignedCue reports whether a sentence has a word that denies a
// signature or puts it off (unsignedCueRe). "before" puts off only what
// is still to be done: "… had been signed and returned to the CCG's
// offices before the meeting" is done.
func unsignedCue(sent string) bool {
	for _, m := range unsignedCueRe.FindAllStringIndex(sent, -1) {
		if !strings.EqualFold(sent[m[0]:m[1]], "before") || !signedBeforeRe.MatchString(sent[:m[0]]) {
			return true
		}
	}
	return false
}

// signedBeforeRe finds a signature done, in the past: "had been signed",
// "were signed", "was returned".
var signedBeforeRe = lazyRe(`(?i)\b(?:had been|have been|has been|were|was)(?: \w+){0,2} (?:signed|returned|received)\b`)

// eachSignedRe opens a sentence whose subject stands for practices the
// sentence before named: "Each practice signed …", "Both signed …",
// "Their declarations were signed at the practices …", "Its Practice
// Representative, Dr F. Lacey, signed …".
var eachSignedRe = lazyRe(`(?i)^(?:each (?:practice|of them|of the two|of those practices)|both(?: practices| of them)?|they|the two practices|their (?:signed )?(?:members['’]? )?(?:declarations?|agreements?|forms?)` +
	// "… was not represented at the meeting. Its Practice Representative,
	// Dr F. Lacey, signed the members' declaration at the practice"
	`|its (?:practice representative|representative|senior partner|partners?|practice manager|lead gp))\b`)

// reportedThatRe finds the report a sentence opens with: "The Secretary
// reported after the meeting that …", "It was noted that …".
var reportedThatRe = lazyRe(`(?i)^[\w’' ]{0,40}?\b(?:reported|confirmed|noted|recorded|said|told|informed)\b[^.;:,]{0,40}?\bthat\s+`)

// signedNamedSentences reads a sentence that names member practices and
// says, with nothing that denies or defers it, that they signed or that
// their declarations came back signed ("The declaration for X (code) was
// signed by Dr A on 13 February", "The declarations of X and Y, whose
// representatives sent apologies, were received on 18 April"), or that
// names them and is followed by one whose subject stands for them ("The
// representatives of X and Y had sent apologies. Each practice signed the
// Members' Agreement at the CCG's offices on 20 February", "… The
// Secretary reported that both practices' signed declarations had reached
// her on 4 March"). Only in a
// paragraph about the declaration, the agreement or the constitution.
func signedNamedSentences(d *document, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	for _, b := range d.blocks {
		if b.ListItem || !containsFold(b.Text, "sign") && !containsFold(b.Text, "received") ||
			!containsFold(b.Text, "declaration") && !containsFold(b.Text, "agreement") && !containsFold(b.Text, "constitution") {
			continue
		}
		var before []model.SignOff
		for _, sp := range sentences(b.Text) {
			sent := strings.TrimSpace(b.Text[sp.start:sp.end])
			named := idx.namedIn(sent, b)
			// "signed", or a declaration received: not "Apologies were
			// received from …".
			signed := (containsFold(sent, "signed") || containsFold(sent, "declaration") || containsFold(sent, "agreement")) &&
				signedVerbRe.MatchString(sent) && !unsignedCue(sent)
			switch {
			case len(named) > 0 && signed:
				out = append(out, named...)
			case len(named) == 0 && len(before) > 0 && signed && eachSignedRe.MatchString(reportedThatRe.ReplaceAllString(sent, "")):
				out = append(out, before...)
			}
			before = named
		}
	}
	return out
}

// itemNumberRe finds the number a record opens with: "1. ", "12\. ".
var itemNumberRe = lazyRe(`^\s*\d{1,3}\\?\.\s+`)

// signatureRecord is a signature read as proseSignOffRe's groups: the
// practice, "not " where the signature is blank or dotted, who signed and
// when.
func signatureRecord(practice, signature, signer, date string) []string {
	denied := ""
	if !signedValue(strings.Trim(signature, "*_ ")) {
		denied = "not "
	}
	return []string{"", practice, denied, strings.Trim(signer, "*_ "), strings.TrimSpace(date)}
}

// signedBlockRe reads a signature block whose lines are one paragraph:
// the practice, "Signed:" and who signed, perhaps "Date:" and when
// (groups 1 to 3).
var signedBlockRe = lazyRe(`(?i)^(.{3,120}?)\s+signed\s*:\s*(.*?)(?:\s*\bdate\s*:\s*(.*?))?\s*\.?$`)

// signedForRe reads one practice's signature in a run of them: "for
// Ashworth Street Surgery by Dr Naveed Rahman on 1 February 2016;"
// (groups 1 to 3: the practice, who signed, the date).
var signedForRe = lazyRe(`(?i)\bfor\s+([^;:]{3,100}?)\s+by\s+([^;:]{2,80}?)\s+on\s+([^;:]{3,40}?)\s*(?:;|\.\s|\.?$)`)

// signedForEach reads paragraphs that list the signatures of several
// practices, each "for <practice> by <signatory> on <date>", after words
// in the same section that say they were signed ("Copies of this
// declaration were signed … as follows."). Only member practices are
// read: the paragraphs name nothing else by this form.
func signedForEach(d *document, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	signedSection := -2
	for _, b := range d.blocks {
		if containsFold(b.Text, "signed") {
			signedSection = b.SectionIndex
		}
		if b.SectionIndex != signedSection || !containsFold(b.Text, "for ") || !containsFold(b.Text, " by ") {
			continue
		}
		for _, m := range signedForRe.FindAllStringSubmatch(b.Text, -1) {
			if s, ok := memberSignOff(idx, m[1], m[2], m[3], b); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// approvalLeadRe finds the words that lead into paragraphs naming the
// practices that approved: "The signed records show that approval was
// given by:", "The following practices signed:".
var approvalLeadRe = lazyRe(`(?i)\b(?:approv|sign|agree|confirm|endorse)[a-z]*\b[^.;]{0,40}\b(?:by|were|was|following)\s*:\s*$` +
	// "Declarations were signed at the meeting for the following
	// practices, locality by locality:"
	`|\b(?:signed|approved)\b[^.;]{0,80}\bfor the following (?:member )?practices\b[^.;:]{0,40}:\s*$`)

// signedForListRe finds the signatures a sentence lists after a colon,
// each "<who> for <practice>": "Each signed the members' declaration …
// for their practice: Dr Aisha Rahman for Bensham Road Surgery, Dr Colin
// Pattinson for Dunston Bank Medical Practice and …" (group 1 the list).
var signedForListRe = lazyRe(`(?i)\bsigned\b(?:[^.:;]|\.\d){0,160}:\s*([^:]+?)\.?$`)

// representedSignedRe finds practices named before words saying each
// one's representative signed: "Felling Square Medical Centre, Heworth
// Green Practice and … were represented by their Practice Leads (…),
// each of whom signed the members' declaration" (group 1 the practices).
var representedSignedRe = lazyRe(`(?i)^(?:[A-Z]?\d+[.\d]*\s+)?(.+?)\s+(?:were|was)\s+(?:represented|present)\b[^.;]*?\beach of (?:whom|them)\s+signed\b`)

// signedColonRe finds a sentence whose practices signed, listed after a
// colon: "All five practices of the network signed: …".
var signedColonRe = lazyRe(`(?i)\bpractices\b[^.:;]{0,60}\bsigned(?:\s+through\s+their\s+(?:practice\s+)?representatives)?\s*:` +
	// "… declarations had been signed for all nine practices of the
	// Group: A (code), …"
	`|\bsigned\s+for\s+(?:all|each|every one)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:member\s+)?practices\b[^.:;]{0,40}:` +
	// "Each of the Group's six practices confirmed its approval of the
	// constitution by a declaration signed by its Practice
	// Representative: A (code), …"
	`|\b(?:each|all|every one)\s+of\s+the\b[^.:;]{0,40}\bpractices\s+(?:confirmed|gave|recorded|signified)\s+(?:its|their)\s+approval\b[^:;]{0,120}\bsigned\b[^:;]{0,60}:` +
	// "The Practice Representatives of all twelve practices … were
	// present. Each of them signed the members' declaration … on behalf
	// of their practice: A, B, …"
	`|\b(?:each|all) of (?:them|these|those|whom)\s+(?:then\s+)?signed\b[^:;]{0,160}:`)

// signedBracketRe finds practices that signed named in brackets after
// it: "Of the Lyvennet practices, six signed at the meeting (A, B and C)"
// (group 1 the words before "signed", 2 the names).
var signedBracketRe = lazyRe(`(?i)\bpractices\b([^.;()]{0,40})\bsigned(?:\s+at\s+the\s+meeting)?\s*\(([^()]+)\)`)

// signedReachedRe finds a sentence saying signed declarations reached
// someone, the practices after a colon: "Their signed declarations
// reached the Board Secretary after the meeting: …".
var signedReachedRe = lazyRe(`(?i)\bsigned (?:members['’]? )?(?:declarations?|forms?|copies|agreements?)\b[^:]{0,80}\b(?:reached|were received|was received|arrived|came)\b[^:]{0,80}:`)

// signedInSentence reads the practices a sentence names as signing, in
// either form above. A sentence counts when most of the names it lists
// are member practices.
func signedInSentence(d *document, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	signing := map[int]bool{} // sections whose heading names the declaration or its signature
	for i, sec := range d.sections {
		signing[i] = containsFold(sec.Heading, "declaration") || containsFold(sec.Heading, "signature") || containsFold(sec.Heading, "sign-off") || containsFold(sec.Heading, "sign off")
	}
	for _, b := range d.blocks {
		// Every form needs one of these words, and the constitution or
		// its declaration named, in the paragraph or its section's
		// heading: most blocks are ruled out unsplit.
		if (!containsFold(b.Text, "constitution") && !containsFold(b.Text, "declaration") && !signing[b.SectionIndex] ||
			!containsFold(b.Text, "signed") && !containsFold(b.Text, "approv") && !containsFold(b.Text, "adopt") && !containsFold(b.Text, "voted")) &&
			!containsFold(b.Text, "signed for") && !containsFold(b.Text, "confirmed for") && !(containsFold(b.Text, "practices") && containsFold(b.Text, "signed")) {
			continue
		}
		prev := ""
		for _, sp := range sentences(b.Text) {
			sent := strings.TrimSpace(b.Text[sp.start:sp.end])
			before := prev
			prev = sent
			var names []string
			forms := false
			signed := containsFold(sent, "signed")
			if m := signedForListRe.FindStringSubmatch(sent); signed && strings.Contains(sent, ":") && m != nil && containsFold(m[1], " for ") {
				names, forms = listNames(m[1]), true
			} else if signed && m != nil && signedColonRe.MatchString(sent) {
				// "All five practices of the network signed: A, B, …"
				names = listNames(m[1])
			} else if signed && m != nil && signedReachedRe.MatchString(sent) {
				// "Their signed declarations reached the Board Secretary
				// after the meeting: A on 16 January 2015, B and C on 19
				// January 2015, …"
				for _, n := range listNames(m[1]) {
					if k := strings.LastIndex(n, " on "); k > 0 {
						n = n[:k]
					}
					names = append(names, n)
				}
			} else if br := signedBracketRe.FindStringSubmatch(sent); signed && br != nil && !deniedRe.MatchString(br[1]) {
				// "Of the Lyvennet practices, six signed at the meeting (A,
				// B and C)", not "two have not yet signed (…)".
				names = listNames(br[2])
			} else if signed && containsFold(sent, "each of") {
				if m := representedSignedRe.FindStringSubmatch(sent); m != nil {
					names = listNames(m[1])
				}
			}
			if m := approvedSentenceRe.FindStringIndex(sent); names == nil && m != nil && !deniedRe.MatchString(sent[m[0]:m[1]]) && !deniedBefore(sent[:m[0]]) && !absentLabelRe.MatchString(sent) &&
				!signedForAllExceptRe.MatchString(sent) { // the practices "every member practice but …" names did not sign
				// "The Practice Representatives of A, B and C each voted
				// to approve the constitution on behalf of their practice",
				// "A and B, through their Practice Representatives,
				// approved the constitution": every member practice the
				// sentence names.
				named := idx.namedIn(sent, b)
				if len(named) == 0 && signerPronounRe.MatchString(sent) {
					// "Dr A, Practice Representative of X (code), sent
					// apologies for the meeting. She signed the declaration
					// for her practice on 12 February 2018": the practice
					// the sentence before names, when it names one.
					if before := idx.namedIn(before, b); len(before) == 1 {
						named = before
					}
				}
				out = append(out, named...)
				continue
			}
			var got []model.SignOff
			for _, n := range names {
				signatory := ""
				if forms {
					k := strings.LastIndex(n, " for ")
					if k < 0 {
						continue
					}
					signatory, n = n[:k], n[k+len(" for "):]
				}
				if s, ok := memberSignOff(idx, n, signatory, "", b); ok {
					s.SignedOff = true
					got = append(got, s)
				}
			}
			if len(names) >= 2 && 2*len(got) > len(names) {
				out = append(out, got...)
			}
		}
	}
	return out
}

// signerPronounRe finds a sentence whose signer is a pronoun for someone
// the sentence before names: "She signed the declaration for her practice
// on …".
var signerPronounRe = lazyRe(`^(?:She|He|They)\s+(?:later\s+|then\s+|also\s+)?(?:signed|approved)\b`)

// approvedSentenceRe finds a sentence saying practices approved or signed
// the constitution: "… each voted to approve the constitution", "…
// approved the constitution", "The constitution was approved unanimously
// by the representatives present, who were those of …".
var approvedSentenceRe = lazyRe(`(?i)\b(?:approved|signed|adopted|voted (?:to approve|to adopt|for|in favour of))\b[^.;]{0,40}?\b(?:the|this) (?:draft )?(?:constitution|(?:members['’]? )?declaration(?: (?:at|on|for|in|by|during|after|before|when|while|adopting|approving|agreeing)\b|\s*[,;.]|\s*$))|\b(?:constitution|declaration) (?:was|were) (?:approved|signed|adopted)\b[^.;]{0,60}?\bby\b` +
	// "At the Five Towns locality meeting of 10 January 2013 it was
	// signed for Castlebury Health Centre (Y87409); …", after a paragraph
	// on the declaration.
	`|\b(?:it|the declarations?|the constitution|declarations) (?:was|were) signed (?:at|during) the meeting for\b` +
	`|\b(?:it|the (?:members['’]? )?declarations?|the constitution|declarations) (?:was|were) signed for\b` +
	// "The declarations of A (code) and B (code) reached the Group
	// Director on 19 November 2012", after those signed at the meeting.
	`|\bdeclarations? (?:of|for)\b[^.;]{0,240}?\b(?:reached|arrived with|were received by|was received by)\b` +
	// "Signed declarations were handed in at the meeting by the Practice
	// Representatives of A, B and C", "Declarations signed for A, B and C
	// were received by post …".
	`|\bsigned declarations? (?:was|were) (?:handed in|returned|submitted|delivered|given in)\b[^.;]{0,60}?\bby (?:the |their )?(?:practice )?representatives? of\b` +
	`|\bdeclarations? signed for\b[^.;]{0,240}?\b(?:was|were) (?:received|returned|handed in)\b` +
	// "A, B and C signed through their Practice Representatives"
	`|\bsigned through (?:their|its) (?:practice )?representatives?\b` +
	// "A, B and C each signed through its Practice Representative", "The
	// Practice Representatives of A, B and C signed.", under a heading on
	// the declaration.
	`|\beach signed\b|\bsigned\.?$` +
	// "*Moorends Locality, 8 January 2013* – signed by the Practice
	// Representatives of A (code), B (code) and C (code)."
	`|\bsigned by (?:the |their )?(?:practice )?representatives of\b` +
	// "… whose representatives had sent apologies, had each returned a
	// signed declaration to the Governance Lead"
	`|\breturned (?:a |their |its )?signed (?:members['’]? )?declarations?\b` +
	// "Signed for Birchall Road Surgery (E82501), …", "Declarations
	// signed for A (code), B (code) and C (code)." after a locality's
	// run-in title, under a locality's
	// meeting in a record of the declaration (with no signatory after a
	// colon, which onBehalfSignOffRe reads), or after the meeting's
	// label ("North locality, 3 February 2015: signed for …"); "Shephall Green Surgery
	// (E82505) signed on 12 November 2012", "… signed its declaration on 8
	// October 2018".
	`|^signed for\b[^:]*$|^(?:the )?(?:members['’]? )?declarations? (?:(?:was|were) )?signed for\b[^:]*$|^[^:]{0,80}:\s*signed for\b[^:]*$|^[^:–—]{0,80}\s[–—-]\s*declarations?\s+signed for\b[^:]*$|\bsigned (?:it |(?:the |its )(?:members['’]? )?declaration )?on \d{1,2}(?:st|nd|rd|th)? [a-z]+ \d{4}\b` +
	// "approval was confirmed for Silkmill Lane Surgery (C88711), …"
	`|\b(?:approval|agreement) (?:was|were) (?:confirmed|given|recorded) (?:for|by)\b` +
	// "The Practice Representative of X, who could not attend, signed it
	// at the CCG's offices", in a paragraph on the declaration.
	`|\b(?:signed|approved) it\b`)

// deniedBefore reports whether the words before a verb deny it: "did not
// sign", "has never approved", "before the practice signed"; not "who
// could not attend, signed".
func deniedBefore(text string) bool {
	words := strings.Fields(text)
	if len(words) > 0 && deniedRe.MatchString(words[len(words)-1]) && !strings.HasSuffix(words[len(words)-1], ",") {
		return true
	}
	// "None of them signed", "Neither of them signed": the subject denies.
	if n := len(words); n >= 3 && strings.EqualFold(words[n-2], "of") {
		switch strings.ToLower(words[n-3]) {
		case "none", "neither":
			return true
		}
	}
	// "… wanted more time before the practice signed", "until its
	// partners have approved": a signing yet to happen, in a clause that
	// opens a few words before the verb (not "Before the meeting closed,
	// the practices signed").
	for k := len(words) - 1; k >= 0 && k >= len(words)-4; k-- {
		if strings.HasSuffix(words[k], ",") {
			break
		}
		switch strings.ToLower(words[k]) {
		case "before", "until", "unless", "if", "once":
			return true
		}
	}
	return false
}

// namedIn are the sign-offs of the member practices a sentence names, by
// name or code, read from block b.
func (x practiceIndex) namedIn(sent string, b block) []model.SignOff {
	n := norm(sent)
	var out []model.SignOff
	for name := range x.byName {
		if strings.Contains(name, " ") && containsWords(n, name) {
			out = append(out, model.SignOff{Practice: name, Line: b.Line, Section: b.Section, SignedOff: true})
		}
	}
	for code := range x.byCode {
		if strings.Contains(sent, code) {
			out = append(out, model.SignOff{Code: code, Line: b.Line, Section: b.Section, SignedOff: true})
		}
	}
	if strings.Contains(sent, "(") {
		// "… and Thorley Park Surgery (E82519)": a practice named with
		// a code no member has signed too, and is reported as no member.
		for _, m := range namedWithCodeRe.FindAllStringSubmatch(sent, -1) {
			if _, ok := x.byCode[codeKey(m[2])]; !ok && x.find("", m[1]) < 0 {
				out = append(out, model.SignOff{Practice: m[1], Code: m[2], Line: b.Line, Section: b.Section, SignedOff: true})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Practice+out[i].Code < out[j].Practice+out[j].Code })
	return out
}

// namedWithCodeRe finds a practice named in running text with its code
// after it in brackets: "Thorley Park Surgery (E82519)" (groups 1 and 2).
var namedWithCodeRe = lazyRe(`([A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|and|of|the|on|upon|in))*) \(([A-Z]\d{5})\)`)

// listNames splits a list written in a sentence at its commas and its
// last "and".
func listNames(list string) []string {
	var out []string
	for _, p := range strings.Split(list, ",") {
		p = strings.TrimSpace(p)
		if k := strings.LastIndex(p, " and "); k >= 0 {
			out = append(out, strings.TrimSpace(p[:k]))
			p = strings.TrimSpace(p[k+len(" and "):])
		}
		if p = strings.TrimSpace(strings.TrimPrefix(p, "and ")); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// signedInCells reads a table with a column of the practices that
// signed, several to a cell and set off by semicolons, a row for each
// locality or meeting: "| Locality | Locality meeting | Practices that
// signed the declaration |", set off by commas and "and" where no
// semicolon is: "| Network | Network meeting | Declarations signed at the
// meeting |". A cell counts when most of the names it lists are member
// practices.
func signedInCells(d *document, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	for _, t := range d.tables {
		col := -1
		for c, h := range t.Header {
			n := norm(h)
			// "Practices that signed the declaration", "Declarations
			// signed at the meeting".
			if (containsWords(n, "practices") || containsWords(n, "declarations")) && (containsWords(n, "signed") || containsWords(n, "approved") || containsWords(n, "agreed")) && !deniedRe.MatchString(h) {
				col = c
				break
			}
		}
		if col < 0 {
			continue
		}
		for _, r := range t.Rows {
			c := cell(r.Cells, col)
			if k := strings.LastIndex(c, ":"); k >= 0 {
				c = c[k+1:] // "all three of its practices: A, B and C"
			}
			items := itemsAt(c, ";")
			if len(items) == 1 {
				items = listNames(c) // "A, B and C"
			}
			var names []model.SignOff
			for _, it := range items {
				name, code, ok := practiceItem(it)
				if !ok {
					name = strings.TrimSpace(it)
				}
				if idx.find(code, name) >= 0 {
					names = append(names, model.SignOff{Practice: name, Code: code, Line: r.Line, Section: d.sectionHeading(t.Section), SignedOff: true})
				}
			}
			if len(items) > 0 && 2*len(names) > len(items) {
				out = append(out, names...)
			}
		}
	}
	return out
}

// approvalLead reports whether a paragraph ending in a colon leads into
// the names of practices that approved or signed: "approval was given
// by:", or "the members' declaration had been signed by the Practice
// Representatives of the following practices, at the meeting or in
// writing before it:".
func approvalLead(text string) bool {
	if approvalLeadRe.MatchString(text) {
		return true
	}
	if !containsFold(text, "following") || !containsFold(text, "signed") || deniedRe.MatchString(text) {
		return false
	}
	return followingSignedRe.MatchString(text)
}

// followingSignedRe finds "signed by … of the following practices".
var followingSignedRe = lazyRe(`(?i)\bsigned\b[^.;:]{0,80}\bthe following (?:member )?practices\b[^.;:]{0,80}:\s*$`)

// notSignedRe finds a lead-in to practices that did not sign: "were not
// signed for the following practices:".
var notSignedRe = lazyRe(`(?i)\b(?:not|never)\s+(?:yet\s+|been\s+)*(?:signed|approved|returned)\b`)

// approvedByParagraph reads paragraphs that name, after a label, the
// member practices that approved or signed ("Chidham locality, 3
// September 2019: Bosham Road Surgery; Harbourside Medical Practice;
// …"), after a paragraph that leads into them with words of approval or
// signing and a colon. A paragraph counts when most of the names it lists
// are member practices; what follows its list (a sentence on a practice
// that did not approve) is not read as approval.
func approvedByParagraph(d *document, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	for i := 0; i < len(d.blocks); i++ {
		if !strings.HasSuffix(strings.TrimSpace(d.blocks[i].Text), ":") || !approvalLead(d.blocks[i].Text) || notSignedRe.MatchString(d.blocks[i].Text) {
			continue
		}
		for k := i + 1; k < len(d.blocks) && d.blocks[k].SectionIndex == d.blocks[i].SectionIndex; k++ {
			b := d.blocks[k]
			label, list, ok := strings.Cut(b.Text, ":")
			if !ok {
				// "*Kilnmoor* – A (code), B (code) and C (code).": the
				// label before a dash.
				for _, dash := range []string{" – ", " — ", " - "} {
					if label, list, ok = strings.Cut(b.Text, dash); ok {
						break
					}
				}
			}
			if !ok && strings.Count(b.Text, ";") >= 2 {
				label, list, ok = "", b.Text, true // the names alone, with no label
			}
			if !ok || len(strings.Fields(label)) > 8 {
				break
			}
			if end := strings.Index(list, ". "); end >= 0 {
				list = list[:end] // the list ends with its sentence
			}
			var names []model.SignOff
			items := itemsAt(strings.TrimRight(strings.TrimSpace(list), "."), ";")
			if len(items) == 1 {
				items = listNames(strings.TrimRight(strings.TrimSpace(list), ".")) // "A (code), B (code) and C (code)"
			}
			for _, it := range items {
				if s, ok := memberSignOff(idx, it, "", "", b); ok {
					s.SignedOff = true
					names = append(names, s)
				}
			}
			if len(items) == 0 || 2*len(names) <= len(items) {
				break
			}
			out = append(out, names...)
		}
	}
	return out
}

// signingLeadRe finds a lead-in saying that the practices listed after it
// signed, or voted to adopt the constitution: "The Practice
// Representatives of the following practices voted for the motion …, and
// signed the members' declaration …:", "RESOLVED, with the Practice
// Representatives of all nineteen practices listed below voting in
// favour …, that version 5.0 of the constitution be adopted …:".
var signingLeadRe = lazyRe(`(?i)\b(?:each\s+)?signed\b|\bvot(?:ing|ed)\s+(?:in\s+favour|for)\b(?:[^.]|\.\d)*\b(?:constitution|adopt)`)

// listedUnderSigning reads lists of practices, each with its code, after
// a lead-in, ending in a colon, that says each practice listed signed or
// voted to adopt the constitution: each member practice an item names
// signed off. A lead-in
// with a denial ("did not sign") records nothing.
func listedUnderSigning(d *document, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	leadOf := make([]int, len(d.lists)) // the block each list follows
	leads := map[int]bool{}             // blocks that lead into a list: an item over a nested list is a label
	for li, l := range d.lists {
		leadOf[li] = d.blockBefore(l.Seq, l.Section)
		if leadOf[li] >= 0 {
			leads[leadOf[li]] = true
		}
	}
	for li, l := range d.lists {
		lead := leadOf[li]
		if lead < 0 {
			continue
		}
		text := strings.TrimSpace(d.blocks[lead].Text)
		// ("…, as follows:" or "…, as follows.")
		if !strings.HasSuffix(text, ":") && !strings.HasSuffix(text, "as follows.") || !signingLeadRe.MatchString(text) || deniedRe.MatchString(text) {
			continue
		}
		// Items with their codes, or names alone when most of them are
		// member practices' names and none leads into a list of its own: a
		// list of names alone may be labels over the practices of each
		// locality.
		member := make([]bool, len(l.Items)) // the item is a member practice's name alone
		byName := 0
		for k, bi := range l.Items {
			member[k] = idx.find("", itemEnd(d.blocks[bi].Text)) >= 0
			if member[k] && !leads[bi] {
				byName++
			}
		}
		for k, bi := range l.Items {
			b := d.blocks[bi]
			name, code, ok := practiceItem(b.Text)
			codes := codeMentionRe.FindAllStringSubmatch(b.Text, -1)
			if !ok && len(codes) == 1 && idx.find(codes[0][1], "") >= 0 && !deniedRe.MatchString(b.Text) {
				// "Dr F. Whitworth, for Partington Lock Surgery (P91601), 2
				// March 2015": who signed, the member practice by its code,
				// and when.
				out = append(out, model.SignOff{Code: codes[0][1], Line: b.Line, Section: b.Section, SignedOff: true})
				continue
			}
			if len(codes) > 1 {
				// "Kennet: Lambourn Downs Surgery (K81602), Hungerbury
				// Medical Centre (K81615) and Thatchfield Practice
				// (K81620)": a locality's practices in one item, each by
				// its code.
				for _, c := range codes {
					if idx.find(c[1], "") >= 0 {
						out = append(out, model.SignOff{Code: c[1], Line: b.Line, Section: b.Section, SignedOff: true})
					}
				}
				continue
			}
			signatory := ""
			if !ok && 2*byName > len(l.Items) && member[k] {
				name, ok = itemEnd(b.Text), true
			}
			if !ok || idx.find(code, name) < 0 {
				// "Dr Helen Marsh, Banford Cross Surgery" or "Dr Helen
				// Ashworth (Castle Hill Surgery)": who signed, then the
				// member practice by its whole name.
				var ok bool
				if name, signatory, ok = signerThenPractice(b.Text, idx); !ok {
					continue
				}
			}
			out = append(out, model.SignOff{Practice: name, Code: code, Signatory: signatory, Line: b.Line, Section: b.Section, SignedOff: true})
		}
	}
	return out
}

// signerThenPractice reads a list item naming who signed and then the
// member practice, after a comma, "for" or in brackets: "Dr Helen Marsh,
// Banford Cross Surgery", "Dr O. Hartley for Bayfront Medical Centre",
// "Dr Helen Ashworth (Castle Hill Surgery)".
func signerThenPractice(item string, idx practiceIndex) (practice, signatory string, ok bool) {
	t := cleanRole(item)
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndex(t, "("); k > 0 {
			if p := strings.TrimSpace(t[k+1 : len(t)-1]); idx.find("", p) >= 0 {
				return p, strings.TrimSpace(t[:k]), true
			}
		}
	}
	if k := strings.LastIndex(t, ","); k > 0 {
		if p := cleanRole(t[k+1:]); idx.find("", p) >= 0 {
			return p, strings.TrimSpace(t[:k]), true
		}
	}
	// "Dr O. Hartley for Bayfront Medical Centre"
	if k := strings.LastIndex(t, " for "); k > 0 {
		if p := cleanRole(t[k+len(" for "):]); idx.find("", p) >= 0 {
			return p, strings.TrimSpace(t[:k]), true
		}
	}
	return "", "", false
}

// codeMentionRe finds a practice named with its code in running text:
// "Chobmere Village Surgery (H91009)" (group 1 the code).
var codeMentionRe = lazyRe(`\(([A-Z]\d{5})\)`)

// declarationReceivedRe finds a sentence saying one practice's signed
// declaration was received: "His declaration, signed for the practice,
// was received by the Board Secretary on 11 March 2013."
var declarationReceivedRe = lazyRe(`(?i)\b(?:(?:its|his|her|their|the practice['’]s) (?:signed )?(?:members['’]? )?declarations?|` + declarationsOfRe + `)\b(?:,? signed[^.;]{0,40}?,?)? ` + receivedRe)

// declarationsOfRe names the declarations of practices named before:
// "the signed declarations of both practices".
const declarationsOfRe = `the (?:signed )?(?:members['’]? )?declarations? of (?:both|the two|the three|these|those|the|all|each of the)(?: two| three)? (?:member )?practices`

// receivedRe says a declaration came back: "was received", "had since
// been received", "reached".
const receivedRe = `(?:(?:was|were|has|have|had)(?: since| later| then| now)? been (?:received|returned)|(?:was|were) (?:later |then |since )?(?:received|returned)|reached|arrived)\b`

// theirDeclarationsRe finds the practices named before said, together,
// to have sent their signed declarations: "Their signed declarations were
// received on 21 January 2014".
var theirDeclarationsRe = lazyRe(`(?i)\b(?:their (?:signed )?(?:members['’]? )?declarations|` + declarationsOfRe + `) ` + receivedRe)

// practiceSignedRe finds a sentence saying a practice's representative
// signed: "Its Practice Representative signed the members' declaration
// for the practice on 24 January 2013."
var practiceSignedRe = lazyRe(`(?i)\b(?:its|the practice['’]s)\s+(?:practice\s+representative|senior\s+partner|partners?)\s+(?:later\s+|then\s+|also\s+)?signed\s+(?:the\s+)?(?:members['’]?\s+)?(?:declaration|constitution)` +
	// "… Practice Representative of X (code), sent apologies. She signed
	// the declaration for her practice on 12 February 2018"
	`|\b(?:she|he|they)\s+(?:later\s+|then\s+|also\s+|has\s+since\s+|since\s+)?signed\s+(?:the\s+)?(?:members['’]?\s+)?(?:declaration|constitution)\s+(?:for|on behalf of)\s+(?:her|his|their|the)\s+practice\b`)

// signedInParagraph reads a paragraph about one member practice, named
// with its code, that says its representative signed: "Chobmere Village
// Surgery (H91009) was not represented at the meeting. Its Practice
// Representative signed the members' declaration for the practice on 24
// January 2013."
func signedInParagraph(d *document, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	for _, b := range d.blocks {
		if b.ListItem || !containsFold(b.Text, "signed") {
			continue
		}
		var codes [][]string
		if strings.Contains(b.Text, "(") {
			codes = codeMentionRe.FindAllStringSubmatch(b.Text, 2)
		}
		if len(codes) == 1 && (practiceSignedRe.MatchString(b.Text) || receivedSigned(b.Text)) {
			// ("X (code) was not represented; its signed declaration
			// reached the Board Secretary by post on 23 January 2013.")
			if i := idx.find(codes[0][1], ""); i >= 0 {
				out = append(out, model.SignOff{Code: codes[0][1], Line: b.Line, Section: b.Section, SignedOff: true})
			}
			continue
		}
		if len(codes) > 1 {
			each := signedEachInSentence(b, idx)
			if receivedSigned(b.Text) {
				// "X (code) and Y (code) had sent apologies. … the signed
				// declarations of both practices had since been received."
				seen := map[string]bool{}
				for _, so := range each {
					seen[so.Code] = true
				}
				for _, so := range receivedFromNamed(b, idx) {
					if so.Code == "" || !seen[so.Code] {
						each = append(each, so)
					}
				}
			}
			out = append(out, each...)
			continue
		}
		if len(codes) == 0 && receivedSigned(b.Text) {
			out = append(out, receivedFromNamed(b, idx)...)
		}
	}
	return out
}

// receivedSigned reports whether text says a practice's signed
// declaration was received, and nothing in it says one was unsigned.
func receivedSigned(text string) bool {
	return declarationReceivedRe.MatchString(text) && !deniesSigning(text)
}

// deniesSigning reports whether text speaks of a declaration left
// unsigned: "unsigned", "not signed".
func deniesSigning(text string) bool {
	return containsFold(text, "unsigned") || containsFold(text, "not signed")
}

// receivedFromNamed reads the clauses of a paragraph that say a signed
// declaration was received, each of the practices its clause names, or
// else the clause before: "Apologies were received from Dr Simon Preece
// (Bolton Sands Practice). His declaration, signed for the practice, was
// received by the Board Secretary on 11 March 2013"; "X and Y had sent
// apologies. Their signed declarations were received on 21 January
// 2014" (both); "A and B signed … at the meeting. C was not represented;
// its signed declaration was received …" (C alone).
func receivedFromNamed(b block, idx practiceIndex) []model.SignOff {
	var clauses []string
	for _, sp := range language.Sentences(b.Text) {
		clauses = append(clauses, strings.Split(b.Text[sp.Start:sp.End], ";")...)
	}
	var out []model.SignOff
	for i, cl := range clauses {
		if !declarationReceivedRe.MatchString(cl) {
			continue
		}
		named := idx.namedIn(cl, b)
		if len(named) == 0 && i > 0 {
			named = idx.namedIn(clauses[i-1], b)
		}
		if len(named) == 1 || len(named) > 1 && theirDeclarationsRe.MatchString(cl) {
			out = append(out, named...)
		}
	}
	return out
}

// signedEachInSentence reads, in a paragraph about several practices, each
// sentence that names one practice with its code and says it signed, in
// itself or in the next sentence, which names none: "The representative
// of A (code) attended but did not sign. B (code) was not represented,
// and its signed declaration was received by the Governance Lead on 4
// March 2013."
func signedEachInSentence(b block, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	spans := language.Sentences(b.Text)
	for k, sp := range spans {
		text := b.Text[sp.Start:sp.End]
		codes := codeMentionRe.FindAllStringSubmatch(text, 2)
		if len(codes) != 1 {
			continue
		}
		signed := func(t string) bool {
			return practiceSignedRe.MatchString(t) && !deniesSigning(t) || receivedSigned(t)
		}
		ok := signed(text)
		if !ok && k+1 < len(spans) {
			next := b.Text[spans[k+1].Start:spans[k+1].End]
			ok = !codeMentionRe.MatchString(next) && signed(next)
		}
		if ok && idx.find(codes[0][1], "") >= 0 {
			out = append(out, model.SignOff{Code: codes[0][1], Line: b.lineOf(sp.Start), Section: b.Section, SignedOff: true})
		}
	}
	return out
}

// memberSignOff is the sign-off of a member practice named in text (a
// name, perhaps with its code) by signatory on date, read from block b;
// false when no member practice has that name or code.
func memberSignOff(idx practiceIndex, text, signatory, date string, b block) (model.SignOff, bool) {
	name, code, ok := practiceItem(text)
	if !ok {
		name = strings.TrimSpace(text)
	}
	if idx.find(code, name) < 0 {
		return model.SignOff{}, false
	}
	signatory = strings.TrimSpace(signatory)
	return model.SignOff{Practice: name, Code: code, Signatory: signatory, Date: strings.TrimSpace(date),
		Line: b.Line, Section: b.Section, SignedOff: signedValue(signatory)}, true
}

// signerItemRe reads a list item naming a practice, who signed for it and
// perhaps when: "Beachy Head Road Surgery (G81601) – Dr Amelia Crouch, 2
// March 2015" (groups 1 to 3); the date may head the list instead
// ("Aldwick locality, 2 February 2016:").
var signerItemRe = lazyRe(`^(.{3,120}?)\s+[–—-]\s+([^,;]{2,80})(?:,\s*([^,;]{3,40}?))?\.?$`)

// signedList reads a list of practices with who signed for each and when,
// led into by words saying they signed ("… a partner of each has signed
// the declaration on the practice's behalf:"). Only member practices are
// read.
func signedList(d *document, idx practiceIndex) []model.SignOff {
	var out []model.SignOff
	for _, l := range d.lists {
		lead := d.leadPast(d.blockBefore(l.Seq, l.Section))
		if (lead < 0 || !containsFold(d.blocks[lead].Text, "signed")) && !signingHeading(d, l.Section) {
			continue
		}
		for _, bi := range l.Items {
			b := d.blocks[bi]
			if m := signerItemRe.FindStringSubmatch(b.Text); m != nil {
				signatory := signedForPrefixRe.ReplaceAllString(m[2], "")
				if s, ok := memberSignOff(idx, m[1], signatory, m[3], b); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// signingHeading reports whether a list's own heading says it records
// signatures: "**North Peckwell locality meeting, 3 March 2015:
// declarations signed**", "**Declarations returned to the Board
// Secretary**".
func signingHeading(d *document, sec int) bool {
	if sec < 0 || sec >= len(d.sections) {
		return false
	}
	h := d.sections[sec].Heading
	return containsFold(h, "signed") || containsFold(h, "declaration") && (containsFold(h, "returned") || containsFold(h, "received"))
}

// signedForPrefixRe is the words before a signatory's name in a list of
// signatures: "signed for the practice by Dr Ama Boateng".
var signedForPrefixRe = lazyRe(`(?i)^\s*signed\s+(?:for|on behalf of)\s+the\s+practice\s+by\s+`)

// leadPast is the paragraph that leads into the lists of a part, from
// block i just before one of them: past the short labels that head each
// list ("**North Neighbourhood**") and the items of the lists before it,
// in the same section; or -1.
func (d *document) leadPast(i int) int {
	for k := i; k >= 0 && k > i-200; k-- {
		b := d.blocks[k]
		if b.SectionIndex != d.blocks[i].SectionIndex {
			return -1
		}
		if b.ListItem || isLabel(b.Text) {
			continue
		}
		return k
	}
	return -1
}

// isLabel reports whether a paragraph is a short label heading what
// follows: a few words, no sentence ("**North Neighbourhood**",
// "Aldwick locality, 2 February 2016:").
func isLabel(t string) bool {
	t = strings.TrimSuffix(strings.TrimSpace(t), ":")
	return t != "" && len(strings.Fields(t)) <= 8 && !strings.ContainsAny(t, ".;:")
}

// listSizeSeparators are what a list size may group its digits with.
// Built once: building a Replacer costs more than using it.
var listSizeSeparators = strings.NewReplacer(",", "", " ", "", "\u00a0", "")

func listSize(s string) int {
	s = listSizeSeparators.Replace(s)
	if s == "" || len(s) > 9 {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

func signOffRecords(d *document, tables []int) []model.SignOff {
	out := []model.SignOff{}
	for _, ti := range tables {
		t := d.tables[ti]
		cols := d.practiceColumns(t)
		// A row names who came, not that they signed, unless the text
		// says those present signed.
		attended := d.attendanceSigned(t)
		for _, r := range t.Rows {
			s := model.SignOff{
				Practice:  cell(r.Cells, cols[colPractice]),
				Code:      cell(r.Cells, cols[colCode]),
				Signatory: cell(r.Cells, cols[colSignatory]),
				Date:      cell(r.Cells, cols[colDate]),
				Line:      r.Line,
				Section:   d.sectionHeading(t.Section),
			}
			if s.Practice == "" && s.Code == "" {
				continue
			}
			if s.Code == "" {
				// "| Bridge End Surgery (A83701) | Dr … |": the code in the
				// practice's cell.
				if name, code, ok := practiceItem(s.Practice); ok && code != "" {
					s.Practice, s.Code = name, code
				}
			}
			if cols[colVote] >= 0 {
				s.SignedOff = voteSignedOff(cols, r.Cells)
			} else {
				s.SignedOff = rowSignedOff(s.Signatory, s.Date) || attended
			}
			out = append(out, s)
		}
	}
	return out
}

// attendanceSigned reports whether a table of practices is the
// attendance of a meeting whose representatives the text after it says
// signed: "Present:" before it, and "… each representative present
// signed the members' declaration on behalf of the practice he or she
// represents" after it, in its section.
func (d *document) attendanceSigned(t outline.Table) bool {
	before, signed := false, false
	for _, b := range d.blocks {
		if b.SectionIndex != t.Section {
			continue
		}
		if b.Line < t.Line {
			before = presentLabelRe.MatchString(b.Text) // the nearest paragraph before it
			continue
		}
		if !before {
			return false
		}
		if containsFold(b.Text, "present") && containsFold(b.Text, "signed") && presentSignedRe.MatchString(b.Text) {
			signed = true
			break
		}
	}
	return signed
}

// joinSignOffs records each separate sign-off on the member it names, by
// code where both have one, else by name.
func joinSignOffs(m *model.Membership, idx practiceIndex, signOffs []model.SignOff) {
	for i := range signOffs {
		s := &signOffs[i]
		p := idx.find(s.Code, s.Practice)
		if p < 0 {
			continue
		}
		s.Member = true
		m.HasSignOffEvidence = true
		pr := &m.Practices[p]
		if s.SignedOff && !pr.SignedOff {
			pr.SignedOff = true
			pr.Signatory, pr.Date = s.Signatory, s.Date
			pr.SignOffLine = s.Line
		} else if pr.SignOffLine == 0 {
			pr.SignOffLine = s.Line
		}
	}
	// A practice listed twice (its main surgery and a branch, say) signed
	// when it signed: the rows after the first that idx finds by the
	// same code or name take its sign-off. Listing it twice is its own
	// finding (duplicate-practice).
	for i := range m.Practices {
		pr := &m.Practices[i]
		if pr.SignedOff {
			continue
		}
		if first := idx.find(pr.Code, pr.Name); first >= 0 && first != i && m.Practices[first].SignedOff &&
			codeKey(m.Practices[first].Code) == codeKey(pr.Code) {
			f := m.Practices[first]
			pr.SignedOff, pr.Signatory, pr.Date, pr.SignOffLine = true, f.Signatory, f.Date, f.SignOffLine
		}
	}
}

// practiceIndex finds member practices by code or name in constant time,
// so that joining 100,000 rows stays linear.
type practiceIndex struct {
	byCode, byName map[string]int
}

func newPracticeIndex(ps []model.Practice) practiceIndex {
	x := practiceIndex{byCode: map[string]int{}, byName: map[string]int{}}
	for i, p := range ps {
		if c := codeKey(p.Code); c != "" {
			if _, ok := x.byCode[c]; !ok {
				x.byCode[c] = i
			}
		}
		if n := nameKey(p.Name); n != "" {
			if _, ok := x.byName[n]; !ok {
				x.byName[n] = i
			}
		}
		// "Alexandra Dock Surgery, Lynnhaven": the name without its town
		// finds it too, unless another practice has that name.
		if head, _, ok := strings.Cut(p.Name, ","); ok {
			if n := nameKey(head); n != "" {
				if _, ok := x.byName[n]; !ok {
					x.byName[n] = i
				}
			}
		}
	}
	return x
}

// find returns the index of the practice with this code, or with this
// name when the code is not known; -1 when there is none.
func (x practiceIndex) find(code, name string) int {
	if c := codeKey(code); c != "" {
		if i, ok := x.byCode[c]; ok {
			return i
		}
	}
	if n := nameKey(name); n != "" {
		if i, ok := x.byName[n]; ok {
			return i
		}
	}
	return -1
}

// practiceItemRes read a practice from a list item: "Riverside Surgery
// (Y00001)", "Riverside Surgery – Y00001", "Y00001 Riverside Surgery".
// Practice codes are a letter and five digits. Each has a cheap test of
// how the item must end or begin: the expressions, whose (.+?) backtracks,
// then run only on items they nearly always match.
var practiceItemRes = []struct {
	re       *lazyRegexp
	mayMatch func(string) bool
}{
	{lazyRe(`^(.+?)\s*[(\[]\s*([A-Z]\d{5})\s*[)\]]\s*[.;,]?$`), func(t string) bool {
		t = itemEnd(t)
		return t != "" && (t[len(t)-1] == ')' || t[len(t)-1] == ']')
	}},
	{lazyRe(`^(.+?)\s*[–—:,-]\s*([A-Z]\d{5})\s*[.;,]?$`), func(t string) bool {
		t = itemEnd(t)
		return len(t) >= 6 && isPracticeCode(t[len(t)-6:])
	}},
	{lazyRe(`^()([A-Z]\d{5})\s*[–—:,-]?\s*(.+?)\s*[.;,]?$`), func(t string) bool {
		return len(t) >= 6 && isPracticeCode(t[:6])
	}},
	// "Bradwell Brook Surgery (K89001) – signed for the practice by …":
	// the practice and its code, then what the list records of it.
	{lazyRe(`^(.+?)\s*[(\[]\s*([A-Z]\d{5})\s*[)\]]\s+[–—-]\s+\S`), func(t string) bool {
		return strings.Contains(t, ") –") || strings.Contains(t, ") -") || strings.Contains(t, ") —") || strings.Contains(t, "] –")
	}},
	// "Crewhurst Road Surgery (N81601), signed for the practice by Dr B.
	// Whitlow on 3 March 2016"
	{lazyRe(`^(.+?)\s*[(\[]\s*([A-Z]\d{5})\s*[)\]]\s*,\s+signed\b`), func(t string) bool {
		return strings.Contains(t, "), signed") || strings.Contains(t, "], signed")
	}},
	// "Abinger Vale Surgery (H81101), Abinger": the practice and its
	// code, then its town, or its address ("…, 14 West Street,
	// Portchurch").
	{lazyRe(`^(.+?)\s*[(\[]\s*([A-Z]\d{5})\s*[)\]]\s*,\s*(?:[A-Z]|\d{1,4}[a-z]?\s)[\w'’ ,-]{1,80}[.;,]?$`), func(t string) bool {
		return strings.Contains(t, "), ") || strings.Contains(t, "], ")
	}},
}

// itemEnd is t without what the practiceItemRes allow after a code or a
// bracket: one of ".;,", and white space before it.
func itemEnd(t string) string {
	if t != "" && strings.IndexByte(".;,", t[len(t)-1]) >= 0 {
		t = t[:len(t)-1]
	}
	return strings.TrimRight(t, " \t\n\f\r") // \s
}

// isPracticeCode reports whether s is a letter A–Z and five digits.
func isPracticeCode(s string) bool {
	return len(s) == 6 && 'A' <= s[0] && s[0] <= 'Z' && isDigits(s[1:])
}

func practiceItem(text string) (name, code string, ok bool) {
	for i, pi := range practiceItemRes {
		if !pi.mayMatch(text) {
			continue
		}
		if m := pi.re.FindStringSubmatch(text); m != nil {
			if i == 2 {
				return strings.TrimSpace(m[3]), m[2], true
			}
			return strings.TrimSpace(m[1]), m[2], true
		}
	}
	return "", "", false
}

// practiceList reads member practices from plain lists in the membership
// sections: lists whose items mostly carry a practice code, or whose
// lead-in speaks of member practices and whose items are all short names.
func practiceList(d *document) ([]model.Practice, int, string) {
	var out []model.Practice
	line, sec := 0, ""
	for li, l := range d.lists {
		if !inKind(d.sections, l.Section, model.KindMembership) || len(l.Items) == 0 {
			continue
		}
		// Each item is read once: the expressions are the cost here. An
		// item may list several practices after a locality's name
		// ("Kingswold North: Thornmoor Surgery (L81004); Yatebury Health
		// Centre (L81011)"): each is an entry.
		var items []listedPractice
		coded := 0
		for _, bi := range l.Items {
			for _, it := range practicesOfItem(d.blocks[bi].Text) {
				it.block = bi
				if it.ok {
					coded++
				}
				items = append(items, it)
			}
		}
		names := coded*2 >= len(items)
		if !names && coded == 0 {
			lead := norm(d.leadIn(li))
			if lead == "" && l.Section >= 0 {
				// "## Schedule 1 – Member practices" and the list: the
				// heading leads into it.
				lead = norm(d.sections[l.Section].Title)
			}
			names = strings.Contains(" "+lead+" ", " practices ") && allNames(d, l.Items)
		}
		if !names {
			continue
		}
		for _, it := range items {
			b := d.blocks[it.block]
			name, code, ok := it.name, it.code, it.ok
			if !ok {
				if coded > 0 {
					continue
				}
				name = strings.TrimRight(it.text, " .;,")
			}
			if line == 0 {
				line, sec = b.Line, b.Section
			}
			out = append(out, model.Practice{Name: name, Code: code, Line: b.Line, Section: b.Section})
		}
	}
	return out, line, sec
}

// practicesLettered reads the member practices from the lettered
// paragraphs after a lead-in of a membership section that names practices
// and ends with a colon, each a practice with its code: at least two, all
// read.
func practicesLettered(d *document) ([]model.Practice, int, string) {
	for bi, b := range d.blocks {
		if !inKind(d.sections, b.SectionIndex, model.KindMembership) || !endsWithColon(b.Text) || !containsFold(b.Text, "practices") {
			continue
		}
		var out []model.Practice
		for k := bi + 1; k < len(d.blocks) && d.blocks[k].SectionIndex == b.SectionIndex && isSubClause(d.blocks[k].Number); k++ {
			text, _ := clauseBody(d.blocks[k].Text, d.blocks[k].Number)
			name, code, ok := practiceItem(strings.TrimRight(strings.TrimSpace(text), " .;,"))
			if !ok {
				out = nil
				break
			}
			out = append(out, model.Practice{Name: name, Code: code, Line: d.blocks[k].Line, Section: d.blocks[k].Section})
		}
		if len(out) >= 2 {
			return out, out[0].Line, out[0].Section
		}
	}
	return nil, 0, ""
}

// practicesInProse reads the member practices from a paragraph of a
// membership section that lists them after a colon, separated by
// semicolons, each with its code: at least three, all read.
func practicesInProse(d *document) ([]model.Practice, int, string) {
	for _, b := range d.blocks {
		if !inKind(d.sections, b.SectionIndex, model.KindMembership) || strings.Count(b.Text, ";") < 2 {
			continue
		}
		_, rest, ok := strings.Cut(b.Text, ":")
		if !ok {
			continue
		}
		listed, _ := codedPractices(rest)
		if len(listed) < 3 {
			continue
		}
		out := make([]model.Practice, len(listed))
		for i, it := range listed {
			out[i] = model.Practice{Name: it.name, Code: it.code, Line: b.Line, Section: b.Section}
		}
		return out, b.Line, b.Section
	}
	return nil, 0, ""
}

// practicesOfItem reads a list item: the practices it names after a
// label and a colon ("Kingswold North: Thornmoor Surgery (L81004);
// Yatebury Health Centre (L81011)"), else the item itself as one, read or
// not.
func practicesOfItem(text string) []listedPractice {
	if label, rest, ok := strings.Cut(text, ":"); ok && len(strings.Fields(label)) <= 6 {
		if listed, all := codedPractices(rest); all {
			return listed // none when nothing follows the label
		}
	}
	it := listedPractice{text: text}
	it.name, it.code, it.ok = practiceItem(text)
	return []listedPractice{it}
}

// codedPractices reads the practices a list names, separated by
// semicolons, each with its code ("Thornmoor Surgery (L81004); and
// Yatebury Health Centre (L81011)"); all is false when an item is not one.
func codedPractices(list string) (listed []listedPractice, all bool) {
	for _, p := range itemsAt(list, ";") {
		it := listedPractice{text: p}
		if it.name, it.code, it.ok = practiceItem(p); !it.ok {
			return nil, false
		}
		listed = append(listed, it)
	}
	return listed, true
}

// listedPractice is what practiceItem reads from a list item, or from
// one of the practices an item lists.
type listedPractice struct {
	block      int
	text       string
	name, code string
	ok         bool
}

// allNames reports whether list items look like practice names: short,
// capitalised, not sentences.
func allNames(d *document, items []int) bool {
	for _, bi := range items {
		t := d.blocks[bi].Text
		if t == "" || !(t[0] >= 'A' && t[0] <= 'Z') || len(strings.Fields(t)) > 10 || strings.ContainsAny(strings.TrimRight(t, ".;,"), ";:") {
			return false
		}
	}
	return true
}
