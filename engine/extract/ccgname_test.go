package extract

import (
	"testing"

	"github.com/ccgvet/ccgvet/engine/model"
)

func TestCCGFromText(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   string
	}{
		{"capitals in bold", []string{"NHS BRANTWICK CLINICAL COMMISSIONING GROUP", "CONSTITUTION"}, "NHS Brantwick Clinical Commissioning Group"},
		{"as written", []string{"Constitution of NHS Marrowby and Stenfold Clinical Commissioning Group"}, "NHS Marrowby and Stenfold Clinical Commissioning Group"},
		{"abbreviated", []string{"NHS West Kent CCG constitution"}, "NHS West Kent CCG"},
		{"capitals with and", []string{"NHS MARROWBY AND STENFOLD CCG"}, "NHS Marrowby and Stenfold CCG"},
		{"none", []string{"CONSTITUTION", "Version 3"}, ""},
		{"only in the title page", []string{"a", "b", "c", "d", "e", "f", "g", "h", "NHS Late Clinical Commissioning Group"}, ""},
		{"name and kind on lines of their own", []string{"NHS CHEAPMERE AND HOLLOWBROOK", "CLINICAL COMMISSIONING GROUP", "CONSTITUTION"}, "NHS Cheapmere and Hollowbrook Clinical Commissioning Group"},
		{"without NHS", []string{"Stourmouth and Heathmere", "Clinical Commissioning Group", "Constitution"}, "NHS Stourmouth and Heathmere Clinical Commissioning Group"},
		{"a sentence of the foreword names none", []string{"Constitution", "This constitution follows the model of the NHS Commissioning Board, but we have adapted it to the way our practices wanted the CCG to work."}, ""},
		{"words before the name", []string{"Constitution of the", "Brantwick", "Clinical Commissioning Group"}, "NHS Brantwick Clinical Commissioning Group"},
		{"no name at all", []string{"Constitution of the", "Clinical Commissioning Group"}, ""},
		{"title lines stop at the first long block", []string{"Constitution", "Our practices agreed this constitution, which sets out how we, the Group and its Clinical Commissioning Group members, work together."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []model.Block
			for _, b := range tt.blocks {
				blocks = append(blocks, model.Block{Text: b})
			}
			if got := ccgFromText(blocks); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
