package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// tableCommittees reads committees set out one to a row of a table, with
// a column naming each and one holding its members: "| Committee | Chair
// | Membership | Quorum |". A committee already read from a section of
// its own is left to that section, unless the section states none of its
// members: then the row's members, quorum and chair are its (a summary
// table in an appendix, the sections in the body saying what each does).
func (d *document) tableCommittees(have []model.Committee) []model.Committee {
	known := map[string]bool{}
	bare := map[string]int{} // committees read from a section with no members, by name
	for i, c := range have {
		known[norm(c.Name)] = true
		if len(c.Seats) == 0 {
			bare[stripThe(norm(c.Name))] = i
		}
	}
	var out []model.Committee
	for _, t := range d.tables {
		nameCol, memberCol, chairCol, quorumCol := -1, -1, -1, -1
		for c, h := range t.Header {
			n := norm(h)
			switch {
			case containsWords(n, "quorum") || containsWords(n, "quorate"):
				quorumCol = c
			case containsWords(n, "chair") || containsWords(n, "chaired by"):
				chairCol = c
			case containsWords(n, "membership") || containsWords(n, "members") || containsWords(n, "other members"):
				memberCol = c
			case nameCol < 0 && containsWords(n, "committee"):
				nameCol = c
			}
		}
		if nameCol < 0 || memberCol < 0 {
			continue
		}
		section := d.sectionHeading(t.Section)
		for _, row := range t.Rows {
			name := cell(row.Cells, nameCol)
			n := norm(name)
			if i, ok := bare[stripThe(n)]; ok {
				if seats := rowSeats(cell(row.Cells, memberCol), row.Line); len(seats) > 0 {
					c := &have[i]
					c.Seats, c.Count, c.MembershipStated = seats, countSeats(seats), true
					if q := cell(row.Cells, quorumCol); q != "" && c.Quorum == nil {
						c.Quorum = &model.Quorum{Text: q, Line: row.Line}
					}
					if c.Chair == "" {
						c.Chair = chairRole(cell(row.Cells, chairCol))
					}
				}
				delete(bare, stripThe(n))
				continue
			}
			if name == "" || known[n] || !containsWords(n, "committee") && !containsWords(n, "sub committee") {
				continue
			}
			known[n] = true
			c := model.Committee{
				Name: name, Kind: model.KindCommittee, Line: row.Line, EndLine: row.Line, Section: section,
				Text: strings.Join(row.Cells, " | "), Seats: rowSeats(cell(row.Cells, memberCol), row.Line),
				Chair: cell(row.Cells, chairCol),
			}
			c.PrimaryCare = strings.Contains(" "+n+" ", " primary care ")
			c.WithNHSEngland = establishedWithNHSEngland(n) || nhsEngland.in(n) != ""
			c.Joint = containsWords(n, "joint") || containsWords(n, "in common") || c.WithNHSEngland
			if c.Joint {
				c.Kind = model.KindJointCommittee
			}
			c.MembershipStated = len(c.Seats) > 0
			if c.Chair != "" && len(c.Seats) > 0 {
				// The chair is one of the members the row lists; a member
				// named as the chair is no extra seat.
				c.Chair = chairRole(c.Chair)
			}
			if q := cell(row.Cells, quorumCol); q != "" {
				c.Quorum = &model.Quorum{Text: q, Line: row.Line}
			}
			c.Count = countSeats(c.Seats)
			out = append(out, c)
		}
	}
	return out
}

// rowSeats reads the members a table cell lists: "Voting members: the
// Lay Member for …, the Clinical Chair and two GP members. Non-voting: a
// representative of the Local Medical Committee …".
func rowSeats(text string, line int) []model.Seat {
	seats := []model.Seat{}
	voting, rest := text, ""
	lower := strings.ToLower(text)
	for _, mark := range []string{"non-voting:", "non voting:", "not voting:", "in attendance:", "attending:", "observers:"} {
		if i := strings.Index(lower, mark); i >= 0 {
			voting, rest = text[:i], text[i+len(mark):]
			break
		}
	}
	add := func(part string, vote bool) {
		part = strings.TrimSpace(part)
		if i := strings.Index(strings.ToLower(part), "members:"); i >= 0 && i < 20 {
			part = part[i+len("members:"):] // "Voting members: …"
		}
		for _, s := range sentences(part) {
			sent := strings.TrimRight(strings.TrimSpace(part[s.start:s.end]), ". ")
			if attends(sent) {
				continue // "The Chief Finance Officer and the auditors attend."
			}
			for _, role := range splitRoles(sent, false) {
				seats = append(seats, newSeat(role, "", "", vote, line))
			}
		}
	}
	add(voting, true)
	if rest != "" {
		add(rest, false)
	}
	return seats
}

// attends reports whether a sentence says who attends rather than who
// sits: "The Chief Finance Officer and the auditors attend."
func attends(sent string) bool {
	n := norm(sent)
	return strings.HasSuffix(n, " attend") || strings.HasSuffix(n, " attends") || containsWords(n, "may attend") || containsWords(n, "in attendance")
}
