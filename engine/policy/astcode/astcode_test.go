package astcode

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

const sample = `package ccgvet.sample

import data.ccgvet.lib

default allow := false

allow if {
	some x in input.items
	x.kind == "a"
	not deny[x.name]
	count([y | some y in input.items; y.n > 1]) > 2
}

deny contains name if {
	some name, v in {"a": 1, "b": 2.5}
	v > 1
	every z in [1, 2] { z < 3 }
}

msg := sprintf("%v", [{1, 2}]) if {
	allow with input.items as []
} else := "none"

f(x) := {k: v | some k, v in x} if true
`

// compile compiles modules, as the built-in policies are, and returns the
// compiled modules.
func compile(t *testing.T, modules map[string]*ast.Module) map[string]*ast.Module {
	t.Helper()
	c := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1)
	c.Compile(modules)
	if c.Failed() {
		t.Fatal(c.Errors)
	}
	return c.Modules
}

func TestRoundTrip(t *testing.T) {
	lib := ast.MustParseModuleWithOpts("package ccgvet.lib\n\nx := 1\n", ast.ParserOptions{RegoVersion: ast.RegoV1})
	m := ast.MustParseModuleWithOpts(sample, ast.ParserOptions{RegoVersion: ast.RegoV1})
	compiled := compile(t, map[string]*ast.Module{"sample.rego": m, "lib.rego": lib})
	b, err := Encode(compiled)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Encode(compiled)
	if err != nil || string(again) != string(b) {
		t.Fatalf("two encodings of the same modules differ (err %v)", err)
	}
	got, err := Decode(b, ast.RegoV1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(compiled) {
		t.Fatalf("decoded %d modules, want %d", len(got), len(compiled))
	}
	for name, want := range compiled {
		g := got[name]
		if g == nil {
			t.Fatalf("%s not decoded", name)
		}
		if !g.Equal(want) {
			t.Errorf("%s decoded as\n%v\nwant\n%v", name, g, want)
		}
		for i, r := range g.Rules {
			if r.Module != g {
				t.Errorf("%s rule %d does not point back to its module", name, i)
			}
			if r.Location == nil || want.Rules[i].Location == nil || r.Location.Row != want.Rules[i].Location.Row || r.Location.File != want.Rules[i].Location.File {
				t.Errorf("%s rule %d at %v, want %v", name, i, r.Location, want.Rules[i].Location)
			}
		}
	}
}

func TestEncodeRefusesUncompiledModules(t *testing.T) {
	m := ast.MustParseModuleWithOpts(sample, ast.ParserOptions{RegoVersion: ast.RegoV1})
	if _, err := Encode(map[string]*ast.Module{"sample.rego": m}); err == nil {
		t.Fatal("a module with imports was encoded")
	}
}

func TestDecodeRefusesBadInput(t *testing.T) {
	lib := ast.MustParseModuleWithOpts("package ccgvet.lib\n\nx := {\"a\": [1, 2]}\n", ast.ParserOptions{RegoVersion: ast.RegoV1})
	b, err := Encode(compile(t, map[string]*ast.Module{"lib.rego": lib}))
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"empty":        nil,
		"another form": []byte("ccgvet-ast-0\n"),
		"cut short":    b[:len(b)-3],
		"a byte more":  append(append([]byte{}, b...), 0),
		"a wrong tag":  append(append([]byte{}, b[:len(b)-1]...), 0xff),
	}
	for name, in := range tests {
		if _, err := Decode(in, ast.RegoV1); err == nil {
			t.Errorf("%s: decoded without an error", name)
		}
	}
}

func FuzzDecode(f *testing.F) {
	lib := ast.MustParseModuleWithOpts("package ccgvet.lib\n\nx := {\"a\": [1, 2]}\n\ny if { x.a[_] == 2 }\n", ast.ParserOptions{RegoVersion: ast.RegoV1})
	c := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1)
	c.Compile(map[string]*ast.Module{"lib.rego": lib})
	b, err := Encode(c.Modules)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Fuzz(func(t *testing.T, in []byte) {
		_, _ = Decode(in, ast.RegoV1) // never a panic or a hang
	})
}

func TestDecodeRefusesDeepNesting(t *testing.T) {
	// An array nested far deeper than any policy's, as one term.
	b := []byte(magic)
	b = append(b, 1, 1, 'm') // one string: the module's name
	b = append(b, 1, 0)      // one module, named string 0
	b = append(b, 1)         // a package path of one term
	for range 5000 {
		b = append(b, 0, tagArray, 1) // no location, an array of one
	}
	b = append(b, 0, tagNull)
	if _, err := Decode(b, ast.RegoV1); err == nil {
		t.Fatal("decoded terms nested 5,000 deep")
	}
}
