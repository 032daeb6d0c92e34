// Package discover finds the constitutions to check: the files named, and
// the *.md files in the folders named, searched recursively, in a stable
// order.
package discover

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Target is one file to check, or a path that could not be used.
type Target struct {
	Path string
	// Err is set when the path cannot be read (missing, a loop, ...).
	Err error
}

// Extensions a folder search picks up. A file named on the command line is
// checked whatever its name.
var Extensions = []string{".md", ".markdown"}

// Find expands paths into targets. Missing paths and unreadable folders
// become targets with an error, so that the rest of a batch is still
// checked; files in a folder that are not Markdown are skipped.
func Find(paths []string) []Target {
	var out []Target
	seen := map[string]bool{}
	add := func(t Target) {
		if t.Err == nil {
			key := t.Path
			if abs, err := filepath.Abs(t.Path); err == nil {
				key = abs
			}
			if seen[key] {
				return
			}
			seen[key] = true
		}
		out = append(out, t)
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			add(Target{Path: p, Err: describe(err)})
			continue
		}
		if !info.IsDir() {
			add(Target{Path: p})
			continue
		}
		for _, t := range walk(p) {
			add(t)
		}
	}
	return out
}

// walk searches a folder. It follows symbolic links to folders, keeping the
// real path of every folder on the way down so that a link back up (a loop)
// is reported once rather than followed for ever.
func walk(root string) []Target {
	var out []Target
	var visit func(dir string, ancestors map[string]bool)
	visit = func(dir string, ancestors map[string]bool) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			out = append(out, Target{Path: dir, Err: describe(err)})
			return
		}
		if ancestors[real] {
			out = append(out, Target{Path: dir, Err: errors.New("symbolic link loop: the folder links back to one that contains it")})
			return
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			out = append(out, Target{Path: dir, Err: describe(err)})
			return
		}
		ancestors[real] = true
		defer delete(ancestors, real)
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			mode := e.Type()
			if mode&fs.ModeSymlink != 0 {
				info, err := os.Stat(p)
				if err != nil {
					out = append(out, Target{Path: p, Err: describe(err)})
					continue
				}
				mode = info.Mode().Type()
			}
			switch {
			case mode.IsDir():
				visit(p, ancestors)
			case mode.IsRegular() && isMarkdown(p):
				out = append(out, Target{Path: p})
			}
		}
	}
	visit(root, map[string]bool{})
	return out
}

func isMarkdown(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// describe strips the path from os errors: the target already names it.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return errors.New("no such file or folder")
		}
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
