package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ccgvet/ccgvet/engine/policy/astcode"
	"github.com/ccgvet/ccgvet/policies"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/version"
)

// The built-in modules a family runs are the same in every run, and
// parsing and compiling them was most of checking one constitution cold
// (6 ms and 16-20 ms of about 40). They are kept compiled, in astcode's
// form, in policies/compiled/<family>.bin, written from them with the
// index (go test ./engine/policy -run TestBuiltinIndexIsCurrent
// -update). A run whose modules are those the file was written from reads
// them back and only indexes them; any other run (a user's policies, a
// criterion turned off, a stale file) parses and compiles as before, so a
// stale file is slower, never wrong.

// compiledHeader opens a precompiled file, on one line of JSON before the
// encoded modules.
type compiledHeader struct {
	// Key is precompiledKey of the modules the file was compiled from.
	Key string `json:"key"`
	// Inputs is what the modules read of a document, worked out from the
	// parsed modules (inputFields cannot read it from compiled ones).
	Inputs InputFields `json:"inputs"`
}

// precompiledKey identifies a compile of the named built-in modules:
// their names and texts, and the OPA version that compiles them.
func precompiledKey(sources []Module, names map[string]ast.Ref) string {
	var used []Module
	for _, m := range sources {
		if _, ok := names[m.Name]; ok {
			used = append(used, m)
		}
	}
	return "opa " + version.Version + " " + sourcesHash(used)
}

// precompiledPath is a family's file in policies.Compiled.
func precompiledPath(family string) string { return "compiled/" + family + ".bin" }

// encodePrecompiled writes a family's compiled modules as its file.
func encodePrecompiled(key string, inputs InputFields, compiled map[string]*ast.Module) ([]byte, error) {
	header, err := json.Marshal(compiledHeader{Key: key, Inputs: inputs})
	if err != nil {
		return nil, err
	}
	body, err := astcode.Encode(compiled)
	if err != nil {
		return nil, err
	}
	return slices.Concat(header, []byte("\n"), body), nil
}

// precompiledFile splits an embedded file into its header and the encoded
// modules.
func precompiledFile(family string) (compiledHeader, []byte, bool) {
	var h compiledHeader
	b, err := policies.Compiled.ReadFile(precompiledPath(family))
	if err != nil {
		return h, nil, false
	}
	line, body, ok := bytes.Cut(b, []byte("\n"))
	if !ok || json.Unmarshal(line, &h) != nil {
		return h, nil, false
	}
	return h, body, true
}

// precompiled is the file of a family's modules when it was written from
// exactly the modules this run compiles for it.
func (s *Set) precompiled(family string, names map[string]ast.Ref) (compiledHeader, []byte, bool) {
	if !s.deferred || family == "" {
		return compiledHeader{}, nil, false
	}
	h, body, ok := precompiledFile(family)
	if !ok || h.Key != precompiledKey(s.Sources, names) {
		return compiledHeader{}, nil, false
	}
	return h, body, true
}

// precompiled is Set.precompiled for a family's compile, worked out once.
func (fc *familyCompile) precompiled(s *Set, family string, names map[string]ast.Ref) (compiledHeader, []byte, bool) {
	fc.file.once.Do(func() {
		fc.file.header, fc.file.body, fc.file.ok = s.precompiled(family, names)
	})
	return fc.file.header, fc.file.body, fc.file.ok
}

// precompiledStages are the stages a compile of modules read back from
// their file runs: the modules are already rewritten and checked, and
// these build what evaluation looks up (the module and rule trees, the
// rule and comprehension indices) and start the generator of local
// variables past the modules' own (queries prepared later take new ones).
var precompiledStages = []ast.StageID{
	ast.StageInitLocalVarGen,
	ast.StageSetModuleTree,
	ast.StageSetRuleTree,
	ast.StageBuildRuleIndices,
	ast.StageBuildComprehensionIndices,
}

// compilePrecompiled reads a family's compiled modules back and indexes
// them.
func (s *Set) compilePrecompiled(body []byte) (*ast.Compiler, map[string]*ast.Module, error) {
	modules, err := astcode.Decode(body, ast.RegoV1)
	if err != nil {
		return nil, nil, err
	}
	var skip []ast.StageID
	for _, st := range ast.AllStages() {
		if !slices.Contains(precompiledStages, st) {
			skip = append(skip, st)
		}
	}
	compiler := ast.NewCompiler().
		WithStrict(true).
		WithCapabilities(s.parsed.caps).
		WithDefaultRegoVersion(ast.RegoV1).
		WithEnablePrintStatements(false).
		WithSkipStages(skip...)
	compiler.Compile(modules)
	if compiler.Failed() {
		return nil, nil, fmt.Errorf("index precompiled policies: %s", describeErrors(compiler.Errors))
	}
	if len(compiler.Modules) != len(modules) {
		return nil, nil, errors.New("index precompiled policies: modules lost")
	}
	return compiler, compiler.Modules, nil
}
