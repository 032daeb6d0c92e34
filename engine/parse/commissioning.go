package parse

import "github.com/ccgvet/ccgvet/engine/model"

// modelSynonyms are the words accepted for each commissioning model
// (documents.md §1), normalised.
var modelSynonyms = map[string]string{
	"none":                    model.ModelNone,
	"greater involvement":     model.ModelGreaterInvolvement,
	"level 1":                 model.ModelGreaterInvolvement,
	"level one":               model.ModelGreaterInvolvement,
	"joint":                   model.ModelJoint,
	"level 2":                 model.ModelJoint,
	"level two":               model.ModelJoint,
	"joint commissioning":     model.ModelJoint,
	"joint committee":         model.ModelJoint,
	"delegated":               model.ModelDelegated,
	"level 3":                 model.ModelDelegated,
	"level three":             model.ModelDelegated,
	"delegated commissioning": model.ModelDelegated,
	"full delegation":         model.ModelDelegated,
}

// normaliseModel maps a written commissioning model to a Model constant,
// ignoring case, hyphens and spacing.
func normaliseModel(s string) (string, bool) {
	m, ok := modelSynonyms[norm(s)]
	return m, ok
}

// commissioning states the model the document adopts and the one it
// infers: a joint committee established with NHS England makes a document
// at least joint, whatever its front matter says.
func commissioning(fm frontMatter, secs []model.Section, committees []model.Committee) model.Commissioning {
	c := model.Commissioning{
		Model:    fm.CommissioningModel,
		Previous: fm.PreviousCommissioningModel,
	}
	if c.Model != "" {
		c.ModelLine = fm.KeyLines["commissioning_model"]
	}
	if c.Previous != "" {
		c.PreviousLine = fm.KeyLines["previous_commissioning_model"]
		c.PreviousSource = "front-matter"
	}
	for _, cm := range committees {
		if cm.Joint && cm.WithNHSEngland {
			c.Inferred, c.InferredLine = model.ModelJoint, cm.Line
			break
		}
	}
	c.Effective = model.HigherModel(c.Model, c.Inferred)
	if out := outermost(secs, model.KindCommissioning); len(out) > 0 {
		c.SectionLine, c.Section = secs[out[0]].Line, secs[out[0]].Heading
	}
	return c
}
