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
	sets   map[string]*trie
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

// Compile builds the tries of every set and the patterns of every frame.
func Compile(cfg Config) (*Lexicon, error) {
	lx := &Lexicon{sets: map[string]*trie{}, frames: map[string][]*Pattern{}}
	names := make([]string, 0, len(cfg.Sets))
	for name := range cfg.Sets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t := &trie{}
		for _, phrase := range cfg.Sets[name] {
			key := phraseKey(phrase)
			if key == "" {
				return nil, fmt.Errorf("language.sets.%s: phrase %q has no words", name, phrase)
			}
			t.add(key)
		}
		lx.sets[name] = t
	}
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
func (lx *Lexicon) HasSet(name string) bool { return lx.sets[name] != nil }

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

// trie holds the keys of a set's phrases, byte by byte.
type trie struct {
	next map[byte]*trie
	term bool
}

func (t *trie) add(key string) {
	n := t
	for i := 0; i < len(key); i++ {
		if n.next == nil {
			n.next = map[byte]*trie{}
		}
		c := n.next[key[i]]
		if c == nil {
			c = &trie{}
			n.next[key[i]] = c
		}
		n = c
	}
	n.term = true
}

// maxPhraseTokens bounds how many tokens one phrase may span.
const maxPhraseTokens = 8

// longestAt returns the end (exclusive, a token index) of the longest
// phrase of t that starts at token i, or -1. Tokens are run together, so
// "co commissioning", "co-commissioning" and "cocommissioning" all match
// the phrase "co-commissioning"; punctuation ends a phrase.
func (t *trie) longestAt(toks []Token, i int) int {
	n, end := t, -1
	for j := i; j < len(toks) && j < i+maxPhraseTokens; j++ {
		tok := toks[j]
		punct := tok.Punct && tok.Stem != "%"
		if punct && j > i {
			break
		}
		for k := 0; k < len(tok.Stem) && n != nil; k++ {
			n = n.next[tok.Stem[k]]
		}
		if n == nil {
			break
		}
		if n.term {
			end = j + 1
		}
		if punct {
			break // a punctuation mark is a phrase of its own
		}
	}
	return end
}

// Phrase is where a set's phrase stands in a sentence, by token index.
type Phrase struct{ Start, End int }

// Find returns the phrases of the named set in toks, longest first at
// each position and never overlapping, in order.
func (lx *Lexicon) Find(toks []Token, set string) []Phrase {
	t := lx.sets[set]
	if t == nil {
		return nil
	}
	var out []Phrase
	for i := 0; i < len(toks); i++ {
		if end := t.longestAt(toks, i); end > i {
			out = append(out, Phrase{i, end})
			i = end - 1
		}
	}
	return out
}

// Has reports whether any phrase of the set stands in toks.
func (lx *Lexicon) Has(toks []Token, set string) bool {
	t := lx.sets[set]
	if t == nil {
		return false
	}
	for i := range toks {
		if t.longestAt(toks, i) > i {
			return true
		}
	}
	return false
}

// At returns the end of the longest phrase of the set at token i, or -1.
func (lx *Lexicon) At(toks []Token, i int, set string) int {
	t := lx.sets[set]
	if t == nil || i >= len(toks) {
		return -1
	}
	return t.longestAt(toks, i)
}
