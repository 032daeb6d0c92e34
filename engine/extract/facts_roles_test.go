package extract_test

import (
	"reflect"
	"testing"

	"github.com/ccgvet/ccgvet/engine/extract"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

// TestRoleRules: the governing body's roles a sentence gives, on wording
// written for this test.
func TestRoleRules(t *testing.T) {
	tests := []struct {
		rule, text string
		want       []any
	}{
		{"'chaired by' is a verb", "The Remuneration Committee is chaired by a lay member.", []any{"lay-member"}},
		{"'shall chair' is a verb", "One of the lay members shall chair the Remuneration Committee.", []any{"lay-member"}},
		{"'who chairs the Audit Committee' is a verb", "A lay member, who chairs the Audit Committee.", []any{"lay-member", "audit-lay-member"}},
		{"'may not hold the office of Chair'", "The lay member for governance and audit may not hold the office of Chair or Vice Chair.", []any{"lay-member", "audit-lay-member", "deputy-chair"}},
		{"near miss: 'holds the office of Chair'", "The lay member for patient and public involvement holds the office of Chair.", []any{"lay-member", "ppi-lay-member", "chair"}},
		{"'chairs our Audit Committee' is a verb", "A lay member for governance, who leads on audit and chairs our Audit Committee.", []any{"lay-member", "audit-lay-member"}},
		{"'(Audit Chair …)' names the committee's chair", "Lay Member for Governance (Audit Chair and Conflicts of Interest Guardian).", []any{"lay-member", "audit-lay-member"}},
		{"near miss: 'the lay member for audit chairs'", "The lay member for audit chairs the Governing Body.", []any{"lay-member", "audit-lay-member", "chair"}},
		{"'a doctor who is a secondary care specialist' in a list after 'after open recruitment:'", "The remaining two members are appointed after open recruitment: a registered nurse and a doctor who is a secondary care specialist.", []any{"registered-nurse", "secondary-care-doctor"}},
		{"near miss: what a condition supposes someone is", "Where the Chair is a secondary care specialist, the Deputy Chair is a registered nurse.", []any{"chair", "deputy-chair", "registered-nurse"}},
		{"near miss: 'chairs our Governing Body'", "A lay member for governance, who leads on audit and chairs our Governing Body.", []any{"lay-member", "audit-lay-member", "chair"}},
		{"a seat on another body", "A lay member of the Patient Reference Group will serve on the Quality Committee.", []any{}},
		{"a role a condition supposes", "If the Chair is a lay member, the Deputy Chair shall be a GP.", []any{"chair", "deputy-chair", "gp"}},
		{"'may not both be'", "The Chair and the Accountable Officer may not both be GPs.", []any{"chair", "accountable-officer"}},
		{"knowledge of the area", "A lay member with knowledge of the area.", []any{"lay-member", "ppi-lay-member"}},
		{"the regulation that qualifies the lay member for audit", "A second lay member, qualified under regulation 12(3) of the 2012 Regulations.", []any{"lay-member", "audit-lay-member"}},
		{"near miss: another paragraph of the regulation", "A lay member, qualified under regulation 12(5).", []any{"lay-member"}},
		{"'the following' is no condition", "The Governing Body has the following members: a lay member, who is the Deputy Chair;", []any{"lay-member", "deputy-chair"}},
		// The leads of the lay members the sentence before named.
		{"the lay members' leads in the next sentence", "There are three lay members. One leads on audit and governance; one leads on patient and public involvement; the third leads on primary care.", []any{"lay-member", "audit-lay-member", "ppi-lay-member"}},
		{"the lay members' leads in sentences of their own", "There are four lay members. One leads on audit and governance and chairs the Audit Committee. One leads on patient and public involvement. The other two lead on finance.", []any{"lay-member", "audit-lay-member", "ppi-lay-member"}},
		{"near miss: a lead after a sentence on someone else", "There are four lay members. The Chair is a GP. One leads on patient and public involvement.", []any{"lay-member", "gp", "chair"}},
		{"leads after a sentence on no lay member", "There are three GP members. One leads on audit and governance; one leads on patient and public involvement.", []any{"gp"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			checkTopic(t, "governing-body", "", tt.text, map[string]any{"roles": tt.want})
		})
	}
}

// TestGoverningBodyRolesElsewhere: outside the governing body's sections,
// a role named as the governing body's own is its role.
func TestGoverningBodyRolesElsewhere(t *testing.T) {
	tests := []struct {
		heading, text string
		want          []any
	}{
		{"The Deputy Chair", "The lay member for audit is the Deputy Chair of the Governing Body.", []any{"deputy-chair", "lay-member", "audit-lay-member"}},
		{"Elections", "The Chair of the Governing Body is elected by the member practices.", []any{"chair"}},
		{"Audit Committee", "The Chair of the Audit Committee may not be the Chair of the Governing Body.", []any{}},
		{"Localities", "Each locality has a chair, who attends the Governing Body as an observer.", []any{}},
		// A section of its own on the chair and vice chair is the
		// governing body's, but not one on chairing meetings.
		{"6.4 The Chairman and Vice Chairman", "The Vice Chairman is the lay member for patient and public involvement.", []any{"deputy-chair", "lay-member", "ppi-lay-member"}},
		{"3.1 Chair and Vice Chair of a Meeting", "The Vice Chair of the meeting is the lay member for patient and public involvement.", []any{}},
	}
	for _, tt := range tests {
		src := "# Governing Body\n\nThe Governing Body has a Chair.\n\n# " + tt.heading + "\n\n" + tt.text + "\n"
		doc := parseSource(t, src)
		set := map[string]bool{}
		for _, f := range doc.Facts.Roles {
			if f.Evidence.Text == tt.text {
				set[f.Role] = true
			}
		}
		if got := keys(set); !reflect.DeepEqual(normalise(got), normalise(tt.want)) {
			t.Errorf("%q: roles %v, want %v", tt.text, got, tt.want)
		}
	}
}

// parseSource extracts a Markdown snippet.
func parseSource(t *testing.T, src string) *model.Document {
	t.Helper()
	o, ierr := markdown.Read([]byte(src))
	if ierr != nil {
		t.Fatalf("read: %v", ierr)
	}
	doc, err := extract.Extract(o, extract.Options{})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	return doc
}
