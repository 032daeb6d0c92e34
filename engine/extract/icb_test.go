package extract_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/ccgvet/ccgvet/engine/model"
)

// A document is an ICB's when its front matter or title page says so; a
// CCG's constitution that speaks of the ICB replacing it stays a CCG's.
func TestFamily(t *testing.T) {
	tests := []struct {
		name, src       string
		family, docName string
	}{
		{"front matter family", "---\nfamily: icb\n---\n# Constitution\n\nText.\n", model.FamilyICB, ""},
		{"front matter family and name", "---\nfamily: icb\nname: NHS Kelder Integrated Care Board\n---\n# Constitution\n", model.FamilyICB, "NHS Kelder Integrated Care Board"},
		{"front matter icb key", "---\nicb: NHS Marlow Integrated Care Board\ncode: QM7\n---\n# Constitution\n", model.FamilyICB, "NHS Marlow Integrated Care Board"},
		{"front matter name", "---\nname: NHS Fenwold Integrated Care Board\n---\n# Constitution\n", model.FamilyICB, "NHS Fenwold Integrated Care Board"},
		{"title heading", "# NHS Kelderbrook Integrated Care Board\n\n## Constitution\n\nText.\n", model.FamilyICB, "NHS Kelderbrook Integrated Care Board"},
		{"title in capitals", "**NHS KELDERBROOK INTEGRATED CARE BOARD**\n\nCONSTITUTION\n", model.FamilyICB, "NHS Kelderbrook Integrated Care Board"},
		{"title without NHS", "# Constitution of the Integrated Care Board for Kelder\n\nText.\n", model.FamilyICB, ""},
		{"family ccg wins", "---\nfamily: ccg\n---\n# NHS Kelder Integrated Care Board\n", model.FamilyCCG, ""},
		{"a CCG", "**NHS Brantwick Clinical Commissioning Group**\n\n# Constitution\n\nText.\n", model.FamilyCCG, "NHS Brantwick Clinical Commissioning Group"},
		{"a CCG naming its successor in the body", "# NHS Brantwick Clinical Commissioning Group\n\n## 1 Introduction\n\n1.1 Text.\n\n1.2 Text.\n\n1.3 Text.\n\n1.4 Text.\n\n1.5 Text.\n\n1.6 Text.\n\n1.7 Text.\n\n## 9 Transition\n\n9.1 On 1 July 2022 NHS Brantwick Integrated Care Board takes over the Group's functions.\n", model.FamilyCCG, ""},
		{"front matter ccg", "---\nccg: NHS Brantwick CCG\n---\n# NHS Brantwick Integrated Care Board\n", model.FamilyCCG, "NHS Brantwick CCG"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := parseSource(t, tc.src)
			if doc.Family != tc.family {
				t.Errorf("family %q, want %q", doc.Family, tc.family)
			}
			if doc.CCG != tc.docName {
				t.Errorf("name %q, want %q", doc.CCG, tc.docName)
			}
			if (doc.ICB != nil) != (tc.family == model.FamilyICB) {
				t.Errorf("icb %v for family %q", doc.ICB != nil, doc.Family)
			}
		})
	}
}

// The model of every ICB constitution in constitutions/icb matches
// schema.json, lists as arrays, and CCG examples have no icb at all.
func TestICBSchema(t *testing.T) {
	raw, err := jsonschema.UnmarshalJSON(bytes.NewReader(model.Schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", raw); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	icbs, _ := filepath.Glob("../../constitutions/icb/*.md")
	more, _ := filepath.Glob("../../constitutions/icb/*/*.md")
	icbs = append(icbs, more...)
	ccgs, _ := filepath.Glob("../../testdata/examples/*.md")
	if len(icbs) == 0 || len(ccgs) == 0 {
		t.Skip("no example constitutions")
	}
	for _, f := range append(icbs, ccgs...) {
		if filepath.Base(f) == "README.md" {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := parseSource(t, string(b))
			doc.Path = f
			wantICB := filepath.Base(filepath.Dir(f)) != "examples"
			if (doc.Family == model.FamilyICB) != wantICB || (doc.ICB != nil) != wantICB {
				t.Fatalf("family %q, icb %v", doc.Family, doc.ICB != nil)
			}
			if wantICB && len(doc.ICB.Board.Members) == 0 {
				t.Errorf("no board members read")
			}
			js, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("does not match schema.json: %v", err)
			}
		})
	}
}
