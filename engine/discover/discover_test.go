package discover

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	write := func(p string) {
		t.Helper()
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("# x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.md")
	write("a.md")
	write("notes.txt")
	write("sub/c.markdown")
	write("sub/e.DOCX")
	write("sub/~$e.docx")
	write(".hidden/d.md")
	write(".git/COMMIT_EDITMSG.md")
	write("README.md")
	write("sub/CHANGELOG.md")
	write("LICENSE.md")
	write("licence-ogl.markdown")
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name    string
		paths   []string
		want    []string
		wantErr []string
	}{
		{
			name:    "folder: recursive, sorted, only Markdown and Word, no Word lock files, README, CHANGELOG, LICENSE or .git, loop reported once",
			paths:   []string{dir},
			want:    []string{"a.md", "b.md", "sub/c.markdown", "sub/e.DOCX"},
			wantErr: []string{"sub/loop"},
		},
		{
			name:  "a file named is checked whatever its extension",
			paths: []string{filepath.Join(dir, "notes.txt")},
			want:  []string{"notes.txt"},
		},
		{
			name:  "a README named is checked",
			paths: []string{filepath.Join(dir, "README.md")},
			want:  []string{"README.md"},
		},
		{
			name:    "missing path is an error target, the rest still found",
			paths:   []string{filepath.Join(dir, "missing.md"), filepath.Join(dir, "a.md")},
			want:    []string{"a.md"},
			wantErr: []string{"missing.md"},
		},
		{
			name:  "the same file twice is checked once",
			paths: []string{filepath.Join(dir, "a.md"), filepath.Join(dir, "a.md")},
			want:  []string{"a.md"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got, gotErr []string
			for _, target := range Find(tt.paths) {
				rel, _ := filepath.Rel(dir, target.Path)
				if target.Err != nil {
					gotErr = append(gotErr, rel)
					continue
				}
				got = append(got, rel)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("files = %v, want %v", got, tt.want)
			}
			if strings.Join(gotErr, ",") != strings.Join(tt.wantErr, ",") {
				t.Errorf("errors = %v, want %v", gotErr, tt.wantErr)
			}
		})
	}
}

// A file reached by several paths is one document, and links that double
// the paths at every level are searched once per real folder: 2^24 paths
// lead to these files.
func TestFindByRealPath(t *testing.T) {
	dir := t.TempDir()
	const levels = 24
	for i := 0; i <= levels; i++ {
		level := filepath.Join(dir, fmt.Sprintf("l%02d", i))
		if err := os.MkdirAll(level, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(level, "doc.md"), []byte("# x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if i == levels {
			break
		}
		next := filepath.Join(dir, fmt.Sprintf("l%02d", i+1))
		for _, name := range []string{"left", "right"} {
			if err := os.Symlink(next, filepath.Join(level, name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	a := filepath.Join(dir, "l00", "doc.md")
	link := filepath.Join(dir, "l00", "alias.md")
	if err := os.Symlink(a, link); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(dir, "l00"))

	tests := []struct {
		name  string
		paths []string
		want  int
	}{
		{"a symbolic link to a file named beside it", []string{a, link}, 1},
		{"./doc.md and doc.md", []string{"./doc.md", "doc.md"}, 1},
		{"a relative and an absolute path", []string{"doc.md", a}, 1},
		{"a folder whose links double the paths at every level", []string{filepath.Join(dir, "l00")}, levels + 1},
		{"a folder and a file in it", []string{filepath.Join(dir, "l00"), "doc.md"}, levels + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			targets := Find(tt.paths)
			real := map[string]bool{}
			for _, target := range targets {
				if target.Err != nil || target.Skipped != "" {
					t.Fatalf("%s: %v %s", target.Path, target.Err, target.Skipped)
				}
				real[RealPath(target.Path)] = true
			}
			if len(targets) != tt.want || len(real) != tt.want {
				t.Errorf("%d targets (%d real files), want %d", len(targets), len(real), tt.want)
			}
		})
	}
}

// The report a run writes into a folder it checks is not checked the next
// time.
func TestFindExcludes(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.md", "report.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("# x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for _, exclude := range []string{"report.md", "./report.md", filepath.Join(dir, "report.md")} {
		targets := Find([]string{"."}, exclude)
		if len(targets) != 1 || targets[0].Path != "a.md" {
			t.Errorf("exclude %s: targets %+v, want a.md alone", exclude, targets)
		}
	}
}
