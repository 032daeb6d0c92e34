// Package model defines the document model of a CCG constitution: what the
// parser extracts from a Markdown file and what the policies see as `input`.
//
// Every piece of evidence carries its provenance: the 1-based line in the
// file it came from and the section it sits in, so that a finding built from
// it points at a line a person can open. The JSON field names are a contract
// (docs/model.md, engine/model/schema.json): add fields, never rename them.
//
// The model knows nothing of OPA, Markdown or output formats.
package model

import "strconv"

// Section kinds, recognised from the words of a heading's title.
const (
	KindMembership     = "membership"
	KindSignOff        = "sign-off"
	KindGoverningBody  = "governing-body"
	KindCommittee      = "committee"
	KindJointCommittee = "joint-committee"
	KindConflicts      = "conflicts-of-interest"
	KindVariation      = "variation"
	KindCommissioning  = "commissioning"
)

// Seat categories of a committee's voting seats.
const (
	CategoryClinical     = "clinical"
	CategoryLay          = "lay"
	CategoryExecutive    = "executive"
	CategoryUnclassified = "unclassified"
)

// Commissioning models of primary care co-commissioning, in increasing
// order of the CCG's responsibility.
const (
	ModelNone               = "none"
	ModelGreaterInvolvement = "greater-involvement"
	ModelJoint              = "joint"
	ModelDelegated          = "delegated"
)

// Ways a vote of member practices is recorded.
const (
	VoteFromFrontMatter = "front-matter"
	VoteFromTable       = "table"
	VoteFromText        = "text"
)

// Document is one parsed constitution.
type Document struct {
	// Path is the file as the user named it (or as found in a folder).
	Path string `json:"path"`
	// CCG is the CCG's name: front matter `ccg` or `name`. For an
	// integrated care board it is the board's name.
	CCG string `json:"ccg"`
	// Family is FamilyICB for an integrated care board's constitution,
	// else FamilyCCG: criteria run on the documents of their family.
	Family string `json:"family"`
	// Lines is the number of lines in the file.
	Lines       int         `json:"lines"`
	FrontMatter FrontMatter `json:"front_matter"`
	Sections    []Section   `json:"sections"`
	// Blocks is every paragraph and list item of text, numbered or not, in
	// document order. Clauses are the numbered ones.
	Blocks  []Block  `json:"blocks"`
	Clauses []Clause `json:"clauses"`
	// Membership is where member practices are listed, and the practices.
	Membership Membership `json:"membership"`
	// SignOffs holds sign-off records kept in a table separate from the
	// member list, joined to the practices by code or name.
	SignOffs      []SignOff     `json:"sign_offs"`
	GoverningBody *Committee    `json:"governing_body"`
	Committees    []Committee   `json:"committees"`
	Conflicts     Conflicts     `json:"conflicts"`
	Votes         []Vote        `json:"votes"`
	Commissioning Commissioning `json:"commissioning"`
	Variation     SectionText   `json:"variation"`
	// Facts are what the wording states, each with its sentence.
	Facts Facts `json:"facts"`
	// ICB is what an integrated care board's constitution states of its
	// board; nil for a CCG.
	ICB      *ICB           `json:"icb,omitempty"`
	Warnings []ParseWarning `json:"warnings"`
}

// Location is the provenance of a piece of evidence.
type Location struct {
	Line    int    `json:"line"`
	Section string `json:"section,omitempty"`
}

// FrontMatter is the YAML front matter, with the line of each known key.
type FrontMatter struct {
	Present bool `json:"present"`
	// Line is the line of the opening `---` (1) when present, else 0.
	Line                       int    `json:"line,omitempty"`
	CCG                        string `json:"ccg,omitempty"`
	Code                       string `json:"code,omitempty"`
	Version                    string `json:"version,omitempty"`
	Status                     string `json:"status,omitempty"`
	Effective                  string `json:"effective,omitempty"`
	CommissioningModel         string `json:"commissioning_model,omitempty"`
	PreviousCommissioningModel string `json:"previous_commissioning_model,omitempty"`
	// KeyLines maps each top-level key to its line in the file.
	KeyLines map[string]int `json:"key_lines"`
	// Extra holds the keys this model does not know, as decoded from YAML.
	Extra map[string]any `json:"extra"`
}

// Section is a heading and everything under it up to the next heading of
// the same or a higher level.
type Section struct {
	Index int `json:"index"`
	// Heading is the full heading text as written, e.g. "6.4.3 Primary Care
	// Joint Committee"; it is what findings name as their section.
	Heading string `json:"heading"`
	// Number is the number or label before the title: "6.4.3", "PART 3",
	// "Appendix C", "Schedule 2"; empty when there is none.
	Number string `json:"number,omitempty"`
	Title  string `json:"title"`
	Level  int    `json:"level"`
	Line   int    `json:"line"`
	// EndLine is the last line that belongs to the section, subsections
	// included.
	EndLine int `json:"end_line"`
	// Kind is what the title says the section is (one of the Kind
	// constants), or empty.
	Kind string `json:"kind,omitempty"`
	// Kinds holds the section's own kind and those of its ancestors, so that
	// "8.3 Declaring interests" under "Managing conflicts of interest" is
	// conflicts-of-interest text.
	Kinds []string `json:"kinds"`
	// Parent is the index of the enclosing section, or -1.
	Parent int `json:"parent"`
}

// Block is a paragraph or list item of text.
type Block struct {
	// Number is the clause number the block starts with ("4.2.1", "(a)",
	// "(iii)"), or for an ordered list item its number as typed; or empty.
	Number string `json:"number,omitempty"`
	// Text is the plain text, clause number included, with soft line
	// breaks and runs of white space as one space.
	Text string `json:"text"`
	Line int    `json:"line"`
	// EndLine is the block's last line.
	EndLine int    `json:"end_line"`
	Section string `json:"section,omitempty"`
	// SectionIndex is the index of the innermost section, or -1.
	SectionIndex int  `json:"section_index"`
	ListItem     bool `json:"list_item,omitempty"`
}

// Clause is a numbered paragraph or list item.
type Clause struct {
	Number       string `json:"number"`
	Text         string `json:"text"`
	Line         int    `json:"line"`
	EndLine      int    `json:"end_line"`
	Section      string `json:"section,omitempty"`
	SectionIndex int    `json:"section_index"`
}

// Membership is the list of member practices and where it is.
type Membership struct {
	// Line is the line of the member list (table header row or first list
	// item), or of the membership section heading when there is no list, or
	// 0 when neither exists.
	Line    int    `json:"line"`
	Section string `json:"section,omitempty"`
	// SectionLine is the line of the first membership section heading, or 0.
	SectionLine int `json:"section_line"`
	// SectionHeading is that heading, or empty: where a finding about
	// the members' part in decisions points.
	SectionHeading string `json:"section_heading,omitempty"`
	// HasSignOffEvidence is true when the member list has a signatory or
	// date column, or a separate sign-off record names a member.
	HasSignOffEvidence bool       `json:"has_sign_off_evidence"`
	Practices          []Practice `json:"practices"`
}

// Practice is a member practice.
type Practice struct {
	Name     string `json:"name"`
	Code     string `json:"code,omitempty"`
	Address  string `json:"address,omitempty"`
	ListSize int    `json:"list_size,omitempty"`
	// SignedOff is true when a signatory or date is recorded for it.
	SignedOff bool   `json:"signed_off"`
	Signatory string `json:"signatory,omitempty"`
	Date      string `json:"date,omitempty"`
	// SignOffLine is the line of the sign-off evidence when it is in a
	// separate table, else the practice's own line; 0 when there is no
	// sign-off evidence at all.
	SignOffLine int    `json:"sign_off_line,omitempty"`
	Line        int    `json:"line"`
	Section     string `json:"section,omitempty"`
	// ListedAt is, when the practice was listed before, the line of its
	// first listing: the same ODS code, or the same name where neither
	// listing has a code (capitals and runs of spaces aside); 0 for a
	// first or only listing.
	ListedAt int `json:"listed_at,omitempty"`
}

// SignOff is one row of a sign-off record kept apart from the member list.
type SignOff struct {
	Practice  string `json:"practice"`
	Code      string `json:"code,omitempty"`
	SignedOff bool   `json:"signed_off"`
	Signatory string `json:"signatory,omitempty"`
	Date      string `json:"date,omitempty"`
	// Member is true when the record matches a member practice.
	Member  bool   `json:"member"`
	Line    int    `json:"line"`
	Section string `json:"section,omitempty"`
}

// Committee is a committee (or the governing body) and its seats.
type Committee struct {
	Name string `json:"name"`
	// Kind is "committee", "joint-committee" or "governing-body".
	Kind string `json:"kind"`
	// Joint is true for a joint committee (documents.md §2).
	Joint bool `json:"joint"`
	// PrimaryCare is true when the title names primary care commissioning,
	// or the committee's own text says it commissions primary medical
	// services or exercises functions delegated under s.13Z.
	PrimaryCare bool `json:"primary_care"`
	// WithNHSEngland is true when it is established jointly with NHS England.
	WithNHSEngland bool `json:"with_nhs_england"`
	// Chair is who chairs it: the seat marked "(Chair)" or "who chairs",
	// or what follows "chaired by"; empty when not said.
	Chair string `json:"chair,omitempty"`
	// Line is the committee's heading line.
	Line    int    `json:"line"`
	EndLine int    `json:"end_line"`
	Section string `json:"section,omitempty"`
	// MembershipStated is true when a table or list of members was found.
	MembershipStated bool `json:"membership_stated"`
	// MembersText, when no seat could be read, is the sentence of the
	// committee's text that speaks of its members ("Each of the three
	// CCGs appoints three members of the joint committee: …"): the
	// membership is stated in words ccgvet does not count.
	MembersText string  `json:"members_text,omitempty"`
	Quorum      *Quorum `json:"quorum"`
	Seats       []Seat  `json:"seats"`
	// Text is the committee section's text, subsections included, for the
	// policies that look for roles by phrase.
	Text  string     `json:"text"`
	Count SeatCounts `json:"count"`
}

// Quorum is a committee's quorum clause, read as a rule over the
// committee's voting seats.
type Quorum struct {
	Text string `json:"text"`
	Line int    `json:"line"`
	// ClinicianRequired says whether every quorate meeting has a clinical
	// member present: "yes", "no", or "unknown" when the clause and the
	// seats cannot tell (an unnamed member, a share of a membership not
	// stated, a member of no known category).
	ClinicianRequired string `json:"clinician_required"`
	// WithoutClinician describes, when ClinicianRequired is "no", one
	// quorate set of members with no clinician: "the lay member and the
	// Chief Finance Officer".
	WithoutClinician string `json:"without_clinician,omitempty"`
	// Unplaced are the phrases of the clause that could not be read as a
	// member, a count or the words around them; empty when all were.
	Unplaced []string `json:"unplaced"`
}

// Values of Quorum.ClinicianRequired.
const (
	ClinicianRequiredYes     = "yes"
	ClinicianRequiredNo      = "no"
	ClinicianRequiredUnknown = "unknown"
)

// Seat is a row or list item of a committee's membership.
type Seat struct {
	Role string `json:"role"`
	Name string `json:"name,omitempty"`
	// Count is how many seats the row stands for ("Two GP members" is 2).
	Count  int  `json:"count"`
	Voting bool `json:"voting"`
	// Category is clinical, lay, executive or unclassified for voting seats,
	// and empty for seats that do not vote.
	Category string `json:"category,omitempty"`
	// CategorySource says how it was classified: "column" (an explicit
	// category cell), "role" (clinical by role, executive or lay),
	// "profession" (clinical by profession), or "none" (unclassified).
	CategorySource string `json:"category_source,omitempty"`
	// Note is what a table's notes column says of the seat ("also the
	// Vice Chair"); the governing body's deputy chair is read from it.
	Note string `json:"note,omitempty"`
	// Party is which of a committee's parties the seat's member comes
	// from, when its membership says: "ccg", "nhs-england", "council",
	// "trust", "icb" or "pcn" ("From the CCG:" before its list, a
	// "Nominated by" column, "Head of Primary Care, NHS England"). A
	// quorum that needs members of a party counts them.
	Party string `json:"party,omitempty"`
	Line  int    `json:"line"`
}

// SeatCounts sums a committee's seats.
type SeatCounts struct {
	Total        int `json:"total"`
	Voting       int `json:"voting"`
	Clinical     int `json:"clinical"`
	Lay          int `json:"lay"`
	Executive    int `json:"executive"`
	Unclassified int `json:"unclassified"`
}

// SectionText is the text of every section of one kind.
type SectionText struct {
	// Sections are the matching sections, outermost first, in document
	// order; nested matches are not repeated.
	Sections []SectionRef `json:"sections"`
	// Line is the first matching section's heading line, or 0.
	Line    int      `json:"line"`
	Blocks  []Block  `json:"blocks"`
	Clauses []Clause `json:"clauses"`
	// Text is all the blocks' text joined by newlines, for phrase matching.
	Text string `json:"text"`
}

// SectionRef names a section.
type SectionRef struct {
	Heading string `json:"heading"`
	Line    int    `json:"line"`
}

// Conflicts is the conflicts of interest text.
type Conflicts = SectionText

// Vote is a recorded vote of member practices.
type Vote struct {
	Source string `json:"source"`
	Motion string `json:"motion,omitempty"`
	Date   string `json:"date,omitempty"`
	For    int    `json:"for"`
	// Against and Abstain are null when the record does not say.
	Against *int `json:"against"`
	Abstain *int `json:"abstain"`
	// DidNotVote is the number of practices recorded as not voting, or null.
	DidNotVote *int `json:"did_not_vote"`
	// Eligible is the number of practices entitled to vote, or null; for
	// a table of votes, its number of rows as written.
	Eligible  *int           `json:"eligible"`
	Practices []PracticeVote `json:"practices"`
	// AboutModel is true when the motion, the sentence or the section
	// speaks of the commissioning model (language set model-motion).
	AboutModel bool `json:"about_model"`
	// Text is the sentence or row the vote was read from.
	Text    string `json:"text,omitempty"`
	Line    int    `json:"line"`
	Section string `json:"section,omitempty"`
}

// PracticeVote is one practice's vote in a table of votes.
type PracticeVote struct {
	Practice string `json:"practice"`
	Code     string `json:"code,omitempty"`
	// Vote is "for", "against", "abstain" or "none" (did not vote).
	Vote string `json:"vote"`
	// Member is true when the voter is a member practice.
	Member bool `json:"member"`
	Line   int  `json:"line"`
	// VotedAt is, when the practice voted before in the same vote, the
	// line of its first vote: the same ODS code, or the same name where it
	// has none (capitals and surrounding spaces aside); 0 otherwise.
	VotedAt int `json:"voted_at,omitempty"`
}

// Commissioning is what the document says of primary care co-commissioning.
type Commissioning struct {
	// Model is the model this version adopts, from front matter, normalised
	// to a Model constant; empty when not stated.
	Model     string `json:"model,omitempty"`
	ModelLine int    `json:"model_line,omitempty"`
	// Previous is the model of the version it amends: front matter
	// `previous_commissioning_model`, or the OLD document's model in diff.
	Previous       string `json:"previous,omitempty"`
	PreviousLine   int    `json:"previous_line,omitempty"`
	PreviousSource string `json:"previous_source,omitempty"`
	// Inferred is "joint" when the document has a joint committee with NHS
	// England, else empty.
	Inferred     string `json:"inferred,omitempty"`
	InferredLine int    `json:"inferred_line,omitempty"`
	// Effective is the higher of Model and Inferred.
	Effective string `json:"effective,omitempty"`
	// SectionLine is the first commissioning arrangements heading, or 0.
	SectionLine int    `json:"section_line,omitempty"`
	Section     string `json:"section,omitempty"`
}

// ParseWarning is something the parser could read only in part, e.g. a
// committee row it could not classify is not one (that is a finding); a
// vote sentence whose numbers it could not read is.
type ParseWarning struct {
	Message string `json:"message"`
	Line    int    `json:"line"`
}

// InputError is an input the parser could not read, with its line when one
// is known. It names the file so that it can be printed as it is.
type InputError struct {
	Path    string `json:"path"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
	Err     error  `json:"-"`
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return e.Path + ":" + strconv.Itoa(e.Line) + ": " + e.Message
	}
	return e.Path + ": " + e.Message
}

func (e *InputError) Unwrap() error { return e.Err }

// modelRank orders commissioning models by the CCG's responsibility.
var modelRank = map[string]int{ModelNone: 0, ModelGreaterInvolvement: 1, ModelJoint: 2, ModelDelegated: 3}

// HigherModel returns whichever of a and b gives the CCG more
// responsibility; an empty model loses to any other.
func HigherModel(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	if modelRank[b] > modelRank[a] {
		return b
	}
	return a
}
