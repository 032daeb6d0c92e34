package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/ccgvet/ccgvet/policies"
	"github.com/open-policy-agent/opa/v1/ast"
)

// builtinIndex is what a run needs to know of the built-in modules before
// it compiles any: each module's package, and the catalogue of rules and
// criteria their METADATA gives. It is written from the modules themselves
// (go test ./engine/policy -run TestBuiltinIndexIsCurrent -update), so that
// a run parses only the modules its documents' families compile: parsing
// every module was a quarter of checking one constitution cold, and the
// integrated care boards' modules are two fifths of the text.
type builtinIndex struct {
	// Hash is of the modules' names and texts: an index that does not
	// match them is not used (Load parses every module instead).
	Hash string `json:"hash"`
	// Packages maps each module's name to its package path below data.
	Packages map[string][]string `json:"packages"`
	Rules    []Rule              `json:"rules"`
	Criteria []Criterion         `json:"criteria"`
}

// sourcesHash identifies a list of modules by their names and texts.
func sourcesHash(sources []Module) string {
	h := sha256.New()
	for _, m := range sources {
		fmt.Fprintf(h, "%d:%s%d:", len(m.Name), m.Name, len(m.Text))
		h.Write([]byte(m.Text))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// buildIndex makes the index of parsed modules and their catalogue.
func buildIndex(sources []Module, modules map[string]*ast.Module, rules []Rule, criteria []Criterion) *builtinIndex {
	idx := &builtinIndex{Hash: sourcesHash(sources), Packages: map[string][]string{}, Rules: rules, Criteria: criteria}
	for name, m := range modules {
		var parts []string
		for _, t := range m.Package.Path[1:] {
			parts = append(parts, string(t.Value.(ast.String)))
		}
		idx.Packages[name] = parts
	}
	return idx
}

// encode writes the index as the file policies/index.json holds.
func (idx *builtinIndex) encode() ([]byte, error) {
	b, err := json.MarshalIndent(idx, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// readIndex is the embedded index when it describes exactly these
// modules, or nil.
func readIndex(sources []Module) (*builtinIndex, map[string]ast.Ref) {
	var idx builtinIndex
	if len(policies.Index) == 0 || json.Unmarshal(policies.Index, &idx) != nil || idx.Hash != sourcesHash(sources) {
		return nil, nil
	}
	packages := make(map[string]ast.Ref, len(idx.Packages))
	for name, parts := range idx.Packages {
		ref := ast.Ref{ast.DefaultRootDocument}
		for _, p := range parts {
			ref = append(ref, ast.StringTerm(p))
		}
		packages[name] = ref
	}
	return &idx, packages
}
