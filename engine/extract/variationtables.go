package extract

import (
	"strings"

	"github.com/ccgvet/ccgvet/engine/language"
	"github.com/ccgvet/ccgvet/engine/model"
)

// variationTableSentences reads the rows of a table in a section on
// varying the constitution as the sentences they stand for, so that the
// variation reader reads them as it reads prose:
//   - "| Step | Who | What |" with "| 3 | Members' Meeting | Approves the
//     amendment only if more than half of all member practices vote for
//     it |": "Members' Meeting approves the amendment only if …";
//   - "| Row | Amendment | Approved by | NHS England |" with "| B |
//     Amendments to Schedules 2 and 3 | The Board alone | … |":
//     "Amendments to Schedules 2 and 3 are approved by the Board alone. …".
//
// Other tables are left alone.
func variationTableSentences(d *document, reader *language.Reader) []sentence {
	var out []sentence
	for _, t := range d.tables {
		if !inKind(d.sections, t.Section, model.KindVariation) {
			continue
		}
		who, what, subject, approver := -1, -1, -1, -1
		for c, h := range t.Header {
			switch n := norm(h); {
			case n == "who" || n == "by whom" || n == "body":
				who = c
			case n == "what" || n == "action" || n == "what they do" || n == "does":
				what = c
			case strings.HasPrefix(n, "approved by") || n == "approval" || n == "decided by" || n == "who approves":
				approver = c
			case subject < 0 && (containsWords(n, "amendment") || containsWords(n, "amendments") || containsWords(n, "change") || containsWords(n, "variation")):
				subject = c
			}
		}
		for _, r := range t.Rows {
			var parts []string
			switch {
			case who >= 0 && what >= 0:
				if w, a := strings.TrimSpace(cell(r.Cells, who)), strings.TrimSpace(cell(r.Cells, what)); w != "" && a != "" {
					parts = append(parts, w+" "+lowerFirst(a))
				}
			case subject >= 0 && approver >= 0:
				if s, a := strings.TrimSpace(cell(r.Cells, subject)), strings.TrimSpace(cell(r.Cells, approver)); s != "" && a != "" {
					parts = append(parts, s+" is approved by "+lowerFirst(a))
				}
				// The row's other cells, each a sentence of its own ("The
				// CCG then applies; the amendment takes effect when NHS
				// England approves it").
				for c, v := range r.Cells {
					if v = strings.TrimSpace(v); c != subject && c != approver && c > 0 && len(strings.Fields(v)) > 3 {
						parts = append(parts, v)
					}
				}
			default:
				continue
			}
			if len(parts) == 0 {
				continue
			}
			for _, p := range parts {
				out = append(out, rowSentence(reader, strings.TrimRight(p, ". ")+".", r, t.Section, -2000-len(out)))
			}
		}
	}
	return out
}

// lowerFirst lowers the first letter of a cell that continues a sentence
// ("Approves the amendment …" after its subject), unless the cell opens
// on a name ("NHS England", "The Board" stays "the Board").
func lowerFirst(s string) string {
	if s == "" || len(s) > 1 && s[1] >= 'A' && s[1] <= 'Z' {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
