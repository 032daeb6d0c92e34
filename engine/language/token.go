package language

import (
	"maps"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Token is a word, a number or a punctuation mark of a text.
type Token struct {
	// Word is the token in lower case with typographic quotes and dashes
	// folded; "&" is "and" and a possessive is the token "'s".
	Word string
	// Stem is Word with plurals and inflections folded (approve, approved
	// and approval are "approv"), the form phrases are matched on.
	Stem string
	// Start and End are byte offsets into the text the token came from
	// (int32: a sentence is short, and a document has many tokens).
	Start, End int32
	// Punct is true for a punctuation mark.
	Punct bool
	// Joined is true when the token follows the one before with no space
	// or only a hyphen or slash ("co-commissioning"), so that a phrase may
	// match the two as one word.
	Joined bool
}

// Tokenize splits text into tokens. Markdown escapes (pandoc writes
// `5\.` and `6\.3`) are read as the character escaped; typographic
// quotes and dashes are folded; a hyphen or slash inside a word splits it
// into tokens marked Joined.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5), text)
}

// AppendTokens appends the tokens of text to toks, so that the sentences
// of a document can share one buffer.
func AppendTokens(toks []Token, text string) []Token {
	i := 0
	joined := false
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\\' && i+1 < len(text) && isASCIIPunct(text[i+1]):
			i++ // the escaped character is read next as itself
			continue
		case isLetterOrDigit(r):
			start := i
			ascii := true
			// A word not in lower-case ASCII is lowered into lower, on the
			// stack while it is short.
			var small [48]byte
			lower := small[:0]
			for i < len(text) {
				c := text[i]
				if c < 0x80 {
					if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
						if c >= 'A' && c <= 'Z' && ascii {
							// Not lower case: build the word from here.
							lower = append(lower, text[start:i]...)
							ascii = false
						}
						if !ascii {
							lower = append(lower, c|0x20) // lower case; digits have the bit already
						}
						i++
						continue
					}
					if c == '\'' && i+1 < len(text) && isLetter(rune(text[i+1])) && !possessiveS(text, i+1) {
						if ascii {
							lower = append(lower, text[start:i]...)
							ascii = false
						}
						lower = append(lower, '\'')
						i++
						continue
					}
					break
				}
				r, size = utf8.DecodeRuneInString(text[i:])
				if isLetterOrDigit(r) {
					if ascii {
						lower = append(lower, text[start:i]...)
						ascii = false
					}
					lower = utf8.AppendRune(lower, unicode.ToLower(r))
					i += size
					continue
				}
				// An apostrophe inside a word ("don’t") keeps it whole;
				// a possessive ends it.
				if isApostrophe(r) && i+size < len(text) {
					next, _ := utf8.DecodeRuneInString(text[i+size:])
					if isLetter(next) && !possessiveS(text, i+size) {
						if ascii {
							lower = append(lower, text[start:i]...)
							ascii = false
						}
						lower = append(lower, '\'')
						i += size
						continue
					}
				}
				break
			}
			// Lower-case ASCII words are the text itself: no copy; others
			// are the cache's copy when it has the word.
			var w, st string
			if ascii {
				w = text[start:i]
				st = stem(w)
			} else {
				w, st = lowered(lower)
			}
			toks = append(toks, Token{Word: w, Stem: st, Start: int32(start), End: int32(i), Joined: joined})
			joined = false
			// A possessive: "members'" or "member's".
			if i < len(text) {
				r, size = utf8.DecodeRuneInString(text[i:])
				if isApostrophe(r) {
					end := i + size
					if possessiveS(text, end) {
						end++
					}
					if end == i+size && !strings.HasSuffix(w, "s") {
						// A closing quote after a word, not a possessive.
						continue
					}
					toks = append(toks, Token{Word: "'s", Stem: "'s", Start: int32(i), End: int32(end)})
					i = end
				}
			}
			continue
		case r == '-' || r == '/' || r == '‐' || r == '‑':
			// Inside a word it joins; elsewhere it is a dash.
			if len(toks) > 0 && int(toks[len(toks)-1].End) == i && i+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if isLetterOrDigit(next) {
					joined = true
					i += size
					continue
				}
			}
			toks = append(toks, Token{Word: "-", Stem: "-", Start: int32(i), End: int32(i + size), Punct: true})
		case r == '&':
			toks = append(toks, Token{Word: "and", Stem: "and", Start: int32(i), End: int32(i + size)})
		case r == '%':
			toks = append(toks, Token{Word: "%", Stem: "%", Start: int32(i), End: int32(i + size)})
		case unicode.IsSpace(r) || r == '*' || r == '_' || r == '`':
			// Emphasis marks are not words.
		default:
			p := foldPunct(r)
			toks = append(toks, Token{Word: p, Stem: p, Start: int32(i), End: int32(i + size), Punct: true})
		}
		joined = false
		i += size
	}
	return toks
}

// possessiveS is true when text at i is an "s" that ends a word: the "s"
// of "member's".
func possessiveS(text string, i int) bool {
	if i >= len(text) || (text[i] != 's' && text[i] != 'S') {
		return false
	}
	if i+1 == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return !isLetterOrDigit(r)
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

func isASCIIPunct(c byte) bool {
	return c < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// foldPunct folds typographic punctuation into its plain form.
func foldPunct(r rune) string {
	switch r {
	case '–', '—', '‒', '―', '−':
		return "-"
	case '“', '”', '„', '«', '»':
		return "\""
	case '‘', '’':
		return "'"
	case '…':
		return "."
	}
	return string(r)
}

// stems caches the stem of every word seen: constitutions share a small
// vocabulary, and stemming is most of tokenizing's cost. When it holds
// maxStems words it starts again, so that a long batch, or text of random
// words, cannot make it grow: at 10,000 documents an unbounded cache held
// 27 MB of strings the collector traced at every cycle, and the words
// constitutions share come back at once.
//
// Reading it takes no lock: the words stemmed so far are an immutable map
// behind an atomic pointer, and new words wait in a small map under a
// mutex until there are enough of them (a quarter of the published map,
// 256 at least) to publish a merged copy. A read-write lock, taken for
// every word of every document by every worker, was 4% of checking a
// batch (its counter shared between the CPUs).
var stems struct {
	published atomic.Pointer[map[string]stemmed]
	mu        sync.Mutex
	pending   map[string]stemmed
}

// stemmed is a word the cache holds, with its stem: the word is the
// cache's own copy, which a capitalised word of the text lowered into a
// buffer can take instead of a copy of its own.
type stemmed struct{ word, stem string }

// lowered returns a word lowered into a buffer as a string, and its stem.
func lowered(lower []byte) (string, string) {
	if m := stems.published.Load(); m != nil {
		if e, ok := (*m)[string(lower)]; ok { // looked up without a copy
			return e.word, e.stem
		}
	}
	w := string(lower)
	return w, stem(w)
}

const maxStems = 20_000

func stem(w string) string {
	if m := stems.published.Load(); m != nil {
		if e, ok := (*m)[w]; ok {
			return e.stem
		}
	}
	stems.mu.Lock()
	defer stems.mu.Unlock()
	if e, ok := stems.pending[w]; ok {
		return e.stem
	}
	s := w
	if len(w) > 2 && !isNumber(w) {
		s = english.Stem(w, false)
	}
	if stems.pending == nil {
		stems.pending = map[string]stemmed{}
	}
	// A word of the text may be a slice of a larger string: the cache
	// keeps a copy, not the text it came from.
	c := strings.Clone(w)
	stems.pending[c] = stemmed{c, s}
	var old map[string]stemmed
	if p := stems.published.Load(); p != nil {
		old = *p
	}
	if len(stems.pending) < max(256, len(old)/4) {
		return s
	}
	if len(old)+len(stems.pending) > maxStems {
		old = nil // start again
	}
	merged := make(map[string]stemmed, len(old)+len(stems.pending))
	maps.Copy(merged, old)
	maps.Copy(merged, stems.pending)
	stems.published.Store(&merged)
	stems.pending = map[string]stemmed{}
	return s
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// Stem folds one word as Tokenize does, for phrases written as data.
func Stem(w string) string { return stem(strings.ToLower(w)) }
