package discover

import (
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
	write(".hidden/d.md")
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
			name:    "folder: recursive, sorted, only Markdown, loop reported once",
			paths:   []string{dir},
			want:    []string{"a.md", "b.md", "sub/c.markdown"},
			wantErr: []string{"sub/loop"},
		},
		{
			name:  "a file named is checked whatever its extension",
			paths: []string{filepath.Join(dir, "notes.txt")},
			want:  []string{"notes.txt"},
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
