package extract

import (
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

// The commissioning model stated in front matter, with its lines.
func TestStatedModel(t *testing.T) {
	c := mustParse(t, "---\ncommissioning_model: Level 3\nprevious_commissioning_model: greater involvement\n---\n# A\n").Commissioning
	if c.Model != model.ModelDelegated || c.ModelLine != 2 || c.Previous != model.ModelGreaterInvolvement || c.PreviousLine != 3 || c.PreviousSource != "front-matter" || c.Effective != model.ModelDelegated {
		t.Errorf("commissioning = %+v", c)
	}
	if doc := mustParse(t, "---\nname: NHS Name CCG\n---\n"); doc.CCG != "NHS Name CCG" {
		t.Errorf("name alone: ccg = %q", doc.CCG)
	}
}

// A joint committee established with NHS England makes a document at
// least joint; a higher stated model stays.
func TestInferredModel(t *testing.T) {
	committee := "\n# 6.5 Primary Care Co-commissioning\n\n## Primary Care Joint Committee\n\nThe Group and NHS England have established a joint committee.\n"
	tests := []struct{ model, effective string }{
		{"greater-involvement", model.ModelJoint},
		{"delegated", model.ModelDelegated},
		{"", model.ModelJoint},
	}
	for _, tt := range tests {
		src := committee
		if tt.model != "" {
			src = "---\ncommissioning_model: " + tt.model + "\n---\n" + committee
		}
		c := mustParse(t, src).Commissioning
		if c.Inferred != model.ModelJoint || c.Effective != tt.effective || c.InferredLine == 0 || c.SectionLine == 0 {
			t.Errorf("model %q: commissioning = %+v, want effective %s", tt.model, c, tt.effective)
		}
	}
}
