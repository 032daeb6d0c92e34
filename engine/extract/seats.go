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
		// "one of the members": a count only when a noun follows.
		if i+used < len(words) && words[i+used] != "of" {
			return n
		}
	}
	return 1
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
	}
	clinicalProfession = phrases{
		"doctor", "registered nurse", "nurse", "secondary care doctor", "secondary care specialist",
		"specialist", "consultant", "pharmacist", "medical adviser", "medical advisor",
		"healthcare professional", "health care professional", "clinical member",
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
	return classifyRole(role)
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

// newSeat builds a seat from its role and what its row or list says.
// voting is the seat's vote as far as the table or lead-in knows; the
// role's own words ("(non-voting)", "observer") override it.
func newSeat(role, name, category string, voting bool, line int) model.Seat {
	n := norm(role)
	s := model.Seat{Role: role, Name: name, Count: seatCount(n), Voting: voting, Line: line}
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
	if strings.HasPrefix(n, " chair ") || strings.HasPrefix(n, " the chair ") {
		return true
	}
	if strings.Contains(strings.ToLower(role), "(chair)") {
		return true
	}
	for _, p := range []string{" who chairs ", " who is the chair ", " as chair ", " committee chair ", " chairs the "} {
		if strings.Contains(n, p) {
			return true
		}
	}
	return false
}
