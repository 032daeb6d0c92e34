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
