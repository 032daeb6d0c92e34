// Package discover finds the constitutions to check: the files named, and
// the *.md and *.docx files in the folders named, searched recursively,
// in a stable order.
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
	// Err is set when the path cannot be read (missing, a loop, not a
	// regular file, ...): an input error for that path.
	Err error
	// Skipped says why a file found in a folder is not checked (it has a
	// Markdown name but is a named pipe, a socket or a device). It is not
	// an input error, since no one named it, but it is said rather than
	// skipped silently.
	Skipped string
}

// Extensions a folder search picks up. A file named on the command line is
// checked whatever its name.
var Extensions = []string{".md", ".markdown", ".docx"}

// Find expands paths into targets. Missing paths and unreadable folders
// become targets with an error, so that the rest of a batch is still
// checked; files in a folder that are not Markdown are skipped. A file
// reached by two paths (a symbolic link, "./a.md" and "a.md") is one
// target, under the first path it was found by. Files whose real path is
// one of exclude (the report the run is writing) are never targets.
func Find(paths []string, exclude ...string) []Target {
	f := finder{seen: map[string]bool{}, walked: map[string]bool{}, exclude: map[string]bool{}}
	for _, p := range exclude {
		if real, ok := realPath(p); ok {
			f.exclude[real] = true
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			f.out = append(f.out, Target{Path: p, Err: describe(err)})
			continue
		}
		switch {
		case info.IsDir():
			f.walk(p)
		case !info.Mode().IsRegular():
			// Opening a named pipe blocks until someone writes to it, and a
			// device may never end: neither is a constitution.
			f.out = append(f.out, Target{Path: p, Err: fmt.Errorf("not a regular file (%s)", Kind(info.Mode()))})
		default:
			f.addFile(p)
		}
	}
	return f.out
}

// finder gathers targets, remembering the real path of every file and
// folder already reached.
type finder struct {
	out []Target
	// seen holds the real paths of the files already targeted.
	seen map[string]bool
	// walked holds the real paths of the folders already searched: a
	// folder reached again by another link is not searched again, so
	// links that double the paths at every level cost one search per
	// real folder, not one per path.
	walked  map[string]bool
	exclude map[string]bool
}

func (f *finder) addFile(p string) {
	real, ok := realPath(p)
	if !ok {
		real = p
	}
	if f.seen[real] || f.exclude[real] {
		return
	}
	f.seen[real] = true
	f.out = append(f.out, Target{Path: p})
}

// walk searches a folder. It follows symbolic links to folders, keeping the
// real path of every folder on the way down so that a link back up (a loop)
// is reported once rather than followed for ever.
func (f *finder) walk(root string) {
	var visit func(dir string, ancestors map[string]bool)
	visit = func(dir string, ancestors map[string]bool) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			f.out = append(f.out, Target{Path: dir, Err: describe(err)})
			return
		}
		if ancestors[real] {
			f.out = append(f.out, Target{Path: dir, Err: errors.New("symbolic link loop: the folder links back to one that contains it")})
			return
		}
		if f.walked[real] {
			return
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			f.out = append(f.out, Target{Path: dir, Err: describe(err)})
			return
		}
		f.walked[real] = true
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
					f.out = append(f.out, Target{Path: p, Err: describe(err)})
					continue
				}
				mode = info.Mode().Type()
			}
			switch {
			case mode.IsDir():
				visit(p, ancestors)
			case !isMarkdown(p), projectFile(e.Name()):
			case mode.IsRegular():
				f.addFile(p)
			default:
				f.out = append(f.out, Target{Path: p, Skipped: "not a regular file (" + Kind(mode) + ")"})
			}
		}
	}
	visit(root, map[string]bool{})
}

// realPath is p with every symbolic link resolved, made absolute.
func realPath(p string) (string, bool) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", false
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real, true
	}
	// A file that does not exist yet (a report about to be written): its
	// folder's real path and its name.
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return abs, true
	}
	return filepath.Join(dir, filepath.Base(abs)), true
}

// RealPath is p with every symbolic link resolved, made absolute; a path
// that does not exist yet is resolved as far as its folder.
func RealPath(p string) string {
	real, ok := realPath(p)
	if !ok {
		return p
	}
	return real
}

// Kind names a file type that is not a regular file or a folder.
func Kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	case m.IsDir():
		return "a folder"
	}
	return "an unusual file"
}

// projectFile reports whether a file found in a folder is one a
// repository of constitutions keeps about itself (README.md, CHANGELOG.md,
// LICENSE.md), not a constitution. Named on the command line it is
// checked. Files under .git are never reached: names starting with a dot
// are not searched.
func projectFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	return base == "README" || base == "CHANGELOG" || strings.HasPrefix(base, "LICENSE") || strings.HasPrefix(base, "LICENCE")
}

func isMarkdown(p string) bool {
	// Word keeps "~$name.docx" beside a document while it is open: a few
	// bytes of who has it open, not a constitution.
	if strings.HasPrefix(filepath.Base(p), "~$") {
		return false
	}
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
