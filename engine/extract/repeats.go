package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// markRepeats marks each practice listed again in the member list
// (Practice.ListedAt) and each practice that votes again in a vote
// (PracticeVote.VotedAt) with the line of its first listing or vote.
// Finding them once here, in one pass with a map, replaced the policies'
// own comparison of every practice with the list: a rule judges that a
// repeat is there, and the extractor says where.
func markRepeats(practices []model.Practice, votes []model.Vote) {
	first := map[string]int{}
	for i := range practices {
		p := &practices[i]
		key := listingKey(p.Name, p.Code)
		if key == "" {
			continue
		}
		if line, seen := first[key]; seen {
			p.ListedAt = line
			continue
		}
		first[key] = p.Line
	}
	for v := range votes {
		clear(first)
		for i := range votes[v].Practices {
			p := &votes[v].Practices[i]
			key := voterKey(p.Practice, p.Code)
			if line, seen := first[key]; seen {
				p.VotedAt = line
				continue
			}
			first[key] = p.Line
		}
	}
}

// listingKey is what one listing of a member practice is known by: its
// ODS code in capitals, else its name in lower case, each with runs of
// spaces made one; "" when it has neither, and so is compared with none.
func listingKey(name, code string) string {
	if c := singleSpaced(strings.ToUpper(code)); c != "" {
		return "code:" + c
	}
	if n := singleSpaced(strings.ToLower(name)); n != "" {
		return "name:" + n
	}
	return ""
}

// voterKey is what a voter is known by: its ODS code in capitals, else its
// name in lower case, each without surrounding spaces.
func voterKey(name, code string) string {
	if c := strings.TrimSpace(code); c != "" {
		return "code:" + strings.ToUpper(c)
	}
	return "name:" + strings.ToLower(strings.TrimSpace(name))
}

// singleSpaced is s without leading, trailing or repeated spaces (other
// white space is kept, as the member list's cells are read).
func singleSpaced(s string) string {
	if !strings.Contains(s, "  ") && !strings.HasPrefix(s, " ") && !strings.HasSuffix(s, " ") {
		return s
	}
	var words []string
	for w := range strings.SplitSeq(s, " ") {
		if w != "" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}
