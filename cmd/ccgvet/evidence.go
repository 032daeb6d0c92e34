package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ccgvet/ccgvet/engine"
	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/report"
	"github.com/ccgvet/ccgvet/engine/result"
)

// criterionFacts names the kinds of fact (model.Facts' JSON keys) each
// criterion judges from the wording: the evidence --explain shows beside
// its findings.
var criterionFacts = map[string][]string{
	"variation-procedure":        {"variation"},
	"conflicts-of-interest":      {"safeguards"},
	"member-involvement":         {"reserved", "participation"},
	"practice-obligations":       {"obligations"},
	"governing-body-composition": {"roles"},
}

// fact is one fact of a document's model, of any kind, with its sentence.
type fact struct {
	Kind     string
	Evidence model.Evidence
	// Fields are what the fact says, beyond its sentence and place.
	Fields []string
}

// factsOf flattens a document's facts. They are read through their JSON,
// which every kind of fact shares, so a new kind shows without a change
// here.
func factsOf(doc *model.Document) []fact {
	b, err := json.Marshal(doc.Facts)
	if err != nil {
		return nil
	}
	var kinds map[string][]map[string]any
	if json.Unmarshal(b, &kinds) != nil {
		return nil
	}
	var out []fact
	for kind, list := range kinds {
		for _, m := range list {
			f := fact{Kind: kind}
			f.Evidence.Text, _ = m["text"].(string)
			f.Evidence.Section, _ = m["section"].(string)
			f.Evidence.Clause, _ = m["clause"].(string)
			if n, ok := m["line"].(float64); ok {
				f.Evidence.Line = int(n)
			}
			for k, v := range m {
				switch k {
				case "text", "line", "section", "clause":
					continue
				}
				if l, ok := v.([]any); v == nil || v == false || v == "" || ok && len(l) == 0 {
					continue // unset: says nothing
				}
				f.Fields = append(f.Fields, fmt.Sprintf("%s=%v", k, v))
			}
			slices.Sort(f.Fields)
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b fact) int {
		return cmp.Or(cmp.Compare(a.Evidence.Line, b.Evidence.Line), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Evidence.Text, b.Evidence.Text), slices.Compare(a.Fields, b.Fields))
	})
	return out
}

// writeEvidence writes, for each finding of each document, the facts it
// was judged on: the facts stated at its line, and the facts of its
// criterion's kinds in its section. Where there are none, the finding is
// about wording the constitution does not have, and it says so.
func writeEvidence(w io.Writer, docs []result.Document, maxSize int64) {
	fmt.Fprintf(w, "\nEvidence (--explain)\n")
	for _, d := range docs {
		if len(d.Findings) == 0 || len(d.Errors) > 0 {
			continue
		}
		doc, err := engine.Load(d.Path, maxSize)
		if err != nil {
			fmt.Fprintf(w, "\n%s: the model could not be read again: %v\n", report.Printable(d.Path), err)
			continue
		}
		facts := factsOf(doc)
		for _, f := range d.Findings {
			fmt.Fprintf(w, "\n%s: %s\n  %s\n", report.Place(d.Path, f.Line, f.Section), f.Rule, report.Printable(f.Message))
			var at, near []fact
			kinds := criterionFacts[f.Criterion]
			for _, x := range facts {
				switch {
				case x.Evidence.Line == f.Line:
					at = append(at, x)
				case slices.Contains(kinds, x.Kind) && f.Section != "" && x.Evidence.Section == f.Section && len(near) < 5:
					near = append(near, x)
				}
			}
			if len(at) > 0 {
				fmt.Fprintf(w, "  facts stated at this line:\n")
				for _, x := range at {
					writeFact(w, x)
				}
			}
			if len(near) > 0 {
				fmt.Fprintf(w, "  facts of %s in this section:\n", f.Criterion)
				for _, x := range near {
					writeFact(w, x)
				}
			}
			if len(at) == 0 && len(near) == 0 {
				if len(kinds) > 0 {
					fmt.Fprintf(w, "  no %s fact at this line or in its section: the finding is about wording that is not there\n", strings.Join(kinds, " or "))
				} else {
					fmt.Fprintf(w, "  judged from the document's structure (members, committees, seats, votes), not from facts read in sentences: ccgvet parse shows it\n")
				}
			}
		}
	}
}

func writeFact(w io.Writer, x fact) {
	where := fmt.Sprintf("line %d", x.Evidence.Line)
	if x.Evidence.Clause != "" {
		where += ", clause " + x.Evidence.Clause
	}
	fmt.Fprintf(w, "    %s (%s) %s\n      %q\n", x.Kind, where, strings.Join(x.Fields, " "), report.Printable(x.Evidence.Text))
}
