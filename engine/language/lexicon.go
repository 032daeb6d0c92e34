package language

import (
	"encoding/json"
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
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, fmt.Errorf("policy data `language`: %w", err)
	}
	var cfg Config
	if err := json.Unmarshal(b, &cfg); err != nil {
		return nil, fmt.Errorf("policy data `language`: %w", err)
	}
	return Compile(cfg)
}

// Compile builds the trie of every set and the patterns of every frame.
func Compile(cfg Config) (*Lexicon, error) {
	lx := &Lexicon{setIDs: map[string]int32{}, root: &trie{}, frames: map[string][]*Pattern{}}
	names := make([]string, 0, len(cfg.Sets))
	for name := range cfg.Sets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		id := int32(len(lx.names))
		lx.setIDs[name] = id
		lx.names = append(lx.names, name)
		for _, phrase := range cfg.Sets[name] {
			key := phraseKey(phrase)
			if key == "" {
				return nil, fmt.Errorf("language.sets.%s: phrase %q has no words", name, phrase)
			}
			lx.root.add(key, id)
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

func (t *trie) add(key string, set int32) {
	n := t
	for i := 0; i < len(key); i++ {
		c := n.child(key[i])
		if c == nil {
			c = &trie{}
			n.bytes = append(n.bytes, key[i])
			n.next = append(n.next, c)
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
