package report

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/ccgvet/ccgvet/engine/diff"
)

// diffHTMLTemplate is an amendment as one self-contained page, like the
// check report: no script, no network, every value escaped. Reworded
// clauses show removed words struck through (<del>) and added ones marked
// (<ins>), which screen readers announce as such.
var diffHTMLTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("diff").Parse(diffHTMLSource))
})

const diffHTMLSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>{{.Tool}} amendment: {{.Old}} → {{.New}}</title>
<style>
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; overflow-wrap: break-word; }
code { font: .875em/1.4 ui-monospace, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 .25em; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid #d1d9e0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
del { background: #ffebe9; color: #82071e; }
ins { background: #dafbe1; color: #116329; text-decoration: none; font-weight: 600; }
.warning { border-left: 4px solid #9a6700; background: #fff8c5; padding: .5rem .75rem; }
.regression { color: #d1242f; font-weight: 600; }
.made { color: #59636e; font-size: .85rem; }
@media print { @page { size: A4; margin: 1.5cm; } body { max-width: none; padding: 0; font-size: 10pt; } }
</style>
</head>
<body>
<h1>Amendment</h1>
<p><code>{{.Old}}</code> → <code>{{.New}}</code></p>
{{- if .Generated}}
<p class="made">Made on <time datetime="{{.GeneratedISO}}">{{.Generated}}</time> by {{.Tool}}</p>
{{- end}}
{{- range .Warnings}}
<p class="warning"><strong>Warning:</strong> {{.}}</p>
{{- end}}
<p>{{.Summary}}</p>
{{- if .Changes}}
<h2>Changes</h2>
<table>
<thead><tr><th scope="col">Change</th><th scope="col">What</th><th scope="col">Where</th></tr></thead>
<tbody>
{{- range .Changes}}
<tr><td>{{.Kind}}</td><td>{{.Description}}</td><td><code>{{.Where}}</code></td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
{{- if .Wording}}
<h2>Wording</h2>
{{- range .Wording}}
<h3>Clause {{.Clause}} {{if .Removed}}is removed{{else}}is reworded{{end}}</h3>
<p><code>{{.Where}}</code></p>
{{- if .Removed}}
<p><del>{{.Text}}</del></p>
{{- else}}
<p><strong>Was:</strong> {{range .Was}}{{if eq .Kind "-"}}<del>{{.Text}}</del>{{else}}{{.Text}}{{end}} {{end}}</p>
<p><strong>Now:</strong> {{range .Now}}{{if eq .Kind "+"}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}} {{end}}</p>
{{- end}}
{{- end}}
{{- end}}
<h2>Criteria</h2>
<table>
<thead><tr><th scope="col">Criterion</th><th scope="col">Old</th><th scope="col">New</th></tr></thead>
<tbody>
{{- range .Criteria}}
<tr><td><code>{{.ID}}</code></td><td>{{.From}}</td><td{{if .Regressed}} class="regression"{{end}}>{{.To}}{{if .Regressed}} (regression){{end}}</td></tr>
{{- end}}
</tbody>
</table>
<p><strong>{{.Verdict}}</strong></p>
</body>
</html>
`

type diffSegment struct{ Kind, Text string }

type diffWording struct {
	Clause, Where, Text string
	Removed             bool
	Was, Now            []diffSegment
}

func diffHTML(out io.Writer, r *diff.Result, m Meta) error {
	type change struct{ Kind, Description, Where string }
	type criterion struct {
		ID, From, To string
		Regressed    bool
	}
	page := struct {
		Tool, Old, New, Summary, Verdict string
		Generated, GeneratedISO          string
		Warnings                         []string
		Changes                          []change
		Wording                          []diffWording
		Criteria                         []criterion
	}{
		Tool: strings.TrimSpace("ccgvet " + m.Tool.Version), Old: Printable(r.Old.Path), New: Printable(r.New.Path),
		Summary: Printable(r.Summary), Verdict: Printable(diffVerdict(r)),
	}
	if t := m.Generated; !t.IsZero() {
		page.Generated, page.GeneratedISO = t.Format("2 January 2006 at 15:04 MST"), t.Format(time.RFC3339)
	}
	for _, w := range r.Warnings {
		page.Warnings = append(page.Warnings, Printable(w))
	}
	for i := range r.Changes {
		c := &r.Changes[i]
		where := Printable(changeLines(r, c))
		page.Changes = append(page.Changes, change{Printable(c.Kind), Printable(c.Description), where})
		switch c.Kind {
		case diff.KindClauseRemoved:
			page.Wording = append(page.Wording, diffWording{Clause: Printable(c.Clause), Where: where, Removed: true,
				Text: Printable(strings.Join(strings.Fields(c.Text), " "))})
		case diff.KindClauseChanged:
			w := diffWording{Clause: Printable(c.Clause), Where: where}
			for _, op := range wordDiff(c.OldText, c.Text) {
				seg := diffSegment{Kind: string(op.Kind), Text: Printable(strings.Join(op.Words, " "))}
				if op.Kind != '+' {
					w.Was = append(w.Was, seg)
				}
				if op.Kind != '-' {
					w.Now = append(w.Now, seg)
				}
			}
			page.Wording = append(page.Wording, w)
		}
	}
	writeStatusChanges(r, func(id, from, to string, regressed bool) {
		page.Criteria = append(page.Criteria, criterion{Printable(id), Printable(from), Printable(to), regressed})
	})
	bw := bufio.NewWriter(out)
	if err := diffHTMLTemplate().Execute(bw, page); err != nil {
		return fmt.Errorf("write HTML diff: %w", err)
	}
	return bw.Flush()
}
