package diff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// Change kinds of an integrated care board's board.
const (
	KindBoardMemberAdded   = "board-member-added"
	KindBoardMemberRemoved = "board-member-removed"
	KindNominationChanged  = "nomination-changed"
	KindAppointmentChanged = "appointment-changed"
)

// NominationSummary is what a version states of how a partner member is
// nominated, all its nomination sentences together.
type NominationSummary struct {
	Nominators []string `json:"nominators"`
	Objection  bool     `json:"objection"`
	Selection  []string `json:"selection"`
}

// AppointmentSummary is what a version states of how a member is appointed
// and removed, all its appointment sentences together.
type AppointmentSummary struct {
	AppointedBy       []string `json:"appointed_by"`
	ApprovalBy        []string `json:"approval_by"`
	RemovedBy         []string `json:"removed_by"`
	RemovalApprovalBy []string `json:"removal_approval_by"`
	Employee          bool     `json:"employee"`
}

// icbChanges compares the boards of two ICB constitutions: members by role
// (seats counted, so that rewording a member's line is no change), and for
// each role who nominates and who appoints it. Nothing when either version
// is not an ICB's.
func icbChanges(oldDoc, newDoc *model.Document) []Change {
	if oldDoc.ICB == nil || newDoc.ICB == nil {
		return nil
	}
	o, n := oldDoc.ICB, newDoc.ICB
	var out []Change
	out = append(out, boardMemberChanges(o.Board.Members, n.Board.Members)...)
	out = append(out, nominationChanges(o.Facts.Nominations, n.Facts.Nominations)...)
	out = append(out, appointmentChanges(o.Facts.Appointments, n.Facts.Appointments)...)
	return out
}

// seatsByRole counts a board's seats by role, in the order roles first
// appear, with the members of each.
func seatsByRole(members []model.BoardMember) (order []string, seats map[string]int, by map[string][]model.BoardMember) {
	seats, by = map[string]int{}, map[string][]model.BoardMember{}
	for _, m := range members {
		if _, ok := seats[m.Role]; !ok {
			order = append(order, m.Role)
		}
		seats[m.Role] += max(m.Count, 1)
		by[m.Role] = append(by[m.Role], m)
	}
	return order, seats, by
}

func boardMemberChanges(olds, news []model.BoardMember) []Change {
	var out []Change
	oldOrder, oldSeats, oldBy := seatsByRole(olds)
	newOrder, newSeats, newBy := seatsByRole(news)
	for _, role := range newOrder {
		from, to := oldSeats[role], newSeats[role]
		if to <= from {
			continue
		}
		m := pickMember(newBy[role], oldBy[role])
		out = append(out, Change{
			Kind: KindBoardMemberAdded, Role: role, From: from, To: to, Text: m.Text, Line: m.Line, Clause: m.Clause, Section: m.Section,
			Description: fmt.Sprintf("The board gains %s (%d -> %d).", memberWords(role, to-from), from, to),
		})
	}
	for _, role := range oldOrder {
		from, to := oldSeats[role], newSeats[role]
		if to >= from {
			continue
		}
		m := pickMember(oldBy[role], newBy[role])
		out = append(out, Change{
			Kind: KindBoardMemberRemoved, Role: role, From: from, To: to, OldText: m.Text, Line: m.Line, Removed: true, Clause: m.Clause, Section: m.Section,
			Description: fmt.Sprintf("The board loses %s (%d -> %d).", memberWords(role, from-to), from, to),
		})
	}
	return out
}

// pickMember is the member of a role whose words the other version does
// not have: the line that was added or removed.
func pickMember(members, other []model.BoardMember) model.BoardMember {
	for _, m := range members {
		if !slices.ContainsFunc(other, func(x model.BoardMember) bool { return normalise(x.Title, "") == normalise(m.Title, "") }) {
			return m
		}
	}
	return members[len(members)-1]
}

func memberWords(role string, n int) string {
	if n == 1 {
		return "a " + roleWords(role)
	}
	return fmt.Sprintf("%d %ss", n, roleWords(role))
}

// roleWords names a board role in plain words.
func roleWords(role string) string {
	switch role {
	case model.RoleChair:
		return "chair"
	case model.RoleChiefExecutive:
		return "chief executive"
	case model.RolePartnerTrusts:
		return "partner member nominated by NHS trusts and foundation trusts"
	case model.RolePartnerPrimaryMedical:
		return "partner member nominated by providers of primary medical services"
	case model.RolePartnerLocalAuthority:
		return "partner member nominated by local authorities"
	case model.RolePartnerOther:
		return "partner member"
	case model.RoleExecutiveFinance:
		return "director of finance"
	case model.RoleExecutiveMedical:
		return "medical director"
	case model.RoleExecutiveNursing:
		return "director of nursing"
	case model.RoleExecutiveOther:
		return "executive member"
	case model.RoleNonExecutive:
		return "non-executive member"
	}
	return "member"
}

// texts joins the distinct sentences of a role's facts.
func texts(evs []model.Evidence) (string, int, string) {
	var parts []string
	line, section := 0, ""
	for _, e := range evs {
		if line == 0 {
			line, section = e.Line, e.Section
		}
		if !slices.Contains(parts, e.Text) {
			parts = append(parts, e.Text)
		}
	}
	return strings.Join(parts, " "), line, section
}

func summariseNominations(facts []model.NominationFact) (order []string, sums map[string]NominationSummary, evs map[string][]model.Evidence) {
	sums, evs = map[string]NominationSummary{}, map[string][]model.Evidence{}
	for _, f := range facts {
		s, ok := sums[f.Role]
		if !ok {
			order = append(order, f.Role)
			s = NominationSummary{Nominators: []string{}, Selection: []string{}}
		}
		s.Nominators = union(s.Nominators, f.Nominators)
		s.Objection = s.Objection || f.Objection
		if f.Selection != "" {
			s.Selection = union(s.Selection, []string{f.Selection})
		}
		sums[f.Role] = s
		evs[f.Role] = append(evs[f.Role], f.Evidence)
	}
	return order, sums, evs
}

func nominationChanges(olds, news []model.NominationFact) []Change {
	oldOrder, oldSums, oldEvs := summariseNominations(olds)
	newOrder, newSums, newEvs := summariseNominations(news)
	same := func(o, n NominationSummary) bool {
		return slices.Equal(o.Nominators, n.Nominators) && o.Objection == n.Objection && slices.Equal(o.Selection, n.Selection)
	}
	return roleChanges(KindNominationChanged, union(newOrder, oldOrder), oldSums, newSums, oldEvs, newEvs, same, nominationWords)
}

// roleChanges compares what two constitutions say of each role (its
// nomination or its appointment, summarised from every sentence on it):
// a change for each role whose summary differs, or that only one states,
// with the sentences of both and the words of describe.
func roleChanges[S any](kind string, roles []string, oldSums, newSums map[string]S, oldEvs, newEvs map[string][]model.Evidence,
	same func(o, n S) bool, describe func(role string, o, n S, inOld, inNew bool) string) []Change {
	var out []Change
	for _, role := range roles {
		o, inOld := oldSums[role]
		n, inNew := newSums[role]
		if inOld && inNew && same(o, n) {
			continue
		}
		c := Change{Kind: kind, Role: role}
		oldText, oldLine, _ := texts(oldEvs[role])
		newText, newLine, section := texts(newEvs[role])
		c.OldText, c.OldLine, c.Text, c.Line, c.Section = oldText, oldLine, newText, newLine, section
		if inOld {
			c.From = o
		}
		if inNew {
			c.To = n
		} else {
			c.Line, c.Removed = oldLine, true
			_, _, c.Section = texts(oldEvs[role])
		}
		c.Description = describe(role, o, n, inOld, inNew)
		out = append(out, c)
	}
	return out
}

func nominationWords(role string, o, n NominationSummary, inOld, inNew bool) string {
	who := "the " + roleWords(role)
	switch {
	case !inOld:
		return fmt.Sprintf("A nomination procedure is added for %s: %s.", who, nominationSummaryWords(n))
	case !inNew:
		return fmt.Sprintf("The nomination procedure for %s is removed (it was: %s).", who, nominationSummaryWords(o))
	}
	var what []string
	if !slices.Equal(o.Nominators, n.Nominators) {
		what = append(what, fmt.Sprintf("nominated by %s, no longer %s", actorsWords(n.Nominators), actorsWords(o.Nominators)))
	}
	switch {
	case o.Objection && !n.Objection:
		what = append(what, "the nominating bodies may no longer object to a nominee")
	case !o.Objection && n.Objection:
		what = append(what, "the nominating bodies may now object to a nominee")
	}
	if !slices.Equal(o.Selection, n.Selection) {
		what = append(what, fmt.Sprintf("a nominee is chosen by %s, no longer by %s", selectionWords(n.Selection), selectionWords(o.Selection)))
	}
	return fmt.Sprintf("The nomination of %s changes: %s.", who, strings.Join(what, "; "))
}

func nominationSummaryWords(s NominationSummary) string {
	w := "nominated by " + actorsWords(s.Nominators)
	if s.Objection {
		w += ", who may object to a nominee"
	}
	if len(s.Selection) > 0 {
		w += ", chosen by " + selectionWords(s.Selection)
	}
	return w
}

func selectionWords(sel []string) string {
	if len(sel) == 0 {
		return "no stated means"
	}
	var out []string
	for _, s := range sel {
		switch s {
		case "majority":
			out = append(out, "a majority of the nominating bodies")
		case "panel":
			out = append(out, "a panel")
		case "chair":
			out = append(out, "the chair")
		default:
			out = append(out, s)
		}
	}
	return strings.Join(out, " or ")
}

// actorsWords names actors in plain words.
func actorsWords(actors []string) string {
	if len(actors) == 0 {
		return "no one stated"
	}
	var out []string
	for _, a := range actors {
		switch a {
		case model.ActorNHSEngland:
			out = append(out, "NHS England")
		case model.ActorSecretaryOfState:
			out = append(out, "the Secretary of State")
		case model.ActorChair:
			out = append(out, "the chair")
		case model.ActorChiefExecutive:
			out = append(out, "the chief executive")
		case model.ActorBoard:
			out = append(out, "the board")
		case model.ActorICB:
			out = append(out, "the ICB")
		case model.ActorNHSTrusts:
			out = append(out, "NHS trusts")
		case model.ActorFoundationTrusts:
			out = append(out, "foundation trusts")
		case model.ActorPrimaryMedicalService:
			out = append(out, "providers of primary medical services")
		case model.ActorLocalAuthorities:
			out = append(out, "local authorities")
		default:
			out = append(out, "others")
		}
	}
	return strings.Join(out, " and ")
}

func summariseAppointments(facts []model.AppointmentFact) (order []string, sums map[string]AppointmentSummary, evs map[string][]model.Evidence) {
	sums, evs = map[string]AppointmentSummary{}, map[string][]model.Evidence{}
	for _, f := range facts {
		s, ok := sums[f.Role]
		if !ok {
			order = append(order, f.Role)
			s = AppointmentSummary{AppointedBy: []string{}, ApprovalBy: []string{}, RemovedBy: []string{}, RemovalApprovalBy: []string{}}
		}
		s.AppointedBy = union(s.AppointedBy, f.AppointedBy)
		s.ApprovalBy = union(s.ApprovalBy, f.ApprovalBy)
		s.RemovedBy = union(s.RemovedBy, f.RemovedBy)
		s.RemovalApprovalBy = union(s.RemovalApprovalBy, f.RemovalApprovalBy)
		s.Employee = s.Employee || f.Employee
		sums[f.Role] = s
		evs[f.Role] = append(evs[f.Role], f.Evidence)
	}
	return order, sums, evs
}

func appointmentChanges(olds, news []model.AppointmentFact) []Change {
	oldOrder, oldSums, oldEvs := summariseAppointments(olds)
	newOrder, newSums, newEvs := summariseAppointments(news)
	return roleChanges(KindAppointmentChanged, union(newOrder, oldOrder), oldSums, newSums, oldEvs, newEvs, sameAppointment, appointmentWords)
}

func sameAppointment(o, n AppointmentSummary) bool {
	return slices.Equal(o.AppointedBy, n.AppointedBy) && slices.Equal(o.ApprovalBy, n.ApprovalBy) &&
		slices.Equal(o.RemovedBy, n.RemovedBy) && slices.Equal(o.RemovalApprovalBy, n.RemovalApprovalBy) && o.Employee == n.Employee
}

func appointmentWords(role string, o, n AppointmentSummary, inOld, inNew bool) string {
	who := "the " + roleWords(role)
	switch {
	case !inOld:
		return fmt.Sprintf("The constitution now says how %s is appointed: %s.", who, appointmentSummaryWords(n))
	case !inNew:
		return fmt.Sprintf("The constitution no longer says how %s is appointed (it was: %s).", who, appointmentSummaryWords(o))
	}
	return fmt.Sprintf("The appointment of %s changes: %s, no longer %s.", who, appointmentSummaryWords(n), appointmentSummaryWords(o))
}

func appointmentSummaryWords(s AppointmentSummary) string {
	var w []string
	if len(s.AppointedBy) > 0 {
		a := "appointed by " + actorsWords(s.AppointedBy)
		if len(s.ApprovalBy) > 0 {
			a += " with the approval of " + actorsWords(s.ApprovalBy)
		}
		w = append(w, a)
	} else if len(s.ApprovalBy) > 0 {
		w = append(w, "appointed with the approval of "+actorsWords(s.ApprovalBy))
	}
	if len(s.RemovedBy) > 0 {
		r := "removable by " + actorsWords(s.RemovedBy)
		if len(s.RemovalApprovalBy) > 0 {
			r += " with the approval of " + actorsWords(s.RemovalApprovalBy)
		}
		w = append(w, r)
	}
	if s.Employee {
		w = append(w, "an employee of the ICB")
	}
	if len(w) == 0 {
		return "not stated"
	}
	return strings.Join(w, ", ")
}

// union appends to a the elements of b it lacks, keeping a's order.
func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// icbSentences says the board's changes in the summary: members first,
// then nominations and appointments.
func icbSentences(changes []Change) []string {
	var out []string
	for _, kind := range []string{KindBoardMemberRemoved, KindBoardMemberAdded, KindNominationChanged, KindAppointmentChanged} {
		for _, c := range changes {
			if c.Kind == kind {
				out = append(out, c.Description)
			}
		}
	}
	return out
}
