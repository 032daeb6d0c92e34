package extract_test

import "testing"

// TestReservedRules: rules the reader of decisions reserved to the
// members holds to, on wording written for this test.
func TestReservedRules(t *testing.T) {
	tests := []struct {
		rule, text          string
		reserved, variation bool
	}{
		{"'only the members can'", "Only our members can decide to change this constitution.", true, true},
		{"'only with the approval of the members'", "The constitution may be amended only with the approval of the member practices.", true, true},
		{"'only be made by'", "Changes to this constitution may only be made by the membership.", true, true},
		{"'retains the following powers'", "The membership retains the following powers: (b) approving changes to the constitution;", true, true},
		{"reserved to someone else", "Contract awards are reserved to the Audit Committee.", false, false},
		{"'no decision reserved to'", "No decision reserved to the members may be delegated.", true, false},
		{"kept by an exception to a delegation", "The members delegate their powers to the Governing Body, except the power to amend this constitution.", true, true},
		{"changing what is reserved varies the constitution", "Any change to the matters reserved to the membership needs the members' approval.", true, true},
		{"no longer reserved", "Approval of the annual accounts is no longer reserved to the members.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkTopic(t, "reserved", "", tt.text, map[string]any{"reserved_to_members": tt.reserved, "reserves_variation": tt.variation})
		})
	}
}

// TestParticipationRules: how each practice takes part, on wording
// written for this test.
func TestParticipationRules(t *testing.T) {
	tests := []struct {
		rule, heading, text string
		want                []any
	}{
		{"a vote electing each practice's representative is no member vote", "Members' forum",
			"The Members' Forum has one clinician elected by each member practice.", []any{"practice-representative", "council-of-members"}},
		{"a public annual general meeting names no members", "Annual general meeting",
			"Members of the public are welcome at the annual general meeting.", []any{}},
		{"a share of the practices decides", "Partner members",
			"The nomination stands unless more than half of the eligible practices object to it.", []any{"member-vote"}},
		{"a non-voting member votes on nothing", "Governing Body",
			"The Director of Public Health is a non-voting member.", []any{}},
		{"a meeting of its member practices", "Meetings",
			"The Group holds a meeting of its member practices every year.", []any{"council-of-members"}},
		{"each practice represented, words between", "Localities",
			"Each practice is to be represented at locality meetings.", []any{"practice-representative", "council-of-members"}},
		{"'to represent it'", "Localities",
			"Each practice may choose a partner to represent it at locality meetings.", []any{"practice-representative", "council-of-members"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkTopic(t, "participation", tt.heading, tt.text, map[string]any{"participation": tt.want})
		})
	}
}
