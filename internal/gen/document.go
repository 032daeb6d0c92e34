package gen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Commissioning models and the words front matter may use for each
// (documents.md §1).
var modelWords = map[string][]string{
	"none":                {"none"},
	"greater-involvement": {"greater-involvement", "level 1", "greater involvement"},
	"joint":               {"joint", "level 2", "joint commissioning", "joint committee"},
	"delegated":           {"delegated", "level 3", "delegated commissioning", "full delegation"},
}

var modelRank = map[string]int{"none": 0, "greater-involvement": 1, "joint": 2, "delegated": 3}

// Where the member practices are listed.
const (
	listInMembership = iota // a table in the membership part
	listInAppendix          // a table in an appendix
	listPlain               // a plain list, no sign-off evidence
	listPlainSigned         // a plain list, and a separate sign-off table
)

// Where the variation procedure is.
const (
	variationInIntro = iota
	variationPart
	variationAppendix
	variationNone
)

// How a vote of member practices is recorded.
const (
	voteNone = iota
	voteFrontMatter
	voteSentence
	voteTable
)

// doc writes one constitution.
type doc struct {
	w *writer
	r *rand.Rand // structure
	f *rand.Rand // filler

	seed  int64
	index int
	fill  *filler
	// fillLeft and fillBytes count the filler clauses still to write and
	// the bytes they have to fill.
	fillLeft, fillBytes int
	// slots counts the filler slots written; heavy marks those that
	// should take most of the filler.
	slots int
	heavy []bool

	place, name, short, code, area string
	status, version, effective     string
	year                           int
	model, previous                string
	frontMatter                    bool
	caps                           bool
	partStyle, appendixStyle       int

	// Numbering: the current part, sub-section and clause counters.
	part, sub, subsub int
	appendix          int
	prefix            string
	clause            int

	practices []practice
	listing   int
	quality   float64 // chance each safeguard or provision is present
	voteForm  int
	vote      voteRecord
	variation int
	// membersVary is whether the member practices approve a variation,
	// in the variation clause and in the reserved matters alike.
	membersVary bool
	committees  int
}

type practice struct {
	name, code, address, listSize, town string
	signatory, date                     string
	signed                              bool
}

type voteRecord struct {
	motion                         string
	date                           string
	forN, against, abstain, absent int
	eligible                       int
}

func build(seed int64, i int, fill *filler) *doc {
	d := &doc{
		w:     &writer{},
		r:     rand.New(rand.NewPCG(uint64(seed), uint64(i)*2+1)),
		f:     rand.New(rand.NewPCG(uint64(seed)^0x9e3779b97f4a7c15, uint64(i))),
		seed:  seed,
		index: i,
		fill:  fill,
	}
	if fill != nil {
		for _, n := range fill.slots {
			d.fillLeft += n
		}
		d.fillBytes = fill.bytes
	}
	d.decide()
	d.write()
	return d
}

func (d *doc) chance(p float64) bool { return d.r.Float64() < p }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func (d *doc) pick(xs []string) string { return pick(d.r, xs) }

// decide makes the choices that shape the whole document.
func (d *doc) decide() {
	d.place = placeName(d.r)
	if d.chance(0.15) {
		d.place += " and " + placeName(d.r)
	}
	d.name = "NHS " + d.place + " Clinical Commissioning Group"
	d.short = "NHS " + d.place + " CCG"
	// CCG codes differ between neighbouring documents, so that a practice
	// borrowed from the document before is listed by another CCG.
	d.code = fmt.Sprintf("%02d%c", d.index%100, 'A'+rune(d.index/100%26))
	d.area = areaOf(d.seed, d.index)
	d.year = 2013 + d.r.IntN(4)
	d.effective = fmt.Sprintf("%d-%02d-01", d.year, []int{4, 4, 4, 7, 10}[d.r.IntN(5)])
	d.version = fmt.Sprintf("%d.%d", 1+d.r.IntN(6), d.r.IntN(3))
	d.status = pick(d.r, []string{"approved", "approved", "approved", "approved", "approved", "proposed", "draft", "consultation"})
	d.frontMatter = d.chance(0.88)
	d.w.setext = d.chance(0.12)
	d.caps = d.chance(0.4)
	d.partStyle = d.r.IntN(5)
	d.appendixStyle = d.r.IntN(4)
	d.quality = []float64{0.97, 0.97, 0.9, 0.8, 0.6}[d.r.IntN(5)]
	d.committees = MinCommittees + d.r.IntN(MaxCommittees-MinCommittees+1)

	pair := pick(d.r, [][2]string{
		{"none", "none"}, {"none", "greater-involvement"}, {"greater-involvement", "joint"},
		{"joint", "delegated"}, {"joint", "delegated"}, {"none", "joint"}, {"delegated", "delegated"},
		{"joint", "joint"}, {"greater-involvement", "delegated"}, {"", ""},
	})
	d.previous, d.model = pair[0], pair[1]

	n := MinPractices + d.r.IntN(MaxPractices-MinPractices+1)
	d.practices = make([]practice, 0, n+2)
	named := map[string]bool{}
	for j := range n {
		p := practiceAt(d.seed, d.index, j, d.area)
		// Two practices of one CCG never share a name: the second is
		// told apart by its town, as people do.
		if named[p.name] {
			p.name += ", " + p.town
		}
		named[p.name] = true
		d.practices = append(d.practices, p)
	}
	if d.index > 0 && d.chance(1.0/40) {
		// A practice of the neighbouring CCG, listed here too.
		d.practices = append(d.practices, practiceAt(d.seed, d.index-1, 0, areaOf(d.seed, d.index-1)))
	}
	if d.chance(1.0 / 50) {
		dup := d.practices[d.r.IntN(len(d.practices))]
		dup.name += ", branch surgery"
		d.practices = append(d.practices, dup)
	}
	d.listing = pick(d.r, []int{listInMembership, listInMembership, listInAppendix, listInAppendix, listInAppendix, listPlain, listPlainSigned})
	d.signatures()

	d.variation = pick(d.r, []int{variationInIntro, variationInIntro, variationInIntro, variationPart, variationPart, variationAppendix})
	d.membersVary = d.chance(d.quality - 0.05)
	if d.chance(0.05) {
		d.variation = variationNone
	}
	d.decideVote()
}

// signatures decides who has signed: in an approved constitution nearly
// every practice, in a draft perhaps none.
func (d *doc) signatures() {
	unsigned := 0
	switch {
	case d.status == "approved" && d.chance(0.7):
	case d.status == "approved":
		unsigned = 1 + d.r.IntN(3)
	case d.chance(0.3):
		unsigned = len(d.practices)
	default:
		unsigned = 1 + d.r.IntN(len(d.practices)/2+1)
	}
	dateStyle := d.r.IntN(3)
	for j := range d.practices {
		p := &d.practices[j]
		p.signed = true
		day := 1 + d.r.IntN(28)
		month := 1 + d.r.IntN(3)
		switch dateStyle {
		case 0:
			p.date = fmt.Sprintf("%02d/%02d/%d", day, month, d.year)
		case 1:
			p.date = fmt.Sprintf("%d %s %d", day, months[month-1], d.year)
		default:
			p.date = fmt.Sprintf("%d-%02d-%02d", d.year, month, day)
		}
		p.signatory = fmt.Sprintf("Dr %s. %s (%s)", pick(d.r, initials), pick(d.r, surnames), pick(d.r, signatoryRoles))
	}
	for range unsigned {
		p := &d.practices[d.r.IntN(len(d.practices))]
		p.signed = false
		p.signatory = d.pick(unsignedCells)
		p.date = d.pick([]string{"", "-", "—", "n/a"})
	}
}

func (d *doc) changesModel() bool {
	return d.model != "" && d.previous != "" && modelRank[d.model] > modelRank[d.previous]
}

func (d *doc) decideVote() {
	if !d.changesModel() {
		return
	}
	d.voteForm = pick(d.r, []int{voteFrontMatter, voteFrontMatter, voteSentence, voteSentence, voteSentence, voteTable, voteNone})
	if d.voteForm == voteFrontMatter && !d.frontMatter {
		d.voteForm = voteSentence
	}
	v := &d.vote
	v.eligible = len(d.practices)
	v.motion = "apply to NHS England for " + modelPhrase(d.model)
	v.date = fmt.Sprintf("%d-%02d-%02d", d.year-1+d.r.IntN(2), 1+d.r.IntN(12), 1+d.r.IntN(28))
	share := 0.3 + d.r.Float64()*0.6 // support, as a share of members
	v.forN = max(1, int(share*float64(v.eligible)))
	rest := v.eligible - v.forN
	v.against = d.r.IntN(rest + 1)
	rest -= v.against
	v.abstain = d.r.IntN(rest + 1)
	v.absent = rest - v.abstain
	if d.chance(0.06) {
		// Numbers that do not add up: more votes than practices.
		v.against += v.absent + 2 + d.r.IntN(3)
		v.absent = 0
	}
}

func modelPhrase(m string) string {
	switch m {
	case "greater-involvement":
		return "greater involvement in primary care commissioning"
	case "joint":
		return "joint commissioning of primary medical services"
	case "delegated":
		return "delegated commissioning of primary medical services"
	}
	return "no change to primary care commissioning"
}

// write writes the document in the order of a real constitution.
func (d *doc) write() {
	if d.frontMatter {
		d.writeFrontMatter()
	}
	d.writeTitle()
	d.writeIntroduction()
	d.startPart("Area Covered")
	d.clauseText(fmt.Sprintf("The Group’s area is that of %s, taking in the towns of %s and %s and the surrounding villages.", d.place, placeName(d.r), placeName(d.r)))
	d.fillerSlot(false, 3, fillerSubTitles)
	d.writeMembership()
	d.startPart("Mission, Values and Aims")
	d.clauseText(fmt.Sprintf("The Group’s mission is to secure high quality, affordable care for the people of %s, with general practice at the heart of every decision it makes.", d.place))
	d.fillerSlot(false, 3, fillerSubTitles)
	d.startPart("Functions and General Duties")
	d.fillerSlot(true, 2, fillerSubTitles)
	d.writeDecisionMaking()
	d.startPart("Roles and Responsibilities")
	d.fillerSlot(true, 2, fillerSubTitles)
	d.writeConflicts()
	d.startPart("Transparency, Ways of Working and Standing Orders")
	d.clauseText("The standing orders, the scheme of reservation and delegation and the prime financial policies form part of this constitution.")
	d.fillerSlot(false, 2, fillerSubTitles)
	if d.variation == variationPart {
		d.startPart(d.pick(variationTitles))
		d.writeVariation()
	}
	d.writeAppendices()
}

func (d *doc) writeFrontMatter() {
	var b strings.Builder
	b.WriteString("---\n")
	key := "ccg"
	if d.chance(0.15) {
		key = "name"
	}
	fmt.Fprintf(&b, "%s: %s\n", key, d.name)
	fmt.Fprintf(&b, "code: %s\n", d.code)
	fmt.Fprintf(&b, "version: %q\n", d.version)
	fmt.Fprintf(&b, "status: %s\n", d.status)
	fmt.Fprintf(&b, "effective: %s\n", d.effective)
	if d.model != "" {
		fmt.Fprintf(&b, "commissioning_model: %s\n", pick(d.r, modelWords[d.model]))
	}
	if d.previous != "" && d.chance(0.9) {
		fmt.Fprintf(&b, "previous_commissioning_model: %s\n", pick(d.r, modelWords[d.previous]))
	}
	if d.voteForm == voteFrontMatter {
		v := d.vote
		fmt.Fprintf(&b, "member_vote:\n  motion: %q\n  date: %s\n  for: %d\n  against: %d\n  abstain: %d\n  eligible: %d\n",
			v.motion, v.date, v.forN, v.against, v.abstain, v.eligible)
	}
	if d.chance(0.5) {
		fmt.Fprintf(&b, "lmc: %s Local Medical Committee\n", d.place)
	}
	if d.chance(0.5) {
		fmt.Fprintf(&b, "website: https://www.%sccg.nhs.uk/about-us/constitution\n", strings.ToLower(strings.ReplaceAll(d.place, " ", "")))
	}
	b.WriteString("---\n")
	d.w.raw(b.String())
}

func (d *doc) writeTitle() {
	d.w.para("**" + d.name + "**")
	d.w.para("**CONSTITUTION**")
	d.w.para(fmt.Sprintf("Version %s — effective from %s", d.version, longDate(d.effective)))
	if d.status == "draft" || d.status == "consultation" {
		d.w.para("This draft is issued to member practices for comment. Comments should reach the Board Secretary within six weeks.")
	}
	if d.chance(0.7) {
		d.w.heading(2, "Version Control")
		var rows [][]string
		major := 1
		for y := d.year - 2; y <= d.year; y++ {
			rows = append(rows, []string{fmt.Sprintf("%d.0", major), fmt.Sprintf("%02d/%02d/%d", 1+d.r.IntN(28), 1+d.r.IntN(12), y),
				d.pick([]string{"Constitution on authorisation", "Standing orders revised", "Locality arrangements revised", "Conflicts of interest revised", "Primary care co-commissioning"}),
				d.pick([]string{"Council of Members; NHS England", "Council of Members (ballot); NHS England", "Governing Body"})})
			major++
		}
		d.w.table([]string{"Version", "Date", "Reason for change", "Approved by"}, rows)
	}
}

func (d *doc) writeIntroduction() {
	d.startPart("Introduction and Commencement")
	d.startSub("Name")
	d.clauseText(fmt.Sprintf("The name of this clinical commissioning group is %s (in this constitution called “the Group”).", d.name))
	d.startSub("Statutory Framework")
	d.clauseText("The Group is a statutory body established under the National Health Service Act 2006 (“the 2006 Act”), as amended by the Health and Social Care Act 2012, and has the functions conferred on it by that Act and by regulations made under it.")
	d.clauseText("The Group is accountable to NHS England for the way in which it exercises those functions.")
	d.startSub("Status of this Constitution")
	d.clauseText(fmt.Sprintf("This constitution is made between the member practices of the Group and has effect from %s. It is published on the Group’s website.", longDate(d.effective)))
	if d.variation == variationInIntro {
		d.startSub(d.pick(variationTitles))
		d.writeVariation()
	}
	d.fillerSlot(false, 2, fillerSubTitles)
}

func (d *doc) writeVariation() {
	nhse := d.chance(d.quality + 0.02)
	members := d.membersVary
	if nhse {
		d.clauseText("This constitution may be varied only:")
		d.letterItems([]string{
			"where the Group applies to NHS England and NHS England approves the application; or",
			"where, in the circumstances set out in legislation, NHS England varies the constitution other than on application by the Group.",
		})
	} else {
		d.clauseText("The Governing Body may vary this constitution from time to time.")
	}
	if members {
		d.clauseText(d.pick([]string{
			"The Group shall not apply to NHS England to vary this constitution unless the proposed variation has first been approved by the member practices, either by a resolution supported by more than half of all member practices at a meeting of the Council of Members or by a ballot of all member practices.",
			"No variation shall be proposed unless the member practices have approved it by a majority.",
			"A proposed variation shall first be put to a ballot of all member practices.",
		}))
	}
	d.clauseText("The Accountable Officer shall send every member a copy of the varied constitution once it takes effect.")
}

func (d *doc) writeMembership() {
	d.startPart("Membership")
	d.startSub(d.pick(membershipTitles))
	where := "listed below"
	if d.listing == listInAppendix {
		where = "listed in the appendix to this constitution"
	}
	d.clauseText(fmt.Sprintf("The Group’s members are the %d providers of primary medical services %s.", len(d.practices), where))
	switch d.listing {
	case listInMembership:
		d.clauseText("The table records, for each member practice, the person who signed this constitution on the practice’s behalf and the date.")
		d.memberTable()
	case listPlain, listPlainSigned:
		items := make([]string, len(d.practices))
		for j, p := range d.practices {
			if d.chance(0.9) {
				items[j] = fmt.Sprintf("%s (%s)", p.name, p.code)
			} else {
				items[j] = fmt.Sprintf("%s – %s", p.name, p.code)
			}
		}
		d.w.bullets(items)
	}
	d.startSub("Eligibility")
	d.clauseText("Any provider of primary medical services to a registered list of patients under a General Medical Services, Personal Medical Services or Alternative Provider Medical Services contract whose premises are in the Group’s area is eligible to be a member of the Group.")
	if d.chance(0.92) {
		d.startSub("Responsibilities of Member Practices")
		d.clauseText("Each member practice shall nominate a practice representative, who must be a GP working in the practice, to represent it in the Group’s affairs and to vote on its behalf.")
		if d.chance(0.7) {
			d.clauseText("Member practices are required to take part in the Group’s prescribing and referral peer review programme and to share the data that the programme needs.")
		}
		if d.chance(0.5) {
			d.clauseText("Each member practice will take part in the meetings of its locality and in the Group’s programmes to improve the quality of primary medical services.")
		}
		if d.chance(0.25) {
			d.clauseText("Where a member practice persistently fails to meet these responsibilities, the Governing Body may suspend its practice representative from the Council of Members or withhold payments under any local incentive scheme.")
		}
	}
}

// memberTable writes the member practices as a table whose columns and
// header words vary.
func (d *doc) memberTable() {
	type column struct {
		header string
		value  func(practice) string
	}
	cols := []column{{d.pick(practiceHeaders), func(p practice) string { return p.name }}}
	code := column{d.pick(codeHeaders), func(p practice) string { return p.code }}
	if d.chance(0.2) {
		cols = append([]column{code}, cols...)
	} else {
		cols = append(cols, code)
	}
	if d.chance(0.7) {
		cols = append(cols, column{d.pick(addressHeaders), func(p practice) string { return p.address }})
	}
	if d.chance(0.5) {
		cols = append(cols, column{d.pick(listSizeHeaders), func(p practice) string { return p.listSize }})
	}
	if d.chance(0.15) {
		cols = append(cols, column{"Locality", func(p practice) string { return "Central" }})
	}
	switch {
	case d.status == "draft" && d.chance(0.5):
		// A draft lists its practices with no sign-off columns at all.
	case d.chance(0.2):
		cols = append(cols, column{d.pick(signatoryHeaders), func(p practice) string { return p.signatory }})
	case d.chance(0.15):
		cols = append(cols, column{d.pick(dateHeaders), func(p practice) string { return p.date }})
	default:
		cols = append(cols,
			column{d.pick(signatoryHeaders), func(p practice) string { return p.signatory }},
			column{d.pick(dateHeaders), func(p practice) string { return p.date }})
	}
	header := make([]string, len(cols))
	for k, c := range cols {
		header[k] = c.header
	}
	rows := make([][]string, len(d.practices))
	for j, p := range d.practices {
		rows[j] = make([]string, len(cols))
		for k, c := range cols {
			rows[j][k] = c.value(p)
		}
	}
	d.w.table(header, rows)
}

func (d *doc) writeDecisionMaking() {
	d.startPart("Decision Making: The Governing Structure")
	d.startSub("Authority to Act")
	d.clauseText("The Group may grant authority to act on its behalf to its Governing Body, to a committee or sub-committee of the Group, or to its employees, as set out in the scheme of reservation and delegation.")
	if d.chance(d.quality - 0.1) {
		d.startSub("Scheme of Reservation and Delegation")
		d.clauseText("The following decisions are reserved to the member practices:")
		items := []string{
			"approving any change to the Group’s arrangements for primary care co-commissioning;",
			"approving the arrangements for electing the GP members of the Governing Body.",
		}
		if d.membersVary {
			items = append([]string{"approving any application to NHS England to vary this constitution;"}, items...)
		}
		d.letterItems(items)
	}
	if d.chance(d.quality) {
		d.startSub("The Council of Members")
		d.clauseText("The member practices act together through the Council of Members, on which each member practice is represented by its practice representative and has one vote.")
		d.clauseText(fmt.Sprintf("The Council of Members meets at least %s a year. Any %s member practices may require the Chair to call an extraordinary meeting.", d.pick([]string{"twice", "three times", "four times"}), numberWord(3+d.r.IntN(8))))
	}
	d.startSub("Committees of the Group")
	d.clauseText("The Governing Body has appointed the committees below, each with terms of reference published on the Group’s website.")
	d.writeCommittees()
	if d.model != "" && d.model != "none" || d.changesModel() {
		d.startSub(d.pick(commissioningTitle))
		d.writeCommissioning()
	}
	d.startSub(d.pick(governingTitles))
	d.writeGoverningBody()
}

func (d *doc) writeCommittees() {
	joint := d.model == "joint" || d.model == "delegated" || d.chance(0.2)
	names := d.r.Perm(len(committeeNames))
	n := d.committees
	for k := range n {
		if joint && k == 1 {
			d.writeJointCommittee()
			continue
		}
		d.writeCommittee(committeeNames[names[k]])
	}
}

// writeCommittee writes a committee no criterion checks by default: its
// membership in a sentence, a list or a table.
func (d *doc) writeCommittee(name string) {
	d.startSubSub(name)
	d.clauseText(fmt.Sprintf("The %s advises the Governing Body on %s.", name, d.pick([]string{
		"the quality and safety of the services the Group commissions", "the Group’s financial performance",
		"the management of risk", "matters within its terms of reference", "the pay and terms of service of the Group’s employees",
	})))
	switch d.r.IntN(3) {
	case 0:
		d.clauseText(fmt.Sprintf("The %s is chaired by the %s. Its other members are the %s and one GP member of the Governing Body.", name,
			strings.ToLower(d.pick(laySeats)), strings.ToLower(d.pick(executiveSeats))))
	case 1:
		d.clauseText("The members of the Committee are:")
		seats := d.seats(1+d.r.IntN(3), 1+d.r.IntN(2), 1+d.r.IntN(2), 0)
		d.seatList(seats)
	default:
		d.clauseText("The membership of the Committee is:")
		seats := d.seats(1+d.r.IntN(3), 1+d.r.IntN(2), 1+d.r.IntN(2), 0)
		d.seatTable(seats, true)
	}
	if d.chance(0.5) {
		d.clauseText(fmt.Sprintf("The quorum of the Committee is %s members, including the Chair or Vice Chair.", numberWord(3+d.r.IntN(2))))
	}
}

// writeJointCommittee writes the committee clinical-majority checks: its
// seats sometimes give clinicians a majority and sometimes not.
func (d *doc) writeJointCommittee() {
	name := d.pick(jointCommitteeNames)
	d.startSubSub(name)
	switch {
	case d.model == "delegated":
		d.clauseText(fmt.Sprintf("NHS England has delegated to the Group the commissioning of primary medical services in its area. The Group exercises the delegated functions through the %s.", name))
	case d.model == "joint":
		d.clauseText(fmt.Sprintf("The Group and NHS England have established a joint committee, the %s, to commission primary medical services for the people of %s jointly.", name, d.place))
	default:
		d.clauseText(fmt.Sprintf("The Group has established a joint committee with %s, the %s, to commission services that the groups commission together.", "NHS "+placeName(d.r)+" CCG", name))
	}
	if d.chance(0.07) {
		d.clauseText("The membership, quorum and voting arrangements of the Committee will be set out in terms of reference to be agreed.")
		return
	}
	clinical := 3 + d.r.IntN(5)
	lay := 1 + d.r.IntN(3)
	exec := 1 + d.r.IntN(3)
	unclassified := 0
	if d.chance(0.1) {
		unclassified = 1
	}
	seats := d.seats(clinical, lay, exec, unclassified)
	seats = append(seats, d.attending(1+d.r.IntN(3))...)
	d.clauseText("The members of the Committee, and those who attend it, are:")
	if d.chance(0.3) {
		d.seatList(seats)
	} else {
		d.seatTable(seats, d.chance(0.8))
	}
	if d.chance(0.85) {
		if d.chance(d.quality) {
			d.clauseText(fmt.Sprintf("The quorum of the Committee is %s voting members, of whom at least two shall be clinical members and at least one shall be a lay member.", numberWord(4+d.r.IntN(3))))
		} else {
			d.clauseText(fmt.Sprintf("The quorum of the Committee is %s voting members, including the Chair or Vice Chair and the Accountable Officer.", numberWord(4+d.r.IntN(3))))
		}
	}
}

type seat struct {
	role, name, category string
	voting               bool
	cell                 string // the voting cell of a seat that does not vote
	count                int
}

func (d *doc) seats(clinical, lay, exec, unclassified int) []seat {
	var out []seat
	add := func(pool []string, category string, n int) {
		for n > 0 {
			// Several clinical seats are sometimes one counted row.
			if category == "clinical" && n >= 2 && d.chance(0.3) {
				k := 2 + d.r.IntN(n-1)
				out = append(out, seat{role: fmt.Sprintf("%s GP members of the Governing Body", capital(numberWord(k))), category: category, voting: true, count: k})
				n -= k
				continue
			}
			out = append(out, seat{role: pick(d.r, pool), name: personName(d.r), category: category, voting: true, count: 1})
			n--
		}
	}
	add(clinicalSeats, "clinical", clinical)
	add(laySeats, "lay", lay)
	add(executiveSeats, "executive", exec)
	add(unclassifiedSeats, "", unclassified)
	if len(out) > 0 {
		out[0].role += " (Chair)"
	}
	d.r.Shuffle(len(out), func(a, b int) { out[a], out[b] = out[b], out[a] })
	return out
}

func (d *doc) attending(n int) []seat {
	var out []seat
	for range n {
		out = append(out, seat{role: d.pick(attendingSeats), name: personName(d.r), category: d.pick([]string{"Executive", "Lay", "Clinical"}), cell: d.pick(nonVotingCells), count: 1})
	}
	return out
}

func (d *doc) seatList(seats []seat) {
	items := make([]string, len(seats))
	for k, s := range seats {
		role := s.role
		if s.count == 1 {
			role = "the " + lowerFirst(role)
		}
		if !s.voting {
			role += ", " + d.pick([]string{"in attendance", "as an observer", "who does not vote"})
		}
		sep := ";"
		if k == len(seats)-1 {
			sep = "."
		}
		items[k] = role + sep
	}
	d.w.bullets(items)
}

func (d *doc) seatTable(seats []seat, withCategory bool) {
	header := []string{d.pick(seatHeaders)}
	withName := d.chance(0.5)
	if withName {
		header = append(header, "Name")
	}
	if withCategory {
		header = append(header, d.pick(categoryHeaders))
	}
	withVoting := d.chance(0.85)
	if withVoting {
		header = append(header, d.pick(votingHeaders))
	}
	rows := make([][]string, len(seats))
	for k, s := range seats {
		role := s.role
		if !s.voting && !withVoting {
			role += " (in attendance)"
		}
		row := []string{role}
		if withName {
			name := s.name
			if s.count > 1 {
				name = ""
			}
			row = append(row, name)
		}
		if withCategory {
			c := capital(s.category)
			if s.category == "" && !s.voting {
				c = "Executive"
			}
			row = append(row, c)
		}
		if withVoting {
			v := "Yes"
			if !s.voting {
				v = s.cell
			}
			row = append(row, v)
		}
		rows[k] = row
	}
	d.w.table(header, rows)
}

func (d *doc) writeCommissioning() {
	switch d.model {
	case "delegated":
		d.clauseText(fmt.Sprintf("From %s the Group exercises the primary medical services functions delegated to it by NHS England, except those that NHS England retains by law.", longDate(d.effective)))
	case "joint":
		d.clauseText(fmt.Sprintf("From %s the Group commissions general practice services jointly with NHS England.", longDate(d.effective)))
	case "greater-involvement":
		d.clauseText("The Group works with NHS England to improve primary medical services, without taking on any of NHS England’s commissioning functions.")
	default:
		d.clauseText("NHS England commissions general practice services in the Group’s area.")
	}
	if !d.changesModel() {
		return
	}
	v := d.vote
	switch d.voteForm {
	case voteFrontMatter:
		d.clauseText(fmt.Sprintf("The member practices approved the application for %s by a ballot that closed on %s.", modelPhrase(d.model), longDate(v.date)))
	case voteSentence:
		d.clauseText(fmt.Sprintf("The proposal to %s was put to an extraordinary meeting of the Council of Members held on %s.", v.motion, longDate(v.date)))
		switch d.r.IntN(4) {
		case 0:
			d.clauseText(fmt.Sprintf("At that meeting %d of the %d member practices voted in favour of applying for %s, %d voted against and %d abstained; %d practices did not vote.",
				v.forN, v.eligible, modelPhrase(d.model), v.against, v.abstain, v.absent))
		case 1:
			d.clauseText(fmt.Sprintf("The proposal was supported by %d of %d practices.", v.forN, v.eligible))
		case 2:
			d.clauseText(fmt.Sprintf("Of the %d member practices, %d practices voted for, %d against and %d abstained.", v.eligible, v.forN, v.against, v.abstain))
		default:
			d.clauseText(fmt.Sprintf("%d of the %d member practices voted in favour of the application, with %d against.", v.forN, v.eligible, v.against))
		}
	case voteTable:
		d.clauseText("The vote of each member practice on the application is recorded in the appendix.")
	}
}

func (d *doc) writeGoverningBody() {
	d.clauseText("The Governing Body ensures that the Group exercises its functions effectively, efficiently and economically and in accordance with the principles of good governance.")
	gps := 2 + d.r.IntN(5)
	type role struct {
		text string
		need float64 // chance it is there
	}
	roles := []role{
		{"the Chair, a GP elected by the member practices;", 0.97},
		{fmt.Sprintf("%s further GP members elected by the member practices;", numberWord(gps)), 1},
		{"the lay member with a lead role in audit and governance;", 0.95},
		{"the lay member with a lead role in patient and public involvement, who is the Deputy Chair;", 0.95},
		{"a registered nurse;", 0.93},
		{"a secondary care specialist doctor;", 0.93},
		{"the Accountable Officer;", 0.97},
		{"the Chief Finance Officer.", 0.96},
	}
	var items []string
	for _, r := range roles {
		if d.chance(r.need) {
			items = append(items, r.text)
		}
	}
	if d.chance(0.25) {
		d.clauseText("The members of the Governing Body are:")
		rows := make([][]string, len(items))
		for k, it := range items {
			rows[k] = []string{capital(strings.TrimRight(it, ";.")), "Yes"}
		}
		d.w.table([]string{d.pick([]string{"Member", "Role"}), "Voting"}, rows)
	} else {
		d.clauseText("The Governing Body has the following members:")
		d.w.bullets(items)
	}
	d.clauseText("The Deputy Chair presides when the Chair is absent or conflicted.")
}

// Safeguards of conflicts of interest, in the words a constitution uses.
var safeguards = [][]string{
	{"The Group will maintain registers of interests of its member practices, the members of its Governing Body, committees and sub-committees, and its employees.",
		"The Group keeps a register of the interests of everyone who takes part in its decisions."},
	{"The registers of interests will be published on the Group’s website and will be available for inspection by any member of the public at the Group’s headquarters.",
		"The register is published in the Group’s annual report and on its website."},
	{"Every person to whom this part applies must declare any interest relevant to the Group’s decisions on appointment, and must declare any new interest or change within 28 days of becoming aware of it.",
		"Interests in the business of a meeting shall be declared at the start of that meeting and recorded in the minutes."},
	{"A person who has a conflict of interest in an item of business shall withdraw from the meeting while it is considered and shall not take part in the discussion or vote on it.",
		"A member with a conflict of interest takes no part in the discussion of the item or in the decision."},
	{"Where withdrawals for conflicts of interest leave a meeting inquorate for an item, the item shall be deferred to the next meeting at which a quorum can be formed, or referred to the Governing Body.",
		"If the quorum cannot be met because members are conflicted, the decision shall be referred to the Audit Committee."},
	{"The Group will also maintain and publish a register of gifts and hospitality.",
		"Offers of gifts and hospitality are recorded in a gifts and hospitality register."},
	{"The Group will keep a register of procurement decisions recording, for each contract awarded, those involved in the decision and how any conflict was managed.",
		"A procurement register records each contract awarded and how conflicts were managed."},
	{"The lay member for audit and governance is the Group’s Conflicts of Interest Guardian, a safe point of contact for anyone who is concerned about the way in which a conflict has been managed.",
		"The Group has appointed a Conflicts of Interest Guardian."},
}

var safeguardTitles = []string{"Registers", "Publication", "Declaring Interests", "Managing Conflicts at Meetings", "Quoracy", "Gifts and Hospitality", "Procurement", "Guardian"}

func (d *doc) writeConflicts() {
	if d.chance(0.04) {
		d.startPart("Standards of Business Conduct")
		d.clauseText("Employees, members of committees and members of the Governing Body shall act in good faith and in the interests of the Group, and shall follow the seven principles of public life.")
		d.clauseText("[Drafting note: the provisions on the management of conflicts of interest will be inserted here when NHS England publishes its revised statutory guidance.]")
		return
	}
	d.startPart(d.pick(conflictsTitles))
	withSubs := d.chance(0.5)
	if withSubs {
		d.startSub("Principles")
	}
	d.clauseText("As required by section 14O of the 2006 Act, the Group will make arrangements to manage actual and potential conflicts so that they do not, and do not appear to, affect the integrity of its decision making.")
	for k, variants := range safeguards {
		if !d.chance(d.quality) {
			continue
		}
		if withSubs {
			d.startSub(safeguardTitles[k])
		}
		d.clauseText(d.pick(variants))
	}
}

func (d *doc) writeAppendices() {
	d.startAppendix("Definitions of Key Terms")
	d.w.table([]string{"Term", "Meaning"}, [][]string{
		{"2006 Act", "the National Health Service Act 2006, as amended"},
		{"Council of Members", "the meeting of the practice representatives of all member practices"},
		{"Member practice", "a provider of primary medical services listed in this constitution"},
		{"Practice representative", "the GP nominated by a member practice"},
	})
	if d.listing == listInAppendix {
		d.startAppendix(d.pick(memberAppendix))
		d.w.para(fmt.Sprintf("The member practices of %s, and the signature of each practice to this constitution, are as follows.", d.name))
		d.memberTable()
	}
	if d.listing == listPlainSigned {
		d.startAppendix(d.pick(signOffTitles))
		d.w.para("Each member practice named below has signed this constitution.")
		rows := make([][]string, len(d.practices))
		for j, p := range d.practices {
			rows[j] = []string{p.name, p.signatory, p.date}
		}
		d.w.table([]string{"Practice", "Signed by", "Date"}, rows)
	}
	if d.voteForm == voteTable {
		d.startAppendix("Record of the Ballot of Member Practices")
		d.w.para(fmt.Sprintf("The ballot on the motion to %s closed on %s.", d.vote.motion, longDate(d.vote.date)))
		votes := make([]string, 0, len(d.practices))
		for range d.vote.forN {
			votes = append(votes, d.pick([]string{"For", "In favour", "Yes"}))
		}
		for range d.vote.against {
			votes = append(votes, d.pick([]string{"Against", "No"}))
		}
		for range d.vote.abstain {
			votes = append(votes, d.pick([]string{"Abstain", "Abstained"}))
		}
		for len(votes) < len(d.practices) {
			votes = append(votes, "")
		}
		rows := make([][]string, len(d.practices))
		for j, p := range d.practices {
			rows[j] = []string{p.name, p.code, votes[j]}
		}
		d.w.table([]string{"Practice", "Code", "Vote"}, rows)
	}
	if d.variation == variationAppendix {
		d.startAppendix(d.pick(variationTitles))
		d.writeVariation()
	}
	d.startAppendix("Standing Orders")
	d.clauseText("These standing orders govern the meetings of the Council of Members, the Governing Body and its committees.")
	d.fillerSlot(true, 2, standingOrderTitles)
	if d.chance(0.6) {
		d.startAppendix("Prime Financial Policies")
		d.fillerSlot(true, 2, fillerSubTitles)
	}
}

// Headings and numbering.

func (d *doc) startPart(title string) {
	d.part++
	d.sub, d.subsub, d.clause = 0, 0, 0
	d.prefix = strconv.Itoa(d.part)
	t := title
	if d.caps {
		t = strings.ToUpper(title)
	}
	var h string
	switch d.partStyle {
	case 0:
		h = fmt.Sprintf("PART %d – %s", d.part, strings.ToUpper(title))
	case 1:
		h = fmt.Sprintf("%d. %s", d.part, t)
	case 2:
		h = fmt.Sprintf("Section %d: %s", d.part, t)
	case 3:
		h = fmt.Sprintf("%d %s", d.part, t)
	default:
		h = fmt.Sprintf("Part %d – %s", d.part, t)
	}
	d.w.heading(1, h)
}

func (d *doc) startAppendix(title string) {
	d.appendix++
	d.sub, d.subsub, d.clause = 0, 0, 0
	letter := string(rune('A' + d.appendix - 1))
	d.prefix = letter
	var h string
	switch d.appendixStyle {
	case 0:
		h = fmt.Sprintf("Appendix %s – %s", letter, title)
	case 1:
		h = fmt.Sprintf("APPENDIX %s – %s", letter, strings.ToUpper(title))
	case 2:
		h = fmt.Sprintf("Schedule %d: %s", d.appendix, title)
		d.prefix = strconv.Itoa(d.appendix)
	default:
		h = fmt.Sprintf("Annex %s: %s", letter, title)
	}
	d.w.heading(1, h)
}

// base is the number of the current part or appendix.
func (d *doc) base() string {
	if d.appendix > 0 {
		if d.appendixStyle == 2 {
			return strconv.Itoa(d.appendix)
		}
		return string(rune('A' + d.appendix - 1))
	}
	return strconv.Itoa(d.part)
}

func (d *doc) startSub(title string) {
	d.sub++
	d.subsub, d.clause = 0, 0
	d.prefix = fmt.Sprintf("%s.%d", d.base(), d.sub)
	d.w.heading(2, d.prefix+" "+title)
}

func (d *doc) startSubSub(title string) {
	d.subsub++
	d.clause = 0
	d.prefix = fmt.Sprintf("%s.%d.%d", d.base(), d.sub, d.subsub)
	d.w.heading(3, d.prefix+" "+title)
}

// clauseText writes the next numbered clause of the current section.
func (d *doc) clauseText(text string) {
	d.clause++
	d.w.clause(fmt.Sprintf("%s.%d", d.prefix, d.clause), text)
}

// letterItems writes (a), (b)... paragraphs, each a clause.
func (d *doc) letterItems(items []string) {
	for k, it := range items {
		d.w.clause(fmt.Sprintf("(%c)", 'a'+k), it)
	}
}

// Filler.

// fillerSlot writes this slot's share of the filler clauses, split into
// sub-sections at level when withSubs is set.
func (d *doc) fillerSlot(withSubs bool, level int, titles []string) {
	k := d.slots
	d.slots++
	d.heavy = append(d.heavy, withSubs)
	if d.fill == nil {
		return
	}
	n := d.fill.slots[k]
	used := map[int]bool{}
	for n > 0 {
		if withSubs {
			t := d.f.IntN(len(titles))
			for used[t] && len(used) < len(titles) {
				t = (t + 1) % len(titles)
			}
			used[t] = true
			before := d.w.buf.Len()
			if level == 2 {
				d.startSub(titles[t])
			} else {
				d.startSubSub(titles[t])
			}
			d.fillBytes -= d.w.buf.Len() - before
		}
		per := n
		if withSubs {
			per = min(n, 2+d.f.IntN(9))
		}
		n -= per
		for per > 0 {
			if per >= 4 && d.f.IntN(8) == 0 && d.fillLeft > 4 {
				d.clauseText(pick(d.f, listLeadIns))
				items := d.f.Perm(len(listItems))[:min(per-1, 2+d.f.IntN(3))]
				texts := make([]string, len(items))
				for x, it := range items {
					texts[x] = listItems[it] + ";"
				}
				before := d.w.buf.Len()
				d.letterItems(texts)
				d.fillBytes -= d.w.buf.Len() - before
				d.fillLeft -= 1 + len(items)
				per -= 1 + len(items)
				continue
			}
			before := d.w.buf.Len()
			d.clauseText(d.fillerText())
			d.fillBytes -= d.w.buf.Len() - before
			d.fillLeft--
			per--
		}
	}
}

// fillerText is a clause of about the length that spreads the bytes left
// over the clauses left, give or take 30%: whole sentences, the last one
// left out when it would overshoot by more than half.
func (d *doc) fillerText() string {
	mean := max(minFill, d.fillBytes/max(d.fillLeft, 1)-12)
	target := mean*7/10 + d.f.IntN(mean*6/10+1)
	var b strings.Builder
	pool := fillerSentences
	if target < 150 {
		pool = shortSentences
	}
	for b.Len() < target {
		s := pick(d.f, pool)
		if strings.Contains(s, "%") {
			s = capital(fmt.Sprintf(s, pick(d.f, fillerBodies), pick(d.f, fillerVerbs), pick(d.f, fillerObjects), pick(d.f, fillerQualifiers), d.place))
		}
		if b.Len() > 0 && b.Len()+1+len(s) > target+target/2 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}
