package extract

import (
	"strconv"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// body is what belongs to one committee (or the governing body) in one
// of its sections: the blocks, lists and tables there, leaving out
// nested committees, which are bodies of their own.
type body struct {
	blocks []int
	lists  []int
	tables []int
}

// owners maps each section to the committee or governing body section it
// belongs to, or -1: a committee section owns itself and its subsections;
// the outermost governing body sections own theirs.
func owners(secs []model.Section) []int {
	own := make([]int, len(secs))
	var demoted []int // governing body parts whose governing body is a subsection
	for i, s := range secs {
		parent := -1
		if s.Parent >= 0 && s.Parent < i {
			parent = own[s.Parent]
		}
		switch {
		case (s.Kind == model.KindCommittee || s.Kind == model.KindJointCommittee) && parent >= 0 &&
			(secs[parent].Kind == model.KindCommittee || secs[parent].Kind == model.KindJointCommittee) && aspectOfCommittee(s.Title):
			// "C2 Role of the Joint Committee" in the joint committee's
			// terms of reference: a part of it, not a committee of its own.
			own[i] = parent
		case s.Kind == model.KindCommittee || s.Kind == model.KindJointCommittee:
			own[i] = i
		case s.Kind == model.KindGoverningBody && (parent < 0 || secs[parent].Kind != model.KindGoverningBody):
			own[i] = i
		case s.Kind == model.KindGoverningBody && containsFold(secs[parent].Title, "committee") && !containsFold(s.Title, "committee"):
			// "4.1 The Governing Body" under "4 OUR GOVERNING BODY AND ITS
			// COMMITTEES": the governing body is the subsection, and the
			// part's other sections are its committees'.
			own[i] = i
			demoted = append(demoted, parent)
		default:
			own[i] = parent
		}
	}
	for _, p := range demoted {
		// The part itself, and its sections no committee or governing
		// body owns, belong to no body.
		for j := range own {
			if own[j] == p {
				own[j] = -1
			}
		}
	}
	return own
}

// committeeAspects begin a title that is about one side of a committee
// named after them: "Role of the Joint Committee", "Membership of the
// Committee".
var committeeAspects = phrases{
	"role of", "purpose of", "function of", "functions of", "membership of", "composition of", "quorum of",
	"meetings of", "responsibilities of", "duties of", "authority of", "powers of", "scope of",
	"establishment of", "accountability of", "chair of", "chairing of", "decisions of", "voting at",
	"members of", "role and responsibilities of", "roles and responsibilities of", "status of",
	// "1. Constitution of the Joint Committee" in its terms of reference.
	"constitution of", "constitution and status of", "formation of",
}

// aspectOfCommittee reports whether a section title is about one side of
// a committee rather than naming one.
func aspectOfCommittee(title string) bool {
	n := norm(title)
	if first, rest, ok := strings.Cut(n, " "); ok && strings.ContainsAny(first, "0123456789") {
		n = rest // "C2 Role of the Joint Committee", numbered within its appendix
	}
	return committeeAspects.prefix(n) != "" || committeeAspectTitles[n]
}

// committeeAspectTitles are titles that are one side of the committee
// whose terms of reference they are in, by themselves: "1. Constitution",
// "2. Membership".
var committeeAspectTitles = map[string]bool{
	"constitution": true, "constitution and status": true, "membership": true, "role": true, "purpose": true, "quorum": true,
	"status": true, "establishment": true, "introduction": true, "authority": true, "accountability": true,
	"meetings": true, "voting": true, "functions": true, "duties": true, "responsibilities": true, "scope": true,
	"role and responsibilities": true, "roles and responsibilities": true, "membership and attendance": true,
}

// bodies collects each owner's content in one pass over the outline.
func bodies(d *document, own []int) map[int]*body {
	out := map[int]*body{}
	get := func(sec int) *body {
		if sec < 0 || own[sec] < 0 {
			return nil
		}
		b := out[own[sec]]
		if b == nil {
			b = &body{}
			out[own[sec]] = b
		}
		return b
	}
	for i, bl := range d.blocks {
		if b := get(bl.SectionIndex); b != nil {
			b.blocks = append(b.blocks, i)
		}
	}
	for i, l := range d.lists {
		if b := get(l.Section); b != nil {
			b.lists = append(b.lists, i)
		}
	}
	for i, t := range d.tables {
		if b := get(t.Section); b != nil {
			b.tables = append(b.tables, i)
		}
	}
	return out
}

// A committee is often described twice: in the body of the constitution
// ("6.4.4 Primary Care Commissioning Committee … its membership is set out
// in its terms of reference at Appendix D") and in its terms of reference
// in a schedule or appendix. Both are one committee. groupBodies finds
// the sections of each: those that name the same committee, and the
// schedule or appendix a committee's text refers to for its terms of
// reference or membership.

// bodyGroup is the owner sections of one committee, or of the governing
// body, in document order; the first is where the committee is.
type bodyGroup []int

// groupBodies returns the groups of owner sections, in the order of their
// first section. It updates own so that an appendix that a committee
// refers to, and that is no committee's, belongs to that committee.
func groupBodies(d *document, own []int) []bodyGroup {
	secs := d.sections
	parent := make([]int, len(secs)) // union-find over owner sections
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		a, b = find(a), find(b)
		if a == b {
			return
		}
		if b < a {
			a, b = b, a
		}
		parent[b] = a // the earlier section stays the group's
	}

	gb, keys := -1, map[string]int{}
	for i := range secs {
		if own[i] != i {
			continue
		}
		if secs[i].Kind == model.KindGoverningBody {
			// Sections about the governing body are put together.
			if gb < 0 {
				gb = i
			}
			union(gb, i)
			continue
		}
		key := committeeKey(secs[i])
		if named := d.committeeNames[i]; named != "" {
			// Named by its text, not its title: its terms of reference
			// are found by that name.
			key = committeeKey(model.Section{Title: named})
		}
		for k, first := range keys {
			if sameCommittee(k, key) {
				union(first, i)
			}
		}
		if _, ok := keys[key]; !ok {
			keys[key] = i
		}
	}

	referTo(d, own, union)

	var groups []bodyGroup
	at := map[int]int{}
	for r := range secs {
		if own[r] != r {
			continue
		}
		g := find(r)
		k, ok := at[g]
		if !ok {
			k = len(groups)
			at[g] = k
			groups = append(groups, nil)
		}
		groups[k] = append(groups[k], r)
	}
	return groups
}

// committeeKey is a committee section's name as two descriptions of it
// share it: "Terms of Reference of the Audit Committee" and "6.5 Audit
// Committee" are both "audit committee".
func committeeKey(s model.Section) string {
	n := bodyName(s)
	if c := namesCommittee(n); c != "" {
		n = c
	}
	return n
}

// committeeQualifiers are words that may come before a committee's name
// in one description and not the other: "Governing Body Audit Committee",
// "NHS Fenby CCG Primary Care Commissioning Committee".
var committeeQualifiers = map[string]bool{"nhs": true, "ccg": true, "governing": true, "body": true, "group": true, "the": true, "s": true}

// sameCommittee reports whether two committee keys name one committee:
// they are equal, or one is the other with qualifiers before it.
func sameCommittee(a, b string) bool {
	if a == b {
		return a != "" && a != "committee"
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if !strings.HasSuffix(a, " "+b) || len(strings.Fields(b)) < 2 {
		return false
	}
	prefix := strings.Fields(a[:len(a)-len(b)-1])
	ccg := false
	for _, w := range prefix {
		ccg = ccg || w == "ccg" || w == "nhs"
	}
	if ccg {
		return true // the CCG's name, whatever its words
	}
	for _, w := range prefix {
		if !committeeQualifiers[w] {
			return false
		}
	}
	return true
}

// labelRe finds a reference to a schedule or appendix: "Schedule 3",
// "Appendix D", "Annex 2". A letter must be a capital, so that "appendix
// a" in running text is not one.
var labelRe = lazyRe(`\b(?i:(appendix|annexe?|schedule))\s+(\d{1,3}[A-Za-z]?\b|[A-Z]\b|[IVXLC]{1,6}\b)`)

// referenceWords are what a sentence must speak of for its schedule or
// appendix to hold the committee's terms of reference or members.
var referenceWords = phrases{"terms of reference", "membership", "members", "composition", "quorum", "constituted", "constitution of the committee", "posts", "seats"}

// practicesMembersWords speak of the member practices, not of a
// committee's members: "the members' vote recorded in Appendix B".
var practicesMembersWords = []string{"members vote", "members meeting", "members declaration", "members council", "members forum", "member practices"}

// withoutPracticesWords is a normalised sentence without the words that
// speak of the member practices.
func withoutPracticesWords(n string) string {
	for _, p := range practicesMembersWords {
		if strings.Contains(n, p) {
			n = strings.ReplaceAll(n, p, " ")
		}
	}
	return n
}

// labelKey is a schedule or appendix label as section numbers are matched:
// "appendix d", "annex 2".
func labelKey(kind, id string) string {
	kind = strings.ToLower(kind)
	if kind == "annexe" {
		kind = "annex"
	}
	return kind + " " + strings.ToLower(id)
}

// referTo follows each committee's references to a schedule or appendix
// for its terms of reference or membership: an appendix that is no
// body's becomes the committee's (with its subsections), and one that is
// another committee's section is the same committee.
func referTo(d *document, own []int, union func(a, b int)) {
	labels := map[string]int{}
	for i, s := range d.sections {
		if s.Number == "" {
			continue
		}
		if m := labelRe.FindStringSubmatch(s.Number); m != nil {
			if _, ok := labels[labelKey(m[1], m[2])]; !ok {
				labels[labelKey(m[1], m[2])] = i
			}
		}
	}
	sectionRange(d, own, union)
	if len(labels) == 0 {
		return
	}
	for _, bl := range d.blocks {
		if bl.SectionIndex < 0 {
			continue
		}
		r := own[bl.SectionIndex]
		if r < 0 || !mayReferToLabel(bl.Text) {
			continue
		}
		for _, sp := range sentences(bl.Text) {
			sent := bl.Text[sp.start:sp.end]
			ms := labelRe.FindAllStringSubmatch(sent, -1)
			if ms == nil || !referenceWords.any(withoutPracticesWords(norm(sent))) {
				continue
			}
			for _, m := range ms {
				target, ok := labels[labelKey(m[1], m[2])]
				if !ok || target == r {
					continue
				}
				if d.sections[r].Kind == model.KindGoverningBody && containsWords(norm(d.sections[target].Title), "committees") {
					// "… an Audit Committee and a Remuneration Committee.
					// Their terms of reference are in Appendix 4", an
					// appendix of the committees' terms: theirs, not the
					// governing body's.
					continue
				}
				adopt(d.sections, own, r, target, union)
			}
		}
	}
}

// sectionRangeRe finds a sentence that sends the reader to a run of
// sections for who a body's members are: "Sections 6.6 to 6.10 describe
// who they are" (groups 1 and 2).
var sectionRangeRe = lazyRe(`\b[Ss]ections (\d{1,2}(?:\.\d{1,2})+) to (\d{1,2}(?:\.\d{1,2})+) (?:describe|set out|say|state|explain)\b`)

// sectionRange makes the sections a governing body's text sends the
// reader to for its members part of it: the governing body described
// role by role in sections of their own ("6.6 The Chairman and Vice
// Chairman", "6.7 The Accountable Officer", …), which name it in their
// text but not in their titles.
func sectionRange(d *document, own []int, union func(a, b int)) {
	changed := false
	for _, bl := range d.blocks {
		if bl.SectionIndex < 0 || !containsFold(bl.Text, "sections ") {
			continue
		}
		r := own[bl.SectionIndex]
		if r < 0 || d.sections[r].Kind != model.KindGoverningBody {
			continue
		}
		m := sectionRangeRe.FindStringSubmatch(bl.Text)
		if m == nil {
			continue
		}
		first, last := strings.Split(m[1], "."), strings.Split(m[2], ".")
		if len(first) != len(last) || strings.Join(first[:len(first)-1], ".") != strings.Join(last[:len(last)-1], ".") {
			continue
		}
		lo, _ := strconv.Atoi(first[len(first)-1])
		hi, _ := strconv.Atoi(last[len(last)-1])
		prefix := strings.Join(first[:len(first)-1], ".") + "."
		for i, sec := range d.sections {
			num, ok := strings.CutPrefix(sec.Number, prefix)
			if !ok {
				continue
			}
			if n, err := strconv.Atoi(num); err == nil && n >= lo && n <= hi && i != r && own[i] < 0 && sec.Kind == "" {
				adopt(d.sections, own, r, i, union)
				// Its sentences are the governing body's, as those of its
				// own sections are.
				d.sections[i].Kind, changed = model.KindGoverningBody, true
			}
		}
	}
	if changed {
		sectionKinds(d.sections)
	}
}

// mayReferToLabel is referTo's cheap test: every label has one of these.
func mayReferToLabel(text string) bool {
	return containsFold(text, "appendix") || containsFold(text, "schedule") || containsFold(text, "annex")
}

// adopt makes section target part of body r: a section that is no body's
// becomes a section of r, with its subsections, unless a body stands
// among them (an appendix of several committees' terms of reference, each
// of which speaks for itself); a committee target is r's committee. The
// governing body is never merged into a committee, nor a committee into
// it.
func adopt(secs []model.Section, own []int, r, target int, union func(a, b int)) {
	if o := own[target]; o >= 0 {
		// A committee's own section is r's committee; an appendix another
		// committee has already taken ("Its membership is set out in
		// Appendix 3", said of two committees whose terms of reference
		// it holds) joins no two committees.
		if o != r && secs[o].Kind != model.KindGoverningBody && secs[r].Kind != model.KindGoverningBody &&
			(secs[o].Kind == model.KindCommittee || secs[o].Kind == model.KindJointCommittee) {
			union(r, o)
		}
		return
	}
	end := target + 1
	for end < len(secs) && descends(secs, end, target) {
		if own[end] >= 0 {
			return
		}
		end++
	}
	for i := target; i < end; i++ {
		own[i] = target
	}
	union(r, target)
}

// descends reports whether section i stands under section a.
func descends(secs []model.Section, i, a int) bool {
	for p := secs[i].Parent; p >= 0; p = secs[p].Parent {
		if p == a {
			return true
		}
	}
	return false
}
