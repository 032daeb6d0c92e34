package docx

import (
	"strconv"
	"strings"

	"github.com/ccgvet/ccgvet/engine/model"
)

// maxLevels is how many levels a Word list has.
const maxLevels = 9

// level is one level of a list definition (w:lvl).
type level struct {
	start int
	// format is w:numFmt: decimal, lowerLetter, upperRoman, bullet, none...
	format string
	// text is w:lvlText: "%1.%2." with %n the number of level n.
	text string
	// restart is w:lvlRestart: the level (1-based) after which this one
	// restarts; 0 never; -1 unset (after any higher level).
	restart int
	// legal is w:isLgl: every number in the text shown in decimal.
	legal  bool
	pStyle string
}

// abstractNum is a list definition.
type abstractNum struct {
	levels [maxLevels]*level
	// numStyleLink names the numbering style whose list this definition
	// is (Word's list styles: "1 / 1.1 / 1.1.1", "Article / Section").
	numStyleLink string
}

// override is a w:lvlOverride of a list instance.
type override struct {
	start int // -1 when the override sets no start
	lvl   *level
}

// numInstance is a w:num: a list that uses a definition.
type numInstance struct {
	abstract  string
	overrides map[int]*override
}

type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*numInstance
}

func (p *pkg) numbering() (*numbering, *model.InputError) {
	n := &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*numInstance{}}
	name := p.part("numbering", "word/numbering.xml")
	if _, ok := p.files[name]; !ok {
		return n, nil
	}
	r, ierr := p.open(name)
	if ierr != nil {
		return nil, ierr
	}
	defer r.Close()
	t := newTokens(r, name)
	var (
		abs *abstractNum
		num *numInstance
		ov  *override
		lv  *level
	)
	for {
		tok, ierr := t.next()
		if ierr == errEOF {
			return n, nil
		}
		if ierr != nil {
			return nil, ierr
		}
		e := &tok.el
		switch tok.kind {
		case startTok:
			switch e.local {
			case "abstractNum":
				abs = &abstractNum{}
				n.abstracts[attr(e, "abstractNumId")] = abs
			case "num":
				num = &numInstance{overrides: map[int]*override{}}
				n.nums[attr(e, "numId")] = num
			case "numStyleLink":
				if abs != nil {
					abs.numStyleLink = attr(e, "val")
				}
			case "abstractNumId":
				if num != nil {
					num.abstract = attr(e, "val")
				}
			case "lvlOverride":
				if num != nil {
					i, err := strconv.Atoi(attr(e, "ilvl"))
					if err == nil && i >= 0 && i < maxLevels {
						ov = &override{start: -1}
						num.overrides[i] = ov
					}
				}
			case "startOverride":
				if ov != nil {
					ov.start = intAttr(e, 0)
				}
			case "lvl":
				i, err := strconv.Atoi(attr(e, "ilvl"))
				if err != nil || i < 0 || i >= maxLevels {
					if ierr := t.skip(); ierr != nil {
						return nil, ierr
					}
					continue
				}
				lv = &level{start: 1, format: "decimal", restart: -1}
				switch {
				case ov != nil:
					ov.lvl = lv
				case abs != nil:
					abs.levels[i] = lv
				}
			case "start":
				if lv != nil {
					lv.start = intAttr(e, 1)
				}
			case "numFmt":
				if lv != nil {
					lv.format = attr(e, "val")
				}
			case "lvlText":
				if lv != nil {
					lv.text = attr(e, "val")
				}
			case "lvlRestart":
				if lv != nil {
					lv.restart = intAttr(e, -1)
				}
			case "isLgl":
				if lv != nil {
					lv.legal = on(e)
				}
			case "pStyle":
				if lv != nil {
					lv.pStyle = attr(e, "val")
				}
			case "pPr", "rPr":
				if ierr := t.skip(); ierr != nil {
					return nil, ierr
				}
			}
		case endTok:
			switch e.local {
			case "abstractNum":
				abs = nil
			case "num":
				num = nil
			case "lvlOverride":
				ov = nil
			case "lvl":
				lv = nil
			}
		}
	}
}

// resolveLinks makes a list whose definition only names a numbering style
// use the definition that style's list has: they are one list, counted
// together.
func (n *numbering) resolveLinks(st *styles) {
	for _, inst := range n.nums {
		for hop := 0; hop < 4; hop++ {
			a := n.abstracts[inst.abstract]
			if a == nil || a.numStyleLink == "" {
				break
			}
			s := st.byID[a.numStyleLink]
			if s == nil || !s.hasNum {
				break
			}
			target := n.nums[s.numID]
			if target == nil || target.abstract == inst.abstract {
				break
			}
			inst.abstract = target.abstract
		}
	}
}

// counter computes Word's numbers paragraph by paragraph, as Word
// displays them.
type counter struct {
	n *numbering
	// lists are the current numbers of each list definition: every list
	// instance of a definition counts with the others ("continue
	// numbering"), as LibreOffice writes a list it numbers on (one
	// instance per paragraph), and Word reads it.
	lists map[string]*listState
	// started are the levels of list instances whose start overrides are
	// spent: an instance that overrides a level's start restarts the
	// count there at its first paragraph at that level or deeper
	// ("restart numbering").
	started map[startedLevel]bool
}

// startedLevel is a level of a list instance whose start override is
// spent.
type startedLevel struct {
	numID string
	level int
}

type listState struct {
	// vals are the current numbers, 0 for a level not shown since it
	// (re)started.
	vals [maxLevels]int
	// startAt is a start override waiting for its level's next paragraph,
	// or 0.
	startAt [maxLevels]int
}

func newCounter(n *numbering) *counter {
	return &counter{n: n, lists: map[string]*listState{}, started: map[startedLevel]bool{}}
}

// lvl returns the definition of a level of a list instance.
func (c *counter) lvl(inst *numInstance, i int) *level {
	if ov := inst.overrides[i]; ov != nil && ov.lvl != nil {
		return ov.lvl
	}
	if a := c.n.abstracts[inst.abstract]; a != nil && a.levels[i] != nil {
		return a.levels[i]
	}
	return nil
}

// levelFor finds the level a list gives a paragraph style, for a style
// that numbers without saying the level.
func (c *counter) levelFor(numID, pStyle string) int {
	inst := c.n.nums[numID]
	if inst == nil || pStyle == "" {
		return 0
	}
	for i := 0; i < maxLevels; i++ {
		if l := c.lvl(inst, i); l != nil && l.pStyle == pStyle {
			return i
		}
	}
	return 0
}

// listOf is the list definition a list instance counts in, "" for none.
func (c *counter) listOf(numID string) string {
	if inst := c.n.nums[numID]; inst != nil {
		return inst.abstract
	}
	return ""
}

// next numbers one paragraph of list numID at level ilvl: the label Word
// shows ("6.3.2.", "(a)"), and whether the list is a bulleted one. An
// unknown list or level, or numID "0", numbers nothing.
func (c *counter) next(numID string, ilvl int) (label string, bullet, ok bool) {
	if numID == "" || numID == "0" || ilvl < 0 || ilvl >= maxLevels {
		return "", false, false
	}
	inst := c.n.nums[numID]
	if inst == nil {
		return "", false, false
	}
	l := c.lvl(inst, ilvl)
	if l == nil {
		return "", false, false
	}
	st := c.lists[inst.abstract]
	if st == nil {
		st = &listState{}
		c.lists[inst.abstract] = st
	}
	for i, ov := range inst.overrides {
		// An override restarts its level at the instance's first
		// paragraph at that level or deeper, not at a shallower level's:
		// pandoc gives every nested list an instance that restarts every
		// level, and the outer list's "4." after three nested lists is
		// still 4, as Word shows it, not 1.
		key := startedLevel{numID, i}
		if ov.start < 0 || i < ilvl || c.started[key] {
			continue
		}
		c.started[key] = true
		st.vals[i], st.startAt[i] = 0, max(ov.start, 0)
		if ov.start == 0 {
			st.startAt[i] = -1 // start at 0
		}
	}
	start := func(i int) int {
		switch {
		case st.startAt[i] > 0:
			return st.startAt[i]
		case st.startAt[i] < 0:
			return 0
		}
		if l := c.lvl(inst, i); l != nil {
			return l.start
		}
		return 1
	}
	if st.vals[ilvl] == 0 {
		st.vals[ilvl] = start(ilvl)
		st.startAt[ilvl] = 0
		if st.vals[ilvl] == 0 {
			st.vals[ilvl] = -1 // shown as 0; counts on from there
		}
	} else if st.vals[ilvl] == -1 {
		st.vals[ilvl] = 1
	} else {
		st.vals[ilvl]++
	}
	for k := ilvl + 1; k < maxLevels; k++ {
		lk := c.lvl(inst, k)
		if lk == nil || lk.restart < 0 || lk.restart > ilvl {
			st.vals[k] = 0
		}
	}
	if l.format == "bullet" {
		return "", true, true
	}
	if l.format == "none" {
		return "", false, false
	}
	var b strings.Builder
	text := l.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			k := int(text[i+1] - '1')
			i++
			v := st.vals[k]
			switch v {
			case 0:
				v = start(k)
			case -1:
				v = 0
			}
			f := "decimal"
			if lk := c.lvl(inst, k); lk != nil && !l.legal {
				f = lk.format
			}
			b.WriteString(format(v, f))
			continue
		}
		b.WriteByte(text[i])
	}
	return strings.TrimSpace(b.String()), false, true
}

// format writes a number as a numbering format shows it; formats not
// known are decimal.
func format(v int, f string) string {
	switch f {
	case "lowerLetter":
		return letters(v)
	case "upperLetter":
		return strings.ToUpper(letters(v))
	case "lowerRoman":
		return roman(v)
	case "upperRoman":
		return strings.ToUpper(roman(v))
	case "decimalZero":
		if v < 10 && v >= 0 {
			return "0" + strconv.Itoa(v)
		}
	case "none":
		return ""
	}
	return strconv.Itoa(v)
}

// letters is Word's a..z, aa..zz, aaa..: the letter repeated.
func letters(v int) string {
	if v <= 0 {
		return strconv.Itoa(v)
	}
	n := (v-1)/26 + 1
	if n > 10 {
		return strconv.Itoa(v)
	}
	return strings.Repeat(string(rune('a'+(v-1)%26)), n)
}

func roman(v int) string {
	if v <= 0 || v >= 4000 {
		return strconv.Itoa(v)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, n := range vals {
		for v >= n {
			b.WriteString(syms[i])
			v -= n
		}
	}
	return b.String()
}
