package extract

import "github.com/ccgvet/ccgvet/engine/model"

// commissioning states the model the document adopts and the one it
// infers: a joint committee established with NHS England makes a document
// at least joint, whatever its front matter says.
func commissioning(fm model.FrontMatter, secs []model.Section, committees []model.Committee) model.Commissioning {
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
