// Command floor is the floor ccgvet check is measured against: it reads
// every *.md file in the folders given and parses each with goldmark and
// the GFM table extension, as ccgvet's parser does, and nothing else, with
// as many files at once as ccgvet checks (one per CPU).
//
//	go run ./bench/floor DIR...
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: floor DIR...")
		os.Exit(2)
	}
	var files []string
	for _, dir := range os.Args[1:] {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			os.Exit(1)
		}
	}
	sort.Strings(files)
	start := time.Now()
	next := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var size, nodes int
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			md := goldmark.New(goldmark.WithExtensions(extension.Table))
			for f := range next {
				src, err := os.ReadFile(f)
				if err != nil {
					fmt.Fprintln(os.Stderr, "floor:", err)
					os.Exit(1)
				}
				doc := md.Parser().Parse(text.NewReader(src))
				mu.Lock()
				size += len(src)
				nodes += doc.ChildCount()
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	fmt.Printf("%d files, %.1f MB, %d top-level blocks, parsed in %s\n", len(files), float64(size)/(1<<20), nodes, time.Since(start).Round(time.Millisecond))
}
