package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/ccgvet/ccgvet/engine/waiver"
	"gopkg.in/yaml.v3"
)

// ConfigName is the config file looked for in the working directory and
// each folder above it.
const ConfigName = ".ccgvet.yaml"

// fileConfig is .ccgvet.yaml. Flags given on the command line win over it.
type fileConfig struct {
	Profile  string          `yaml:"profile"`
	FailOn   string          `yaml:"fail-on"`
	Format   string          `yaml:"format"`
	Policies []string        `yaml:"policies"`
	Data     []string        `yaml:"data"`
	Waivers  []waiver.Waiver `yaml:"waivers"`
	// Exclude lists doublestar globs, relative to the config's folder, of
	// files never checked.
	Exclude []string `yaml:"exclude"`

	// path is where the config was read from; empty when there is none.
	path string
}

// findConfig returns the config named by --config, else the nearest
// .ccgvet.yaml from the working directory up, else an empty config.
func findConfig(explicit string) (*fileConfig, error) {
	if explicit != "" {
		return readConfig(explicit)
	}
	dir, err := os.Getwd()
	if err != nil {
		return &fileConfig{}, nil
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if _, err := os.Stat(p); err == nil {
			if rel, err := filepath.Rel(mustGetwd(), p); err == nil {
				p = rel
			}
			return readConfig(p)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return &fileConfig{}, nil
		}
		dir = parent
	}
}

func mustGetwd() string {
	wd, _ := os.Getwd()
	return wd
}

// readConfig decodes a config through a yaml.Node so that each waiver
// keeps its line, and resolves paths relative to the config's folder.
func readConfig(p string) (*fileConfig, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", p, unwrapPathErr(err))
	}
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return nil, fmt.Errorf("config %s: %w", p, err)
	}
	c := &fileConfig{path: p}
	if len(root.Content) == 0 {
		return c, nil
	}
	doc := root.Content[0]
	if err := strictKeys(p, doc); err != nil {
		return nil, err
	}
	if err := doc.Decode(c); err != nil {
		return nil, fmt.Errorf("config %s: %w", p, err)
	}
	if doc.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(doc.Content); i += 2 {
			if doc.Content[i].Value != "waivers" || doc.Content[i+1].Kind != yaml.SequenceNode {
				continue
			}
			for k, item := range doc.Content[i+1].Content {
				if k < len(c.Waivers) {
					c.Waivers[k].Source, c.Waivers[k].SourceLine = p, item.Line
					c.Waivers[k].Base = filepath.Dir(p)
				}
			}
		}
	}
	base := filepath.Dir(p)
	for i, d := range c.Policies {
		c.Policies[i] = relTo(base, d)
	}
	for i, d := range c.Data {
		c.Data[i] = relTo(base, d)
	}
	return c, nil
}

func relTo(base, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// strictKeys refuses keys the config does not know, at the top level and
// in each waiver: a misspelt key ("fail_on") would otherwise be ignored and
// the run would quietly use the default. Each error names the file and line
// and, when one is close, the key that was meant.
func strictKeys(p string, doc *yaml.Node) error {
	if doc.Kind != yaml.MappingNode {
		return nil
	}
	top := yamlKeys(reflect.TypeFor[fileConfig]())
	inWaiver := yamlKeys(reflect.TypeFor[waiver.Waiver]())
	var errs []string
	check := func(m *yaml.Node, known []string, where string) {
		for i := 0; i+1 < len(m.Content); i += 2 {
			k := m.Content[i]
			if slices.Contains(known, k.Value) {
				continue
			}
			msg := fmt.Sprintf("config %s:%d: unknown key %q%s", p, k.Line, k.Value, where)
			if near := nearest(k.Value, known); near != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", near)
			} else {
				msg += " (known keys: " + strings.Join(known, ", ") + ")"
			}
			errs = append(errs, msg)
		}
	}
	check(doc, top, "")
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value != "waivers" || doc.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		for _, item := range doc.Content[i+1].Content {
			if item.Kind == yaml.MappingNode {
				check(item, inWaiver, " in a waiver")
			}
		}
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "\n"))
	}
	return nil
}

// yamlKeys lists the keys a struct decodes, from its yaml tags.
func yamlKeys(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	return out
}

// nearest is the known key closest to k by edit distance, when it is close
// enough to be a slip ("fail_on", "waiver", "polices"), else "".
func nearest(k string, known []string) string {
	best, bestD := "", 0
	norm := func(s string) string { return strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(s)) }
	for _, c := range known {
		d := editDistance(norm(k), c)
		if best == "" || d < bestD {
			best, bestD = c, d
		}
	}
	if bestD == 0 || bestD <= max(2, len(best)/3) {
		return best
	}
	return ""
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
