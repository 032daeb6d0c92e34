package markdown

import (
	"fmt"
	"sort"

	"github.com/ccgvet/ccgvet/engine/model"
)

// maxExpansion bounds how much larger YAML aliases may make the front
// matter than it is written: an alias repeats its anchor's value without
// its text, so 30 aliases of 30 aliases of a 1 MB string decode to 900
// copies, which `ccgvet parse` wrote out as a gigabyte of JSON and the
// policies would read as such. yaml.v3 refuses only far larger bombs.
// Real front matter uses an alias, if at all, for a date or a name given
// twice.
const maxExpansion = 4

// expansionSlack lets small front matter repeat itself freely.
const expansionSlack = 64 << 10

// checkExpansion refuses front matter whose values, as decoded, would
// take more than maxExpansion times its written size (plus
// expansionSlack): the size counted is that of their JSON, roughly.
func checkExpansion(fm *model.FrontMatter, written int) *model.InputError {
	limit := written*maxExpansion + expansionSlack
	keys := make([]string, 0, len(fm.Extra))
	for k := range fm.Extra {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return fm.KeyLines[keys[i]] < fm.KeyLines[keys[j]] })
	size := 0
	for _, k := range keys {
		size += len(k) + 4
		if size = sizeOf(fm.Extra[k], size, limit); size > limit {
			return &model.InputError{
				Line:    fm.KeyLines[k],
				Message: fmt.Sprintf("front matter: %s: its aliases repeat it to more than %d times the size of the front matter as written; write the values out, or leave the repetition out", k, maxExpansion),
			}
		}
	}
	return nil
}

// sizeOf adds the size of v to size, stopping as soon as it passes limit:
// an alias bomb is never walked to its end.
func sizeOf(v any, size, limit int) int {
	switch t := v.(type) {
	case string:
		return size + len(t) + 2
	case []any:
		for _, x := range t {
			if size = sizeOf(x, size+1, limit); size > limit {
				return size
			}
		}
		return size + 2
	case map[string]any:
		for k, x := range t {
			if size = sizeOf(x, size+len(k)+4, limit); size > limit {
				return size
			}
		}
		return size + 2
	}
	return size + 8
}
