package policy

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// pathHelpers are the functions of policies/lib/input.rego that read the
// input at a path given as an array: array_at(["membership", "practices"]).
// A call of one with a literal first key reads that key of the input; their
// own bodies name the input whole, which is why they are known by name.
var pathHelpers = map[string]bool{
	"data.ccgvet.lib.array_at":  true,
	"data.ccgvet.lib.string_at": true,
	"data.ccgvet.lib.number_at": true,
}

// InputFields is what the policies read of a document: the top-level keys
// of the input that any rule names (input.facts, lib.array_at(["votes"]),
// object.get(input, "icb", {})). All is true when some rule reads the
// input in a way that cannot be told from the policy text (input[x],
// object.get(input, p, d) with p worked out, json.marshal(input)): every
// field must then be given. The engine converts only these fields of the
// model for the policies: the paragraph texts (blocks, clauses) are most
// of a document, and the built-in rules judge the facts read from them.
type InputFields struct {
	All  bool
	Keys map[string]bool
}

// Has reports whether the policies read the top-level input key.
func (f InputFields) Has(key string) bool { return f.All || f.Keys[key] }

// inputFields works out the InputFields of the parsed modules (tests left
// out: they give their own input). Parsed, not compiled: the compiler
// moves the input of a call into a variable of its own (x = input;
// object.get(x, "icb", {})), hiding which key is read.
func inputFields(modules map[string]*ast.Module) InputFields {
	out := InputFields{Keys: map[string]bool{}}
	for name, m := range modules {
		if isTest(name) {
			continue
		}
		for _, rule := range m.Rules {
			helper := pathHelpers[rule.Ref().String()] || pathHelpers[m.Package.Path.String()+"."+rule.Head.Ref().String()]
			// The bare input terms that a call reads at a literal key.
			keyed := map[*ast.Term]bool{}
			call := func(op string, args []*ast.Term) {
				op = resolve(m, op)
				switch {
				case pathHelpers[op]:
					if key, ok := firstKey(args, 0); ok {
						out.Keys[key] = true
					} else {
						out.All = true
					}
				case op == "object.get" && len(args) >= 2 && isInput(args[0]):
					if key, ok := firstKey(args, 1); ok {
						out.Keys[key] = true
						keyed[args[0]] = true
					}
				}
			}
			// A call is an expression (f(x)) or a term within one
			// (y := f(x)).
			ast.WalkExprs(rule, func(e *ast.Expr) bool {
				if e.IsCall() {
					call(e.Operator().String(), e.Operands())
				}
				return false
			})
			ast.WalkTerms(rule, func(t *ast.Term) bool {
				if c, ok := t.Value.(ast.Call); ok && len(c) > 0 {
					call(c[0].String(), c[1:])
				}
				return false
			})
			ast.WalkTerms(rule, func(t *ast.Term) bool {
				r, ok := t.Value.(ast.Ref)
				if !ok || !r.HasPrefix(ast.InputRootRef) {
					return false
				}
				if len(r) >= 2 {
					if key, ok := r[1].Value.(ast.String); ok {
						out.Keys[string(key)] = true
						return false
					}
				}
				if !helper && !keyed[t] {
					out.All = true
				}
				return false
			})
		}
	}
	return out
}

// isInput reports whether t is the input, whole.
func isInput(t *ast.Term) bool {
	r, ok := t.Value.(ast.Ref)
	return ok && len(r) == 1 && r.HasPrefix(ast.InputRootRef)
}

// firstKey is the literal first key of a path argument: a string, or an
// array that starts with one.
func firstKey(args []*ast.Term, i int) (string, bool) {
	if i >= len(args) {
		return "", false
	}
	switch v := args[i].Value.(type) {
	case ast.String:
		return string(v), true
	case *ast.Array:
		if v.Len() > 0 {
			if key, ok := v.Elem(0).Value.(ast.String); ok {
				return string(key), true
			}
		}
	}
	return "", false
}

// resolve names a called function in full: lib.array_at under `import
// data.ccgvet.lib`, or array_at within package ccgvet.lib itself.
func resolve(m *ast.Module, op string) string {
	for _, imp := range m.Imports {
		path, ok := imp.Path.Value.(ast.Ref)
		if !ok || len(path) < 2 {
			continue
		}
		alias := string(imp.Alias)
		if alias == "" {
			switch last := path[len(path)-1].Value.(type) {
			case ast.String:
				alias = string(last)
			case ast.Var:
				alias = string(last)
			}
		}
		if rest, ok := strings.CutPrefix(op, alias+"."); ok && alias != "" {
			return path.String() + "." + rest
		}
	}
	if !strings.Contains(op, ".") {
		return m.Package.Path.String() + "." + op
	}
	return op
}
