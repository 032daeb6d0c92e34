package diff

import (
	"reflect"
	"strings"
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// icbDoc is an ICB document with the given board and facts.
func icbDoc(members []model.BoardMember, noms []model.NominationFact, appts []model.AppointmentFact) *model.Document {
	icb := model.NewICB()
	icb.Board.Members = members
	icb.Facts.Nominations = noms
	icb.Facts.Appointments = appts
	return &model.Document{Family: model.FamilyICB, ICB: icb}
}

func member(role string, count, line int, title string) model.BoardMember {
	return model.BoardMember{Evidence: model.Evidence{Text: title, Line: line}, Role: role, Title: title, Count: count}
}

func nomination(role string, line int, text string, objection bool, selection string, nominators ...string) model.NominationFact {
	return model.NominationFact{Evidence: model.Evidence{Text: text, Line: line}, Role: role, Nominators: nominators, Objection: objection, Selection: selection}
}

func appointment(role string, line int, text string, by, approval []string) model.AppointmentFact {
	return model.AppointmentFact{Evidence: model.Evidence{Text: text, Line: line}, Role: role, AppointedBy: by, ApprovalBy: approval,
		RemovedBy: []string{}, RemovalApprovalBy: []string{}}
}

func TestICBChanges(t *testing.T) {
	board := []model.BoardMember{
		member(model.RoleChair, 1, 10, "the Chair"),
		member(model.RolePartnerTrusts, 1, 11, "one Partner Member nominated by the NHS trusts and foundation trusts"),
		member(model.RolePartnerTrusts, 1, 12, "one Partner Member for mental health nominated by the trusts"),
		member(model.RoleNonExecutive, 2, 13, "two Non-executive Members"),
	}
	pms := nomination(model.RolePartnerPrimaryMedical, 40, "Each practice may nominate and object.", true, "majority", model.ActorPrimaryMedicalService)
	chair := appointment(model.RoleChair, 30, "NHS England appoints the Chair with the approval of the Secretary of State.",
		[]string{model.ActorNHSEngland}, []string{model.ActorSecretaryOfState})
	tests := []struct {
		name  string
		old   *model.Document
		new   *model.Document
		kinds []string
		roles []string
		words []string // in the descriptions
	}{
		{
			name:  "same board reworded and renumbered",
			old:   icbDoc(board, []model.NominationFact{pms}, []model.AppointmentFact{chair}),
			new:   icbDoc([]model.BoardMember{member(model.RoleChair, 1, 20, "The Chair"), member(model.RolePartnerTrusts, 2, 21, "two Partner Members nominated by NHS trusts"), member(model.RoleNonExecutive, 2, 22, "two Non-Executive Members")}, []model.NominationFact{pms}, []model.AppointmentFact{chair}),
			kinds: nil,
		},
		{
			name:  "a partner member removed",
			old:   icbDoc(board, nil, nil),
			new:   icbDoc([]model.BoardMember{board[0], board[1], board[3]}, nil, nil),
			kinds: []string{KindBoardMemberRemoved},
			roles: []string{model.RolePartnerTrusts},
			words: []string{"loses a partner member nominated by NHS trusts", "(2 -> 1)"},
		},
		{
			name:  "non-executive members added",
			old:   icbDoc(board, nil, nil),
			new:   icbDoc([]model.BoardMember{board[0], board[1], board[2], member(model.RoleNonExecutive, 4, 13, "four Non-executive Members")}, nil, nil),
			kinds: []string{KindBoardMemberAdded},
			roles: []string{model.RoleNonExecutive},
			words: []string{"gains 2 non-executive members (2 -> 4)"},
		},
		{
			name:  "practices may no longer object",
			old:   icbDoc(board, []model.NominationFact{pms}, nil),
			new:   icbDoc(board, []model.NominationFact{nomination(model.RolePartnerPrimaryMedical, 41, "A panel selects the nominee.", false, "panel", model.ActorPrimaryMedicalService)}, nil),
			kinds: []string{KindNominationChanged},
			roles: []string{model.RolePartnerPrimaryMedical},
			words: []string{"may no longer object", "chosen by a panel, no longer by a majority"},
		},
		{
			name:  "nominated by the LMC instead of the practices",
			old:   icbDoc(board, []model.NominationFact{pms}, nil),
			new:   icbDoc(board, []model.NominationFact{nomination(model.RolePartnerPrimaryMedical, 41, "The LMC nominates.", true, "majority", model.ActorOther)}, nil),
			kinds: []string{KindNominationChanged},
			roles: []string{model.RolePartnerPrimaryMedical},
			words: []string{"nominated by others, no longer providers of primary medical services"},
		},
		{
			name:  "nomination procedure removed",
			old:   icbDoc(board, []model.NominationFact{pms}, nil),
			new:   icbDoc(board, nil, nil),
			kinds: []string{KindNominationChanged},
			roles: []string{model.RolePartnerPrimaryMedical},
			words: []string{"is removed"},
		},
		{
			name: "chair appointed without the Secretary of State",
			old:  icbDoc(board, nil, []model.AppointmentFact{chair}),
			new: icbDoc(board, nil, []model.AppointmentFact{appointment(model.RoleChair, 30, "NHS England appoints the Chair.",
				[]string{model.ActorNHSEngland}, []string{})}),
			kinds: []string{KindAppointmentChanged},
			roles: []string{model.RoleChair},
			words: []string{"appointed by NHS England, no longer appointed by NHS England with the approval of the Secretary of State"},
		},
		{
			name:  "a CCG on either side compares no boards",
			old:   &model.Document{Family: model.FamilyCCG},
			new:   icbDoc(board, []model.NominationFact{pms}, []model.AppointmentFact{chair}),
			kinds: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := icbChanges(tc.old, tc.new)
			var kinds, roles []string
			var desc []string
			for _, c := range got {
				kinds = append(kinds, c.Kind)
				roles = append(roles, c.Role)
				desc = append(desc, c.Description)
				if c.Line == 0 {
					t.Errorf("%s has no line", c.Kind)
				}
			}
			if !reflect.DeepEqual(kinds, tc.kinds) {
				t.Fatalf("kinds %v, want %v\n%s", kinds, tc.kinds, strings.Join(desc, "\n"))
			}
			if tc.roles != nil && !reflect.DeepEqual(roles, tc.roles) {
				t.Errorf("roles %v, want %v", roles, tc.roles)
			}
			all := strings.Join(desc, " ")
			for _, w := range tc.words {
				if !strings.Contains(all, w) {
					t.Errorf("descriptions lack %q:\n%s", w, all)
				}
			}
			if len(got) > 0 && len(icbSentences(got)) != len(got) {
				t.Errorf("summary has %d sentences for %d changes", len(icbSentences(got)), len(got))
			}
		})
	}
}
