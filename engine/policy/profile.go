package policy

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/ccgvet/ccgvet/policies"
	"gopkg.in/yaml.v3"
)

// DefaultProfile is the profile used when none is named.
const DefaultProfile = "default"

// Profile is a named set of expectations: policy data merged over the
// defaults (thresholds, severities, which criteria run). A profile never
// changes Go code paths; everything it does, policy data does.
type Profile struct {
	Name        string         `json:"name" yaml:"-"`
	Description string         `json:"description" yaml:"description"`
	Data        map[string]any `json:"data" yaml:"data"`
}

// Profiles lists the built-in profiles, sorted by name.
func Profiles() ([]Profile, error) {
	entries, err := fs.ReadDir(policies.FS, policies.ProfilesDir)
	if err != nil {
		return nil, fmt.Errorf("read built-in profiles: %w", err)
	}
	var out []Profile
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".yaml")
		if !ok {
			continue
		}
		p, err := LoadProfile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// LoadProfile reads the named built-in profile.
func LoadProfile(name string) (Profile, error) {
	if name == "" {
		name = DefaultProfile
	}
	b, err := policies.FS.ReadFile(path.Join(policies.ProfilesDir, name+".yaml"))
	if err != nil {
		var names []string
		if entries, e := fs.ReadDir(policies.FS, policies.ProfilesDir); e == nil {
			for _, e := range entries {
				names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
			}
		}
		return Profile{}, fmt.Errorf("unknown profile %q (choose one of %s)", name, strings.Join(names, ", "))
	}
	var p Profile
	if err := yaml.Unmarshal(b, &p); err != nil {
		return Profile{}, fmt.Errorf("profile %s: %w", name, err)
	}
	p.Name = name
	if p.Data == nil {
		p.Data = map[string]any{}
	}
	p.Data = normalise(p.Data).(map[string]any)
	return p, nil
}
