package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

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
