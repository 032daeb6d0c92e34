package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// A committee is often set up in the prose of a section whose title names
// arrangements, not a committee: NHS England's 2014 model clause "Joint
// Commissioning Arrangements with NHS England for the Exercise of NHS
// England's Functions" exercises functions "through a joint committee of
// the Group and NHS England known as the Primary Care Joint Commissioning
// Committee", and lists its members in a table below. Such a section is
// that committee, named as its text names it. A section that only says a
// committee may be set up ("which may include the establishment of a
// joint committee") names none and lists no members: it stays as it is.

// committeeNamed finds the name a sentence gives a committee: "known as
// the X Committee", "to be called the X Committee".
var committeeNamed = lazyRe(`\b(?:known as|to be known as|called|named)\s+(?:the\s+)?["“']?((?:[A-Z][\w'’-]*\s+){0,7}?(?:Sub-)?Committee)\b`)

// membersOf finds a sentence that leads into a committee's members: "The
// members of the Primary Care Commissioning Committee are as follows:"
// in a section on several committees ("Committees established by the
// Governing Body").
var membersOf = lazyRe(`\b(?:members|membership) of the ((?:[A-Z][\w'’-]*\s+){0,7}?(?:Sub-)?Committee)\s+(?:(?:with a vote|who (?:may )?vote|entitled to vote|with voting rights)\s+)?(?:are|is|shall be|will be|comprises?|consists?)\b`)

// committeeSetUp finds a sentence that names a committee as set up: "The
// Primary Care Joint Committee was set up by the CCG and NHS England"
// (group 1), or sets one up and names it after a comma (group 2) or
// before one (group 3).
var committeeSetUp = lazyRe(`\bThe\s+((?:[A-Z][\w'’-]*\s+){0,7}?(?:Sub-)?Committee)\s+(?:was|is|has been|were)\s+(?:jointly\s+)?(?:set up|established|formed|created|constituted)\b` +
	// "… have established a joint committee, the Marston Vale Primary
	// Care Joint Commissioning Committee ("the Joint Committee"), …"
	`|\b(?:set up|established|formed|created|constituted)\s+a\s+(?:joint\s+)?committee,\s+the\s+((?:[A-Z][\w'’-]*\s+){0,7}?(?:Sub-)?Committee)\b` +
	// "They have established the Cumbermere Primary Care Joint Committee,
	// a joint committee of the Group and NHS England"
	`|\b(?:set up|established|formed|created|constituted)\s+the\s+((?:[A-Z][\w'’-]*\s+){0,7}?(?:Sub-)?Committee),\s+a\s+(?:joint\s+)?committee\b`)

// membersInProse are the sections with a sentence that states a body's
// members: "The CCG appoints five voting members: …", "Its members are …".
func (d *document) membersInProse() map[int]bool {
	out := map[int]bool{}
	for _, b := range d.blocks {
		s := b.SectionIndex
		if s < 0 || out[s] || !containsFold(b.Text, "member") {
			continue
		}
		for _, sn := range sentences(b.Text) {
			sent := strings.TrimRight(b.Text[sn.start:sn.end], ". ")
			if !mayStateQuorum(sent) && (findMembers(sent) != nil || onePartyAppoints(sent, 0) != nil) {
				out[s] = true
				break
			}
		}
	}
	return out
}

// proseKinds are the section kinds a committee named in the text may
// replace: none, or arrangements for commissioning.
var proseKinds = map[string]bool{"": true, model.KindCommissioning: true}

// proseCommittees makes each section that names a committee in its first
// paragraphs, or leads into one committee's members, and lists members (a
// table or list of its own) that committee; it returns the names, by
// section.
func (d *document) proseCommittees() map[int]string {
	listed := map[int]int{}
	for _, t := range d.tables {
		if t.Section >= 0 && len(t.Rows) >= 3 {
			listed[t.Section]++
		}
	}
	for _, l := range d.lists {
		if l.Section >= 0 && len(l.Items) >= 3 {
			listed[l.Section]++
		}
	}
	var names map[int]string
	seen := map[int]int{}
	// The committees whose members a section's sentences lead into, by
	// section: one such committee makes the section it; two or more are
	// left alone, since their members would be read as one body's.
	leads := map[int][]string{}
	for _, b := range d.blocks {
		s := b.SectionIndex
		if s >= 0 && listed[s] > 0 && proseKinds[d.sections[s].Kind] && containsFold(b.Text, "committee") {
			if m := membersOf.FindStringSubmatch(b.Text); m != nil && !strings.EqualFold(strings.TrimSpace(m[1]), "committee") {
				// (Not "The members of the Committee are:", which names the
				// committee the section is part of.)
				leads[s] = append(leads[s], strings.TrimSpace(m[1]))
			}
		}
	}
	for s, ns := range leads {
		if len(ns) != 1 {
			continue
		}
		if names == nil {
			names = map[int]string{}
		}
		names[s] = ns[0]
		d.sections[s].Kind = model.KindCommittee
		if containsFold(ns[0], "joint") {
			d.sections[s].Kind = model.KindJointCommittee
		}
	}
	var inProse map[int]bool // sections whose sentences state members, when asked
	for _, b := range d.blocks {
		s := b.SectionIndex
		if s < 0 || !proseKinds[d.sections[s].Kind] || seen[s] >= 3 {
			continue
		}
		seen[s]++
		if !containsFold(b.Text, "committee") {
			continue
		}
		var m []string
		if listed[s] > 0 {
			m = committeeNamed.FindStringSubmatch(b.Text)
		} else {
			// "The Primary Care Joint Committee was set up by the CCG and
			// NHS England …. The CCG appoints five voting members: …":
			// named as set up, its members in sentences. The words of
			// setting up are tried first: the expression backtracks.
			if !containsFold(b.Text, "establish") && !containsFold(b.Text, "set up") && !containsFold(b.Text, "formed") &&
				!containsFold(b.Text, "created") && !containsFold(b.Text, "constitut") {
				continue
			}
			if m = committeeSetUp.FindStringSubmatch(b.Text); m == nil || committeeNamed.MatchString(b.Text) {
				continue
			}
			for k := 2; k < len(m) && m[1] == ""; k++ {
				m[1] = m[k] // named in apposition
			}
			if inProse == nil {
				inProse = d.membersInProse()
			}
			if !inProse[s] {
				continue
			}
		}
		if m == nil {
			continue
		}
		if names == nil {
			names = map[int]string{}
		}
		names[s] = strings.TrimSpace(m[1])
		d.sections[s].Kind = model.KindCommittee
		if containsFold(b.Text, "joint committee") || containsFold(m[1], "joint") {
			d.sections[s].Kind = model.KindJointCommittee
		}
	}
	if names != nil {
		sectionKinds(d.sections)
	}
	return names
}
