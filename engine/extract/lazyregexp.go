package extract

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled at its first use. The
// extractor has about fifty; compiled when the program starts they were
// the largest part of every run's start (1.3 ms), ccgvet version
// included, where the first document compiles them on a worker while the
// policies compile on another.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRe returns expr to be compiled at its first use; an expression that
// does not compile panics then, as regexp.MustCompile does.
// TestEveryExpressionCompiles compiles every one made (lazyRegexps).
func lazyRe(expr string) *lazyRegexp {
	l := &lazyRegexp{expr: expr}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

// lazyRegexps are every expression lazyRe made, all of them when the
// package is initialised.
var lazyRegexps []*lazyRegexp

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRegexp) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}

func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}

func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	return l.get().ReplaceAllString(s, repl)
}

func (l *lazyRegexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, repl)
}

func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
