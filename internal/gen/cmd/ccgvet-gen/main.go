// Command ccgvet-gen writes realistic generated constitutions for
// benchmarks: ccgvet-gen -n 1000 -seed 1 -o DIR.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/ccgvet/ccgvet/internal/gen"
)

func main() {
	n := flag.Int("n", 1000, "how many documents to write")
	seed := flag.Int64("seed", 1, "seed: the same seed always writes the same documents")
	out := flag.String("o", "", "folder to write the documents to (created if missing)")
	flag.Parse()
	if *out == "" || *n < 0 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: ccgvet-gen [-n N] [-seed S] -o DIR")
		os.Exit(2)
	}
	if err := gen.WriteDir(*out, *seed, *n); err != nil {
		fmt.Fprintln(os.Stderr, "ccgvet-gen:", err)
		os.Exit(1)
	}
}
