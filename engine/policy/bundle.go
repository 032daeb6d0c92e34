package policy

import (
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/open-policy-agent/opa/v1/bundle"
)

// WriteBundle writes the set's policies (tests left out) and data as an
// OPA bundle (.tar.gz with a .manifest owning the root "ccgvet"), which a
// stock `opa run --server --bundle FILE` serves: POST the output of
// `ccgvet parse` as input to /v1/data/ccgvet/main/report.
func (s *Set) WriteBundle(w io.Writer, revision string) error {
	roots := []string{"ccgvet"}
	v1 := 1
	b := bundle.Bundle{
		Manifest: bundle.Manifest{
			Revision:    revision,
			Roots:       &roots,
			RegoVersion: &v1,
			Metadata:    map[string]any{"profile": s.Profile.Name},
		},
		Data: s.tree(s.packages), // every criterion: OPA serves documents of every family
	}
	modules, err := s.Modules()
	if err != nil {
		return err
	}
	for _, m := range s.Sources {
		if isTest(m.Name) {
			continue
		}
		p := bundlePath(m.Name)
		b.Modules = append(b.Modules, bundle.ModuleFile{
			URL:    p,
			Path:   p,
			Raw:    []byte(m.Text),
			Parsed: modules[m.Name],
		})
	}
	if err := bundle.NewWriter(w).Write(b); err != nil {
		return fmt.Errorf("write bundle: %w", err)
	}
	return nil
}

// bundlePath places built-in modules under /policies and the user's under
// /user, keeping their relative paths.
func bundlePath(name string) string {
	if rest, ok := strings.CutPrefix(name, builtinPrefix); ok {
		return "/policies/" + rest
	}
	clean := path.Clean(strings.ReplaceAll(name, "\\", "/"))
	clean = strings.TrimLeft(strings.TrimPrefix(clean, ".."), "/.")
	return "/user/" + clean
}
