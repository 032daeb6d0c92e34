//go:build !unix

package engine

import "os"

// openNoBlock opens path for reading; named pipes are refused before
// opening (readLimited checks the file's type first).
func openNoBlock(path string) (*os.File, error) { return os.Open(path) }
