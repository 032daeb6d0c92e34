package language

import (
	"fmt"
	"strconv"
	"strings"
)

// Pattern is a sequence of token elements, written as data in the way of
// spaCy's Matcher or LanguageTool's rules, one element per word:
//
//	<actor>      a phrase of the set "actor", captured under that name
//	@aux         a phrase of the set "aux", not captured
//	by           the word "by" (or any of its inflections)
//	,            a punctuation mark
//	_            any one word
//	#            a number written in digits
//	!@actor      any one word that does not start a phrase of "actor"
//	a|@b|<c>     any of these
//
// Each element may be followed by ?, *, + or {m,n}. A `*` or `+` is held to
// at most 12 repeats: patterns span a clause, not a page. Patterns match
// within one sentence.
type Pattern struct {
	Source string
	steps  []step
	// needs holds, for each step that must match at least once and
	// whose every alternative is a word set, those sets: a sentence with
	// none of them anywhere cannot match, whatever token it starts at.
	needs [][]int32
	// setFirst is true when the first step must match and only word sets
	// can match it: no token where no phrase starts can start a match.
	setFirst bool
}

type step struct {
	alts     []atom
	min, max int
	capture  string
}

type atomKind int

const (
	atomSet atomKind = iota
	atomWord
	atomAny
	atomNot
	atomNumber
)

type atom struct {
	kind  atomKind
	set   int32
	stem  string
	inner *atom
}

// Capture is a captured element of a match, by token index.
type Capture struct {
	Name       string
	Start, End int
}

// Match is where a pattern matched, by token index, and its captures.
type Match struct {
	Start, End int
	Captures   []Capture
}

// Capture returns the named capture, if the match has it.
func (m Match) Capture(name string) (Capture, bool) {
	for _, c := range m.Captures {
		if c.Name == name {
			return c, true
		}
	}
	return Capture{}, false
}

const maxRepeat = 12

func (lx *Lexicon) compilePattern(src string) (*Pattern, error) {
	p := &Pattern{Source: src}
	for _, field := range strings.Fields(src) {
		s := step{min: 1, max: 1}
		body := field
		switch {
		case strings.HasSuffix(body, "?"):
			s.min, s.max, body = 0, 1, strings.TrimSuffix(body, "?")
		case strings.HasSuffix(body, "*") && len(body) > 1:
			s.min, s.max, body = 0, maxRepeat, strings.TrimSuffix(body, "*")
		case strings.HasSuffix(body, "+") && len(body) > 1:
			s.min, s.max, body = 1, maxRepeat, strings.TrimSuffix(body, "+")
		case strings.HasSuffix(body, "}") && strings.Contains(body, "{"):
			k := strings.LastIndex(body, "{")
			lo, hi, ok := strings.Cut(body[k+1:len(body)-1], ",")
			if !ok {
				hi = lo
			}
			m, err1 := strconv.Atoi(lo)
			n, err2 := strconv.Atoi(hi)
			if err1 != nil || err2 != nil || m < 0 || n < m || n > maxRepeat {
				return nil, fmt.Errorf("bad repeat %q (at most {0,%d})", body[k:], maxRepeat)
			}
			s.min, s.max, body = m, n, body[:k]
		}
		for _, alt := range strings.Split(body, "|") {
			a, capture, err := lx.compileAtom(alt)
			if err != nil {
				return nil, err
			}
			if capture != "" {
				s.capture = capture
			}
			s.alts = append(s.alts, a)
		}
		p.steps = append(p.steps, s)
	}
	if len(p.steps) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	for _, st := range p.steps {
		if st.min == 0 {
			continue
		}
		var sets []int32
		for _, a := range st.alts {
			if a.kind != atomSet {
				sets = nil
				break
			}
			sets = append(sets, a.set)
		}
		if sets != nil {
			p.needs = append(p.needs, sets)
		}
	}
	first := p.steps[0]
	p.setFirst = first.min > 0
	for _, a := range first.alts {
		p.setFirst = p.setFirst && a.kind == atomSet
	}
	return p, nil
}

// possible reports whether the sentence has a phrase of one of the sets
// of each step the pattern needs: when it does not, no token can start a
// match, and the pattern is not tried token by token.
func (p *Pattern) possible(s *Sentence) bool {
	for _, sets := range p.needs {
		found := false
		for _, id := range sets {
			if s.present[id/64]&(1<<(id%64)) != 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (lx *Lexicon) compileAtom(src string) (atom, string, error) {
	switch {
	case src == "":
		return atom{}, "", fmt.Errorf("empty element")
	case src == "_":
		return atom{kind: atomAny}, "", nil
	case src == "#":
		return atom{kind: atomNumber}, "", nil
	case strings.HasPrefix(src, "!"):
		inner, _, err := lx.compileAtom(src[1:])
		if err != nil {
			return atom{}, "", err
		}
		return atom{kind: atomNot, inner: &inner}, "", nil
	case strings.HasPrefix(src, "<") && strings.HasSuffix(src, ">"):
		name := src[1 : len(src)-1]
		id, ok := lx.setIDs[name]
		if !ok {
			return atom{}, "", fmt.Errorf("no word set %q", name)
		}
		return atom{kind: atomSet, set: id}, name, nil
	case strings.HasPrefix(src, "@"):
		id, ok := lx.setIDs[src[1:]]
		if !ok {
			return atom{}, "", fmt.Errorf("no word set %q", src[1:])
		}
		return atom{kind: atomSet, set: id}, "", nil
	}
	stem := phraseKey(src)
	if stem == "" {
		// A punctuation mark stands for itself.
		stem = foldPunct([]rune(src)[0])
	}
	return atom{kind: atomWord, stem: stem}, "", nil
}

// end returns where the atom ends if it matches at token i, or -1.
func (a *atom) end(s *Sentence, i int) int {
	toks := s.Toks
	if i >= len(toks) {
		return -1
	}
	switch a.kind {
	case atomSet:
		return s.atID(i, a.set)
	case atomWord:
		if toks[i].Stem == a.stem {
			return i + 1
		}
	case atomAny:
		if !toks[i].Punct {
			return i + 1
		}
	case atomNot:
		if !toks[i].Punct && a.inner.end(s, i) < 0 {
			return i + 1
		}
	case atomNumber:
		if isNumber(toks[i].Word) {
			return i + 1
		}
	}
	return -1
}

// HasFrame reports whether the lexicon defines the frame.
func (lx *Lexicon) HasFrame(name string) bool { return len(lx.frames[name]) > 0 }

func (p *Pattern) matchAt(s *Sentence, i int) (Match, bool) {
	// Most tokens start no match: the first element rules them out before
	// any backtracking is set up.
	if first := &p.steps[0]; first.min > 0 {
		ok := false
		for k := range first.alts {
			if first.alts[k].end(s, i) > i {
				ok = true
				break
			}
		}
		if !ok {
			return Match{}, false
		}
	}
	var caps []Capture
	budget := 4096 // backtracking steps: a bound, never reached by real text
	end, ok := p.match(s, 0, i, &caps, &budget)
	if !ok {
		return Match{}, false
	}
	return Match{Start: i, End: end, Captures: caps}, true
}

// match tries steps[s:] at token i, greedily, backtracking over repeats.
func (p *Pattern) match(sent *Sentence, s, i int, caps *[]Capture, budget *int) (int, bool) {
	if s == len(p.steps) {
		return i, true
	}
	*budget--
	if *budget < 0 {
		return 0, false
	}
	st := &p.steps[s]
	// The ends reachable after n repeats, greedily: one path of longest
	// alternatives, backtracking over the number of repeats. On the
	// stack: matching runs at every token of every sentence.
	var buf [maxRepeat + 1]int
	ends := buf[:0]
	ends = append(ends, i)
	at := i
	for n := 0; n < st.max; n++ {
		e := -1
		for k := range st.alts {
			if x := st.alts[k].end(sent, at); x > e {
				e = x
			}
		}
		if e < 0 {
			break
		}
		at = e
		ends = append(ends, at)
	}
	for n := len(ends) - 1; n >= st.min; n-- {
		mark := len(*caps)
		if st.capture != "" && n > 0 {
			*caps = append(*caps, Capture{Name: st.capture, Start: i, End: ends[n]})
		}
		if end, ok := p.match(sent, s+1, ends[n], caps, budget); ok {
			return end, true
		}
		*caps = (*caps)[:mark]
	}
	return 0, false
}
