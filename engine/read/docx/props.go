package docx

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/read/markdown"
)

// propertyKeys map the names a document property may have (lower case,
// spaces and hyphens as underscores) to the front matter key it stands
// for.
var propertyKeys = map[string]string{
	"ccg": "ccg", "ccg_name": "ccg", "name": "name",
	"code": "code", "ccg_code": "code", "ods_code": "code",
	"version": "version", "status": "status", "effective": "effective", "effective_date": "effective",
	"commissioning_model": "commissioning_model", "previous_commissioning_model": "previous_commissioning_model",
	"member_vote": "member_vote",
}

// properties reads the front matter a Word document keeps as document
// properties: custom properties (docProps/custom.xml) named as the front
// matter keys are, and the version and status of the core properties
// (docProps/core.xml) where no custom one says. They are read exactly as
// YAML front matter is, by the Markdown reader: a value may be YAML
// (member_vote a mapping). Properties that do not read are a warning, not
// an error: the document's text is still checked.
func (p *pkg) properties() (model.FrontMatter, []model.Vote, []model.ParseWarning) {
	none := model.FrontMatter{KeyLines: map[string]int{}, Extra: map[string]any{}}
	vals := map[string]string{}
	p.readProps("docProps/core.xml", func(local, v string) {
		switch local {
		case "version":
			vals["version"] = v
		case "contentStatus":
			vals["status"] = v
		}
	})
	p.readProps(p.part("custom-properties", "docProps/custom.xml"), func(name, v string) {
		key := strings.NewReplacer(" ", "_", "-", "_").Replace(strings.ToLower(strings.TrimSpace(name)))
		if k, ok := propertyKeys[key]; ok {
			vals[k] = v
		}
	})
	if len(vals) == 0 {
		return none, nil, nil
	}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, quote := range []bool{false, true} {
		var y strings.Builder
		y.WriteString("---\n")
		for _, k := range keys {
			v := vals[k]
			switch {
			case strings.Contains(v, "\n"):
				y.WriteString(k + ":\n")
				for _, l := range strings.Split(v, "\n") {
					y.WriteString("  " + l + "\n")
				}
			case quote && k != "member_vote":
				q, _ := json.Marshal(v)
				y.WriteString(k + ": " + string(q) + "\n")
			default:
				y.WriteString(k + ": " + v + "\n")
			}
		}
		y.WriteString("---\n")
		o, ierr := markdown.Read([]byte(y.String()))
		if ierr != nil {
			if !quote {
				continue
			}
			return none, nil, []model.ParseWarning{{Line: 1, Message: "document properties not read: " + ierr.Message}}
		}
		fm := o.FrontMatter
		// Word has no front matter lines: a finding about a property
		// points at the first paragraph.
		fm.Line = 1
		for k := range fm.KeyLines {
			fm.KeyLines[k] = 1
		}
		for i := range o.FrontMatterVotes {
			o.FrontMatterVotes[i].Line = 1
			for j := range o.FrontMatterVotes[i].Practices {
				o.FrontMatterVotes[i].Practices[j].Line = 1
			}
		}
		return fm, o.FrontMatterVotes, nil
	}
	return none, nil, nil
}

// readProps calls f with the local name and text of each property of a
// properties part: core properties by element, custom ones by their name
// attribute.
func (p *pkg) readProps(name string, f func(name, value string)) {
	if _, ok := p.files[name]; !ok {
		return
	}
	r, ierr := p.open(name)
	if ierr != nil {
		return
	}
	defer r.Close()
	t := newTokens(r, name)
	prop := ""
	for {
		tok, ierr := t.next()
		if ierr != nil {
			return
		}
		e, ok := tok.start()
		if !ok {
			continue
		}
		if t.depth == 1 {
			continue // the root
		}
		if e.local == "property" {
			prop = attr(e, "name")
			continue
		}
		var b strings.Builder
		if ierr := t.text(&b); ierr != nil {
			return
		}
		key := e.local
		if prop != "" {
			key = prop
		}
		if v := strings.TrimSpace(b.String()); v != "" {
			f(key, v)
			prop = ""
		}
	}
}
