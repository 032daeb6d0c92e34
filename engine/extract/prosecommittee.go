package extract

import (
	"regexp"
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
var committeeNamed = regexp.MustCompile(`\b(?:known as|to be known as|called|named)\s+(?:the\s+)?["“']?((?:[A-Z][\w'’-]*\s+){0,7}?(?:Sub-)?Committee)\b`)

// proseKinds are the section kinds a committee named in the text may
// replace: none, or arrangements for commissioning.
var proseKinds = map[string]bool{"": true, model.KindCommissioning: true}

// proseCommittees makes each section that names a committee in its first
// paragraphs and lists members (a table or list of its own) that
// committee; it returns the names, by section.
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
	for _, b := range d.blocks {
		s := b.SectionIndex
		if s < 0 || listed[s] == 0 || !proseKinds[d.sections[s].Kind] || seen[s] >= 3 {
			continue
		}
		seen[s]++
		if !containsFold(b.Text, "committee") {
			continue
		}
		m := committeeNamed.FindStringSubmatch(b.Text)
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
