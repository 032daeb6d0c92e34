package extract

import "testing"

// A plain member list with sign-off recorded in a separate table: the list
// stays the member list (codes kept) and the table is joined to it.
func TestPlainListWithSeparateSignOffTable(t *testing.T) {
	src := "# 3. Membership\n\n" +
		"- Riverside Surgery (Y00001)\n" +
		"- Hill Top Surgery (Y00002)\n\n" +
		"# Appendix D – Signatures\n\n" +
		"| Practice | Signed by | Date |\n|---|---|---|\n" +
		"| Riverside Surgery | Dr A. Partner | 01/04/2015 |\n" +
		"| Hill Top Surgery | pending | |\n"
	doc := mustParse(t, src)
	ps := doc.Membership.Practices
	if len(ps) != 2 || ps[0].Code != "Y00001" || ps[1].Code != "Y00002" {
		t.Fatalf("practices = %+v, want the plain list with its codes", ps)
	}
	if ps[0].Line != 3 || ps[1].Line != 4 {
		t.Errorf("lines %d, %d, want 3, 4", ps[0].Line, ps[1].Line)
	}
	if !doc.Membership.HasSignOffEvidence || !ps[0].SignedOff || ps[1].SignedOff {
		t.Errorf("sign-off not joined: evidence %v, signed %v %v", doc.Membership.HasSignOffEvidence, ps[0].SignedOff, ps[1].SignedOff)
	}
	if len(doc.SignOffs) != 2 {
		t.Errorf("sign-off records = %d, want 2", len(doc.SignOffs))
	}
}
