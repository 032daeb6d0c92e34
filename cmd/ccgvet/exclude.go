package main

import (
	"fmt"
	"path"
	"path/filepath"

	"github.com/bmatcuk/doublestar/v4"
)

// excludePattern is one --exclude or config exclude: a doublestar glob
// relative to base (the working directory for a flag, the config's folder
// for the config's list, so that a config means the same files wherever
// ccgvet is run from).
type excludePattern struct {
	glob string
	base string
}

// excludes compiles the patterns of the flags and the config.
func excludes(fromFlags []string, cfg *fileConfig) ([]excludePattern, error) {
	var out []excludePattern
	add := func(globs []string, base, where string) error {
		abs, err := filepath.Abs(base)
		if err != nil {
			return err
		}
		for _, g := range globs {
			g = path.Clean(filepath.ToSlash(g))
			if !doublestar.ValidatePattern(g) {
				return fmt.Errorf("%s: bad exclude pattern %q (an unclosed [ or {?)", where, g)
			}
			out = append(out, excludePattern{glob: g, base: abs})
		}
		return nil
	}
	if err := add(fromFlags, ".", "--exclude"); err != nil {
		return nil, err
	}
	if cfg.path != "" {
		if err := add(cfg.Exclude, filepath.Dir(cfg.path), "config "+cfg.path); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// excluded reports whether a document path matches a pattern, itself or
// through one of its folders ("drafts" leaves out drafts/a.md).
func excluded(patterns []excludePattern, p string) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	for _, e := range patterns {
		target := filepath.ToSlash(abs)
		if !path.IsAbs(e.glob) {
			rel, err := filepath.Rel(e.base, abs)
			if err != nil {
				continue
			}
			target = filepath.ToSlash(rel)
		}
		for t := target; t != "." && t != "/" && t != ""; t = path.Dir(t) {
			if ok, _ := doublestar.Match(e.glob, t); ok {
				return true
			}
		}
	}
	return false
}
