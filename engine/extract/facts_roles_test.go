package extract_test

import "testing"

// TestRoleRules: the governing body's roles a sentence gives, on wording
// written for this test.
func TestRoleRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want       []any
	}{
		{"'chaired by' is a verb", "The Remuneration Committee is chaired by a lay member.", []any{"lay-member"}},
		{"'shall chair' is a verb", "One of the lay members shall chair the Remuneration Committee.", []any{"lay-member"}},
		{"a role a condition supposes", "If the Chair is a lay member, the Deputy Chair shall be a GP.", []any{"chair", "deputy-chair", "gp"}},
		{"'may not both be'", "The Chair and the Accountable Officer may not both be GPs.", []any{"chair", "accountable-officer"}},
		{"knowledge of the area", "A lay member with knowledge of the area.", []any{"lay-member", "ppi-lay-member"}},
		{"'the following' is no condition", "The Governing Body has the following members: a lay member, who is the Deputy Chair;", []any{"lay-member", "deputy-chair"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkTopic(t, "governing-body", "", tt.text, map[string]any{"roles": tt.want})
		})
	}
}
