package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDump(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("DUMP"))
	for _, f := range files {
		src, _ := os.ReadFile(f)
		doc, err := Parse(f, src)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Println("=====", f, doc.CCG, doc.Lines)
		fmt.Printf("fm: model=%q prev=%q extra=%v\n", doc.FrontMatter.CommissioningModel, doc.FrontMatter.PreviousCommissioningModel, doc.FrontMatter.Extra)
		for _, s := range doc.Sections {
			fmt.Printf("  S %3d-%3d L%d %-12q %-60q %-22s %v\n", s.Line, s.EndLine, s.Level, s.Number, s.Title, s.Kind, s.Kinds)
		}
		m := doc.Membership
		fmt.Printf("membership line=%d sec=%q secline=%d evid=%v n=%d\n", m.Line, m.Section, m.SectionLine, m.HasSignOffEvidence, len(m.Practices))
		for _, p := range m.Practices {
			fmt.Printf("   P %d %q %q signed=%v sig=%q date=%q sol=%d\n", p.Line, p.Name, p.Code, p.SignedOff, p.Signatory, p.Date, p.SignOffLine)
		}
		for _, s := range doc.SignOffs {
			fmt.Printf("   SO %+v\n", s)
		}
		cs := doc.Committees
		if doc.GoverningBody != nil {
			cs = append(cs, *doc.GoverningBody)
		}
		for _, c := range cs {
			fmt.Printf("  C %d %q %s joint=%v pc=%v nhse=%v chair=%q stated=%v count=%+v quorum=%v\n", c.Line, c.Name, c.Kind, c.Joint, c.PrimaryCare, c.WithNHSEngland, c.Chair, c.MembershipStated, c.Count, c.Quorum != nil)
			for _, s := range c.Seats {
				fmt.Printf("      seat %d x%d voting=%v %s/%s %q\n", s.Line, s.Count, s.Voting, s.Category, s.CategorySource, s.Role)
			}
		}
		for _, v := range doc.Votes {
			fmt.Printf("  V %s line=%d for=%d against=%v abst=%v dnv=%v elig=%v motion=%q n=%d text=%q\n", v.Source, v.Line, v.For, deref(v.Against), deref(v.Abstain), deref(v.DidNotVote), deref(v.Eligible), v.Motion, len(v.Practices), v.Text)
		}
		fmt.Printf("  comm %+v\n  conflicts %d %v\n  variation %d %v\n  warnings %+v\n  clauses %d blocks %d\n", doc.Commissioning, doc.Conflicts.Line, doc.Conflicts.Sections, doc.Variation.Line, doc.Variation.Sections, doc.Warnings, len(doc.Clauses), len(doc.Blocks))
	}
}
