package evaluate

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/ccgvet/ccgvet/engine/model"
	"github.com/ccgvet/ccgvet/engine/policy"
	"github.com/open-policy-agent/opa/v1/ast"
)

// toValue converts a Go value to the ast.Value that its JSON encoding would
// decode to, without encoding it: the document model is converted straight
// into Rego terms, field names taken from the json tags. Struct layouts are
// read once per type and cached.
func toValue(ctx context.Context, v any) (ast.Value, error) {
	c := converter{ctx: ctx}
	return c.valueOf(reflect.ValueOf(v))
}

// documentValue converts a document for the policies, with only the
// top-level fields they read (policy.InputFields): the rest is never
// converted.
func documentValue(ctx context.Context, doc *model.Document, fields policy.InputFields) (ast.Value, error) {
	c := converter{ctx: ctx}
	if !fields.All {
		c.top = fields.Keys
	}
	return c.valueOf(reflect.ValueOf(doc))
}

// converter converts one value. The model lists most paragraphs twice or
// three times (blocks, clauses, and the blocks of the section they are in):
// each distinct block is converted once and its Rego value shared, which
// is safe because evaluation never changes its input.
type converter struct {
	blocks map[model.Block]ast.Value
	// ctx is checked every checkEvery arrays, maps and objects, so that a
	// document's time limit also bounds its conversion.
	ctx   context.Context
	count int
	// top, when set, holds the fields of the document to convert.
	top map[string]bool
	// fields is a stack of the key-value pairs of the objects being
	// built, nested ones above their parents': NewObject copies them, so
	// one buffer serves every object.
	fields [][2]*ast.Term
}

const checkEvery = 1024

// check returns the context's error every checkEvery calls.
func (c *converter) check() error {
	if c.count++; c.count%checkEvery != 0 || c.ctx == nil {
		return nil
	}
	return c.ctx.Err()
}

var (
	blockType    = reflect.TypeFor[model.Block]()
	clauseType   = reflect.TypeFor[model.Clause]()
	documentType = reflect.TypeFor[model.Document]()
)

type fieldInfo struct {
	index     []int
	name      *ast.Term
	omitEmpty bool
}

var (
	marshalerType = reflect.TypeFor[json.Marshaler]()
	numberType    = reflect.TypeFor[json.Number]()
)

var structCache sync.Map // reflect.Type -> []fieldInfo

func fieldsOf(t reflect.Type) []fieldInfo {
	if f, ok := structCache.Load(t); ok {
		return f.([]fieldInfo)
	}
	fields := appendFields(nil, t, nil)
	structCache.Store(t, fields)
	return fields
}

// appendFields adds the fields of struct type t, reached by the index path
// at, as encoding/json sees them: an embedded struct without a json tag
// (the Evidence of every fact) gives its fields to the struct it is in.
func appendFields(fields []fieldInfo, t reflect.Type, at []int) []fieldInfo {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		index := append(append([]int{}, at...), i)
		if sf.Anonymous && tag == "" && sf.Type.Kind() == reflect.Struct {
			fields = appendFields(fields, sf.Type, index)
			continue
		}
		if !sf.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		fields = append(fields, fieldInfo{index: index, name: ast.StringTerm(name), omitEmpty: strings.Contains(opts, "omitempty")})
	}
	return fields
}

// termOf converts a value into a term: the interned term of a boolean, a
// small whole number or an empty string (a document has thousands of
// them: line numbers, counts, flags), else a new term of its value.
func (c *converter) termOf(v reflect.Value) (*ast.Term, error) {
	switch v.Kind() {
	case reflect.Bool:
		return ast.InternedTerm(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ast.InternedTerm(int(v.Int())), nil
	case reflect.String:
		if v.Type() == numberType {
			break
		}
		if v.Len() == 0 {
			return ast.InternedTerm(""), nil
		}
		return ast.StringTerm(v.String()), nil
	}
	x, err := c.valueOf(v)
	if err != nil {
		return nil, err
	}
	return ast.NewTerm(x), nil
}

func (c *converter) valueOf(v reflect.Value) (ast.Value, error) {
	switch v.Kind() {
	case reflect.Invalid:
		return ast.Null{}, nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.Null{}, nil
		}
		return c.valueOf(v.Elem())
	case reflect.String:
		// Checked by type: v.Interface() would allocate for every string.
		if v.Type() == numberType {
			return ast.Number(v.String()), nil
		}
		return ast.String(v.String()), nil
	case reflect.Bool:
		return ast.Boolean(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ast.IntNumberTerm(int(v.Int())).Value, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ast.UIntNumberTerm(v.Uint()).Value, nil
	case reflect.Float32, reflect.Float64:
		return ast.FloatNumberTerm(v.Float()).Value, nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return ast.Null{}, nil
		}
		if err := c.check(); err != nil {
			return nil, err
		}
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			x, err := c.termOf(v.Index(i))
			if err != nil {
				return nil, err
			}
			terms[i] = x
		}
		return ast.NewArray(terms...), nil
	case reflect.Map:
		if v.IsNil() {
			return ast.Null{}, nil
		}
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("map key %s is not a string", v.Type().Key())
		}
		if err := c.check(); err != nil {
			return nil, err
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		obj := ast.NewObject()
		for _, k := range keys {
			x, err := c.termOf(v.MapIndex(k))
			if err != nil {
				return nil, err
			}
			obj.Insert(ast.StringTerm(k.String()), x)
		}
		return obj, nil
	case reflect.Struct:
		if v.Type() == blockType && v.CanAddr() {
			return c.block(v)
		}
		if v.Type() == clauseType && v.CanAddr() {
			return c.clause(v)
		}
		if v.Type().Implements(marshalerType) {
			return ast.InterfaceToValue(v.Interface())
		}
		return c.object(v)
	}
	// Anything else (dates decoded from YAML, say) goes the slow way.
	return ast.InterfaceToValue(v.Interface())
}

// block converts a model.Block (addressable, so reading it does not copy
// it into an interface), once for each distinct block.
func (c *converter) block(v reflect.Value) (ast.Value, error) {
	b := v.Addr().Interface().(*model.Block)
	if x, ok := c.blocks[*b]; ok {
		return x, nil
	}
	x, err := c.object(v)
	if err != nil {
		return nil, err
	}
	if c.blocks == nil {
		c.blocks = map[model.Block]ast.Value{}
	}
	c.blocks[*b] = x
	return x, nil
}

// clause converts a model.Clause: as the block of the same paragraph when
// that block has already been converted and reads the same in JSON (it
// has a number and is not a list item, which a clause does not record).
func (c *converter) clause(v reflect.Value) (ast.Value, error) {
	cl := v.Addr().Interface().(*model.Clause)
	if cl.Number != "" {
		same := model.Block{Number: cl.Number, Text: cl.Text, Line: cl.Line, EndLine: cl.EndLine, Section: cl.Section, SectionIndex: cl.SectionIndex}
		if x, ok := c.blocks[same]; ok {
			return x, nil
		}
	}
	return c.object(v)
}

// object converts a struct into an object, field names taken from the json
// tags.
func (c *converter) object(v reflect.Value) (ast.Value, error) {
	if err := c.check(); err != nil {
		return nil, err
	}
	fields := fieldsOf(v.Type())
	top := c.top != nil && v.Type() == documentType
	// Built in one go: NewObject sizes its table once, where Insert grows it
	// field by field. The pairs go on the converter's stack, from start.
	start := len(c.fields)
	for _, f := range fields {
		if top && !c.top[string(f.name.Value.(ast.String))] {
			continue
		}
		fv := v.FieldByIndex(f.index)
		if f.omitEmpty && fv.IsZero() {
			continue
		}
		if f.omitEmpty && (fv.Kind() == reflect.Slice || fv.Kind() == reflect.Map) && fv.Len() == 0 {
			continue
		}
		x, err := c.termOf(fv)
		if err != nil {
			c.fields = c.fields[:start]
			return nil, err
		}
		c.fields = append(c.fields, [2]*ast.Term{f.name, x})
	}
	obj := ast.NewObject(c.fields[start:]...)
	c.fields = c.fields[:start]
	return obj, nil
}
