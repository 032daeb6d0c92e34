package gen

// Word pools. Every CCG, place, person and code they make is invented.

var placeStarts = []string{
	"Ash", "Bram", "Brack", "Castle", "Dun", "Elm", "Fen", "Glen", "Hart", "Kirk",
	"Lang", "Mar", "Nor", "Oak", "Pen", "Rother", "Salt", "Thorn", "Wen", "Wood",
	"Ald", "Bex", "Carr", "Dray", "Eden", "Fair", "Gold", "Holl", "Ivy", "Kings",
	"Lark", "Mill", "Ness", "Orm", "Pell", "Quarry", "Raven", "Stan", "Tid", "Wal",
	"Yar", "Stoke", "Whin", "Crow", "Dove", "Fox", "Hazel", "Lyn", "Moor", "Sedge",
}

var placeEnds = []string{
	"ford", "field", "ley", "bury", "ton", "wick", "mere", "dale", "by", "thorpe",
	"worth", "ham", "stead", "gate", "bridge", "cliffe", "well", "ridge", "side", "holme",
}

var placePrefixes = []string{"", "", "", "", "", "Great ", "Little ", "West ", "East ", "Upper ", "Lower ", "North "}

var streets = []string{
	"High Street", "Station Road", "Church Street", "Mill Lane", "London Road", "Park Road",
	"Victoria Road", "Bridge Street", "Market Place", "The Green", "Orchard Way", "Albion Street",
	"Castle Hill", "Priory Road", "Well Lane", "Chapel Street", "West End", "North Road",
	"Queen Street", "Farm Lane", "Mount Pleasant", "Hospital Road", "Front Street", "Kirk Lane",
}

var surnames = []string{
	"Carrow", "Qureshi", "Threadgold", "Ambrose", "Mensforth", "Farooq", "Lowther", "Ogundipe",
	"Voss", "Marchbank", "Pritchard", "Haddad", "Ketteridge", "Wieczorek", "Rees", "Maddox",
	"Mahmood", "Heald", "Ostrowski", "Callaghan", "Achterberg", "Nair", "Garside", "Fenwick",
	"Whitlock", "Lister", "Ironside", "Fawcett", "Halloran", "Isherwood", "Wetherall", "Lomax",
	"Pickering", "Okonkwo", "Lindqvist", "Radcliffe", "Ibekwe", "Mistry", "Nwosu", "Goldsworthy",
	"Rathbone", "Castellano", "Quinlan", "Iqbal", "Egerton", "Threlfall", "Upton", "Oyelaran",
	"Blackmore", "Ellery", "Gallagher", "Osei", "Quayle", "Zielinski", "Tawiah", "Kirkbride",
	"Rowe", "Oakes", "Villiers", "Zamora", "Ilori", "Youngman", "Jarvis", "Kaur", "Prentice",
	"Greaves", "Chaudhry", "Penrose", "Lund", "Hebden", "Desai", "Strickland", "Ashdown",
}

var initials = []string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W", "Y"}

var titles = []string{"Dr", "Dr", "Dr", "Dr", "Mrs", "Mr", "Ms"}

var saints = []string{"Wilfrid", "Anne", "Luke", "Mary", "Andrew", "Chad", "Aidan", "Hilda", "Oswald"}

var practiceKinds = []string{
	"Surgery", "Surgery", "Medical Centre", "Health Centre", "Medical Practice",
	"Group Practice", "Family Practice", "Medical Group",
}

var signatoryRoles = []string{"Senior Partner", "Partner", "Lead GP", "Managing Partner", "GP Partner", "Clinical Lead"}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Cells that mean a practice has not signed (documents.md §3).
var unsignedCells = []string{"", "-", "—", "n/a", "no", "not signed", "pending", "awaiting", "outstanding", "declined", "Pending (due at next meeting)"}

// Header synonyms of the member practices table (documents.md §3).
var (
	practiceHeaders  = []string{"Practice", "Practice name", "Member practice", "Name of practice", "Surgery"}
	codeHeaders      = []string{"Code", "ODS code", "Practice code", "National code"}
	addressHeaders   = []string{"Address", "Premises"}
	listSizeHeaders  = []string{"List size", "Registered patients", "Patients"}
	signatoryHeaders = []string{"Signed", "Signed by", "Signatory", "Signature", "Signed on behalf of the practice", "Practice representative"}
	dateHeaders      = []string{"Date", "Date signed", "Signed on", "Date of signature"}
)

// Header synonyms of committee tables (documents.md §4).
var (
	seatHeaders     = []string{"Member", "Role", "Position", "Title", "Membership"}
	categoryHeaders = []string{"Category", "Type", "Background", "Constituency"}
	votingHeaders   = []string{"Voting", "Vote", "Voting member", "Voting rights"}
)

// Section titles by kind (documents.md §2).
var (
	membershipTitles   = []string{"Membership", "Members", "Member Practices", "Membership of the Group", "Practices", "List of Member Practices"}
	memberAppendix     = []string{"Member Practices", "List of Member Practices", "Membership of the Group", "Practices"}
	signOffTitles      = []string{"Sign-off", "Signatures", "Declaration", "Member Practice Agreement", "Approval by Members"}
	conflictsTitles    = []string{"Managing Conflicts of Interest", "Conflicts of Interest", "Standards of Business Conduct and Managing Conflicts of Interest", "Declarations of Interest"}
	variationTitles    = []string{"Variation of this Constitution", "Amendment", "Amending the Constitution", "Changes to this Constitution", "Amendment and Variation of this Constitution"}
	commissioningTitle = []string{"Primary Care Co-commissioning", "Co-commissioning", "Primary Care Commissioning", "Commissioning Arrangements"}
	governingTitles    = []string{"The Governing Body", "Governing Body", "The Board", "Governing Body and its Members"}
)

// Committees that are not the joint or primary care one.
var committeeNames = []string{
	"Audit Committee", "Remuneration Committee", "Quality and Safety Committee",
	"Finance and Performance Committee", "Clinical Executive Committee", "Integrated Governance Committee",
	"Prescribing Sub-committee", "Medicines Optimisation Sub-committee", "Patient and Public Engagement Committee",
	"Research Governance Committee", "Locality Commissioning Sub-committee", "Individual Funding Requests Sub-committee",
	"Urgent Care Programme Committee", "Estates Sub-committee", "Workforce and Organisational Development Committee",
}

var jointCommitteeNames = []string{
	"Primary Care Joint Committee", "Primary Care Commissioning Committee", "Joint Commissioning Committee",
	"Primary Care Co-commissioning Committee", "Co-commissioning Committee",
}

// Seats by category: roles a reader (and the parser) classifies from the
// words alone, and roles that need a category column.
var (
	clinicalSeats = []string{
		"GP member of the Governing Body", "Clinical Chair of the Group", "Registered nurse member of the Governing Body",
		"Secondary care specialist doctor", "Locality Clinical Lead", "GP representative of the localities",
		"Clinical Director for Primary Care", "Medical Adviser", "Practice nurse representative", "Consultant pharmacist",
	}
	laySeats = []string{
		"Lay member for patient and public involvement", "Lay member for audit and governance",
		"Healthwatch representative", "Independent lay member", "Patient representative",
	}
	executiveSeats = []string{
		"Accountable Officer", "Chief Finance Officer", "Chief Operating Officer", "Director of Commissioning",
		"Head of Primary Care", "Director of Quality and Nursing", "Head of Primary Care, NHS England (area team)",
		"Assistant Director of Nursing, NHS England",
	}
	unclassifiedSeats = []string{
		"Locality representative", "Member elected by the Council of Members", "Vice Chair of the Council of Members",
	}
	attendingSeats = []string{
		"Director of Public Health, County Council", "Representative of NHS England (area team)",
		"Local Medical Committee representative", "Healthwatch representative", "Board Secretary",
	}
	nonVotingCells = []string{"Non-voting", "In attendance", "Observer", "No"}
)

// Filler: the parts of a constitution that no criterion reads, whose
// clause and byte counts make the documents as long as real ones.
var fillerSubTitles = []string{
	"General Duties", "Duty as to Improvement in Quality of Services", "Duty to Promote Integration",
	"Financial Duties", "Public Involvement", "Duties as to Reducing Inequalities", "Duty as to Promoting Research",
	"Duty as to Education and Training", "Partnership Working", "Accountable Officer", "Chief Finance Officer",
	"Joint Appointments with Other Organisations", "Annual Report and Accounts", "Standards of Public Life",
	"Safeguarding", "Emergency Preparedness", "Information Governance", "Risk Management", "Localities",
	"Commissioning Strategy", "Equality and Diversity", "Sustainability", "Procurement of Services",
	"Complaints", "Freedom of Information", "Patient Choice", "Whistleblowing",
}

var standingOrderTitles = []string{
	"Calling Meetings", "Notice of Meetings", "Agenda and Supporting Papers", "Petitions", "Chair of a Meeting",
	"Chair's Ruling", "Decision Making", "Emergency Powers", "Minutes", "Admission of Public and Press",
	"Suspension of Standing Orders", "Variation and Amendment of Standing Orders", "Use of the Seal",
	"Execution of Documents", "Overlap with Other Policy Statements", "Appointment of Sub-groups",
	"Confidentiality", "Meetings by Telephone or Video Conference",
}

var fillerBodies = []string{
	"the Group", "the Governing Body", "the Accountable Officer", "the Chief Finance Officer",
	"the Audit Committee", "the Chair", "the person presiding", "the Board Secretary",
}

var fillerObjects = []string{
	"the commissioning strategy", "the annual operational plan", "the scheme of reservation and delegation",
	"the prime financial policies", "its statutory duties", "the quality of services it commissions",
	"the health and wellbeing strategy", "the annual report and accounts", "the risk register",
	"the assurance framework", "its arrangements for safeguarding children and adults",
	"its plans for emergency preparedness, resilience and response",
}

var fillerQualifiers = []string{
	"in accordance with the 2006 Act", "as the regulations require", "at least once in each financial year",
	"having regard to any guidance published by NHS England", "in a manner consistent with the principles of good governance",
	"within the resources available to it", "in consultation with the Health and Wellbeing Board",
	"so far as is consistent with its other duties", "subject to the approval of the Governing Body",
	"and will publish the outcome on its website",
}

var fillerVerbs = []string{
	"review", "approve", "publish", "monitor", "keep under review", "report on", "consult on", "take account of",
	"agree", "maintain",
}

// Sentences in templated form: %[1]s a body, %[2]s a verb, %[3]s an
// object, %[4]s a qualifier, %[5]s the place.
var fillerSentences = []string{
	"%[1]s will %[2]s %[3]s %[4]s.",
	"In exercising its functions %[1]s shall %[2]s %[3]s, %[4]s.",
	"%[1]s is responsible for ensuring that the Group meets its duties under sections 14P to 14Z2 of the 2006 Act, %[4]s.",
	"The Group will seek to secure continuous improvement in the quality of services provided to the people of %[5]s, %[4]s.",
	"%[1]s may delegate to an employee of the Group the duty to %[2]s %[3]s, but remains accountable for it.",
	"Where %[1]s considers it necessary, it may seek independent advice before it will %[2]s %[3]s.",
	"The Group will promote the involvement of patients, their carers and representatives in decisions about the provision of health services to them.",
	"The Group will exercise its functions with a view to securing that health services are provided in an integrated way where this would improve quality or reduce inequalities.",
	"The Group will act with a view to securing that expenditure does not exceed the aggregate of its allotments for the financial year.",
	"The Group will publish an explanation of how it has discharged its duty to involve the public in its annual report.",
	"%[1]s shall keep a record of every decision taken under this paragraph and report it to the next meeting of the Governing Body.",
	"Any question as to the meaning of this constitution shall be referred to %[1]s, whose ruling shall be final.",
	"Nothing in this constitution shall prevent %[1]s from acting in an emergency to protect the safety of patients in %[5]s.",
	"The Group will work in partnership with the local authority, the acute and community providers of %[5]s and the voluntary sector.",
	"%[1]s will make arrangements to %[2]s %[3]s, and will make the arrangements available on request.",
	"The Group has regard to the NHS Constitution and will promote awareness of it among patients, staff and the public.",
	"A document which has been signed on behalf of the Group shall be recorded in a register kept for the purpose by %[1]s.",
	"Papers for each meeting will be circulated at least five working days before the meeting, save in an emergency.",
	"%[1]s will receive reports from the Group's internal and external auditors and will %[2]s %[3]s.",
	"The Group will obtain appropriate advice from persons who have a broad range of professional expertise in healthcare and public health.",
}

// Short clauses, for documents with many clauses for their size.
var shortSentences = []string{
	"%[1]s will %[2]s %[3]s.",
	"The Group will publish its annual report and accounts.",
	"Minutes of each meeting will be kept and approved at the next meeting.",
	"The person presiding has a casting vote.",
	"Papers will be circulated five working days before a meeting.",
	"Decisions are taken by a simple majority of those present and voting.",
	"Meetings may be held by telephone or video conference.",
	"%[1]s may seek independent professional advice.",
	"The Group will review these arrangements each year.",
	"No business shall be transacted unless it is on the agenda.",
	"A meeting may be adjourned by resolution.",
	"%[1]s will keep a record of its decisions.",
	"Urgent business may be added to the agenda with the consent of %[1]s.",
	"The Group will have regard to the NHS Constitution.",
}

// Subjects of the (a), (b) lists that follow some clauses.
var listLeadIns = []string{
	"The Group’s responsibilities include, in particular:",
	"The Governing Body is responsible for:",
	"The duties of the Accountable Officer include:",
	"These arrangements include:",
}

var listItems = []string{
	"setting the Group's strategic direction and approving its commissioning plans",
	"monitoring performance against the annual operational plan",
	"securing that the Group has appropriate arrangements for ensuring that it exercises its functions effectively",
	"approving the Group's annual report and accounts",
	"ensuring that the Group meets its financial duties",
	"agreeing the arrangements for engaging with patients and the public",
	"overseeing the management of risk",
	"making arrangements to safeguard children and vulnerable adults",
	"setting the remuneration of employees on the recommendation of the Remuneration Committee",
	"reviewing the effectiveness of internal control",
}
