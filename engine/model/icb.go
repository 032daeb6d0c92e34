package model

// Families of documents: a CCG constitution (2012–2022) or an integrated
// care board's (Schedule 1B to the NHS Act 2006, from 1 July 2022). Each
// family is checked by criteria of its own.
const (
	FamilyCCG = "ccg"
	FamilyICB = "icb"
)

// Board member roles of an integrated care board.
const (
	RoleChair                 = "chair"
	RoleChiefExecutive        = "chief-executive"
	RolePartnerTrusts         = "partner-trusts"
	RolePartnerPrimaryMedical = "partner-primary-medical-services"
	RolePartnerLocalAuthority = "partner-local-authorities"
	RolePartnerOther          = "partner-other"
	RoleExecutiveFinance      = "executive-finance"
	RoleExecutiveMedical      = "executive-medical"
	RoleExecutiveNursing      = "executive-nursing"
	RoleExecutiveOther        = "executive-other"
	RoleNonExecutive          = "non-executive"
	RoleOther                 = "other"
)

// Actors of an integrated care board's facts (besides ActorNHSEngland and
// ActorOther).
const (
	ActorSecretaryOfState      = "secretary-of-state"
	ActorChair                 = "chair"
	ActorChiefExecutive        = "chief-executive"
	ActorBoard                 = "board"
	ActorICB                   = "icb"
	ActorNHSTrusts             = "nhs-trusts"
	ActorFoundationTrusts      = "foundation-trusts"
	ActorPrimaryMedicalService = "primary-medical-services"
	ActorLocalAuthorities      = "local-authorities"
)

// ICB is what an integrated care board's constitution states of its board
// and of how the board is made up, run and changed. It is nil for a CCG.
type ICB struct {
	Board ICBBoard `json:"board"`
	Facts ICBFacts `json:"facts"`
}

// ICBBoard is the board's membership as the constitution states it.
type ICBBoard struct {
	// Line is where the membership is stated (the list's lead-in, the
	// table's header row or the sentence), or 0 when it is not found.
	Line    int    `json:"line"`
	Section string `json:"section,omitempty"`
	// Members are the members (or groups of members) named, in order.
	Members []BoardMember `json:"members"`
}

// BoardMember is one member, or a group of members of one role, of the
// board: a list item, a table row or a phrase of a sentence.
type BoardMember struct {
	Evidence
	// Role is one of the Role constants.
	Role string `json:"role"`
	// Title is the words that name the member: "the Chair", "three
	// Partner Members nominated by NHS trusts and foundation trusts".
	Title string `json:"title"`
	// Count is how many seats it stands for.
	Count int `json:"count"`
	// Minimum is true when the count is "at least N".
	Minimum bool `json:"minimum"`
}

// ICBFacts are what the wording of an integrated care board's
// constitution states, sentence by sentence.
type ICBFacts struct {
	Appointments []AppointmentFact `json:"appointments"`
	Nominations  []NominationFact  `json:"nominations"`
	// Independence are sentences that prohibit an appointment that could
	// undermine the independence of the health service.
	Independence []Evidence `json:"independence"`
	// MentalHealth are sentences that call for a member with knowledge and
	// experience of mental health services.
	MentalHealth []Evidence         `json:"mental_health"`
	DeputyChair  []DeputyChairFact  `json:"deputy_chair"`
	Committees   []ICBCommitteeFact `json:"committees"`
	Variation    []ICBVariationFact `json:"variation"`
}

// AppointmentFact is a sentence on who appoints (or removes) a member of
// the board. Actors are sorted in the order of the Actor constants.
type AppointmentFact struct {
	Evidence
	Role              string   `json:"role"`
	AppointedBy       []string `json:"appointed_by"`
	ApprovalBy        []string `json:"approval_by"`
	RemovedBy         []string `json:"removed_by"`
	RemovalApprovalBy []string `json:"removal_approval_by"`
	// Employee is true when the sentence says the member must be an
	// employee of the ICB.
	Employee bool `json:"employee"`
}

// NominationFact is a sentence on who nominates a partner member.
type NominationFact struct {
	Evidence
	Role string `json:"role"`
	// Nominators are the bodies that may nominate.
	Nominators []string `json:"nominators"`
	// Objection is true when the sentence lets the nominating bodies (or
	// practices) object to a nominee.
	Objection bool `json:"objection"`
	// Selection is how a nominee is chosen when the sentence says: "",
	// "majority", "chair" or "panel".
	Selection string `json:"selection"`
}

// DeputyChairFact is a sentence on the board's deputy chair.
type DeputyChairFact struct {
	Evidence
	// NonExecutive is true when the deputy chair is one of the
	// non-executive members.
	NonExecutive bool `json:"non_executive"`
	// NotAuditChair is true when the sentence says the deputy chair may
	// not chair the audit committee.
	NotAuditChair bool `json:"not_audit_chair"`
	// AuditChair is true when the sentence makes the deputy chair the
	// chair of the audit committee, or lets them be: "the Deputy Chair
	// will be the Non-Executive Member who chairs the Audit Committee".
	AuditChair bool `json:"audit_chair"`
	// SeniorIndependent is true when the sentence is about the senior
	// independent (senior non-executive) member.
	SeniorIndependent bool `json:"senior_independent"`
}

// Committee kinds of an ICB's board.
const (
	CommitteeAudit        = "audit"
	CommitteeRemuneration = "remuneration"
	CommitteeOther        = "other"
)

// ICBCommitteeFact is a sentence on a committee of the board.
type ICBCommitteeFact struct {
	Evidence
	// Committee is audit, remuneration or other.
	Committee string `json:"committee"`
	// Name is the committee as the sentence names it.
	Name string `json:"name"`
	// ChairedBy is who chairs it: non-executive, chair, executive,
	// partner, other, or "" when the sentence does not say.
	ChairedBy string `json:"chaired_by"`
	// Delegated is true when the sentence says what is delegated to it
	// (its functions, its terms of reference).
	Delegated bool `json:"delegated"`
}

// ICBVariationFact is a sentence on varying an ICB's constitution.
type ICBVariationFact struct {
	Evidence
	// Application is true when the sentence says the constitution is
	// varied on the ICB's application to NHS England.
	Application bool `json:"application"`
	// Before is what the ICB must do before applying: consult, engage,
	// board-approval.
	Before []string `json:"before"`
	// VariedBy are the actors other than NHS England that the sentence
	// lets vary the constitution on their own authority.
	VariedBy []string `json:"varied_by"`
}

// NewICB returns an ICB whose lists are empty rather than nil.
func NewICB() *ICB {
	return &ICB{
		Board: ICBBoard{Members: []BoardMember{}},
		Facts: ICBFacts{
			Appointments: []AppointmentFact{}, Nominations: []NominationFact{}, Independence: []Evidence{},
			MentalHealth: []Evidence{}, DeputyChair: []DeputyChairFact{}, Committees: []ICBCommitteeFact{},
			Variation: []ICBVariationFact{},
		},
	}
}
