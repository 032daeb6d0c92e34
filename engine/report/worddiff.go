package report

import "strings"

// wordOp is one run of words in a word diff: kept, removed from the old
// text, or added in the new.
type wordOp struct {
	Kind  byte // '=' kept, '-' removed, '+' added
	Words []string
}

// maxDiffWords bounds the word diff, which is quadratic: past it a clause
// is shown as removed whole and added whole.
const maxDiffWords = 3000

// wordDiff compares two texts word by word (a longest common subsequence
// over whitespace-separated words), so that a reworded clause shows which
// words changed, not only that it did.
func wordDiff(oldText, newText string) []wordOp {
	a, b := strings.Fields(oldText), strings.Fields(newText)
	if len(a) > maxDiffWords || len(b) > maxDiffWords {
		return []wordOp{{'-', a}, {'+', b}}
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:].
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []wordOp
	push := func(kind byte, w string) {
		if n := len(ops); n > 0 && ops[n-1].Kind == kind {
			ops[n-1].Words = append(ops[n-1].Words, w)
			return
		}
		ops = append(ops, wordOp{kind, []string{w}})
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			push('=', a[i])
			i++
			j++
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			push('+', b[j])
			j++
		default:
			push('-', a[i])
			i++
		}
	}
	return ops
}

// sides renders a word diff as the old text and the new, each with its
// changed words marked by mark (removed words in the old, added in the
// new) and every word passed through esc.
func sides(ops []wordOp, esc func(string) string, mark func(kind byte, s string) string) (oldText, newText string) {
	var o, n []string
	for _, op := range ops {
		s := esc(strings.Join(op.Words, " "))
		switch op.Kind {
		case '=':
			o, n = append(o, s), append(n, s)
		case '-':
			o = append(o, mark('-', s))
		case '+':
			n = append(n, mark('+', s))
		}
	}
	return strings.Join(o, " "), strings.Join(n, " ")
}
