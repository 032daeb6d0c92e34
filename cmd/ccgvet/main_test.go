package main

import (
	"bytes"
	"context"

	"flag"
	goldenfile "github.com/ccgvet/ccgvet/internal/golden"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The end-to-end tests run the CLI from the repository root, as the README
// does, so paths in outputs read as a user would see them.
func TestMain(m *testing.M) {
	flag.Parse()
	defaultTimeout = time.Hour
	// Reports that carry the time they were made are golden all the same.
	os.Setenv("SOURCE_DATE_EPOCH", "1796555400")
	if err := os.Chdir(filepath.Join("..", "..")); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

// ccgvet runs the CLI in-process and returns its exit status and output.
func ccgvet(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// golden compares got with testdata/golden/name, or rewrites it with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("cmd", "ccgvet", "testdata", "golden", name), got, *update, "./cmd/ccgvet")
}
