package model

// Facts are what the wording of the constitution states, read sentence by
// sentence (engine/language), each with the sentence that states it. The
// policies judge these rather than the text.
type Facts struct {
	// Variation holds every sentence that speaks of varying the
	// constitution, with who it says approves or makes a variation.
	Variation []VariationFact `json:"variation"`
	// Safeguards are the conflicts of interest safeguards stated anywhere
	// in the document, one fact per safeguard and sentence.
	Safeguards []SafeguardFact `json:"safeguards"`
	// Reserved are sentences that reserve decisions to the members.
	Reserved []ReservedFact `json:"reserved"`
	// Participation are the ways each member practice takes part in the
	// group's decisions.
	Participation []ParticipationFact `json:"participation"`
	// Obligations are the clauses that oblige or sanction practices.
	Obligations []ObligationFact `json:"obligations"`
	// Roles are the governing body members the constitution names.
	Roles []RoleFact `json:"roles"`
}

// Evidence is the sentence that states a fact and where it stands. For a
// list item the sentence is the lead-in and the item read as one
// ("The Group may vary this constitution only: (a) where …").
type Evidence struct {
	Text    string `json:"text"`
	Line    int    `json:"line"`
	Section string `json:"section,omitempty"`
	// Clause is the number of the clause the sentence stands in, or "".
	Clause string `json:"clause,omitempty"`
}

// Actors of a fact.
const (
	ActorMembers            = "members"
	ActorGoverningBody      = "governing-body"
	ActorNHSEngland         = "nhs-england"
	ActorAccountableOfficer = "accountable-officer"
	ActorCommittee          = "committee"
	ActorOther              = "other"
)

// VariationFact is a sentence about varying the constitution.
type VariationFact struct {
	Evidence
	// Approvers are the actors whose approval a variation needs, sorted.
	Approvers []string `json:"approvers"`
	// VariedBy are the actors other than the members and NHS England that
	// the sentence lets make or approve a variation on their own
	// authority, sorted.
	VariedBy []string `json:"varied_by"`
	// Threshold is the share of the members whose approval is needed, as
	// ">0.5" or ">=0.6667", or "" when none is stated.
	Threshold string `json:"threshold,omitempty"`
	// Conditional is true when a grant (VariedBy) is limited by a
	// condition: "unless it concerns a reserved matter".
	Conditional bool `json:"conditional"`
	// Condition is the words of that condition.
	Condition string `json:"condition,omitempty"`
	// Partial is true when the sentence speaks of a class of variations
	// only: "a change to a reserved matter", "material changes".
	Partial bool `json:"partial"`
	// Decision is true when the sentence speaks of deciding a variation
	// (approving, agreeing, voting, applying), not only of what follows
	// one ("a copy of the varied constitution is sent to every member").
	Decision bool `json:"decision"`
}

// Conflicts of interest safeguards.
const (
	SafeguardRegister            = "register"
	SafeguardPublished           = "published"
	SafeguardDeclaration         = "declaration"
	SafeguardExclusion           = "exclusion"
	SafeguardQuorumFallback      = "quorum-fallback"
	SafeguardGiftsRegister       = "gifts-register"
	SafeguardProcurementRegister = "procurement-register"
	SafeguardGuardian            = "guardian"
)

// SafeguardFact is a sentence that states a conflicts safeguard.
type SafeguardFact struct {
	Evidence
	Safeguard string `json:"safeguard"`
	// InSection is true when the sentence stands in a conflicts of
	// interest section.
	InSection bool `json:"in_section"`
}

// ReservedFact is a sentence that reserves a decision to the members.
type ReservedFact struct {
	Evidence
	// Variation is true when the decision reserved is varying the
	// constitution (or applying to NHS England to vary it).
	Variation bool `json:"variation"`
}

// ParticipationFact is a way practices take part: practice-representative,
// council-of-members or member-vote.
type ParticipationFact struct {
	Evidence
	Mechanism string `json:"mechanism"`
}

// ObligationFact is a clause that obliges or sanctions practices.
type ObligationFact struct {
	Evidence
	// Kind is "obligation" or "sanction".
	Kind string `json:"kind"`
	// Sanction is what the sanction is (expel, suspend, penalty,
	// withhold-payment, performance-manage, terminate-membership), and
	// Words the words that state it.
	Sanction string `json:"sanction,omitempty"`
	Words    string `json:"words,omitempty"`
}

// RoleFact is a governing body role the constitution names, from a seat
// of the governing body or a sentence of its section.
type RoleFact struct {
	Evidence
	Role string `json:"role"`
	// Seat is true when the role is a seat's, false when it is read from
	// the governing body's text.
	Seat bool `json:"seat"`
}
