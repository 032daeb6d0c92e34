package markdown

import (
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

func TestFrontMatter(t *testing.T) {
	src := `---
name: NHS Name CCG
ccg: NHS West Kent CCG
code: 99J
version: 3.0
status: proposed
effective: 2015-04-01
commissioning_model: Level 3
previous_commissioning_model: greater involvement
custom:
  owner: LMC
  when: 2015-01-01
---
# A
`
	o := mustRead(t, src)
	fm := o.FrontMatter
	if !fm.Present || fm.Line != 1 || fm.CCG != "NHS West Kent CCG" || fm.Code != "99J" ||
		fm.Version != "3.0" || fm.Status != "proposed" || fm.Effective != "2015-04-01" ||
		fm.CommissioningModel != model.ModelDelegated || fm.PreviousCommissioningModel != model.ModelGreaterInvolvement {
		t.Errorf("front matter = %+v", fm)
	}
	wantLines := map[string]int{"name": 2, "ccg": 3, "code": 4, "version": 5, "status": 6, "effective": 7, "commissioning_model": 8, "previous_commissioning_model": 9, "custom": 10}
	for k, l := range wantLines {
		if fm.KeyLines[k] != l {
			t.Errorf("key %s at line %d, want %d", k, fm.KeyLines[k], l)
		}
	}
	custom, ok := fm.Extra["custom"].(map[string]any)
	if !ok || custom["owner"] != "LMC" || custom["when"] != "2015-01-01" || len(fm.Extra) != 1 {
		t.Errorf("extra = %#v", fm.Extra)
	}
	if o.Sections[0].Line != 14 {
		t.Errorf("heading after front matter at line %d, want 14", o.Sections[0].Line)
	}
	if o := mustRead(t, "---\nname: NHS Name CCG\n---\n"); o.FrontMatter.CCG != "NHS Name CCG" {
		t.Errorf("name alone: ccg = %q", o.FrontMatter.CCG)
	}
	if o := mustRead(t, "# No front matter\n"); o.FrontMatter.Present || o.FrontMatter.Line != 0 {
		t.Errorf("front matter = %+v", o.FrontMatter)
	}
}

func TestCommissioningModels(t *testing.T) {
	tests := map[string]string{
		"none": model.ModelNone, "None": model.ModelNone,
		"greater-involvement": model.ModelGreaterInvolvement, "Greater involvement": model.ModelGreaterInvolvement, "level 1": model.ModelGreaterInvolvement, "LEVEL 1": model.ModelGreaterInvolvement,
		"joint": model.ModelJoint, "level 2": model.ModelJoint, "Joint commissioning": model.ModelJoint, "joint committee": model.ModelJoint,
		"delegated": model.ModelDelegated, "level 3": model.ModelDelegated, "Delegated Commissioning": model.ModelDelegated, "full delegation": model.ModelDelegated,
	}
	for in, want := range tests {
		if got, ok := normaliseModel(in); !ok || got != want {
			t.Errorf("normaliseModel(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := normaliseModel("level 4"); ok {
		t.Error("level 4 is a model")
	}
}
