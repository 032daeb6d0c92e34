package language

import (
	"fmt"
	"sort"
	"strings"
)

// Config is the `language` part of the policy data: named word sets and
// named frames.
type Config struct {
	// Sets maps a name to its phrases, written as plain words ("member
	// practices", "council of members"). Phrases are matched on stems, so
	// one form stands for its plurals and inflections; a hyphen, a space
	// or nothing between two words are the same.
	Sets map[string][]string `json:"sets"`
	// Frames maps a name to token patterns (see Pattern).
	Frames map[string][]string `json:"frames"`
}

// Lexicon is a compiled Config. It is safe for concurrent use.
type Lexicon struct {
	// setIDs numbers the sets; root is one trie of every set's phrases,
	// so that a sentence is read for all sets in one pass (Read).
	setIDs map[string]int32
	names  []string
	root   *trie
	frames map[string][]*Pattern
}

// FromData compiles the `language` entry of policy data as decoded from
// YAML or JSON.
func FromData(data map[string]any) (*Lexicon, error) {
	raw, ok := data["language"]
	if !ok {
		return nil, fmt.Errorf("policy data has no `language` entry")
	}
	cfg, err := configOf(raw)
	if err != nil {
		return nil, fmt.Errorf("policy data `language`: %w", err)
	}
	return Compile(cfg)
}

// configOf reads the `language` entry as decoded (maps, lists and
// strings), as a JSON round trip into Config would, without the round
// trip: building the lexicon is on the way to the first document.
func configOf(raw any) (Config, error) {
	var cfg Config
	m, ok := raw.(map[string]any)
	if !ok {
		return cfg, fmt.Errorf("must be a mapping of sets and frames, not %T", raw)
	}
	var err error
	if cfg.Sets, err = listsOf("sets", m["sets"]); err != nil {
		return cfg, err
	}
	if cfg.Frames, err = listsOf("frames", m["frames"]); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// listsOf reads a mapping of names to lists of strings.
func listsOf(what string, raw any) (map[string][]string, error) {
	if raw == nil {
		return nil, nil
	}
	m, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s must be a mapping of names to lists, not %T", what, raw)
	}
	out := make(map[string][]string, len(m))
	for name, v := range m {
		if v == nil {
			out[name] = nil
			continue
		}
		items, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("%s.%s must be a list of strings, not %T", what, name, v)
		}
		list := make([]string, len(items))
		for i, item := range items {
			if list[i], ok = item.(string); !ok {
				return nil, fmt.Errorf("%s.%s[%d] must be a string, not %T", what, name, i, item)
			}
		}
		out[name] = list
	}
	return out, nil
}

// Compile builds the trie of every set and the patterns of every frame.
func Compile(cfg Config) (*Lexicon, error) {
	lx := &Lexicon{setIDs: map[string]int32{}, frames: map[string][]*Pattern{}}
	names := make([]string, 0, len(cfg.Sets))
	for name := range cfg.Sets {
		names = append(names, name)
	}
	sort.Strings(names)
	a := &trieArena{}
	lx.root = a.node()
	for _, name := range names {
		id := int32(len(lx.names))
		lx.setIDs[name] = id
		lx.names = append(lx.names, name)
		for _, phrase := range cfg.Sets[name] {
			key := phraseKey(phrase)
			if key == "" {
				return nil, fmt.Errorf("language.sets.%s: phrase %q has no words", name, phrase)
			}
			lx.root.add(key, id, a)
		}
	}
	lx.root.index()
	for name, patterns := range cfg.Frames {
		for i, src := range patterns {
			p, err := lx.compilePattern(src)
			if err != nil {
				return nil, fmt.Errorf("language.frames.%s[%d] %q: %w", name, i, src, err)
			}
			lx.frames[name] = append(lx.frames[name], p)
		}
	}
	return lx, nil
}

// HasSet reports whether the lexicon defines the set.
func (lx *Lexicon) HasSet(name string) bool {
	_, ok := lx.setIDs[name]
	return ok
}

// phraseKey is a phrase's stems run together: the form a run of tokens is
// compared with.
func phraseKey(phrase string) string {
	if p := strings.TrimSpace(phrase); p == "'s" || p == "’s" {
		return "'s" // the possessive token Tokenize makes of "members'" and "member's"
	}
	var b strings.Builder
	toks := Tokenize(phrase)
	for _, t := range toks {
		if t.Punct {
			continue
		}
		b.WriteString(t.Stem)
	}
	if b.Len() == 0 && len(toks) == 1 {
		return toks[0].Stem // a punctuation mark stands for itself
	}
	return b.String()
}

// trie holds the keys of every set's phrases, byte by byte; a node where
// a key ends lists the sets whose phrase it is. Nodes have few children,
// so they are kept in a slice rather than a map.
type trie struct {
	bytes []byte
	next  []*trie
	sets  []int32
	// table indexes the children of a node that has many (the root, and
	// the first letters): one load instead of a scan.
	table *[256]*trie
}

func (t *trie) child(c byte) *trie {
	if t.table != nil {
		return t.table[c]
	}
	for k, b := range t.bytes {
		if b == c {
			return t.next[k]
		}
	}
	return nil
}

// trieArena hands out a lexicon's trie nodes and their first child from
// slices allocated once: a trie of two thousand phrases has some twenty
// thousand nodes, most with one child, and allocating each was most of
// building a lexicon, which every run does before reading its first
// document.
type trieArena struct {
	nodes []trie
	bytes []byte
	next  []*trie
}

// arenaChunk is how many nodes (and first children) each allocation of
// the arena holds.
const arenaChunk = 2048

func (a *trieArena) node() *trie {
	if len(a.nodes) == cap(a.nodes) {
		a.nodes = make([]trie, 0, arenaChunk)
	}
	a.nodes = append(a.nodes, trie{})
	return &a.nodes[len(a.nodes)-1]
}

// link adds c as n's child for byte b: a node's first child takes room
// of capacity one in the arena's slices, later ones grow them as append
// does.
func (a *trieArena) link(n *trie, b byte, c *trie) {
	if len(n.bytes) > 0 {
		n.bytes = append(n.bytes, b)
		n.next = append(n.next, c)
		return
	}
	if len(a.bytes) == cap(a.bytes) {
		a.bytes, a.next = make([]byte, 0, arenaChunk), make([]*trie, 0, arenaChunk)
	}
	i := len(a.bytes)
	a.bytes = append(a.bytes, b)
	a.next = append(a.next, c)
	n.bytes, n.next = a.bytes[i:i+1:i+1], a.next[i:i+1:i+1]
}

func (t *trie) add(key string, set int32, a *trieArena) {
	n := t
	for i := 0; i < len(key); i++ {
		c := n.child(key[i])
		if c == nil {
			c = a.node()
			a.link(n, key[i], c)
		}
		n = c
	}
	for _, s := range n.sets {
		if s == set {
			return
		}
	}
	n.sets = append(n.sets, set)
}

// index gives every node with more than a few children a table.
func (t *trie) index() {
	if len(t.bytes) > 6 {
		t.table = &[256]*trie{}
		for k, b := range t.bytes {
			t.table[b] = t.next[k]
		}
	}
	for _, c := range t.next {
		c.index()
	}
}

// maxPhraseTokens bounds how many tokens one phrase may span.
const maxPhraseTokens = 8

// Phrase is where a set's phrase stands in a sentence, by token index.
type Phrase struct{ Start, End int }

// Has reports whether any phrase of the set stands in toks. Has, At, Find
// and Match read toks afresh each call; to ask many questions of one
// sentence, Read it once.
func (lx *Lexicon) Has(toks []Token, set string) bool { return lx.Read(toks).Has(set) }

// At returns the end of the longest phrase of the set at token i, or -1.
func (lx *Lexicon) At(toks []Token, i int, set string) int { return lx.Read(toks).At(i, set) }

// Find returns the phrases of the named set in toks, longest first at
// each position and never overlapping, in order.
func (lx *Lexicon) Find(toks []Token, set string) []Phrase { return lx.Read(toks).Find(set) }

// Match returns the matches of the frame's patterns in toks (see
// Sentence.Match).
func (lx *Lexicon) Match(toks []Token, frame string) []Match { return lx.Read(toks).Match(frame) }
