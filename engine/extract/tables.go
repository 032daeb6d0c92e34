package extract

import "strings"

// column is what a table column holds, recognised by its header.
type column int

const (
	colPractice column = iota
	colCode
	colAddress
	colListSize
	colSignatory
	colDate
	colVote
	colMember
	colName
	colCategory
	colVoting
	colCount
	colNote
	colHolder
	colParty
	numColumns
)

// headerWords are the headers accepted for each column (documents.md §3,
// §4 and §6), normalised. Headers are matched exactly first, then by the
// longest phrase they contain ("Signed on behalf of the practice by").
var headerWords = [numColumns]phrases{
	colPractice: {"practice", "practice name", "member practice", "name of practice", "surgery",
		"practices", "member practices", "name of member practice", "practice name and address", "gp practice"},
	colCode:     {"code", "ods code", "practice code", "national code", "ods", "gp code", "ods practice code"},
	colAddress:  {"address", "premises", "practice address", "main address"},
	colListSize: {"list size", "registered patients", "patients", "registered list", "patient list size", "registered population"},
	// A practice's agreement is recorded in other words than signing: the
	// NHS Commissioning Board accepted a signature or a letter of support
	// ("Endorsed on behalf of the practice by", "Form of endorsement"), and
	// merged CCGs recorded a ballot ("Confirmation of agreement").
	colSignatory: {"signed", "signed by", "signatory", "signature", "signed on behalf of the practice", "practice representative", "name of signatory", "signed for the practice",
		"endorsed by", "endorsed on behalf of the practice by", "endorsed on behalf of", "endorsed for the practice by", "endorsement", "form of endorsement",
		"confirmation of agreement", "agreement", "agreed by", "confirmed by", "approved by", "approval", "letter of support",
		"approved for the practice by", "approved on behalf of the practice by", "agreed for the practice by",
		"agreed on behalf of the practice by", "confirmed for the practice by", "confirmed on behalf of the practice by",
		// "| Confirmation received from | Received on |", "| Members' Declaration signed |"
		"confirmation received from", "received from", "declaration signed", "signed declaration", "declaration returned",
		"members declaration", "member declaration", "declaration", "members declaration signed",
		// "| Form returned by | Received |": an approval form, signed and returned.
		"form returned by", "returned by", "approval form returned by", "form signed by"},
	colDate: {"date", "date signed", "signed on", "date of signature", "date of signing",
		"date of endorsement", "date endorsed", "date of agreement", "date agreed", "date confirmed", "date of approval",
		"received on", "date received", "date of confirmation", "received", "date returned", "returned on",
		// "| Practice | ODS code | Approved online |" with the date of each
		// practice's approval.
		"approved online", "approved on", "date approved"},
	colVote:     {"vote", "votes", "vote cast", "voted", "ballot", "how voted"},
	colMember:   {"member", "members", "role", "position", "title", "membership", "member role", "seat", "post", "posts", "office"},
	colName:     {"name", "post holder", "postholder", "name of member"},
	colCategory: {"category", "type", "background", "profession", "constituency", "member type", "seat type"},
	colVoting:   {"voting", "voting member", "voting rights", "voting status", "voting right"},
	// How many seats a row stands for ("| GP members | 6 |").
	colCount: {"number", "how many", "no", "number of members", "number of seats", "seats", "places", "count", "numbers", "total"},
	// What else a row says of its seat ("also the Vice Chair").
	colNote: {"notes", "note", "comments", "comment", "remarks", "additional information", "details",
		// "| Member | Role on the Committee |": "Chair", "Vice Chair", "Member".
		"role on the committee", "role on committee", "committee role", "role on the board", "position on the committee",
		// "| Post | Status on the Committee |": "Chair", "Voting member", "Non-voting attendee".
		"status on the committee", "status on committee", "committee status", "status"},
	// Who may hold a seat, described: "| Chair | A GP from a member
	// practice | … |".
	colHolder: {"who fills it", "filled by", "held by", "who holds it", "who may hold it", "eligibility", "who is eligible"},
	// Which of a joint body's parties puts the member forward: "| Member |
	// Nominated by | Voting |".
	colParty: {"nominated by", "appointed by", "nominating body", "nominating organisation", "representing", "organisation", "from"},
}

// columnsOf maps each recognised column to its index in header; -1 where
// the header has none. The first column to match a meaning keeps it.
func columnsOf(header []string) [numColumns]int {
	var idx [numColumns]int
	for i := range idx {
		idx[i] = -1
	}
	normed := make([]string, len(header))
	for i, h := range header {
		normed[i] = stripThe(norm(h))
	}
	taken := make([]bool, len(header))
	// Exact headers first, so "Practice code" is a code even though it
	// contains "practice".
	for i, h := range normed {
		for c := column(0); c < numColumns; c++ {
			if idx[c] >= 0 {
				continue
			}
			for _, p := range headerWords[c] {
				if h == p {
					idx[c], taken[i] = i, true
					break
				}
			}
			if taken[i] {
				break
			}
		}
	}
	for i, h := range normed {
		if taken[i] || h == "" {
			continue
		}
		best, bestLen := column(-1), 0
		for c := column(0); c < numColumns; c++ {
			if idx[c] >= 0 {
				continue
			}
			if p := headerWords[c].in(h); len(p) > bestLen && !(c == colPractice && practicesAreObject(h, p)) && !(c == colVote && voteWeight(h)) {
				best, bestLen = c, len(p)
			}
		}
		if best >= 0 {
			idx[best], taken[i] = i, true
		}
	}
	return idx
}

// cell returns row cell i trimmed, or "" when the row is short or i < 0.
func cell(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

// practicesAreObject reports whether a header names practices only as
// those something is for or by, not as what the column lists: "Decision
// reserved to the member practices", "Matters for practices".
func practicesAreObject(h, phrase string) bool {
	i := strings.Index(" "+h+" ", " "+phrase+" ")
	if i <= 0 {
		return false
	}
	before := strings.Fields(h[:i-1])
	if n := len(before); n > 0 && before[n-1] == "the" {
		before = before[:n-1]
	}
	if n := len(before); n > 0 {
		switch before[n-1] {
		case "to", "by", "for", "from", "with", "between", "among", "reserved":
			return true
		}
	}
	return false
}

// voteWeight reports whether a header gives the votes a practice holds,
// not how it voted: "Weighted votes", "Number of votes".
func voteWeight(h string) bool {
	return containsWords(h, "weighted") || containsWords(h, "number of") || containsWords(h, "held") || containsWords(h, "weight")
}
