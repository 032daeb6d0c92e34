package diff

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/ccgvet/ccgvet/engine/model"
)

// similarEnough is the least word similarity (Dice coefficient over word
// multisets) for two clauses to count as one clause reworded.
const similarEnough = 0.6

// clausePair links a clause of NEW to its counterpart in OLD (-1 when it
// is new).
type clausePairs map[int]int

type clauseInfo struct {
	c     *model.Clause
	norm  string
	words map[string]int
	total int
}

func newClauseInfo(c *model.Clause) clauseInfo {
	norm := normalise(c.Text, c.Number)
	words := map[string]int{}
	total := 0
	for _, w := range strings.Fields(norm) {
		words[w]++
		total++
	}
	return clauseInfo{c: c, norm: norm, words: words, total: total}
}

// normalise drops the clause number, punctuation and case, so that
// renumbering and re-flowing a clause do not count as changing it.
func normalise(text, number string) string {
	t := strings.TrimSpace(text)
	t = strings.TrimPrefix(t, number)
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func similarity(a, b *clauseInfo) float64 {
	if a.total+b.total == 0 {
		return 1
	}
	common := 0
	for w, n := range a.words {
		common += min(n, b.words[w])
	}
	return 2 * float64(common) / float64(a.total+b.total)
}

// clauseChanges matches clauses in three passes — same text (whatever the
// number), then same number and similar text, then most similar text — and
// reports what is left as added or removed.
func clauseChanges(oldDoc, newDoc *model.Document) ([]Change, clausePairs) {
	olds := make([]clauseInfo, len(oldDoc.Clauses))
	for i := range oldDoc.Clauses {
		olds[i] = newClauseInfo(&oldDoc.Clauses[i])
	}
	news := make([]clauseInfo, len(newDoc.Clauses))
	for i := range newDoc.Clauses {
		news[i] = newClauseInfo(&newDoc.Clauses[i])
	}
	pairs := clausePairs{}
	oldUsed := make([]bool, len(olds))

	// 1. Identical text: unchanged, even if renumbered.
	byText := map[string][]int{}
	for i := range olds {
		byText[olds[i].norm] = append(byText[olds[i].norm], i)
	}
	for j := range news {
		for k, i := range byText[news[j].norm] {
			if !oldUsed[i] {
				oldUsed[i], pairs[j] = true, i
				byText[news[j].norm] = byText[news[j].norm][k+1:]
				break
			}
		}
	}
	// 2. Same number, similar text: reworded.
	byNumber := map[string]int{}
	for i := range olds {
		if !oldUsed[i] {
			if _, dup := byNumber[olds[i].c.Number]; !dup {
				byNumber[olds[i].c.Number] = i
			}
		}
	}
	sameNumber := func(j int, threshold float64) {
		if _, ok := pairs[j]; ok {
			return
		}
		if i, ok := byNumber[news[j].c.Number]; ok && !oldUsed[i] && similarity(&olds[i], &news[j]) >= threshold {
			oldUsed[i], pairs[j] = true, i
		}
	}
	for j := range news {
		sameNumber(j, similarEnough)
	}
	// 3. Most similar remaining text: renumbered and reworded. The
	// leftovers of an amendment are few, so pairwise is affordable; cap it
	// all the same so two unrelated documents stay fast.
	var leftNew, leftOld []int
	for j := range news {
		if _, ok := pairs[j]; !ok {
			leftNew = append(leftNew, j)
		}
	}
	for i := range olds {
		if !oldUsed[i] {
			leftOld = append(leftOld, i)
		}
	}
	if len(leftNew)*len(leftOld) <= 250_000 {
		for _, j := range leftNew {
			best, bestScore := -1, similarEnough
			for _, i := range leftOld {
				if oldUsed[i] {
					continue
				}
				if s := similarity(&olds[i], &news[j]); s >= bestScore {
					best, bestScore = i, s
				}
			}
			if best >= 0 {
				oldUsed[best], pairs[j] = true, best
			}
		}
	}
	// 4. What is left under the same number was rewritten in place: a
	// change of that clause, not a removal and an addition.
	for j := range news {
		sameNumber(j, 0)
	}

	var out []Change
	for j := range news {
		n := news[j].c
		i, ok := pairs[j]
		if !ok {
			pairs[j] = -1
			out = append(out, Change{Kind: KindClauseAdded, Clause: n.Number, Section: n.Section, Text: n.Text, Line: n.Line,
				Description: fmt.Sprintf("Clause %s is added: %s", n.Number, excerpt(n.Text, n.Number))})
			continue
		}
		o := olds[i].c
		if olds[i].norm != news[j].norm {
			out = append(out, Change{Kind: KindClauseChanged, Clause: n.Number, Section: n.Section, Text: n.Text, OldText: o.Text, Line: n.Line, OldLine: o.Line,
				Description: fmt.Sprintf("Clause %s is reworded%s.", n.Number, renumbered(o.Number, n.Number))})
		}
	}
	for i := range olds {
		if !oldUsed[i] {
			o := olds[i].c
			out = append(out, Change{Kind: KindClauseRemoved, Clause: o.Number, Section: o.Section, Text: o.Text, Line: o.Line, Removed: true,
				Description: fmt.Sprintf("Clause %s is removed: %s", o.Number, excerpt(o.Text, o.Number))})
		}
	}
	return out, pairs
}

func renumbered(from, to string) string {
	if from == to {
		return ""
	}
	return fmt.Sprintf(" (was %s)", from)
}

// excerpt gives the start of a clause's text, without its number.
func excerpt(text, number string) string {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), number))
	const limit = 120
	if len([]rune(t)) <= limit {
		return t
	}
	r := []rune(t)[:limit]
	if k := strings.LastIndex(string(r), " "); k > limit/2 {
		return string(r)[:k] + " …"
	}
	return string(r) + "…"
}
