package language

import "unsafe"

// Sentence is a sentence's tokens with the phrases of every word set found
// in one pass: extraction asks dozens of questions of each sentence, and
// answering each by walking the tokens again was most of its cost.
type Sentence struct {
	Toks []Token
	lx   *Lexicon
	// found lists, token by token, the sets with a phrase starting there
	// and the end of the longest; the entries of token i are
	// found[first[i]:first[i+1]]. One slice for the whole sentence.
	found []setEnd
	first []int32
	// present has a bit for each set with a phrase anywhere.
	present []uint64
	// names is the reader's cache of set ids, nil for a sentence read
	// alone.
	names *nameCache
}

type setEnd struct{ set, end int32 }

// Read finds every set's phrases in toks. Tokens are run together, so
// "co commissioning", "co-commissioning" and "cocommissioning" all match
// the phrase "co-commissioning"; punctuation ends a phrase (a phrase that
// is a punctuation mark matches it alone).
func (lx *Lexicon) Read(toks []Token) *Sentence {
	return (&Reader{lx: lx}).Read(toks)
}

// Reader reads the sentences of one document, taking what each needs from
// buffers they share: a document has hundreds of sentences, and allocating
// for each was much of reading's cost.
type Reader struct {
	lx      *Lexicon
	found   []setEnd
	first   []int32
	present []uint64
	sents   []Sentence
	block   int
	names   *nameCache
}

// NewReader returns a Reader for the lexicon.
func (lx *Lexicon) NewReader() *Reader { return &Reader{lx: lx, names: new(nameCache)} }

// Read finds every set's phrases in toks (see Lexicon.Read). The sentence
// stays valid after later calls.
func (r *Reader) Read(toks []Token) *Sentence {
	lx := r.lx
	if len(r.sents) == cap(r.sents) {
		r.sents = make([]Sentence, 0, min(max(2*cap(r.sents), 1), 64))
	}
	r.sents = append(r.sents, Sentence{Toks: toks, lx: lx, names: r.names})
	s := &r.sents[len(r.sents)-1]
	s.first = take32(&r.first, len(toks)+1)
	s.present = take64(&r.present, (len(lx.names)+63)/64)
	if cap(r.found) < 2*len(toks) {
		// Blocks grow with use: one-off reads stay small, a document's
		// reader soon takes large blocks.
		r.block = min(max(2*r.block, 2*len(toks), 32), 8192)
		r.found = make([]setEnd, 0, r.block)
	}
	s.found = r.found[:0]
	for i := range toks {
		s.first[i] = int32(len(s.found))
		n := lx.root
		for j := i; j < len(toks) && j < i+maxPhraseTokens && n != nil; j++ {
			tok := &toks[j]
			punct := tok.Punct && tok.Stem != "%"
			if punct && j > i {
				break
			}
			for k := 0; k < len(tok.Stem) && n != nil; k++ {
				n = n.child(tok.Stem[k])
			}
			if n == nil {
				break
			}
			for _, set := range n.sets {
				s.record(i, set, int32(j+1))
			}
			if punct {
				break
			}
		}
	}
	s.first[len(toks)] = int32(len(s.found))
	// The buffer goes on after this sentence's phrases; the next sentence
	// must not write over them.
	r.found = s.found[len(s.found):]
	s.found = s.found[:len(s.found):len(s.found)]
	return s
}

// take32 returns n zeroed int32 from the buffer, growing it by blocks.
func take32(buf *[]int32, n int) []int32 {
	if cap(*buf)-len(*buf) < n {
		*buf = make([]int32, 0, max(min(4*cap(*buf), 4096), n))
	}
	out := (*buf)[len(*buf) : len(*buf)+n : len(*buf)+n]
	*buf = (*buf)[:len(*buf)+n]
	return out
}

func take64(buf *[]uint64, n int) []uint64 {
	if cap(*buf)-len(*buf) < n {
		*buf = make([]uint64, 0, max(min(4*cap(*buf), 1024), n))
	}
	out := (*buf)[len(*buf) : len(*buf)+n : len(*buf)+n]
	*buf = (*buf)[:len(*buf)+n]
	return out
}

// record notes that a phrase of set runs from token i to end; a later,
// longer phrase replaces a shorter one.
func (s *Sentence) record(i int, set, end int32) {
	s.present[set/64] |= 1 << (set % 64)
	for k := s.first[i]; k < int32(len(s.found)); k++ {
		if s.found[k].set == set {
			s.found[k].end = end
			return
		}
	}
	s.found = append(s.found, setEnd{set, end})
}

func (s *Sentence) id(set string) (int32, bool) {
	if s.names == nil {
		id, ok := s.lx.setIDs[set]
		return id, ok
	}
	return s.names.id(s.lx, set)
}

// nameCache holds set ids by the address and length of the name asked
// for. Extraction asks each sentence dozens of questions, each naming a
// set by a string constant, so the same few addresses come back sentence
// after sentence; looking each name up by its text was 6% of extraction.
// The address is kept as a number, so that asking does not make a name
// built at run time escape to the heap; as that memory may later hold
// another string, a hit is confirmed against the set's own name, which
// costs a comparison of a few bytes. It belongs to one Reader, which one
// goroutine uses.
type nameCache [nameCacheSize]struct {
	p  uintptr
	n  int
	id int32
}

const nameCacheSize = 512

func (c *nameCache) id(lx *Lexicon, set string) (int32, bool) {
	p := uintptr(unsafe.Pointer(unsafe.StringData(set)))
	e := &c[(p>>3^uintptr(len(set)))%nameCacheSize]
	if e.p == p && e.n == len(set) && lx.names[e.id] == set {
		return e.id, true
	}
	id, ok := lx.setIDs[set]
	if ok {
		e.p, e.n, e.id = p, len(set), id
	}
	return id, ok
}

// Has reports whether a phrase of the set stands in the sentence.
func (s *Sentence) Has(set string) bool {
	id, ok := s.id(set)
	return ok && s.present[id/64]&(1<<(id%64)) != 0
}

// HasIn reports whether a phrase of the set starts in tokens [from, to).
func (s *Sentence) HasIn(set string, from, to int) bool {
	id, ok := s.id(set)
	if !ok || s.present[id/64]&(1<<(id%64)) == 0 {
		return false
	}
	for i := max(from, 0); i < to && i < len(s.Toks); i++ {
		if s.atID(i, id) > i {
			return true
		}
	}
	return false
}

// At returns the end of the longest phrase of the set at token i, or -1.
func (s *Sentence) At(i int, set string) int {
	id, ok := s.id(set)
	if !ok {
		return -1
	}
	return s.atID(i, id)
}

func (s *Sentence) atID(i int, id int32) int {
	if i < 0 || i >= len(s.Toks) || s.present[id/64]&(1<<(id%64)) == 0 {
		return -1
	}
	for _, se := range s.found[s.first[i]:s.first[i+1]] {
		if se.set == id {
			return int(se.end)
		}
	}
	return -1
}

// Find returns the phrases of the set, longest first at each position and
// never overlapping, in order.
func (s *Sentence) Find(set string) []Phrase { return s.FindIn(set, 0, len(s.Toks)) }

// FindIn is Find over the phrases that start in tokens [from, to).
func (s *Sentence) FindIn(set string, from, to int) []Phrase {
	id, ok := s.id(set)
	if !ok || s.present[id/64]&(1<<(id%64)) == 0 {
		return nil
	}
	var out []Phrase
	for i := max(from, 0); i < to && i < len(s.Toks); i++ {
		if end := s.atID(i, id); end > i {
			out = append(out, Phrase{i, end})
			i = end - 1
		}
	}
	return out
}

// Match returns, for each token where one of the frame's patterns
// matches, the first pattern's match, in order. Matches may overlap: "the
// Accountable Officer shall be considered and approved by the Governing
// Body" has a subject match that extraction rejects as passive and an
// agent match inside it that it keeps.
func (s *Sentence) Match(frame string) []Match {
	var buf [16]*Pattern
	patterns := buf[:0]
	for _, p := range s.lx.frames[frame] {
		if p.possible(s) {
			patterns = append(patterns, p)
		}
	}
	if len(patterns) == 0 {
		return nil
	}
	var out []Match
	for i := range s.Toks {
		phrases := s.first[i] < s.first[i+1] // a phrase of some set starts here
		for _, p := range patterns {
			if p.setFirst && !phrases {
				continue
			}
			if m, ok := p.matchAt(s, i); ok && m.End > i {
				out = append(out, m)
				break
			}
		}
	}
	return out
}
