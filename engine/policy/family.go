package policy

import (
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
)

// DefaultFamily is the family of a document that names none: a clinical
// commissioning group's constitution.
const DefaultFamily = "ccg"

// Compiled is the policies compiled for one family of documents: the
// criteria of no family and those of the family (criteria.family in the
// policy data), with the batch rules, less the criteria turned off.
type Compiled struct {
	Compiler *ast.Compiler
	// Modules are the modules compiled: as parsed, or as compiled when
	// they were read back compiled (precompiled.go).
	Modules map[string]*ast.Module
	// Inputs is what they read of a document.
	Inputs InputFields
	set    *Set
}

// Family compiles the policies for documents of a family ("" for every
// criterion), once: a run over CCGs' constitutions never compiles the
// integrated care boards' criteria, nor the other way round.
func (s *Set) Family(family string) (*Compiled, error) {
	fc := s.familyCompile(family)
	fc.once.Do(func() {
		names := s.running(family)
		if h, body, ok := fc.precompiled(s, family, names); ok {
			compiler, modules, err := s.compilePrecompiled(body)
			if err == nil {
				fc.c = &Compiled{Compiler: compiler, Modules: modules, Inputs: h.Inputs, set: s}
				return
			}
			// A file that does not read back is compiled around.
		}
		modules, err := s.modules(names)
		if err != nil {
			fc.err = err
			return
		}
		compiler, err := s.compile(modules)
		if err != nil {
			fc.err = err
			return
		}
		fc.c = &Compiled{Compiler: compiler, Modules: modules, Inputs: inputFields(modules), set: s}
	})
	return fc.c, fc.err
}

// Parse parses the modules a family's compile needs (Family does it too):
// a caller can wait for the parse, which runs on every CPU, before it
// starts other work, and leave that work to run beside the compile, which
// runs on one. Modules read back compiled need no parse.
func (s *Set) Parse(family string) error {
	names := s.running(family)
	if _, _, ok := s.familyCompile(family).precompiled(s, family, names); ok {
		return nil
	}
	_, err := s.modules(names)
	return err
}

// familyCompile is the compile of a family, made the first time it is
// asked for.
func (s *Set) familyCompile(family string) *familyCompile {
	s.families.mu.Lock()
	defer s.families.mu.Unlock()
	fc, ok := s.families.compiled[family]
	if !ok {
		fc = &familyCompile{}
		s.families.compiled[family] = fc
	}
	return fc
}

// FamilyOf names the compile a document of the given family is checked
// with: its own, or the default for a document that names none.
func FamilyOf(family string) string {
	if family == "" {
		return DefaultFamily
	}
	return family
}

// Store returns an in-memory store of the base documents the compiled
// policies read (Compiled.Tree).
func (c *Compiled) Store() storage.Store {
	return inmem.NewFromObjectWithOpts(c.Tree(), inmem.OptRoundTripOnWrite(false))
}

// Tree is the base documents the compiled policies read:
// data.ccgvet.config, the policy data, and data.ccgvet.catalogue, the
// criteria of the compiled packages, which main.rego walks.
func (c *Compiled) Tree() map[string]any { return c.set.tree(packagesOf(c.Modules)) }

// packagesOf maps each module's name to its package.
func packagesOf(modules map[string]*ast.Module) map[string]ast.Ref {
	out := make(map[string]ast.Ref, len(modules))
	for name, m := range modules {
		out[name] = m.Package.Path
	}
	return out
}

// criterionFamilies reads criteria.family of the policy data: the family
// of each criterion that has one.
func (s *Set) criterionFamilies() map[string]string {
	criteria, _ := s.Data["criteria"].(map[string]any)
	families, _ := criteria["family"].(map[string]any)
	out := make(map[string]string, len(families))
	for id, f := range families {
		if name, ok := f.(string); ok {
			out[id] = name
		}
	}
	return out
}
