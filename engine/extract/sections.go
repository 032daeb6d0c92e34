package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// Heading numbers and labels, tried in order (documents.md §2). Each
// leaves the number or label in group 1 and the title after it. first
// holds every byte a match can begin with, so that a heading is tried
// only against the expressions that can match it; "\xc5" begins "ſ",
// which (?i) matches as an "s".
var headingNumberRes = []struct {
	first string
	re    *lazyRegexp
}{
	// PART 3 – MEMBERSHIP, Section 3: Membership, Appendix C – Member
	// Practices, Schedule 2: Standing Orders, Part Two – ...
	{"pPsSaAcC\xc5", lazyRe(`^((?i:part|section|appendix|annexe?|schedule|chapter|article|attachment)\s+(?:\d+[A-Za-z]?|[IVXLCDM]{1,7}|[ivxlcdm]{1,7}|[A-Za-z]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))(?:[\s.:–—-]+|$)`)},
	// APPENDIX – DEFINITIONS: a label with no number before a separator.
	{"aAsS\xc5", lazyRe(`^((?i:appendix|annexe?|schedule))\s*[:–—-]\s*`)},
	// 6. Governing Body, 6.4.3 Primary Care Joint Committee, 10 Variation.
	{"0123456789", lazyRe(`^(\d{1,4}[A-Z]?(?:\.\d{1,4})*)\.?(?:\s*[:–—-]\s+|\s+|$)`)},
	// C.1 Calling Meetings (appendix numbering), A. Introduction.
	{upperASCII, lazyRe(`^([A-Z](?:\.\d{1,4})+)\.?(?:\s+|$)`)},
	{upperASCII, lazyRe(`^([A-Z])\.\s+`)},
	// E2. Composition of the Governing Body, PC2 Membership (an appendix's
	// clauses numbered after its letter).
	{upperASCII, lazyRe(`^([A-Z]{1,3}\d{1,3}(?:\.\d{1,4})*)\.?\s+`)},
	// IV. Membership
	{"IVXLCDM", lazyRe(`^([IVXLCDM]{1,7})\.\s+`)},
	// SO 2 The Governing Body, SFI 4 Budgets: standing orders' numbers.
	{"S", lazyRe(`^((?:SO|SFI|SOs)\s?\d{1,3}(?:\.\d{1,3})*)\.?(?:\s*[:–—-]\s+|\s+|$)`)},
	// (a) Interpretation
	{"(", lazyRe(`^(\((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\))\s+`)},
}

const upperASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// splitHeading separates the number or label of a heading from its title.
func splitHeading(heading string) (number, title string) {
	h := strings.TrimSpace(heading)
	if h == "" {
		return "", h
	}
	for _, hn := range headingNumberRes {
		if strings.IndexByte(hn.first, h[0]) < 0 {
			continue
		}
		if m := hn.re.FindStringSubmatchIndex(h); m != nil {
			number = strings.TrimSpace(h[m[2]:m[3]])
			title = strings.TrimLeft(h[m[1]:], " \t.:–—-")
			return number, strings.TrimSpace(title)
		}
	}
	return "", h
}

// Section kinds are recognised by phrase (documents.md §2). Phrases are
// normalised (see norm). The kinds in titleBegins match when the title
// begins with a phrase, those in titleContains when it contains one.
var titleBegins = map[string]phrases{
	model.KindMembership: {
		"membership", "members", "member practices", "member practice", "practices",
		"list of member practices", "list of members", "list of practices",
		"membership of the group", "our members", "the members",
	},
	model.KindSignOff: {
		"sign off", "sign offs", "signoff", "signatures", "signature", "signatories",
		"declaration", "declarations", "member practice agreement", "member practices agreement",
		"approval by members", "approval by member practices", "approval by the member practices",
		"agreement of member practices", "signed on behalf of", "members signatures", "member signatures",
		"member practice signatures", "practice signatures", "signatures of member practices",
		"record of endorsement", "endorsement", "endorsements", "endorsement by member practices",
		"record of agreement", "confirmation of agreement", "agreement to the constitution",
		"schedule of signatures", "record of signatures", "list of signatures", "signature schedule",
		"record of approval", "record of approvals", "approval by member practices", "approval by the member practices",
		"approval of the member practices", "record of adoption", "adoption by member practices",
		// A declaration of the member practices is their sign-off, not
		// their list: "Appendix 2 – Member practice declaration".
		"member practice declaration", "member practices declaration", "member practices declarations",
		"declaration of member practices", "declaration by member practices", "practice declaration",
		"practice declarations", "members declaration", "member declaration",
		// "Appendix 3 – Members' Approval of Version 5.0": the members'
		// approval, not their list.
		"members approval", "member approval", "member practices approval", "practices approval",
		"members agreement", "member practices agreement to", "members signatures of approval",
		// "Appendix C – Record of Members' Approval of Version 11"
		"record of members approval", "record of the members approval", "record of member practices approval",
		"record of members agreement", "record of members signatures", "record of the member practices approval",
	},
	model.KindGoverningBody: {
		"governing body", "board", "composition of the governing body", "our governing body",
		"membership of the governing body", "members of the governing body",
		// Where the governing body is "the Board": "Composition of the Board".
		"composition of the board", "membership of the board", "members of the board",
		// "Appendix D – Terms of Reference of the Governing Body"
		"terms of reference of the governing body", "terms of reference for the governing body",
		"governing body terms of reference",
		// A question for a title: "6.3 Who sits on the Governing Body".
		"who sits on the governing body", "who is on the governing body", "who serves on the governing body",
		"who sits on our governing body", "make up of the governing body",
		// The governing body under the name some CCGs gave it.
		"ccg board", "clinical commissioning group board",
		// Its officers, each with a section of its own: "7.3 The deputy
		// chair of the governing body".
		"chair of the governing body", "deputy chair of the governing body", "vice chair of the governing body",
		"chair and deputy chair of the governing body", "chair and vice chair of the governing body",
	},
	model.KindVariation: {
		"variation of this constitution", "variation of the constitution", "variation",
		"variations", "amendment", "amendments", "amending the constitution",
		"amending this constitution", "changes to this constitution",
		"changes to the constitution", "varying the constitution", "varying this constitution",
		"alteration", "alterations", "altering this constitution", "altering the constitution",
		"changing this constitution", "changing the constitution", "changing our constitution",
		"changes to our constitution", "how this constitution is changed", "how the constitution is varied",
		"how this constitution is varied", "review and variation", "amendment and variation",
	},
}

var titleContains = map[string]phrases{
	// "committee" itself is handled by namesCommittee.
	model.KindJointCommittee: {
		"joint committee", "joint commissioning committee", "co commissioning committee",
		"primary care commissioning committee", "primary care joint commissioning committee",
		"primary care joint committee", "joint sub committee",
		// A joint committee its constitution calls a board: "Joint
		// Commissioning Board with Elton Vale Council".
		"joint commissioning board",
		// Not "committees in common": each group's committee meets with
		// the others' but decides for its own group alone, by its own
		// members' votes, so its balance is the group's own committee's.
	},
	model.KindConflicts: {
		"conflicts of interest", "conflict of interest", "conflicts of interests",
		"conflict of interests", "managing conflicts of interest", "declarations of interest",
		"declarations of interests", "declaration of interests", "declaration of interest",
		"standards of business conduct and managing conflicts of interest",
		"registers of interests", "register of interests",
		// Titles that leave "of interest" out: "Standards of business
		// conduct and managing conflicts", "Interests, conflicts and
		// probity".
		"managing conflicts", "management of conflicts", "interests conflicts",
		"interests and conflicts", "conflicts and probity", "managing interests",
		"declaring interests", "declaring and managing interests",
		"interests gifts and hospitality", "gifts and hospitality", "acting with integrity",
	},
	model.KindCommissioning: {
		"co commissioning", "primary care commissioning", "commissioning arrangements",
		"primary care co commissioning",
	},
	// "1.2 Status of this constitution and how it is varied"
	model.KindVariation: {
		"how it is varied", "how it may be varied", "how it is amended", "how it may be amended",
		"how it is changed", "how it may be changed",
	},
}

// kindOrder breaks ties between phrases of the same length.
var kindOrder = []string{
	model.KindJointCommittee, model.KindConflicts, model.KindGoverningBody, model.KindCommittee,
	model.KindVariation, model.KindSignOff, model.KindCommissioning, model.KindMembership,
}

// notMembership are words that make a "Membership …" title about a body
// rather than about the group's member practices ("Membership of the
// Governing Body").
var notMembership = phrases{"governing body", "committee", "sub committee", "board", "council"}

// notVariation are words that make a "Variation …" title about varying
// something other than the constitution: "Variation and amendment of
// Standing Orders" in an appendix of standing orders.
var notVariation = phrases{"standing orders", "terms of reference", "scheme of reservation", "scheme of delegation", "prime financial policies"}

// notKind reports whether a title that begins with a phrase of kind is
// about something else (notMembership, notVariation).
func notKind(kind, n string) bool {
	switch kind {
	case model.KindMembership:
		return notMembership.in(n) != ""
	case model.KindVariation:
		return notVariation.in(n) != "" && !containsWords(n, "constitution")
	case model.KindGoverningBody:
		// "Terms of reference of the governing body's committees": its
		// committees', not its own ("The governing body and its
		// committees" is its own part).
		return strings.Contains(n, "governing body s committees") || strings.Contains(n, "board s committees")
	}
	return false
}

// titleKind returns the kind a section title says, or "". The longest
// matching phrase wins, so "Declarations of interest" is conflicts of
// interest rather than sign-off and "Primary Care Commissioning
// Committee" is a joint committee rather than commissioning arrangements.
func titleKind(title string) string {
	n := stripThe(norm(title))
	best, bestLen, bestRank := "", 0, len(kindOrder)
	consider := func(kind string, rank int, phrase string) {
		if phrase == "" {
			return
		}
		if len(phrase) > bestLen || (len(phrase) == bestLen && rank < bestRank) {
			best, bestLen, bestRank = kind, len(phrase), rank
		}
	}
	for i, tk := range titleKinds {
		if tk.begins != nil {
			p := tk.begins.prefix(n)
			if p != "" && notKind(tk.kind, n) {
				p = ""
			}
			consider(tk.kind, i, p)
		}
		if tk.contains != nil && strings.Contains(n, tk.containsWord) {
			consider(tk.kind, i, tk.contains.in(n))
		}
	}
	consider(model.KindCommittee, rank(model.KindCommittee), namesCommittee(n))
	return best
}

// sectionTitleKind is titleKind of a section's title, or of the words
// after its colon when the whole says none: "Decision making: the
// Governing Body" is the governing body's section.
func sectionTitleKind(title string) string {
	kind := titleKind(title)
	if kind == "" {
		if _, after, ok := strings.Cut(title, ": "); ok && strings.TrimSpace(after) != "" {
			kind = titleKind(after)
		}
	}
	return kind
}

// titleKinds are titleBegins and titleContains in kindOrder, so that a
// title is matched without looking the kinds up, and with a word that
// every phrase of titleContains has (sharedWord): a title without it
// contains none of them.
var titleKinds = func() []titleKindPhrases {
	out := make([]titleKindPhrases, len(kindOrder))
	for i, kind := range kindOrder {
		out[i] = titleKindPhrases{kind: kind, begins: titleBegins[kind], contains: titleContains[kind]}
		out[i].containsWord = sharedWord(out[i].contains)
	}
	return out
}()

type titleKindPhrases struct {
	kind             string
	begins, contains phrases
	containsWord     string
}

// sharedWord returns the longest word of p's first phrase that every
// phrase of p contains, or "".
func sharedWord(p phrases) string {
	best := ""
	if len(p) == 0 {
		return best
	}
	for _, w := range strings.Fields(p[0]) {
		shared := len(w) > len(best)
		for _, ph := range p[1:] {
			shared = shared && strings.Contains(ph, w)
		}
		if shared {
			best = w
		}
	}
	return best
}

func rank(kind string) int {
	for i, k := range kindOrder {
		if k == kind {
			return i
		}
	}
	return len(kindOrder)
}

func stripThe(n string) string {
	return strings.TrimPrefix(n, "the ")
}

// committeeDeterminers are words that, before "committee", refer to a
// committee named elsewhere instead of naming one: "Membership of the
// Committee" is a subsection of a committee, not a committee.
var committeeDeterminers = map[string]bool{
	"the": true, "this": true, "that": true, "a": true, "an": true, "each": true, "every": true,
	"its": true, "of": true, "our": true, "such": true, "any": true, "which": true, "and": true,
}

// namesCommittee returns the title up to and including "committee" when
// normalised title n names a committee: the word appears in the singular
// after a word that qualifies it ("Audit Committee"). Plural titles
// ("Committees of the Group") are containers and do not match. Returning
// the whole span makes the committee outweigh the other phrases its name
// begins with: "Governing Body Audit Committee" is a committee.
func namesCommittee(n string) string {
	if !strings.Contains(n, "committee") {
		return "" // nor "subcommittee": most titles, without splitting them
	}
	words := strings.Fields(n)
	for i, w := range words {
		if w != "committee" && w != "subcommittee" {
			continue
		}
		j := i - 1
		if j >= 0 && words[j] == "sub" {
			j--
		}
		if j >= 0 && !committeeDeterminers[words[j]] {
			return strings.Join(words[:i+1], " ")
		}
	}
	return ""
}

// sectionKinds fills Kind and Kinds (own kind, then ancestors', inner to
// outer, without repeats), the parts of a body having none of their own
// (clearAspectKinds).
func sectionKinds(secs []model.Section) {
	clearAspectKinds(secs)
	for i := range secs {
		secs[i].Kinds = []string{}
		if secs[i].Kind != "" {
			secs[i].Kinds = append(secs[i].Kinds, secs[i].Kind)
		}
		if p := secs[i].Parent; p >= 0 && p < i {
			for _, k := range secs[p].Kinds {
				if !hasKind(secs[i].Kinds, k) {
					secs[i].Kinds = append(secs[i].Kinds, k)
				}
			}
		}
	}
}

func hasKind(kinds []string, k string) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// inKind reports whether section index s (or an ancestor) is of kind k.
func inKind(secs []model.Section, s int, k string) bool {
	return s >= 0 && s < len(secs) && hasKind(secs[s].Kinds, k)
}

// outermost returns the sections of kind k whose ancestors are not of
// kind k, in document order.
func outermost(secs []model.Section, k string) []int {
	var out []int
	for i, s := range secs {
		if s.Kind != k {
			continue
		}
		nested := false
		for p := s.Parent; p >= 0; p = secs[p].Parent {
			if secs[p].Kind == k {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, i)
		}
	}
	return out
}
