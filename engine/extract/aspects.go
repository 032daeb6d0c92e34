package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// A committee's terms of reference are divided into headed parts:
// "Membership", "Quorum", "Voting", "Chair", "Frequency of meetings".
// Each is an aspect of the body it stands in, never a body, member list
// or variation clause of its own: "5. Membership" in a committee's terms
// of reference is not the Group's membership, and "Membership of the
// Audit Committee" under "Audit Committee" is not another committee.

// Aspects of a body that its parts are read for.
const (
	aspectMembership = "membership"
	aspectQuorum     = "quorum"
	aspectOther      = "other"
)

// aspectTitles are the titles of a body's parts, normalised (norm), each
// with the aspect it is read for.
var aspectTitles = func() map[string]string {
	m := map[string]string{}
	for _, t := range []string{
		"membership", "members", "composition", "membership and composition", "composition and membership",
		"membership and attendance", "membership and voting", "constitution and membership",
		"attendance and membership", "voting members",
	} {
		m[t] = aspectMembership
	}
	for _, t := range []string{"quorum", "quoracy", "quorate", "quorum and voting", "quorum and decision making"} {
		m[t] = aspectQuorum
	}
	for _, t := range []string{
		"voting", "votes", "voting rights", "decision making", "decisions", "chair", "chairing", "chairman",
		"chairperson", "chair and vice chair", "vice chair", "meetings", "frequency of meetings",
		"meeting frequency", "frequency", "meetings and voting", "conduct of meetings", "conduct of business",
		"purpose", "role", "roles", "remit", "scope", "duties", "responsibilities", "functions",
		"roles and responsibilities", "duties and responsibilities", "authority", "delegated authority",
		"delegation", "accountability", "reporting", "reporting arrangements", "accountability and reporting",
		"reporting and accountability", "terms of reference", "attendance", "secretariat", "administration",
		"administrative support", "review", "review of terms of reference", "amendment", "amendments",
		"establishment", "introduction", "statutory framework", "geographical coverage", "procurement",
		"relationships", "behaviours", "policy",
	} {
		m[t] = aspectOther
	}
	return m
}()

// maxAspectWords is the length of the longest aspect title.
const maxAspectWords = 5

// aspectOf returns the aspect that a section titled title (normalised,
// without a leading "the") is of the body named body (likewise), or ""
// when it is not a part of the body: its title must begin with an aspect,
// after the body's name if it repeats it ("Audit Committee Membership"),
// and name no other committee ("Membership of the Audit Committee" under
// "Audit Committee" names its own).
func aspectOf(title, body string) string {
	if body != "" && strings.HasPrefix(title, body+" ") {
		title = title[len(body)+1:]
	}
	words := strings.Fields(title)
	for n := min(len(words), maxAspectWords); n > 0; n-- {
		a, ok := aspectTitles[strings.Join(words[:n], " ")]
		if !ok {
			continue
		}
		rest := strings.Join(words[n:], " ")
		if named := namesCommittee(rest); named != "" && !namesBody(named, body) {
			return ""
		}
		return a
	}
	return ""
}

// namesBody reports whether the words up to "committee" of a title,
// normalised, name the body called body or a committee in general ("of
// the committee"), rather than another one.
func namesBody(named, body string) bool {
	for _, lead := range []string{"of ", "for ", "to ", "the ", "this ", "its "} {
		named = strings.TrimPrefix(named, lead)
	}
	named = stripThe(named)
	return named == body || named == "committee" || named == "sub committee" || strings.HasSuffix(body, " "+named)
}

// bodyKinds are the kinds of section a committee's parts may stand in.
func isBody(s model.Section) bool {
	return s.Kind == model.KindCommittee || s.Kind == model.KindJointCommittee || s.Kind == model.KindGoverningBody ||
		s.Kind == "" && containsWords(norm(s.Title), "terms of reference")
}

// sectionAspects returns, for each section, the aspect it is of the
// nearest body (committee, governing body, or terms of reference) it
// stands in, or "".
func sectionAspects(secs []model.Section) []string {
	out := make([]string, len(secs))
	// body[i] is the nearest body section at or above section i, or -1.
	body := make([]int, len(secs))
	for i, s := range secs {
		b := -1
		if s.Parent >= 0 && s.Parent < i {
			b = body[s.Parent]
		}
		if b >= 0 {
			out[i] = aspectOf(stripThe(norm(s.Title)), bodyName(secs[b]))
		}
		if out[i] == "" && isBody(s) {
			b = i
		}
		body[i] = b
	}
	return out
}

// bodyName is a body's name as aspect titles repeat it: its title,
// normalised, without "the" or "terms of reference of".
func bodyName(s model.Section) string {
	n := stripThe(norm(s.Title))
	for _, p := range []string{"terms of reference of the ", "terms of reference for the ", "terms of reference of ", "terms of reference for "} {
		n = strings.TrimPrefix(n, p)
	}
	return strings.TrimSuffix(n, " terms of reference")
}

// clearAspectKinds takes the kind away from the parts of bodies: a part
// is read as its body's. Conflicts of interest stays, since the criterion
// reads every conflicts clause, and a governing body's part stays the
// governing body's.
func clearAspectKinds(secs []model.Section) {
	for i, a := range sectionAspects(secs) {
		if a != "" && secs[i].Kind != model.KindConflicts && secs[i].Kind != model.KindGoverningBody {
			secs[i].Kind = ""
		}
	}
}
