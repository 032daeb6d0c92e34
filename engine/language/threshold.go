package language

import (
	"strconv"
	"strings"
)

// Threshold is a share that a decision needs: "more than half" is
// {">", 0.5}, "at least two thirds" {">=", 0.6667}, "75%" {">=", 0.75}.
type Threshold struct {
	Op       string  `json:"op"`
	Fraction float64 `json:"fraction"`
	// Start and End are the token span it was read from.
	Start int `json:"-"`
	End   int `json:"-"`
}

// String writes the threshold as ">0.5" or ">=0.6667".
func (t Threshold) String() string {
	return t.Op + strconv.FormatFloat(t.Fraction, 'f', -1, 64)
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1,
}

// tensWords and numberWords make the percentages written in words:
// "fifty", "seventy-five", "sixty six".
var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// percentAt reads a percentage at token i: "75%", "66.7%", "75 per cent",
// "seventy-five per cent", "fifty percent". It returns the fraction and the
// end of the phrase, or 0.
func percentAt(toks []Token, i, to int) (float64, int) {
	n, j := 0.0, i
	switch {
	case isNumber(toks[i].Word):
		v, _ := strconv.Atoi(toks[i].Word)
		n, j = float64(v), i+1
		// "66.7%": a decimal point is a punctuation token between digits.
		if j+1 < to && toks[j].Word == "." && isNumber(toks[j+1].Word) {
			d, _ := strconv.ParseFloat("0."+toks[j+1].Word, 64)
			n, j = n+d, j+2
		}
	case tensWords[toks[i].Word] > 0:
		n, j = float64(tensWords[toks[i].Word]), i+1
		if j < to && numberWords[toks[j].Word] > 0 && toks[j].Word != "a" && toks[j].Word != "an" {
			n, j = n+numberWords[toks[j].Word], j+1
		}
	default:
		return 0, 0
	}
	switch {
	case j < to && (toks[j].Word == "%" || toks[j].Stem == "percent"):
		j++
	case j+1 < to && toks[j].Word == "per" && toks[j+1].Stem == "cent":
		j += 2
	default:
		return 0, 0
	}
	if n <= 0 || n > 100 {
		return 0, 0
	}
	return n / 100, j
}

var fractionWords = map[string]float64{"half": 2, "halv": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "tenth": 10}

// strict comparators, read backwards from the fraction.
var strictBefore = [][]string{{"more", "than"}, {"greater", "than"}, {"over"}, {"exceed"}, {"in", "excess", "of"}, {"above"}}
var atLeastBefore = [][]string{{"at", "least"}, {"not", "less", "than"}, {"no", "less", "than"}, {"no", "fewer", "than"}, {"not", "fewer", "than"}, {"minimum", "of"}}

// FindThreshold returns the first share stated in toks[from:to].
func FindThreshold(toks []Token, from, to int) (Threshold, bool) {
	to = min(to, len(toks))
	for i := max(from, 0); i < to; i++ {
		w := toks[i].Stem
		var frac float64
		start, end := i, i+1
		percent, percentEnd := percentAt(toks, i, to)
		switch {
		case w == "unanim":
			return Threshold{Op: ">=", Fraction: 1, Start: i, End: i + 1}, true
		case fractionWords[w] > 0:
			den := fractionWords[w]
			num := 1.0
			if i > from {
				if n, ok := numberWords[toks[i-1].Word]; ok {
					num, start = n, i-1
				}
			}
			frac = num / den
		case percentEnd > 0:
			frac, end = percent, percentEnd
		case w == "most" && i+1 < to && toks[i+1].Word == "of":
			return Threshold{Op: ">", Fraction: 0.5, Start: i, End: i + 2}, true
		case w == "major":
			// "a two-thirds majority" was read at its fraction; "a majority
			// of not less than two thirds" is read at the fraction that
			// follows; a majority alone is more than half.
			if th, ok := FindThreshold(toks, i+1, min(to, i+8)); ok && toks[th.Start].Stem != "major" {
				th.Start = i
				return th, true
			}
			return Threshold{Op: ">", Fraction: 0.5, Start: i, End: i + 1}, true
		default:
			continue
		}
		op := ">="
		// "fifty per cent plus one" is more than half.
		if end+1 < to && toks[end].Word == "plus" && toks[end+1].Word == "one" {
			op, end = ">", end+2
		}
		if before(toks, from, start, strictBefore) > 0 {
			op = ">"
			start -= before(toks, from, start, strictBefore)
		} else if n := before(toks, from, start, atLeastBefore); n > 0 {
			start -= n
		}
		return Threshold{Op: op, Fraction: round4(frac), Start: start, End: end}, true
	}
	return Threshold{}, false
}

// before returns how many tokens before token i a comparator of phrases
// takes ("more than", or "more than a"), or 0.
func before(toks []Token, from, i int, phrases [][]string) int {
	for _, article := range []bool{false, true} {
		j := i
		if article {
			if i-1 < from || (toks[i-1].Word != "a" && toks[i-1].Word != "the") {
				continue
			}
			j = i - 1
		}
	next:
		for _, p := range phrases {
			if j-len(p) < from {
				continue
			}
			for k, w := range p {
				// A prefix, so that "exceed" reads "exceeding".
				if !strings.HasPrefix(toks[j-len(p)+k].Word, w) {
					continue next
				}
			}
			return len(p) + i - j
		}
	}
	return 0
}

func round4(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 4, 64), 64)
	return v
}
