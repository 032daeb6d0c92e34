//go:build unix

package discover

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe, socket or device is never opened: open(2) on a pipe
// blocks until someone writes to it. Named, it is an input error; found in
// a folder, it is reported as skipped.
func TestFindSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	good := filepath.Join(dir, "good.md")
	if err := os.WriteFile(good, []byte("# x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		paths       []string
		wantErr     string
		wantSkipped string
	}{
		{"a named pipe on the command line", []string{fifo}, "not a regular file (a named pipe)", ""},
		{"a device on the command line", []string{os.DevNull}, "not a regular file (a character device)", ""},
		{"a named pipe in a folder", []string{dir}, "", "not a regular file (a named pipe)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs, skipped []string
			for _, target := range Find(tt.paths) {
				if target.Err != nil {
					errs = append(errs, target.Err.Error())
				}
				if target.Skipped != "" {
					skipped = append(skipped, target.Skipped)
				}
			}
			if strings.Join(errs, ",") != tt.wantErr || strings.Join(skipped, ",") != tt.wantSkipped {
				t.Errorf("errors %q, skipped %q; want %q, %q", errs, skipped, tt.wantErr, tt.wantSkipped)
			}
		})
	}
}
