package gen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func placeName(r *rand.Rand) string {
	return pick(r, placePrefixes) + pick(r, placeStarts) + pick(r, placeEnds)
}

func personName(r *rand.Rand) string {
	return fmt.Sprintf("%s %s %s", pick(r, titles), pick(r, initials)+".", pick(r, surnames))
}

// areaOf is the postcode area of document doc's CCG: its practices'
// addresses use it, and a practice borrowed by the next document keeps it.
func areaOf(seed int64, doc int) string {
	r := rand.New(rand.NewPCG(uint64(seed)^0x94d049bb133111eb, uint64(doc)))
	return string([]byte{byte('A' + r.IntN(26)), byte('A' + r.IntN(26))})
}

// practiceCode is unique per document and practice: a letter and five
// digits, like an ODS code.
func practiceCode(doc, j int) string {
	n := doc*100 + j
	return fmt.Sprintf("%c%05d", 'A'+rune(n/100000%26), n%100000)
}

// practiceAt is practice j of document doc. It depends on nothing else, so
// that another document can list the same practice.
func practiceAt(seed int64, doc, j int, area string) practice {
	r := rand.New(rand.NewPCG(uint64(seed)^0xbf58476d1ce4e5b9, uint64(doc)<<8|uint64(j)))
	town := placeName(r)
	var name string
	switch r.IntN(10) {
	case 0:
		name = fmt.Sprintf("Dr %s and Partners", pick(r, surnames))
	case 1:
		name = fmt.Sprintf("The %s Practice", town)
	case 2:
		name = fmt.Sprintf("%s Surgery", pick(r, streets))
	case 3:
		name = fmt.Sprintf("St %s’s Surgery", pick(r, saints))
	default:
		name = town + " " + pick(r, practiceKinds)
	}
	return practice{
		name:     name,
		code:     practiceCode(doc, j),
		address:  fmt.Sprintf("%d %s, %s, %s%d %d%c%c", 1+r.IntN(150), pick(r, streets), town, area, 1+r.IntN(20), r.IntN(10), 'A'+rune(r.IntN(26)), 'A'+rune(r.IntN(26))),
		listSize: thousands(2500 + r.IntN(17000)),
		town:     town,
	}
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	return s[:len(s)-3] + "," + s[len(s)-3:]
}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

func numberWord(n int) string {
	if n >= 0 && n < len(numberWords) {
		return numberWords[n]
	}
	return strconv.Itoa(n)
}

func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lower-cases a role's first word unless it is an acronym.
func lowerFirst(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if len(first) > 1 && strings.ToUpper(first) == first {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// longDate writes 2015-04-01 as 1 April 2015.
func longDate(iso string) string {
	y, m, day := 0, 0, 0
	if _, err := fmt.Sscanf(iso, "%d-%d-%d", &y, &m, &day); err != nil || m < 1 || m > 12 {
		return iso
	}
	return fmt.Sprintf("%d %s %d", day, months[m-1], y)
}
