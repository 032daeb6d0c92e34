package parse

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/ccgvet/ccgvet/engine/model"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(model.Schema))
	if err != nil {
		t.Fatalf("schema.json is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatalf("schema.json does not compile: %v", err)
	}
	return sch
}

func validate(t *testing.T, sch *jsonschema.Schema, doc *model.Document) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(marshal(t, doc)))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("%s does not match schema.json: %v", doc.Path, err)
	}
}

// TestSchema validates the model of every example, and of documents that
// use the less common fields, against engine/model/schema.json.
func TestSchema(t *testing.T) {
	sch := compileSchema(t)
	for _, f := range exampleFiles(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		t.Run(name, func(t *testing.T) { validate(t, sch, parseExample(t, name)) })
	}
	// The schema must be able to fail: lists are arrays, never null, and
	// no field goes undocumented.
	t.Run("rejects null lists", func(t *testing.T) {
		doc := parseExample(t, "ex01-example-vale")
		doc.Votes = nil
		inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(marshal(t, doc)))
		if sch.Validate(inst) == nil {
			t.Error("a document with \"votes\": null validates")
		}
	})
	odd := map[string]string{
		"front matter extras and vote": "---\nccg: X\nmember_vote: {motion: go, date: 2015-01-14, for: 28, against: 12, abstain: 5, eligible: 45}\nodd: {1: .nan, when: 2015-01-01}\nlist: [a, 1, true]\n---\n# 3. Membership\n\n- Riverside Surgery (Y00001)\n",
		"no headings":                  "Just text.\n",
		"sign-off record":              "# Member practices\n\n| Practice | Code |\n|---|---|\n| A | Y00001 |\n\n# Signatures\n\n| Practice | Signed by | Date |\n|---|---|---|\n| A | Dr A | 1/1/15 |\n| Z | Dr Z | |\n",
		"unclassified seat":            "# Joint Committee\n\n| Member | Voting |\n|---|---|\n| Somebody | Yes |\n",
		"practice listed twice":        "# Member practices\n\n| Practice | Code |\n|---|---|\n| A | Y00001 |\n| B | Y00002 |\n| A again | y00001 |\n",
	}
	for name, src := range odd {
		t.Run(name, func(t *testing.T) {
			doc, err := Parse(name+".md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			validate(t, sch, doc)
		})
	}
}
