// Package astcode writes compiled Rego modules in a compact binary form
// and reads them back without parsing or compiling them again.
//
// Checking one constitution cold spent more than half its time parsing
// and compiling the built-in policies, which are the same in every run.
// OPA can neither write a compiled module out nor read its JSON form back,
// so the built-in modules, once compiled, are kept in this form
// (policies/compiled) and read back in a few milliseconds; a compiler then
// only indexes them (engine/policy).
//
// The form keeps what evaluation reads: packages, rules, heads, bodies,
// terms, with modifiers and locations (file, row and column, not the
// source text). It leaves out what only the compiler's checks and the
// formatter read: comments, imports (a compiled module has none),
// annotations (rego.metadata calls are already rewritten into the rules)
// and the parser's bookkeeping.
package astcode

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"github.com/open-policy-agent/opa/v1/ast"
)

// magic opens every encoding, with the form's version: an encoding of
// another version is refused, never misread.
const magic = "ccgvet-ast-1\n"

// Tags of values.
const (
	tagNull byte = iota
	tagTrue
	tagFalse
	tagNumber
	tagString
	tagVar
	tagRef
	tagArray
	tagObject
	tagSet
	tagArrayCompr
	tagObjectCompr
	tagSetCompr
	tagCall
)

// Kinds of an expression's terms.
const (
	exprTerm byte = iota
	exprCall
	exprSome
	exprEvery
)

// Encode writes modules, in the order of their names. Two encodings of
// equal modules are equal.
func Encode(modules map[string]*ast.Module) ([]byte, error) {
	names := make([]string, 0, len(modules))
	for name := range modules {
		names = append(names, name)
	}
	sort.Strings(names)
	e := &encoder{index: map[string]int{}}
	e.uint(len(names))
	for _, name := range names {
		e.str(name)
		if err := e.module(modules[name]); err != nil {
			return nil, fmt.Errorf("encode %s: %w", name, err)
		}
	}
	// The strings come first, so that reading can intern them once.
	var out bytes.Buffer
	out.WriteString(magic)
	var n [binary.MaxVarintLen64]byte
	out.Write(n[:binary.PutUvarint(n[:], uint64(len(e.strings)))])
	for _, s := range e.strings {
		out.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		out.WriteString(s)
	}
	out.Write(e.buf)
	return out.Bytes(), nil
}

type encoder struct {
	buf     []byte
	strings []string
	index   map[string]int
}

func (e *encoder) uint(v int) { e.buf = binary.AppendUvarint(e.buf, uint64(v)) }

func (e *encoder) byte(b byte) { e.buf = append(e.buf, b) }

func (e *encoder) flag(b bool) {
	if b {
		e.byte(1)
	} else {
		e.byte(0)
	}
}

// str writes a string as its index in the string table.
func (e *encoder) str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = len(e.strings)
		e.index[s] = i
		e.strings = append(e.strings, s)
	}
	e.uint(i)
}

func (e *encoder) location(l *ast.Location) {
	if l == nil {
		e.uint(0)
		return
	}
	e.uint(1)
	e.str(l.File)
	e.uint(l.Row)
	e.uint(l.Col)
}

func (e *encoder) module(m *ast.Module) error {
	if len(m.Imports) > 0 {
		return errors.New("module has imports: only compiled modules are encoded")
	}
	if err := e.terms(m.Package.Path); err != nil {
		return err
	}
	e.location(m.Package.Location)
	e.uint(len(m.Rules))
	for _, r := range m.Rules {
		if err := e.rule(r); err != nil {
			return err
		}
	}
	return nil
}

func (e *encoder) rule(r *ast.Rule) error {
	e.flag(r.Default)
	h := r.Head
	e.str(string(h.Name))
	if err := e.terms(h.Reference); err != nil {
		return err
	}
	if err := e.terms(h.Args); err != nil {
		return err
	}
	if err := e.optTerm(h.Key); err != nil {
		return err
	}
	if err := e.optTerm(h.Value); err != nil {
		return err
	}
	e.flag(h.Assign)
	e.location(h.Location)
	if err := e.body(r.Body); err != nil {
		return err
	}
	e.location(r.Location)
	e.flag(r.Else != nil)
	if r.Else != nil {
		return e.rule(r.Else)
	}
	return nil
}

func (e *encoder) body(b ast.Body) error {
	e.uint(len(b))
	for _, x := range b {
		if err := e.expr(x); err != nil {
			return err
		}
	}
	return nil
}

func (e *encoder) expr(x *ast.Expr) error {
	e.uint(x.Index)
	e.flag(x.Negated)
	e.flag(x.Generated)
	e.location(x.Location)
	switch t := x.Terms.(type) {
	case *ast.Term:
		e.byte(exprTerm)
		if err := e.term(t); err != nil {
			return err
		}
	case []*ast.Term:
		e.byte(exprCall)
		if err := e.terms(t); err != nil {
			return err
		}
	case *ast.SomeDecl:
		e.byte(exprSome)
		if err := e.terms(t.Symbols); err != nil {
			return err
		}
		e.location(t.Location)
	case *ast.Every:
		e.byte(exprEvery)
		for _, u := range []*ast.Term{t.Key, t.Value, t.Domain} {
			if err := e.optTerm(u); err != nil {
				return err
			}
		}
		if err := e.body(t.Body); err != nil {
			return err
		}
		e.location(t.Location)
	default:
		return fmt.Errorf("expression %v: terms of type %T", x, x.Terms)
	}
	e.uint(len(x.With))
	for _, w := range x.With {
		if err := e.term(w.Target); err != nil {
			return err
		}
		if err := e.term(w.Value); err != nil {
			return err
		}
		e.location(w.Location)
	}
	return nil
}

func (e *encoder) optTerm(t *ast.Term) error {
	e.flag(t != nil)
	if t == nil {
		return nil
	}
	return e.term(t)
}

func (e *encoder) terms(ts []*ast.Term) error {
	e.uint(len(ts))
	for _, t := range ts {
		if err := e.term(t); err != nil {
			return err
		}
	}
	return nil
}

func (e *encoder) term(t *ast.Term) error {
	e.location(t.Location)
	return e.value(t.Value)
}

func (e *encoder) value(v ast.Value) error {
	switch v := v.(type) {
	case ast.Null:
		e.byte(tagNull)
	case ast.Boolean:
		if v {
			e.byte(tagTrue)
		} else {
			e.byte(tagFalse)
		}
	case ast.Number:
		e.byte(tagNumber)
		e.str(string(v))
	case ast.String:
		e.byte(tagString)
		e.str(string(v))
	case ast.Var:
		e.byte(tagVar)
		e.str(string(v))
	case ast.Ref:
		e.byte(tagRef)
		return e.terms(v)
	case ast.Call:
		e.byte(tagCall)
		return e.terms(v)
	case *ast.Array:
		e.byte(tagArray)
		return e.elems(v)
	case ast.Set:
		e.byte(tagSet)
		return e.elems(v)
	case ast.Object:
		e.byte(tagObject)
		e.uint(v.Len())
		var err error
		v.Foreach(func(k, x *ast.Term) {
			if err == nil {
				err = e.term(k)
			}
			if err == nil {
				err = e.term(x)
			}
		})
		return err
	case *ast.ArrayComprehension:
		e.byte(tagArrayCompr)
		if err := e.term(v.Term); err != nil {
			return err
		}
		return e.body(v.Body)
	case *ast.SetComprehension:
		e.byte(tagSetCompr)
		if err := e.term(v.Term); err != nil {
			return err
		}
		return e.body(v.Body)
	case *ast.ObjectComprehension:
		e.byte(tagObjectCompr)
		if err := e.term(v.Key); err != nil {
			return err
		}
		if err := e.term(v.Value); err != nil {
			return err
		}
		return e.body(v.Body)
	default:
		return fmt.Errorf("value %v of type %T", v, v)
	}
	return nil
}

// elems writes the elements of an array or a set, in their order.
func (e *encoder) elems(v interface {
	Len() int
	Foreach(func(*ast.Term))
}) error {
	e.uint(v.Len())
	var err error
	v.Foreach(func(t *ast.Term) {
		if err == nil {
			err = e.term(t)
		}
	})
	return err
}

// Decode reads modules Encode wrote, each with the Rego version given.
func Decode(b []byte, version ast.RegoVersion) (modules map[string]*ast.Module, err error) {
	if !bytes.HasPrefix(b, []byte(magic)) {
		return nil, errors.New("not an encoding of compiled modules, or of another version")
	}
	d := &decoder{buf: b[len(magic):]}
	// A malformed encoding ends reading with an error, whatever part of
	// it is wrong: reading past the end or an unknown tag panics with
	// errMalformed.
	defer func() {
		if r := recover(); r != nil {
			if r != errMalformed {
				panic(r)
			}
			modules, err = nil, errors.New("malformed encoding of compiled modules")
		}
	}()
	n := d.count()
	d.strings = make([]string, n)
	for i := range d.strings {
		l := d.uint()
		d.need(l)
		d.strings[i] = string(d.buf[d.at : d.at+l])
		d.at += l
	}
	count := d.count()
	modules = make(map[string]*ast.Module, count)
	for range count {
		name := d.str()
		m := d.module()
		m.SetRegoVersionSpan(ast.RegoVersionSpanOf(version))
		modules[name] = m
	}
	if d.at != len(d.buf) {
		return nil, errors.New("malformed encoding of compiled modules: bytes after the last module")
	}
	return modules, nil
}

var errMalformed = errors.New("malformed")

type decoder struct {
	buf     []byte
	at      int
	strings []string
	// current is the module being read, which its rules point back to.
	current *ast.Module
	depth   int
}

func (d *decoder) need(n int) {
	if n < 0 || d.at+n > len(d.buf) {
		panic(errMalformed)
	}
}

func (d *decoder) uint() int {
	v, n := binary.Uvarint(d.buf[d.at:])
	if n <= 0 || v > 1<<31 {
		panic(errMalformed)
	}
	d.at += n
	return int(v)
}

// count reads the length of a list: each of its items takes a byte at
// least, so a length longer than what is left is malformed (and never
// allocated).
func (d *decoder) count() int {
	n := d.uint()
	if n > len(d.buf)-d.at {
		panic(errMalformed)
	}
	return n
}

func (d *decoder) byte() byte {
	d.need(1)
	b := d.buf[d.at]
	d.at++
	return b
}

func (d *decoder) flag() bool { return d.byte() != 0 }

func (d *decoder) str() string {
	i := d.uint()
	if i >= len(d.strings) {
		panic(errMalformed)
	}
	return d.strings[i]
}

func (d *decoder) location() *ast.Location {
	if d.uint() == 0 {
		return nil
	}
	return &ast.Location{File: d.str(), Row: d.uint(), Col: d.uint()}
}

func (d *decoder) module() *ast.Module {
	m := &ast.Module{Package: &ast.Package{}}
	d.current = m
	m.Package.Path = ast.Ref(d.terms())
	m.Package.Location = d.location()
	n := d.count()
	m.Rules = make([]*ast.Rule, n)
	for i := range m.Rules {
		m.Rules[i] = d.rule()
	}
	return m
}

func (d *decoder) rule() *ast.Rule {
	r := &ast.Rule{Module: d.current, Default: d.flag(), Head: &ast.Head{}}
	h := r.Head
	h.Name = ast.Var(d.str())
	h.Reference = ast.Ref(d.terms())
	h.Args = ast.Args(d.terms())
	h.Key = d.optTerm()
	h.Value = d.optTerm()
	h.Assign = d.flag()
	h.Location = d.location()
	r.Body = d.body()
	r.Location = d.location()
	if d.flag() {
		r.Else = d.rule()
	}
	return r
}

func (d *decoder) body() ast.Body {
	n := d.count()
	b := make(ast.Body, n)
	for i := range b {
		b[i] = d.expr()
	}
	return b
}

func (d *decoder) expr() *ast.Expr {
	x := &ast.Expr{Index: d.uint(), Negated: d.flag(), Generated: d.flag(), Location: d.location()}
	switch d.byte() {
	case exprTerm:
		x.Terms = d.term()
	case exprCall:
		x.Terms = d.terms()
	case exprSome:
		x.Terms = &ast.SomeDecl{Symbols: d.terms(), Location: d.location()}
	case exprEvery:
		ev := &ast.Every{Key: d.optTerm(), Value: d.optTerm(), Domain: d.optTerm()}
		ev.Body = d.body()
		ev.Location = d.location()
		x.Terms = ev
	default:
		panic(errMalformed)
	}
	if n := d.count(); n > 0 {
		x.With = make([]*ast.With, n)
		for i := range x.With {
			w := &ast.With{Target: d.term()}
			w.Value = d.term()
			w.Location = d.location()
			x.With[i] = w
		}
	}
	return x
}

func (d *decoder) optTerm() *ast.Term {
	if !d.flag() {
		return nil
	}
	return d.term()
}

func (d *decoder) terms() []*ast.Term {
	n := d.count()
	if n == 0 {
		return nil
	}
	ts := make([]*ast.Term, n)
	for i := range ts {
		ts[i] = d.term()
	}
	return ts
}

// maxDepth bounds the nesting of terms: compiled policies nest a few
// levels, and a malformed encoding must not exhaust the stack.
const maxDepth = 1000

func (d *decoder) term() *ast.Term {
	d.depth++
	if d.depth > maxDepth {
		panic(errMalformed)
	}
	loc := d.location()
	t := &ast.Term{Value: d.value(), Location: loc}
	d.depth--
	return t
}

func (d *decoder) value() ast.Value {
	switch d.byte() {
	case tagNull:
		return ast.NullValue
	case tagTrue:
		return ast.Boolean(true)
	case tagFalse:
		return ast.Boolean(false)
	case tagNumber:
		return ast.Number(d.str())
	case tagString:
		return ast.String(d.str())
	case tagVar:
		return ast.Var(d.str())
	case tagRef:
		return ast.Ref(d.terms())
	case tagCall:
		return ast.Call(d.terms())
	case tagArray:
		return ast.NewArray(d.terms()...)
	case tagSet:
		return ast.NewSet(d.terms()...)
	case tagObject:
		n := d.count()
		items := make([][2]*ast.Term, n)
		for i := range items {
			k := d.term()
			items[i] = ast.Item(k, d.term())
		}
		return ast.NewObject(items...)
	case tagArrayCompr:
		t := d.term()
		return &ast.ArrayComprehension{Term: t, Body: d.body()}
	case tagSetCompr:
		t := d.term()
		return &ast.SetComprehension{Term: t, Body: d.body()}
	case tagObjectCompr:
		k := d.term()
		v := d.term()
		return &ast.ObjectComprehension{Key: k, Value: v, Body: d.body()}
	}
	panic(errMalformed)
}
