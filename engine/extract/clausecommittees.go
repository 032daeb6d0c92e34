package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/ccgvet/ccgvet/engine/model"
)

// clauseCommittees reads committees stated only in numbered clauses of a
// part on several bodies, with no heading of their own: "21. The voting
// members of the Primary Care Commissioning Committee are the lay member
// for primary care commissioning, who chairs it, …" then "22. That
// Committee is quorate when …". The committee is the clause that leads
// into its members and the clauses after it that speak of it, up to one
// that names another body. A committee already read by that name (a
// section, a table row) is not read again.
func (d *document) clauseCommittees(have []model.Committee, aspects []string) []model.Committee {
	known := map[string]bool{}
	for _, c := range have {
		known[stripThe(norm(c.Name))] = true
	}
	var out []model.Committee
	for bi, bl := range d.blocks {
		if bl.ListItem || bl.SectionIndex < 0 || !containsFold(bl.Text, "committee") {
			continue
		}
		if k := d.sections[bl.SectionIndex].Kind; k != "" && k != model.KindCommissioning {
			// A committee's own section is the section reader's; a
			// governing body's or a membership section is no committee's
			// place.
			continue
		}
		name := clauseCommitteeName(bl.Text)
		key := stripThe(norm(name))
		if name == "" || known[key] || !judgedKind(key) {
			continue
		}
		b := &body{blocks: []int{bi}}
		end := bl.EndLine
		clauses := 0
		for k := bi + 1; k < len(d.blocks) && clauses < 6 && d.blocks[k].SectionIndex == bl.SectionIndex; k++ {
			// Its sub-clauses ("6.4.1 Its voting members are …" under
			// "6.4 … has established a Primary Care Commissioning
			// Committee") with the lettered items of one ("(i) the three
			// lay members …"), and the clauses after it that speak of it.
			item := opensLettered(d.blocks[k].Text) && len(b.blocks) > 1
			if !item && !numberedUnder(bl, d.blocks[k]) && !speaksOfCommittee(d.blocks[k].Text, name) {
				break
			}
			if !item {
				clauses++
			}
			b.blocks = append(b.blocks, k)
			end = d.blocks[k].EndLine
		}
		kind := model.KindCommittee
		if containsFold(name, "joint") {
			kind = model.KindJointCommittee
		}
		known[key] = true
		sec := model.Section{Index: bl.SectionIndex, Heading: d.sectionHeading(bl.SectionIndex), Title: name, Line: bl.Line, EndLine: end, Kind: kind}
		chair, chairLine := d.chairedBy(b)
		part := d.committee(sec, b, aspects, chair, chairLine)
		if n := statedMembers(part.Text); len(part.Seats) == 0 && n > 0 {
			// "4.4.3 The Committee has seven voting members. Three of them
			// are …. The others are …": its members in shares, as a
			// committee's section states them.
			proseSeats(&part.Committee, n)
			part.MembershipStated = len(part.Seats) > 0
		}
		if len(part.Seats) == 0 {
			continue
		}
		part.Name = name
		out = append(out, part.Committee)
	}
	return out
}

// clauseCommitteeName is the committee a clause leads into the members
// of ("The voting members of the X Committee are …"), has as its run-in
// title ("*X Committee.* …"), opens on ("The X
// Committee exercises …. It has seven voting members: …") or establishes
// ("The Governing Body has established a X Committee to exercise them"),
// or "".
func clauseCommitteeName(text string) string {
	if m := membersOf.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1])
	}
	if runInCommittee(text) {
		if m := committeeRunInRe.FindStringSubmatch(unnumbered(text)); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	if m := committeeOpensRe.FindStringSubmatch(unnumbered(text)); m != nil {
		return strings.TrimSpace(m[1])
	}
	if m := committeeEstablishedRe.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

var (
	// "*Primary Care Commissioning Committee.* The CCG exercises …",
	// "**Audit Committee** – …": a run-in title.
	committeeRunInRe       = lazyRe(`^((?:[A-Z][\w'’-]*\s+){1,8}?(?:Sub-)?Committee)(?:\s*[.:]|\s+[–—-])\s`)
	committeeOpensRe       = lazyRe(`^(?:The|A|An)\s+((?:[A-Z][\w'’-]*\s+){1,7}?(?:Sub-)?Committee)\b`)
	committeeEstablishedRe = lazyRe(`\b(?:established|set up|appointed|formed|constituted)\s+(?:a|an|the)\s+((?:[A-Z][\w'’-]*\s+){1,7}?(?:Sub-)?Committee)\b`)
)

// runInCommittee is a cheap test for committeeRunInRe: "Committee" early
// in the paragraph, a full stop, colon or dash after it.
func runInCommittee(text string) bool {
	k := strings.Index(text, "Committee")
	if k < 0 || k > 120 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[k+len("Committee"):], " "))
	switch r {
	case '.', ':', '–', '—', '-':
		return true
	}
	return false
}

// judgedKind reports whether a committee's name (normalised) is of the
// kinds the criteria judge: a primary care, commissioning or joint
// committee. Others read from clauses would only be more to misread.
func judgedKind(key string) bool {
	return containsWords(key, "primary care") || containsWords(key, "commissioning") || containsWords(key, "joint")
}

// speaksOfCommittee reports whether a clause after the one that leads
// into a committee's members goes on about it: "That Committee is quorate
// when …", "It meets monthly", or one that names it again, and names no
// other committee first.
func speaksOfCommittee(text, name string) bool {
	t := strings.TrimSpace(unnumbered(text))
	for _, lead := range []string{"That Committee", "This Committee", "The Committee", "That committee", "This committee", "The committee", "It ", "Its "} {
		if strings.HasPrefix(t, lead) {
			return true
		}
	}
	return strings.HasPrefix(strings.ToLower(t), "the "+strings.ToLower(stripThe(name)))
}
